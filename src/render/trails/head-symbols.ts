// The shapes of the head symbols, top views in symbol units: 1 long (nose or bow at x = +0.5),
// centred on the object's position, as unions of convex parts for drawSymbol. Width is the
// symbol's across-track size relative to its length.
import type { SymbolPart } from '../raster/draw-symbol.js';

export interface HeadSymbol { parts: readonly SymbolPart[]; width: number }

// An airliner: fuselage, swept wings, tailplanes (y in units of the length, as the width is 1).
export const PLANE: HeadSymbol = {
  width: 1,
  parts: [
    [0.5, 0, 0.44, 0.045, -0.42, 0.04, -0.5, 0, -0.42, -0.04, 0.44, -0.045],
    [0.12, 0.04, -0.1, 0.47, -0.2, 0.47, -0.08, 0.04],
    [0.12, -0.04, -0.1, -0.47, -0.2, -0.47, -0.08, -0.04],
    [-0.3, 0.035, -0.43, 0.19, -0.49, 0.19, -0.43, 0.035],
    [-0.3, -0.035, -0.43, -0.19, -0.49, -0.19, -0.43, -0.035],
  ],
};

// A ship: pointed bow, square stern (y in units of the width: the hull is 1 wide).
export const HULL_PARTS: readonly SymbolPart[] = [[0.5, 0, 0.2, 0.5, -0.5, 0.5, -0.5, -0.5, 0.2, -0.5]];

// The symbol of a ship is stouter than a real hull (about 7:1), so it reads at small sizes.
export const SHIP: HeadSymbol = { width: 0.42, parts: HULL_PARTS };
