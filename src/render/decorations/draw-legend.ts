// The colour key, drawn once into the decoration layer: a colour bar (its title, min and max) or
// a list of categories, on a translucent panel in its box (--legend-anchor, else a corner the
// title and clock do not use).
import { colormapLut } from '../../style/colormaps.js';
import type { Anchor, Decorations, Legend } from '../../style/decoration-style.js';
import { SANS_FAMILY, type Context2D } from '../raster/canvas.js';
import type { Box } from './decoration-layout.js';

// Sizes in pixels of a 600-pixel-high frame.
const FONT = 12;
const BAR_WIDTH = 150;
const BAR_HEIGHT = 10;
const PAD = 6;

// --legend-anchor, else the first corner free of the clock and the title.
export function legendAnchor(decorations: Decorations): Anchor {
  if (decorations.legendAnchor) return decorations.legendAnchor;
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

// --color-label wins over the title the key was built with (the property's name, or a derived
// scalar's name with its units).
const legendTitle = (legend: Legend, decorations: Decorations): string => decorations.colorLabel ?? legend.title;

interface LegendMetrics { unit: number; font: number; pad: number; line: number; innerW: number; innerH: number }

function legendMetrics(ctx: Context2D, legend: Legend, decorations: Decorations, width: number, height: number): LegendMetrics {
  const unit = Math.min(width, height) / 600;
  const font = FONT * unit;
  const line = font * 1.35;
  ctx.font = `${font}px ${SANS_FAMILY}`;
  const title = legendTitle(legend, decorations);
  if (legend.kind === 'colorbar') {
    return { unit, font, pad: PAD * unit, line, innerW: Math.max(BAR_WIDTH * unit, ctx.measureText(title).width), innerH: line + BAR_HEIGHT * unit + 2 * unit + line };
  }
  const labelW = Math.max(...legend.entries.map((e) => ctx.measureText(e.label).width), ctx.measureText(title).width);
  return { unit, font, pad: PAD * unit, line, innerW: 2 * font + labelW, innerH: line * (legend.entries.length + 1) };
}

// The panel's size, padding included.
export function legendSize(ctx: Context2D, legend: Legend, decorations: Decorations, width: number, height: number): { w: number; h: number } {
  const m = legendMetrics(ctx, legend, decorations, width, height);
  return { w: m.innerW + 2 * m.pad, h: m.innerH + 2 * m.pad };
}

export function drawLegend(ctx: Context2D, legend: Legend, decorations: Decorations, box: Box, width: number, height: number): void {
  const { unit, font, pad, line, innerW } = legendMetrics(ctx, legend, decorations, width, height);
  ctx.font = `${font}px ${SANS_FAMILY}`;
  ctx.textBaseline = 'top';
  ctx.fillStyle = panelColor(decorations.textColor);
  ctx.fillRect(box.x, box.y, box.w, box.h);
  const x = box.x + pad;
  let y = box.y + pad;
  ctx.fillStyle = decorations.textColor;
  ctx.textAlign = 'left';
  ctx.fillText(legendTitle(legend, decorations), x, y);
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
