// The stamps of a frame renderer's plane, ship and icon heads, one set per kind and length (the
// highlighted heads are larger), made on first use.
import { iconCoverage } from '../raster/draw-icon.js';
import { symbolCoverage } from '../raster/draw-symbol.js';
import { createSymbolStamps, type SymbolStamps } from '../raster/symbol-stamps.js';
import { ICON, PLANE } from './capsule-list.js';
import { PLANE as PLANE_SYMBOL, SHIP as SHIP_SYMBOL } from './head-symbols.js';

export interface HeadStamps {
  stampFor(kind: number, length: number): SymbolStamps;
}

export function createHeadStamps(icon: { mask: Uint8Array; size: number } | null): HeadStamps {
  const made = new Map<string, SymbolStamps>();
  return {
    stampFor(kind, length) {
      const key = `${kind}:${length}`;
      let stamps = made.get(key);
      if (!stamps) {
        if (kind === ICON) {
          stamps = createSymbolStamps((out, size, cx, cy, ux, uy) => {
            if (icon) iconCoverage(out, size, icon.mask, icon.size, cx, cy, ux, uy, length);
          }, length * Math.SQRT1_2);
        } else {
          const symbol = kind === PLANE ? PLANE_SYMBOL : SHIP_SYMBOL;
          const width = length * symbol.width;
          stamps = createSymbolStamps((out, size, cx, cy, ux, uy) => symbolCoverage(out, size, symbol.parts, cx, cy, ux, uy, length, width),
            0.5 * Math.hypot(length, width));
        }
        made.set(key, stamps);
      }
      return stamps;
    },
  };
}
