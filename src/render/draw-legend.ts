// The colour key, drawn once into the background: a colour bar (property name, min and max) or
// a list of categories, on a translucent panel at a corner the title and clock do not use.
import { colormapLut } from '../style/colormaps.js';
import type { Anchor, Decorations, Legend } from '../style/trail-style.js';
import { SANS_FAMILY, type Context2D } from './canvas.js';
import { anchorBox, MARGIN } from './draw-decorations.js';

// Sizes in pixels of a 600-pixel-high frame.
const FONT = 12;
const BAR_WIDTH = 150;
const BAR_HEIGHT = 10;
const PAD = 6;

// The first corner free of the clock and the title.
export function legendAnchor(decorations: Decorations): Anchor {
  const taken = new Set<Anchor>([decorations.clock.show ? decorations.clock.anchor : 'bottom-right']);
  if (decorations.title || decorations.subtitle) taken.add(decorations.titleAnchor);
  const corners: Anchor[] = ['bottom-left', 'top-left', 'top-right', 'bottom-right'];
  return corners.find((c) => !taken.has(c)) ?? 'bottom-left';
}

// Compact numbers for labels: 3 significant digits, no exponent for everyday values.
export function formatLegendNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}

// A panel colour that contrasts with the text: dark behind light text, light behind dark text.
function panelColor(textColor: string): string {
  const rgb = parseInt(textColor.slice(1, 7), 16);
  const luma = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
  return luma > 128 ? 'rgba(0, 0, 0, 0.6)' : 'rgba(255, 255, 255, 0.75)';
}

export function drawLegend(ctx: Context2D, legend: Legend, decorations: Decorations, width: number, height: number): void {
  const unit = Math.min(width, height) / 600;
  const font = FONT * unit;
  const pad = PAD * unit;
  const line = font * 1.35;
  ctx.font = `${font}px "${SANS_FAMILY}"`;
  ctx.textBaseline = 'top';
  let innerW: number;
  let innerH: number;
  if (legend.kind === 'colorbar') {
    innerW = Math.max(BAR_WIDTH * unit, ctx.measureText(legend.title).width);
    innerH = line + BAR_HEIGHT * unit + 2 * unit + line;
  } else {
    const labelW = Math.max(...legend.entries.map((e) => ctx.measureText(e.label).width), ctx.measureText(legend.title).width);
    innerW = 2 * font + labelW;
    innerH = line * (legend.entries.length + 1);
  }
  const box = anchorBox(legendAnchor(decorations), width, height, innerW + 2 * pad, innerH + 2 * pad, MARGIN * unit);
  ctx.fillStyle = panelColor(decorations.textColor);
  ctx.fillRect(box.x, box.y, innerW + 2 * pad, innerH + 2 * pad);
  const x = box.x + pad;
  let y = box.y + pad;
  ctx.fillStyle = decorations.textColor;
  ctx.textAlign = 'left';
  ctx.fillText(legend.title, x, y);
  y += line;
  if (legend.kind === 'colorbar') {
    const barW = innerW;
    const steps = Math.max(2, Math.round(barW));
    const colors = colormapLut(legend.colormap, steps, legend.colormapRange[0], legend.colormapRange[1]);
    for (let i = 0; i < steps; i++) {
      ctx.fillStyle = colors[i];
      ctx.fillRect(x + (barW * i) / steps, y, barW / steps + 0.5, BAR_HEIGHT * unit);
    }
    y += BAR_HEIGHT * unit + 2 * unit;
    ctx.fillStyle = decorations.textColor;
    ctx.fillText(formatLegendNumber(legend.min), x, y);
    ctx.textAlign = 'right';
    ctx.fillText(formatLegendNumber(legend.max), x + barW, y);
    return;
  }
  for (const entry of legend.entries) {
    ctx.fillStyle = entry.color;
    ctx.fillRect(x, y + font * 0.35, font * 1.4, font * 0.4);
    ctx.fillStyle = decorations.textColor;
    ctx.fillText(entry.label, x + font * 2, y);
    y += line;
  }
}
