// Anti-aliased thick line segments with round ends, rasterised in JS from the distance to the
// segment. Measured at 1920x1080 with 300 trails of 60 points: Skia (via @napi-rs/canvas)
// needed 40-95 ms per frame to stroke them, batched into one path per colour or not.
import { growTouched, type CoverageMask } from './coverage-mask.js';
import type { RgbaImage } from './rgba-image.js';

// Draws the segment (x0,y0)-(x1,y1) of the given radius in colour 0xRRGGBB. With skipStart, pixels
// behind the start point (the start cap) are left to the previous segment of the polyline,
// so joints are not blended twice. Coverage = radius + 0.5 - distance, clamped to [0, 1].
// With a mask, coverage x alpha goes into the mask instead (translucent polylines, see
// coverage-mask.ts); the frame is left alone. (Drawing in cache-sized bands of rows was tried:
// no faster.)
export function drawCapsule(img: RgbaImage, x0: number, y0: number, x1: number, y1: number, radius: number, rgb: number, skipStart: boolean,
  mask: CoverageMask | null = null, alpha = 1): void {
  const outer = radius + 0.5;
  const minY = Math.max(0, Math.floor(Math.min(y0, y1) - outer));
  const maxY = Math.min(img.height - 1, Math.ceil(Math.max(y0, y1) + outer));
  // Also false for NaN coordinates.
  if (!(minY <= maxY)) return;
  const lastX = img.width - 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const ll = dx * dx + dy * dy;
  const inv = ll > 0 ? 1 / ll : 0;
  const len = Math.sqrt(ll);
  const ux = len > 0 ? dx / len : 0;
  const uy = len > 0 ? dy / len : 0;
  const invUx = ux !== 0 ? 1 / ux : 0;
  const invUy = uy !== 0 ? 1 / uy : 0;
  const outer2 = outer * outer;
  const inner = radius - 0.5;
  const inner2 = inner > 0 ? inner * inner : -1;
  const edgeScale = inner > 0 ? 255.99 / (outer2 - inner2) : 0;
  const r = (rgb >> 16) & 255;
  const g = (rgb >> 8) & 255;
  const b = rgb & 255;
  const solid = 0xff000000 | (b << 16) | (g << 8) | r;
  const a256 = Math.round((alpha < 0 ? 0 : alpha > 1 ? 1 : alpha) * 256);
  const solidCoverage = (255 * a256) >> 8;
  const { pixels, width } = img;
  for (let y = minY; y <= maxY; y++) {
    const py = y + 0.5 - y0;
    // The row's x-interval (relative to x0) inside the capsule: the union of the end discs and
    // the band between them, one interval because a capsule is convex. Inlined: as a function
    // returning two numbers it made the whole rasteriser twice as slow.
    let lo = Infinity;
    let hi = -Infinity;
    // With skipStart the start disc adds nothing: its pixels in front of the start lie in the band.
    if (!skipStart && py * py < outer2) { const s = Math.sqrt(outer2 - py * py); lo = -s; hi = s; }
    const qy = py - dy;
    if (qy * qy < outer2) { const s = Math.sqrt(outer2 - qy * qy); if (dx - s < lo) lo = dx - s; if (dx + s > hi) hi = dx + s; }
    if (len > 0) {
      // Along the segment: 0 <= px*ux + py*uy <= len; across it: |px*uy - py*ux| <= outer.
      let a = -Infinity;
      let c = Infinity;
      if (ux !== 0) {
        const e = -py * uy * invUx; const f = (len - py * uy) * invUx;
        if (e < f) { a = e; c = f; } else { a = f; c = e; }
      } else if (py * uy < 0 || py * uy > len) { a = Infinity; }
      if (uy !== 0) {
        const e = (py * ux - outer) * invUy; const f = (py * ux + outer) * invUy;
        if (e < f) { if (e > a) a = e; if (f < c) c = f; } else { if (f > a) a = f; if (e < c) c = e; }
      } else if (Math.abs(py * ux) > outer) { a = Infinity; }
      if (a <= c) { if (a < lo) lo = a; if (c > hi) hi = c; }
      // Skipped start cap: nothing behind the start line is visited.
      if (skipStart) {
        const e = -py * uy * invUx;
        if (ux > 0) { if (e > lo) lo = e; } else if (ux < 0) { if (e < hi) hi = e; } else if (py * uy <= 0) continue;
      }
    }
    if (!(lo <= hi)) continue;
    const xa = Math.max(0, Math.ceil(x0 + lo - 0.5));
    const xb = Math.min(lastX, Math.floor(x0 + hi - 0.5));
    const rowBase = y * width;
    // Translucent polylines: the row goes into the mask. A separate loop, so the opaque one
    // below stays as tight as it was (a per-pixel test cost it ~15%).
    if (mask !== null) {
      maskRow(mask, rowBase, xa, xb, x0, py, dx, dy, inv, skipStart, outer, outer2, inner, inner2, edgeScale, solidCoverage, a256, rgb);
      continue;
    }
    // The distance, coverage and blend are written out here and in maskRow, not shared helpers:
    // inlined by V8 all the same, a shared distance made opaque trails ~10% slower and blendPixel
    // ~6% (bench/render-frame.js).
    for (let x = xa; x <= xb; x++) {
      const px = x + 0.5 - x0;
      let h = (px * dx + py * dy) * inv;
      if (h <= 0) {
        if (skipStart) continue;
        h = 0;
      } else if (h > 1) h = 1;
      const ex = px - dx * h;
      const ey = py - dy * h;
      const d2 = ex * ex + ey * ey;
      if (d2 >= outer2) continue;
      const p = rowBase + x;
      if (d2 <= inner2) { pixels[p] = solid; continue; }
      // Edge pixel: blend with 8-bit coverage in one 32-bit read and write. For lines wider
      // than a pixel, coverage is taken linear in d^2 across the 1-pixel edge (within 6% of
      // outer - d, and no square root: this CPU spends ~10 ns on one).
      const c = (inner > 0 ? (outer2 - d2) * edgeScale : (outer - Math.sqrt(d2)) * 256) | 0;
      const q = pixels[p];
      const qr = q & 255;
      const qg = (q >> 8) & 255;
      const qb = (q >> 16) & 255;
      pixels[p] = 0xff000000 | ((qb + (((b - qb) * c) >> 8)) << 16) | ((qg + (((g - qg) * c) >> 8)) << 8) | (qr + (((r - qr) * c) >> 8));
    }
  }
}

