// Text on the frame: the title and subtitle (static, drawn once into the decoration layer) and the
// clock (DejaVu Sans Mono), composed per frame from glyphs Skia drew once (raster/glyph-cache.ts) and
// blended in last; each in its box from the layout (decoration-layout.ts).
import { widestClockText } from '../../clock/format-clock.js';
import { clockTextAt } from '../../clock/skip-idle.js';
import { MONO_FAMILY, SANS_FAMILY, type Context2D } from '../raster/canvas.js';
import type { RgbaImage } from '../raster/rgba-image.js';
import type { Scene } from '../../scene/scene.js';
import type { ClockStyle, Decorations } from '../../style/decoration-style.js';
import type { Box } from './decoration-layout.js';
import { createGlyphCache, layoutGlyphs } from '../raster/glyph-cache.js';

// Sizes in pixels of a 600-pixel-high frame.
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 14;
const CLOCK_SIZE = 16;
export const MARGIN = 10;
// Between decorations stacked at one anchor.
export const GAP = 6;

interface TitleLine { text: string; size: number }

function titleLines(decorations: Decorations, width: number, height: number): TitleLine[] {
  const unit = Math.min(width, height) / 600;
  return [
    ...(decorations.title ? [{ text: decorations.title, size: TITLE_SIZE * unit }] : []),
    ...(decorations.subtitle ? [{ text: decorations.subtitle, size: SUBTITLE_SIZE * unit }] : []),
  ];
}

// The title block's natural size (its widest line, at most the frame less its margins), or null
// without a title or subtitle.
export function titleSize(ctx: Context2D, decorations: Decorations, width: number, height: number): { w: number; h: number } | null {
  const lines = titleLines(decorations, width, height);
  if (lines.length === 0) return null;
  const maxWidth = width - 2 * MARGIN * Math.min(width, height) / 600;
  let w = 0;
  for (const line of lines) {
    ctx.font = `${line.size}px ${SANS_FAMILY}`;
    w = Math.max(w, Math.min(maxWidth, ctx.measureText(line.text).width));
  }
  return { w, h: lines.reduce((sum, line) => sum + line.size * 1.25, 0) };
}

// The title and the smaller subtitle under it, as one block in its box (aligned to the box's side
// at a corner anchor, centred otherwise); lines wider than the box are squeezed into it.
export function drawTitle(ctx: Context2D, decorations: Decorations, box: Box, width: number, height: number): void {
  const anchor = decorations.titleAnchor;
  const align = anchor.endsWith('left') ? 'left' : anchor.endsWith('right') ? 'right' : 'center';
  const x = align === 'left' ? box.x : align === 'right' ? box.x + box.w : box.x + box.w / 2;
  let y = box.y;
  ctx.fillStyle = decorations.textColor;
  ctx.textAlign = align;
  ctx.textBaseline = 'top';
  for (const line of titleLines(decorations, width, height)) {
    ctx.font = `${line.size}px ${SANS_FAMILY}`;
    ctx.fillText(line.text, x, y, box.w);
    y += line.size * 1.25;
  }
}

// The digital clock's text box: as wide as the widest text it shows at the movie's times.
export function digitalClockSize(ctx: Context2D, clock: ClockStyle, samplesMs: readonly number[], width: number, height: number): { w: number; h: number } {
  const fontSize = CLOCK_SIZE * Math.min(width, height) / 600;
  ctx.font = `${fontSize}px ${MONO_FAMILY}`;
  return { w: Math.ceil(ctx.measureText(widestClockText(samplesMs, clock)).width), h: fontSize * 1.3 };
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

// The clock in its box (at its anchor, default bottom right) showing clockTextAt(k), aligned to
// the box's side at a corner anchor so the text keeps its edge when its width changes.
export function createClockPainter(scene: Scene): ClockPainter {
  const { anchor } = scene.decorations.clock;
  const box = scene.decorationLayer.boxes.clock;
  if (!box) throw new Error('the digital clock has no place in the decoration layout');
  const unit = Math.min(scene.width, scene.height) / 600;
  const fontSize = CLOCK_SIZE * unit;
  const font = `${fontSize}px ${MONO_FAMILY}`;
  const pad = Math.ceil(2 * unit) + 1;
  const lineHeight = Math.ceil(fontSize * 1.3) + 2 * pad;
  const glyphs = createGlyphCache(font, scene.decorations.clock.color, lineHeight, pad + Math.round(fontSize), pad);
  return {
    draw(img, k) {
      const text = clockTextAt(scene.timeline, k, scene.decorations.clock);
      const textWidth = Math.ceil(glyphs.width(text));
      const x = anchor.endsWith('left') ? box.x : anchor.endsWith('right') ? box.x + box.w - textWidth : box.x + (box.w - textWidth) / 2;
      const dy = Math.round(box.y) - pad;
      layoutGlyphs(glyphs, text, Math.round(x), (ch, column, phase) => {
        const g = glyphs.glyph(ch, phase);
        blendPremultiplied(img, g.rgba, g.width, g.height, column - pad, dy);
      });
    },
  };
}
