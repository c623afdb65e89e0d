// Anti-aliased thick line segments with round ends, rasterised in JS from the distance to the
// segment. Measured at 1920x1080 with 300 trails of 60 points: Skia (via @napi-rs/canvas)
// needed 40-95 ms per frame to stroke them, batched or not; this needs a fraction of that.
import type { RgbaImage } from './rgba-image.js';

// Draws the segment (x0,y0)-(x1,y1) of the given radius in colour 0xRRGGBB. With skipStart, pixels
// behind the start point (the start cap) are left to the previous segment of the polyline,
// so joints are not blended twice.
export function drawCapsule(img: RgbaImage, x0: number, y0: number, x1: number, y1: number, radius: number, rgb: number, skipStart: boolean): void {
  const outer = radius + 0.5;
  const minX = Math.max(0, Math.floor(Math.min(x0, x1) - outer));
  const maxX = Math.min(img.width - 1, Math.ceil(Math.max(x0, x1) + outer));
  const minY = Math.max(0, Math.floor(Math.min(y0, y1) - outer));
  const maxY = Math.min(img.height - 1, Math.ceil(Math.max(y0, y1) + outer));
  // Also false for NaN coordinates.
  if (!(minX <= maxX && minY <= maxY)) return;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const ll = dx * dx + dy * dy;
  const inv = ll > 0 ? 1 / ll : 0;
  const outer2 = outer * outer;
  const inner = radius - 0.5;
  const inner2 = inner > 0 ? inner * inner : -1;
  const r = (rgb >> 16) & 255;
  const g = (rgb >> 8) & 255;
  const b = rgb & 255;
  const solid = (0xff000000 | (b << 16) | (g << 8) | r) >>> 0;
  const { data, pixels, width } = img;
  for (let y = minY; y <= maxY; y++) {
    const py = y + 0.5 - y0;
    let p = y * width + minX;
    for (let x = minX; x <= maxX; x++, p++) {
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
      if (d2 <= inner2) { pixels[p] = solid; continue; }
      let cov = outer - Math.sqrt(d2);
      if (cov > 1) cov = 1;
      const o = p << 2;
      data[o] += (r - data[o]) * cov;
      data[o + 1] += (g - data[o + 1]) * cov;
      data[o + 2] += (b - data[o + 2]) * cov;
    }
  }
}