// drawCapsule's pixel loop for one row: raises each mask pixel to coverage x alpha (a256 / 256)
// unless it holds as much already, and lists pixels touched for the first time.
function maskRow(mask: CoverageMask, rowBase: number, xa: number, xb: number, x0: number, py: number, dx: number, dy: number, inv: number,
  skipStart: boolean, outer: number, outer2: number, inner: number, inner2: number, edgeScale: number, solidCoverage: number, a256: number, rgb: number): void {
  const { values } = mask;
  let { touched, count } = mask;
  for (let x = xa; x <= xb; x++) {
    const px = x + 0.5 - x0;
    let h = (px * dx + py * dy) * inv;
    if (h <= 0) {
      if (skipStart) continue;
      h = 0;
    } else if (h > 1) h = 1;
    const ex = px - dx * h;
    const ey = py - dy * h;
    const d2 = ex * ex + ey * ey;
    if (d2 >= outer2) continue;
    let v = solidCoverage;
    if (d2 > inner2) {
      v = ((((inner > 0 ? (outer2 - d2) * edgeScale : (outer - Math.sqrt(d2)) * 256) | 0) * a256) >> 8);
      if (v > 255) v = 255;
    }
    const p = rowBase + x;
    const old = values[p];
    if (v <= old >>> 24) continue;
    if (old === 0) {
      if (count === touched.length) {
        mask.count = count;
        growTouched(mask);
        touched = mask.touched;
      }
      touched[count++] = p;
    }
    values[p] = (v << 24) | rgb;
  }
  mask.count = count;
}
