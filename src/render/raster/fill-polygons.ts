// Anti-aliased polygon fill in JS (the signed-area accumulation of font-rs): each edge adds its
// exact coverage deltas to a buffer, a running sum along each row gives the winding coverage. Used
// where reading Skia's pixels back would cost more than drawing (the moving camera's basemap).
// Rings come through the d3 path context methods (moveTo, lineTo, closePath), already clipped to
// the frame plus MARGIN pixels.
import type { RgbaImage } from './rgba-image.js';

// Coordinates may reach this far outside the frame (d3's clip extent).
const MARGIN = 9;

// The d3 path context methods the filler and the stroker below take (points, drawn by d3 as
// arcs, are ignored).
export interface PathContext {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  arc(): void;
}

export interface PolygonFiller extends PathContext {
  // Blends colour 0xRRGGBB over img with the coverage accumulated since the last fill, and clears it.
  fill(img: RgbaImage, rgb: number): void;
}

export function createPolygonFiller(width: number, height: number): PolygonFiller {
  const aw = width + 2 * MARGIN + 2;
  const ah = height + 2 * MARGIN;
  const acc = new Float32Array(aw * ah + 2);
  let minRow = ah;
  let maxRow = -1;
  let startX = 0; let startY = 0; let lastX = 0; let lastY = 0;
  let open = false;

  // One edge, in accumulator coordinates (x, y >= 0).
  const edge = (ax: number, ay: number, bx: number, by: number): void => {
    if (ay === by || !(Number.isFinite(ax) && Number.isFinite(ay) && Number.isFinite(bx) && Number.isFinite(by))) return;
    let dir = 1;
    let x0 = ax; let y0 = ay; let x1 = bx; let y1 = by;
    if (y0 > y1) { dir = -1; x0 = bx; y0 = by; x1 = ax; y1 = ay; }
    const dxdy = (x1 - x0) / (y1 - y0);
    let x = x0;
    if (y0 < 0) { x -= y0 * dxdy; }
    const rowStart = Math.max(0, Math.floor(y0));
    const rowEnd = Math.min(ah, Math.ceil(y1));
    if (rowStart < minRow) minRow = rowStart;
    if (rowEnd - 1 > maxRow) maxRow = rowEnd - 1;
    for (let y = rowStart; y < rowEnd; y++) {
      const line = y * aw;
      const dy = Math.min(y + 1, y1) - Math.max(y, y0);
      const xnext = x + dxdy * dy;
      const d = dy * dir;
      const xa = x < xnext ? x : xnext;
      const xb = x < xnext ? xnext : x;
      const xaFloor = Math.floor(xa);
      const ia = xaFloor;
      const ib = Math.ceil(xb);
      if (ib <= ia + 1) {
        const xmf = 0.5 * (x + xnext) - xaFloor;
        acc[line + ia] += d - d * xmf;
        acc[line + ia + 1] += d * xmf;
      } else {
        const s = 1 / (xb - xa);
        const xaf = xa - xaFloor;
        const a0 = 0.5 * s * (1 - xaf) * (1 - xaf);
        const xbf = xb - ib + 1;
        const am = 0.5 * s * xbf * xbf;
        acc[line + ia] += d * a0;
        if (ib === ia + 2) {
          acc[line + ia + 1] += d * (1 - a0 - am);
        } else {
          const a1 = s * (1.5 - xaf);
          acc[line + ia + 1] += d * (a1 - a0);
          for (let xi = ia + 2; xi < ib - 1; xi++) acc[line + xi] += d * s;
          const a2 = a1 + (ib - ia - 3) * s;
          acc[line + ib - 1] += d * (1 - a2 - am);
        }
        acc[line + ib] += d * am;
      }
      x = xnext;
    }
  };
  const clampX = (x: number): number => (x < -MARGIN ? 0 : x > width + MARGIN ? width + 2 * MARGIN : x + MARGIN);
  const clampY = (y: number): number => (y < -MARGIN ? 0 : y > height + MARGIN ? height + 2 * MARGIN : y + MARGIN);
  const close = (): void => {
    if (open && (lastX !== startX || lastY !== startY)) edge(lastX, lastY, startX, startY);
    open = false;
  };

  return {
    moveTo(x, y) {
      close();
      startX = lastX = clampX(x); startY = lastY = clampY(y);
      open = true;
    },
    lineTo(x, y) {
      const cx = clampX(x); const cy = clampY(y);
      edge(lastX, lastY, cx, cy);
      lastX = cx; lastY = cy;
    },
    closePath: close,
    arc() { /* points are not filled */ },
    fill(img, rgb) {
      close();
      const r = rgb >> 16; const g = (rgb >> 8) & 255; const b = rgb & 255;
      const data = img.data;
      // Fully covered pixels are one 32-bit store (little-endian RGBA, opaque).
      const data32 = new Uint32Array(data.buffer, data.byteOffset, width * height);
      const word = (0xff000000 | (b << 16) | (g << 8) | r) >>> 0;
      for (let y = minRow; y <= maxRow; y++) {
        const line = y * aw;
        const fy = y - MARGIN;
        let sum = 0;
        for (let ax = 0; ax < MARGIN; ax++) { sum += acc[line + ax]; acc[line + ax] = 0; }
        if (fy >= 0 && fy < height) {
          const row = line + MARGIN;
          const pixelRow = fy * width;
          for (let fx = 0; fx < width; fx++) {
            const a = acc[row + fx];
            if (a !== 0) { sum += a; acc[row + fx] = 0; }
            const c = sum < 0 ? -sum : sum;
            if (c <= 1e-4) continue;
            if (c >= 1) { data32[pixelRow + fx] = word; continue; }
            const o = (pixelRow + fx) * 4;
            data[o] += (r - data[o]) * c;
            data[o + 1] += (g - data[o + 1]) * c;
            data[o + 2] += (b - data[o + 2]) * c;
          }
        } else {
          for (let ax = MARGIN; ax < MARGIN + width; ax++) acc[line + ax] = 0;
        }
        for (let ax = MARGIN + width; ax < aw; ax++) acc[line + ax] = 0;
      }
      minRow = ah; maxRow = -1;
    },
  };
}

// A d3 path context that strokes every segment with our capsule rasteriser.
export function createLineStroker(draw: (x0: number, y0: number, x1: number, y1: number, skipStart: boolean) => void): PathContext {
  let sx = 0; let sy = 0; let lx = 0; let ly = 0; let first = true;
  return {
    moveTo(x, y) { sx = lx = x; sy = ly = y; first = true; },
    lineTo(x, y) { draw(lx, ly, x, y, !first); first = false; lx = x; ly = y; },
    closePath() { if (lx !== sx || ly !== sy) { draw(lx, ly, sx, sy, !first); lx = sx; ly = sy; } },
    arc() { /* points are not stroked */ },
  };
}
