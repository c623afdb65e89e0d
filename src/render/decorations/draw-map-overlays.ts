// The scale bar, the north arrow and the logo, drawn once into the decoration layer, each in its
// box from the layout. Their geometry comes from the MapSpec's projection at their own place.
import { geoDistance } from 'd3-geo';
import { createProjection } from '../../map/create-projection.js';
import { kmPerPixel, type Invertible } from '../../map/km-per-pixel.js';
import type { MapSpec } from '../../map/map-spec.js';
import type { Anchor } from '../../style/decoration-style.js';
import { decodePngImage, SANS_FAMILY, type Context2D } from '../raster/canvas.js';
import { anchorBox, layoutDecorations, type Box, type DecorationBoxes, type DecorationRequest } from './decoration-layout.js';
import { GAP, MARGIN } from './draw-decorations.js';
import { attributionSize, drawAttribution } from './draw-attribution.js';
import type { MapOverlays } from '../../scene/map-overlays.js';

const KM_PER_MILE = 1.609344;
// Sizes in pixels of a 600-pixel-high frame.
const SCALE_LABEL_SIZE = 11;
const ARROW_LENGTH = 26;

// 1, 2 or 5 times a power of ten, nearest to `value` on a log scale.
function roundLength(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 5, 10].map((m) => m * power);
  return steps.reduce((best, s) => (Math.abs(Math.log(s / value)) < Math.abs(Math.log(best / value)) ? s : best));
}

export interface ScaleBar {
  // In the bar's units (km or mi).
  length: number;
  lengthPx: number;
  label: string;
}

// A round length about a fifth of the frame wide, at the projection's scale at the frame centre.
export function scaleBarFor(spec: MapSpec, width: number, height: number, units: 'km' | 'mi'): ScaleBar | null {
  if (spec.projection === 'cartesian') return null;
  const km = kmPerPixel(spec, width / 2, height / 2, width);
  if (!(km > 0)) return null;
  const perPixel = units === 'km' ? km : km / KM_PER_MILE;
  const length = roundLength((width / 5) * perPixel);
  const label = units === 'km' && length < 1 ? `${Math.round(length * 1000)} m` : `${length} ${units}`;
  return { length, lengthPx: length / perPixel, label };
}

// Unit vector on the frame toward true north at (x, y): straight up on cylindrical maps, toward
// the cone's apex in a conic, toward the pole on a globe.
export function northDirection(spec: MapSpec, x: number, y: number): [number, number] {
  const projection = createProjection(spec) as unknown as Invertible;
  const here = projection.invert?.([x, y]);
  if (spec.projection === 'cartesian' || !here || !here.every(Number.isFinite)) return [0, -1];
  const d = 0.01;
  const toward = here[1] + d <= 90 ? 1 : -1;
  const a = projection(here);
  const b = projection([here[0], here[1] + toward * d]);
  if (!a || !b) return [0, -1];
  const vx = (b[0] - a[0]) * toward;
  const vy = (b[1] - a[1]) * toward;
  const n = Math.hypot(vx, vy);
  return n > 0 ? [vx / n, vy / n] : [0, -1];
}

// Side of the north arrow's square box (the arrow and its N, whichever way it points).
function northArrowBoxSize(width: number, height: number): number {
  return (ARROW_LENGTH + 2 * SCALE_LABEL_SIZE) * Math.min(width, height) / 600;
}

// Centre of the north arrow's box at the anchor, when nothing else shares it.
export function northArrowCentre(anchor: Anchor, width: number, height: number): [number, number] {
  const size = northArrowBoxSize(width, height);
  const box = anchorBox(anchor, width, height, size, size, MARGIN * Math.min(width, height) / 600);
  return [box.x + size / 2, box.y + size / 2];
}

export function northArrowLength(width: number, height: number): number {
  return ARROW_LENGTH * Math.min(width, height) / 600;
}

