// Anti-aliased filled triangles for arrow heads, pointing along the direction of motion.
// Coverage from the signed distance to the nearest edge (0.5 px ramp), like drawCapsule's edges.
import { blendPixel, type RgbaImage } from './rgba-image.js';

// Arrow around the head (x, y) pointing along the unit vector (ux, uy): its tip is 1.5 * size
// ahead, its base 1.1 * size behind, 2 * size wide (size = the head dot's radius).
// With alpha < 1 the arrow is blended over what is drawn.
export function drawArrow(img: RgbaImage, x: number, y: number, ux: number, uy: number, size: number, rgb: number, alpha = 1): void {
  const a256 = Math.round((alpha < 0 ? 0 : alpha > 1 ? 1 : alpha) * 256);
  if (!(size > 0) || a256 === 0) return;
  const ax = x + ux * 1.5 * size; const ay = y + uy * 1.5 * size;
  const bx = x - ux * 1.1 * size - uy * size; const by = y - uy * 1.1 * size + ux * size;
  const cx = x - ux * 1.1 * size + uy * size; const cy = y - uy * 1.1 * size - ux * size;
  const minY = Math.max(0, Math.floor(Math.min(ay, by, cy) - 1));
  const maxY = Math.min(img.height - 1, Math.ceil(Math.max(ay, by, cy) + 1));
  const minX = Math.max(0, Math.floor(Math.min(ax, bx, cx) - 1));
  const maxX = Math.min(img.width - 1, Math.ceil(Math.max(ax, bx, cx) + 1));
  // Also false for NaN coordinates.
  if (!(minY <= maxY) || !(minX <= maxX)) return;
  // Inward unit normals (n, offset) of the edges a->b, b->c, c->a: distance = n . p - offset.
  const sign = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax) > 0 ? 1 : -1;
  const edge = (px: number, py: number, qx: number, qy: number): [number, number, number] => {
    const len = Math.hypot(qx - px, qy - py) || 1;
    const nx = (-(qy - py) / len) * sign;
    const ny = ((qx - px) / len) * sign;
    return [nx, ny, nx * px + ny * py];
  };
  const [n0x, n0y, o0] = edge(ax, ay, bx, by);
  const [n1x, n1y, o1] = edge(bx, by, cx, cy);
  const [n2x, n2y, o2] = edge(cx, cy, ax, ay);
  const r = (rgb >> 16) & 255;
  const g = (rgb >> 8) & 255;
  const b = rgb & 255;
  const { pixels, width } = img;
  for (let py = minY; py <= maxY; py++) {
    const yc = py + 0.5;
    for (let px = minX; px <= maxX; px++) {
      const xc = px + 0.5;
      const d = Math.min(n0x * xc + n0y * yc - o0, n1x * xc + n1y * yc - o1, n2x * xc + n2y * yc - o2) + 0.5;
      if (d <= 0) continue;
      const p = py * width + px;
      if (d >= 1 && a256 === 256) { pixels[p] = 0xff000000 | (b << 16) | (g << 8) | r; continue; }
      pixels[p] = blendPixel(pixels[p], r, g, b, ((d >= 1 ? 256 : (d * 256) | 0) * a256) >> 8);
    }
  }
}
