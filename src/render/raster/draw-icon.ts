// A head icon: an alpha mask (pointing up) turned to the direction (ux, uy), `size` px on a side,
// sampled bilinearly (which also anti-aliases its edges) and blended in one colour.
import { blendPixel, type RgbaImage } from './rgba-image.js';

export function drawIcon(img: RgbaImage, mask: Uint8Array, maskSize: number, x: number, y: number, ux: number, uy: number,
  size: number, rgb: number, alpha = 1): void {
  const a256 = Math.round((alpha < 0 ? 0 : alpha > 1 ? 1 : alpha) * 256);
  if (!(size > 0) || a256 === 0) return;
  const reach = size * Math.SQRT1_2 + 1;
  const x0 = Math.max(0, Math.floor(x - reach)); const x1 = Math.min(img.width - 1, Math.ceil(x + reach));
  const y0 = Math.max(0, Math.floor(y - reach)); const y1 = Math.min(img.height - 1, Math.ceil(y + reach));
  if (!(x0 <= x1) || !(y0 <= y1)) return;
  const r = (rgb >> 16) & 255; const g = (rgb >> 8) & 255; const b = rgb & 255;
  const k = maskSize / size;
  const last = maskSize - 1;
  const { pixels } = img;
  for (let py = y0; py <= y1; py++) {
    const dy = py + 0.5 - y;
    for (let px = x0; px <= x1; px++) {
      const dx = px + 0.5 - x;
      // Mask coordinates: forward is up (-v), right is +u; sample centres at half pixels.
      const u = (dx * -uy + dy * ux) * k + maskSize / 2 - 0.5;
      const v = -(dx * ux + dy * uy) * k + maskSize / 2 - 0.5;
      if (u < -1 || v < -1 || u > maskSize || v > maskSize) continue;
      const iu = Math.floor(u); const iv = Math.floor(v);
      const fu = u - iu; const fv = v - iv;
      const at = (cu: number, cv: number): number => (cu < 0 || cv < 0 || cu > last || cv > last ? 0 : mask[cv * maskSize + cu]);
      const a = (at(iu, iv) * (1 - fu) + at(iu + 1, iv) * fu) * (1 - fv) + (at(iu, iv + 1) * (1 - fu) + at(iu + 1, iv + 1) * fu) * fv;
      if (a <= 0) continue;
      const c = ((a * 256 / 255) * a256) >> 8;
      const o = py * img.width + px;
      pixels[o] = c >= 256 ? 0xff000000 | (b << 16) | (g << 8) | r : blendPixel(pixels[o], r, g, b, c);
    }
  }
}