// The layout requests of the overlays that are on (and that can be drawn: no scale bar off the map).
export function mapOverlayRequests(spec: MapSpec, overlays: MapOverlays, width: number, height: number): DecorationRequest[] {
  const unit = Math.min(width, height) / 600;
  const requests: DecorationRequest[] = [];
  const bar = overlays.scaleBar ? scaleBarFor(spec, width, height, overlays.scaleBar.units) : null;
  if (overlays.scaleBar && bar) requests.push({ name: 'scaleBar', anchor: overlays.scaleBar.anchor, w: bar.lengthPx, h: SCALE_LABEL_SIZE * unit * 1.3 + 5 * unit });
  if (overlays.northArrow) {
    const size = northArrowBoxSize(width, height);
    requests.push({ name: 'northArrow', anchor: overlays.northArrow.anchor, w: size, h: size });
  }
  if (overlays.logo) {
    const image = decodePngImage(overlays.logo.png);
    const w = width * overlays.logo.sizeFraction;
    requests.push({ name: 'logo', anchor: overlays.logo.anchor, w, h: (w * image.height) / image.width });
  }
  if (overlays.attribution && overlays.attribution.texts.length > 0) {
    requests.push({ name: 'attribution', anchor: overlays.attribution.anchor, ...attributionSize(overlays.attribution.texts, width, height) });
  }
  return requests;
}

function drawScaleBar(ctx: Context2D, spec: MapSpec, units: 'km' | 'mi', box: Box, color: string, width: number, height: number): void {
  const bar = scaleBarFor(spec, width, height, units);
  if (!bar) return;
  const unit = Math.min(width, height) / 600;
  const size = SCALE_LABEL_SIZE * unit;
  const thick = Math.max(1, 2 * unit);
  const tick = 5 * unit;
  const y = box.y + size * 1.3 + tick;
  ctx.fillStyle = color;
  // The bar, its end ticks and a middle tick; the bar's ends are at box.x and box.x + lengthPx.
  ctx.fillRect(box.x, y - thick, bar.lengthPx, thick);
  for (const at of [0, 0.5, 1]) {
    const h = at === 0.5 ? tick / 2 : tick;
    ctx.fillRect(box.x + at * bar.lengthPx - (at === 1 ? thick : at === 0.5 ? thick / 2 : 0), y - h, thick, h);
  }
  ctx.font = `${size}px ${SANS_FAMILY}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText(bar.label, box.x + bar.lengthPx / 2, y - tick - unit);
}

function drawNorthArrow(ctx: Context2D, spec: MapSpec, box: Box, color: string, width: number, height: number): void {
  const unit = Math.min(width, height) / 600;
  const [cx, cy] = [box.x + box.w / 2, box.y + box.h / 2];
  const [dx, dy] = northDirection(spec, cx, cy);
  const half = northArrowLength(width, height) / 2;
  const wing = half * 0.45;
  // Perpendicular to the direction.
  const [px, py] = [-dy, dx];
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(cx + dx * half, cy + dy * half);
  ctx.lineTo(cx - dx * half + px * wing, cy - dy * half + py * wing);
  ctx.lineTo(cx - dx * half * 0.4, cy - dy * half * 0.4);
  ctx.lineTo(cx - dx * half - px * wing, cy - dy * half - py * wing);
  ctx.closePath();
  ctx.fill();
  const size = SCALE_LABEL_SIZE * unit;
  ctx.font = `bold ${size}px ${SANS_FAMILY}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  // Close enough to the tip that the letter stays inside the arrow's box whichever way it points.
  ctx.fillText('N', cx + dx * (half + size * 0.45), cy + dy * (half + size * 0.45));
}

function drawLogo(ctx: Context2D, logo: NonNullable<MapOverlays['logo']>, box: Box): void {
  ctx.drawImage(decodePngImage(logo.png), box.x, box.y, box.w, box.h);
}

// In the boxes of the whole decoration layout; without them, laid out among themselves.
export function drawMapOverlays(ctx: Context2D, spec: MapSpec, overlays: MapOverlays, textColor: string, width: number, height: number,
  boxes: DecorationBoxes = layoutDecorations(mapOverlayRequests(spec, overlays, width, height), width, height, MARGIN * Math.min(width, height) / 600, GAP * Math.min(width, height) / 600)): void {
  if (overlays.scaleBar && boxes.scaleBar) drawScaleBar(ctx, spec, overlays.scaleBar.units, boxes.scaleBar, textColor, width, height);
  if (overlays.northArrow && boxes.northArrow) drawNorthArrow(ctx, spec, boxes.northArrow, textColor, width, height);
  if (overlays.logo && boxes.logo) drawLogo(ctx, overlays.logo, boxes.logo);
  if (overlays.attribution && boxes.attribution) drawAttribution(ctx, overlays.attribution.texts, boxes.attribution, textColor, width, height);
}
