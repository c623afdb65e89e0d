// The credit line a map's data requires ("© OpenStreetMap contributors", a basemap's own), small,
// in one line, placed by the decoration layout like every other decoration.
import { createSurface, SANS_FAMILY, type Context2D } from '../raster/canvas.js';
import type { Box } from './decoration-layout.js';

// Text size in pixels of a 600-pixel-high frame.
const ATTRIBUTION_SIZE = 8;
// Credits are there to be readable, not to draw the eye.
const ATTRIBUTION_ALPHA = 0.75;

// Legible however small the frame.
const MIN_SIZE_PX = 7;

const lineOf = (texts: readonly string[]): string => texts.join(' · ');
const sizeOf = (width: number, height: number): number => Math.max(MIN_SIZE_PX, ATTRIBUTION_SIZE * Math.min(width, height) / 600);

function fontOf(width: number, height: number): string {
  return `${sizeOf(width, height)}px ${SANS_FAMILY}`;
}

// The box the line needs.
export function attributionSize(texts: readonly string[], width: number, height: number): { w: number; h: number } {
  const { ctx } = createSurface(1, 1);
  ctx.font = fontOf(width, height);
  return { w: Math.ceil(ctx.measureText(lineOf(texts)).width + 1), h: Math.ceil(sizeOf(width, height) * 1.3) };
}

export function drawAttribution(ctx: Context2D, texts: readonly string[], box: Box, color: string, width: number, height: number): void {
  ctx.save();
  ctx.font = fontOf(width, height);
  ctx.globalAlpha = ATTRIBUTION_ALPHA;
  ctx.fillStyle = color;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(lineOf(texts), box.x, box.y + box.h / 2, box.w);
  ctx.restore();
}
