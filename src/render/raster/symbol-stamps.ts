// Head symbols of one kind and size, blended from coverage masks made on first use for each
// direction (quantised to 1/128 turn) and sub-pixel position (quarter pixels), then reused: a frame
// of 1,000 planes costs a few mask blends instead of 1,000 polygon rasterisations. A mask is a pure
// function of its key, so frames do not depend on which were drawn before.
import { blendMask } from './draw-symbol.js';
import type { RgbaImage } from './rgba-image.js';

const ANGLES = 128;
const PHASES = 4;

// Writes the coverage of the symbol centred on (cx, cy) pointing along (ux, uy) into a
// size x size mask.
export type CoverageFn = (out: Uint8Array, size: number, cx: number, cy: number, ux: number, uy: number) => void;

export interface SymbolStamps {
  draw(img: RgbaImage, x: number, y: number, ux: number, uy: number, rgb: number, alpha: number): void;
}

// reach: the symbol's largest distance from its centre (px).
export function createSymbolStamps(coverage: CoverageFn, reach: number): SymbolStamps {
  const half = Math.ceil(reach + 2);
  const size = 2 * half + 1;
  const masks = new Map<number, Uint8Array>();
  return {
    draw(img, x, y, ux, uy, rgb, alpha) {
      if (!Number.isFinite(x + y)) return;
      const turn = Math.atan2(uy, ux) / (2 * Math.PI);
      const a = ((Math.round(turn * ANGLES) % ANGLES) + ANGLES) % ANGLES;
      let ix = Math.floor(x); let qx = Math.round((x - ix) * PHASES);
      if (qx === PHASES) { ix++; qx = 0; }
      let iy = Math.floor(y); let qy = Math.round((y - iy) * PHASES);
      if (qy === PHASES) { iy++; qy = 0; }
      const key = (a * PHASES + qy) * PHASES + qx;
      let mask = masks.get(key);
      if (!mask) {
        mask = new Uint8Array(size * size);
        const angle = (2 * Math.PI * a) / ANGLES;
        coverage(mask, size, half + qx / PHASES, half + qy / PHASES, Math.cos(angle), Math.sin(angle));
        masks.set(key, mask);
      }
      blendMask(img, mask, size, ix - half, iy - half, rgb, alpha);
    },
  };
}
