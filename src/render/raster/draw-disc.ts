// Anti-aliased filled circles (trail heads): per row, the solid run between the inner edges is
// written without distance tests; only the one or two edge pixels at each end are blended.
// About 3x cheaper per head than drawing it as a zero-length capsule. With alpha < 1 the disc
// is blended over what is drawn (fading objects).
import { blendPixel, type RgbaImage } from './rgba-image.js';

export function drawDisc(img: RgbaImage, cx: number, cy: number, radius: number, rgb: number, alpha = 1): void {
  const outer = radius + 0.5;
  const minY = Math.max(0, Math.floor(cy - outer));
  const maxY = Math.min(img.height - 1, Math.ceil(cy + outer));
  if (!(minY <= maxY) || !(radius > 0)) return;
  const lastX = img.width - 1;
  const outer2 = outer * outer;
  const inner = radius - 0.5;
  const inner2 = inner > 0 ? inner * inner : -1;
  const edgeScale = inner > 0 ? 255.99 / (outer2 - inner2) : 0;
  const r = (rgb >> 16) & 255;
  const g = (rgb >> 8) & 255;
  const b = rgb & 255;
  const solid = 0xff000000 | (b << 16) | (g << 8) | r;
  const a256 = Math.round((alpha < 0 ? 0 : alpha > 1 ? 1 : alpha) * 256);
  if (a256 === 0) return;
  const { pixels, width } = img;
  for (let y = minY; y <= maxY; y++) {
    const dy = y + 0.5 - cy;
    const dy2 = dy * dy;
    if (dy2 >= outer2) continue;
    const so = Math.sqrt(outer2 - dy2);
    const xa = Math.max(0, Math.ceil(cx - so - 0.5));
    const xb = Math.min(lastX, Math.floor(cx + so - 0.5));
    // Centres strictly inside the inner circle (shrunk by a hair against rounding) are solid.
    let ia = xb + 1;
    let ib = xb;
    if (dy2 < inner2) {
      const si = Math.sqrt(inner2 - dy2) - 1e-7;
      ia = Math.max(xa, Math.ceil(cx - si - 0.5));
      ib = Math.min(xb, Math.floor(cx + si - 0.5));
      if (ia > ib) { ia = xb + 1; ib = xb; }
    }
    const row = y * width;
    for (let x = xa; x <= xb; x++) {
      const p = row + x;
      if (x === ia) {
        if (a256 === 256) for (let q = p, end = row + ib; q <= end; q++) pixels[q] = solid;
        else for (let q = p, end = row + ib; q <= end; q++) pixels[q] = blendPixel(pixels[q], r, g, b, a256);
        x = ib;
        continue;
      }
      const dx = x + 0.5 - cx;
      const d2 = dx * dx + dy2;
      if (d2 >= outer2) continue;
      if (d2 <= inner2) { pixels[p] = a256 === 256 ? solid : blendPixel(pixels[p], r, g, b, a256); continue; }
      // Same edge coverage as drawCapsule.
      const c = (inner > 0 ? (outer2 - d2) * edgeScale : (outer - Math.sqrt(d2)) * 256) | 0;
      pixels[p] = blendPixel(pixels[p], r, g, b, (c * a256) >> 8);
    }
  }
}
