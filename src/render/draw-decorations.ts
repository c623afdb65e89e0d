// Text on the frame: the title and subtitle (static, drawn into the background once) and the
// clock (DejaVu Sans Mono), drawn by Skia on a small transparent surface and blended in; each
// placed by its anchor.
import { formatClock } from '../clock/format-clock.js';
import { frameTimeMs } from '../clock/timeline.js';
import { createSurface, MONO_FAMILY, SANS_FAMILY, type Context2D } from './canvas.js';
import type { RgbaImage } from './rgba-image.js';
import type { Scene } from './scene.js';
import type { Anchor } from '../style/trail-style.js';

// Sizes in pixels of a 600-pixel-high frame.
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 14;
const CLOCK_SIZE = 16;
export const MARGIN = 10;

// Top-left corner of a w x h box placed at `anchor`, `margin` pixels from the frame's edges.
export function anchorBox(anchor: Anchor, width: number, height: number, w: number, h: number, margin: number): { x: number; y: number } {
  const x = anchor.endsWith('left') ? margin : anchor.endsWith('right') ? width - margin - w : (width - w) / 2;
  const y = anchor.startsWith('top') ? margin : height - margin - h;
  return { x, y };
}

// The title and the smaller subtitle under it, as one block at the anchor (default: top centre).
export function drawTitle(ctx: Context2D, title: string | null, color: string, width: number, height: number,
  subtitle: string | null = null, anchor: Anchor = 'top'): void {
  const unit = Math.min(width, height) / 600;
  const lines = [
    ...(title ? [{ text: title, size: TITLE_SIZE * unit }] : []),
    ...(subtitle ? [{ text: subtitle, size: SUBTITLE_SIZE * unit }] : []),
  ];
  if (lines.length === 0) return;
  const maxWidth = width - 2 * MARGIN * unit;
  let blockWidth = 0;
  for (const line of lines) {
    ctx.font = `${line.size}px "${SANS_FAMILY}"`;
    blockWidth = Math.max(blockWidth, Math.min(maxWidth, ctx.measureText(line.text).width));
  }
  const blockHeight = lines.reduce((sum, line) => sum + line.size * 1.25, 0);
  const box = anchorBox(anchor, width, height, blockWidth, blockHeight, MARGIN * unit);
  const align = anchor.endsWith('left') ? 'left' : anchor.endsWith('right') ? 'right' : 'center';
  const x = align === 'left' ? box.x : align === 'right' ? box.x + blockWidth : box.x + blockWidth / 2;
  let y = box.y;
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.textBaseline = 'top';
  for (const line of lines) {
    ctx.font = `${line.size}px "${SANS_FAMILY}"`;
    ctx.fillText(line.text, x, y, maxWidth);
    y += line.size * 1.25;
  }
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

// The clock at its anchor (default: bottom right) showing formatClock(t_k).
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
      const box = anchorBox(scene.decorations.clock.anchor, scene.width, scene.height, textWidth, fontSize * 1.3, MARGIN * unit);
      const dx = Math.round(box.x) - pad;
      const dy = Math.round(box.y) - pad;
      blendPremultiplied(img, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), surfaceWidth, lineHeight, dx, dy);
    },
  };
}
