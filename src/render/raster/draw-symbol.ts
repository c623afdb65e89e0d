// Anti-aliased head symbols (a plane, a ship, a true-scale hull): a union of convex parts, each a
// polygon in symbol units (x forward from the centre, y to the right, the symbol 1 long), turned to
// the direction (ux, uy) and scaled. Coverage per pixel from the signed distance to the union
// (the largest, over parts, of the smallest distance to a part's edges, with a 0.5 px ramp), as
// drawArrow and drawCapsule do, so symbols and trails share their edges' look and overlapping parts
// never blend twice.
import { blendPixel, type RgbaImage } from './rgba-image.js';

// One convex part: x0, y0, x1, y1, ... going round in either direction.
export type SymbolPart = readonly number[];

// Scratch for the edges of all parts (nx, ny, offset each), grown as needed.
let edges = new Float64Array(3 * 64);
let partEnds = new Int32Array(16);

// Draws the symbol centred on (x, y), `length` px along (ux, uy) and `width` px across, blended
// with alpha (0..1).
export function drawSymbol(img: RgbaImage, parts: readonly SymbolPart[], x: number, y: number, ux: number, uy: number,
  length: number, width: number, rgb: number, alpha = 1): void {
  const a256 = Math.round((alpha < 0 ? 0 : alpha > 1 ? 1 : alpha) * 256);
  if (!(length > 0) || !(width > 0) || a256 === 0) return;
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  let e = 0;
  if (partEnds.length < parts.length) partEnds = new Int32Array(parts.length * 2);
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    const n = part.length / 2;
    if (edges.length < 3 * (e + n)) { const grown = new Float64Array(6 * (e + n)); grown.set(edges); edges = grown; }
    // Screen corners: forward along (ux, uy), right along (-uy, ux) (y grows downwards).
    const sx = (i: number): number => x + ux * part[2 * i] * length - uy * part[2 * i + 1] * width;
    const sy = (i: number): number => y + uy * part[2 * i] * length + ux * part[2 * i + 1] * width;
    let area = 0;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      area += sx(i) * sy(j) - sx(j) * sy(i);
    }
    const sign = area > 0 ? 1 : -1;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      const ax = sx(i); const ay = sy(i); const bx = sx(j); const by = sy(j);
      if (ax < minX) minX = ax; if (ax > maxX) maxX = ax; if (ay < minY) minY = ay; if (ay > maxY) maxY = ay;
      const len = Math.hypot(bx - ax, by - ay) || 1;
      const nx = (-(by - ay) / len) * sign;
      const ny = ((bx - ax) / len) * sign;
      edges[3 * e] = nx; edges[3 * e + 1] = ny; edges[3 * e + 2] = nx * ax + ny * ay;
      e++;
    }
    partEnds[p] = e;
  }
  const x0 = Math.max(0, Math.floor(minX - 1)); const x1 = Math.min(img.width - 1, Math.ceil(maxX + 1));
  const y0 = Math.max(0, Math.floor(minY - 1)); const y1 = Math.min(img.height - 1, Math.ceil(maxY + 1));
  // Also false for NaN coordinates.
  if (!(x0 <= x1) || !(y0 <= y1)) return;
  const r = (rgb >> 16) & 255; const g = (rgb >> 8) & 255; const b = rgb & 255;
  const { pixels } = img;
  for (let py = y0; py <= y1; py++) {
    const yc = py + 0.5;
    for (let px = x0; px <= x1; px++) {
      const xc = px + 0.5;
      let d = -Infinity;
      for (let p = 0, k = 0; p < parts.length; p++) {
        let inside = Infinity;
        for (const end = partEnds[p]; k < end; k++) {
          const dist = edges[3 * k] * xc + edges[3 * k + 1] * yc - edges[3 * k + 2];
          if (dist < inside) inside = dist;
        }
        if (inside > d) d = inside;
      }
      d += 0.5;
      if (d <= 0) continue;
      const o = py * img.width + px;
      if (d >= 1 && a256 === 256) { pixels[o] = 0xff000000 | (b << 16) | (g << 8) | r; continue; }
      pixels[o] = blendPixel(pixels[o], r, g, b, ((d >= 1 ? 256 : (d * 256) | 0) * a256) >> 8);
    }
  }
}
