// Text on the frame: the title (static, drawn into the background once) and the clock
// (bottom right, DejaVu Sans Mono), drawn by Skia on a small transparent surface and blended in.
import { formatClock } from '../clock/format-clock.js';
import { frameTimeMs } from '../clock/timeline.js';
import { createSurface, MONO_FAMILY, SANS_FAMILY, type Context2D } from './canvas.js';
import type { RgbaImage } from './rgba-image.js';
import type { Scene } from './scene.js';

// Sizes in pixels of a 600-pixel-high frame.
const TITLE_SIZE = 20;
const CLOCK_SIZE = 16;
const MARGIN = 10;

// The title, centred at the top.
export function drawTitle(ctx: Context2D, title: string, color: string, width: number, height: number): void {
  const unit = Math.min(width, height) / 600;
  ctx.font = `${TITLE_SIZE * unit}px "${SANS_FAMILY}"`;
  ctx.fillStyle = color;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(title, width / 2, MARGIN * unit, width - 2 * MARGIN * unit);
}

export interface ClockPainter {
  draw(img: RgbaImage, k: number): void;
}

// Premultiplied RGBA (Skia's layout) over an opaque image: out = src + out * (1 - alpha).
function blendPremultiplied(img: RgbaImage, src: Uint8Array, srcWidth: number, srcHeight: number, dx: number, dy: number): void {
  const { data, width, height } = img;
  for (let y = 0; y < srcHeight; y++) {
    const ty = dy + y;
    if (ty < 0 || ty >= height) continue;
    for (let x = 0; x < srcWidth; x++) {
      const tx = dx + x;
      if (tx < 0 || tx >= width) continue;
      const s = (y * srcWidth + x) * 4;
      const a = src[s + 3];
      if (a === 0) continue;
      const o = (ty * width + tx) * 4;
      const keep = (255 - a) / 255;
      data[o] = src[s] + data[o] * keep;
      data[o + 1] = src[s + 1] + data[o + 1] * keep;
      data[o + 2] = src[s + 2] + data[o + 2] * keep;
    }
  }
}

// The clock at the bottom right showing formatClock(t_k).
export function createClockPainter(scene: Scene): ClockPainter {
  const unit = Math.min(scene.width, scene.height) / 600;
  const fontSize = CLOCK_SIZE * unit;
  const font = `${fontSize}px "${MONO_FAMILY}"`;
  const pad = Math.ceil(2 * unit) + 1;
  const lineHeight = Math.ceil(fontSize * 1.3) + 2 * pad;
  let surface = createSurface(1, 1);
  let surfaceWidth = 0;
  return {
    draw(img, k) {
      const text = formatClock(frameTimeMs(scene.timeline, k), scene.decorations.clock);
      surface.ctx.font = font;
      const textWidth = Math.ceil(surface.ctx.measureText(text).width);
      const w = textWidth + 2 * pad;
      // The surface only grows; what is drawn depends on the text alone, not on its size.
      if (w > surfaceWidth) { surface = createSurface(w, lineHeight); surfaceWidth = w; }
      const { ctx } = surface;
      ctx.clearRect(0, 0, surfaceWidth, lineHeight);
      ctx.font = font;
      ctx.fillStyle = scene.decorations.clock.color;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(text, pad, pad + Math.round(fontSize));
      const data = surface.surface.data();
      const dx = Math.round(scene.width - MARGIN * unit - textWidth) - pad;
      const dy = Math.round(scene.height - MARGIN * unit - fontSize * 1.3) - pad;
      blendPremultiplied(img, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), surfaceWidth, lineHeight, dx, dy);
    },
  };
}
