// Anti-aliased head symbols (a plane, a ship, a true-scale hull): a union of convex parts, each a
// polygon in symbol units (x forward from the centre, y to the right, the symbol 1 long), turned to
// the direction (ux, uy) and scaled. Coverage per pixel from the signed distance to the union
// (the largest, over parts, of the smallest distance to a part's edges, with a 0.5 px ramp), as
// drawArrow and drawCapsule do, so symbols and trails share their edges' look and overlapping parts
// never blend twice.
import { blendPixel, type RgbaImage } from './rgba-image.js';

// One convex part: x0, y0, x1, y1, ... going round in either direction.
export type SymbolPart = readonly number[];

// Scratch for the edges of all parts (nx, ny, offset each) and each part's pixel box, grown as needed.
let edges = new Float64Array(3 * 64);
let partEnds = new Int32Array(16);
let boxes = new Float64Array(4 * 16);

// Coverage (0..255) of the symbol centred on (x, y), `length` px along (ux, uy) and `width` px
// across, written into `out` (a size x size mask, row by row; cleared first).
export function symbolCoverage(out: Uint8Array, size: number, parts: readonly SymbolPart[], x: number, y: number, ux: number, uy: number,
  length: number, width: number): void {
  out.fill(0);
  if (!(length > 0) || !(width > 0)) return;
  let e = 0;
  if (partEnds.length < parts.length) { partEnds = new Int32Array(parts.length * 2); boxes = new Float64Array(parts.length * 8); }
  // Corners: forward along (ux, uy), right along (-uy, ux) (y grows downwards).
  const fx = ux * length; const fy = uy * length; const rx = -uy * width; const ry = ux * width;
  const corner = (part: SymbolPart, i: number): [number, number] => [x + fx * part[2 * i] + rx * part[2 * i + 1], y + fy * part[2 * i] + ry * part[2 * i + 1]];
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    const n = part.length / 2;
    if (edges.length < 3 * (e + n)) { const grown = new Float64Array(6 * (e + n)); grown.set(edges); edges = grown; }
    let area = 0;
    let bx0 = Infinity; let by0 = Infinity; let bx1 = -Infinity; let by1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const [ax, ay] = corner(part, i); const [bx, by] = corner(part, (i + 1) % n);
      area += ax * by - bx * ay;
      if (ax < bx0) bx0 = ax; if (ax > bx1) bx1 = ax; if (ay < by0) by0 = ay; if (ay > by1) by1 = ay;
    }
    const sign = area > 0 ? 1 : -1;
    for (let i = 0; i < n; i++) {
      const [ax, ay] = corner(part, i); const [bx, by] = corner(part, (i + 1) % n);
      const len = Math.hypot(bx - ax, by - ay) || 1;
      const nx = (-(by - ay) / len) * sign;
      const ny = ((bx - ax) / len) * sign;
      edges[3 * e] = nx; edges[3 * e + 1] = ny; edges[3 * e + 2] = nx * ax + ny * ay;
      e++;
    }
    partEnds[p] = e;
    // A pixel centre further than half a pixel outside a part's box gets nothing from it.
    boxes[4 * p] = bx0 - 0.5; boxes[4 * p + 1] = by0 - 0.5; boxes[4 * p + 2] = bx1 + 0.5; boxes[4 * p + 3] = by1 + 0.5;
  }
  const count = parts.length;
  for (let py = 0; py < size; py++) {
    const yc = py + 0.5;
    for (let px = 0; px < size; px++) {
      const xc = px + 0.5;
      // The signed distance to the union, from -0.5 (no coverage) up: a part whose running
      // minimum falls to the best so far cannot raise it, so its other edges are skipped.
      let d = -0.5;
      for (let p = 0, k = 0; p < count; p++) {
        const end = partEnds[p];
        if (xc < boxes[4 * p] || yc < boxes[4 * p + 1] || xc > boxes[4 * p + 2] || yc > boxes[4 * p + 3]) { k = end; continue; }
        let inside = Infinity;
        for (; k < end; k++) {
          const dist = edges[3 * k] * xc + edges[3 * k + 1] * yc - edges[3 * k + 2];
          if (dist < inside) { inside = dist; if (inside <= d) break; }
        }
        k = end;
        if (inside > d) d = inside;
      }
      d += 0.5;
      if (d > 0) out[py * size + px] = d >= 1 ? 255 : Math.round(d * 255);
    }
  }
}

// Blends a size x size coverage mask over img with its top-left pixel at (left, top).
export function blendMask(img: RgbaImage, mask: Uint8Array, size: number, left: number, top: number, rgb: number, alpha = 1): void {
  const a256 = Math.round((alpha < 0 ? 0 : alpha > 1 ? 1 : alpha) * 256);
  if (a256 === 0) return;
  const r = (rgb >> 16) & 255; const g = (rgb >> 8) & 255; const b = rgb & 255;
  const opaque = 0xff000000 | (b << 16) | (g << 8) | r;
  const { pixels, width } = img;
  const y0 = Math.max(0, top); const y1 = Math.min(img.height, top + size);
  const x0 = Math.max(0, left); const x1 = Math.min(width, left + size);
  for (let py = y0; py < y1; py++) {
    const row = (py - top) * size - left;
    for (let px = x0; px < x1; px++) {
      const m = mask[row + px];
      if (m === 0) continue;
      const o = py * width + px;
      if (m === 255 && a256 === 256) { pixels[o] = opaque; continue; }
      pixels[o] = blendPixel(pixels[o], r, g, b, (((m * 257) >> 8) * a256) >> 8);
    }
  }
}

// Draws the symbol centred on (x, y) straight into img (for sizes that change per head: hulls).
let scratch = new Uint8Array(0);
export function drawSymbol(img: RgbaImage, parts: readonly SymbolPart[], x: number, y: number, ux: number, uy: number,
  length: number, width: number, rgb: number, alpha = 1): void {
  const reach = Math.ceil(0.5 * Math.hypot(length, width) + 2);
  if (!(reach > 0) || !Number.isFinite(x + y)) return;
  const size = 2 * reach;
  if (scratch.length < size * size) scratch = new Uint8Array(size * size);
  const mask = scratch.subarray(0, size * size);
  const left = Math.floor(x) - reach; const top = Math.floor(y) - reach;
  symbolCoverage(mask, size, parts, x - left, y - top, ux, uy, length, width);
  blendMask(img, mask, size, left, top, rgb, alpha);
}
