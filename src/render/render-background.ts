// The two static layers of every frame, drawn once per scene with Skia by the coordinator and kept
// in shared memory (a worker thread reads them without a copy; a remote worker gets them in the
// scene file): the basemap under everything (a pure function of the MapSpec), and the decorations
// (title, legend, analog clock dial, scale bar, north arrow, logo) over transparent, blended over
// each frame after the trails and heat. The layout places every decoration, the per-frame clock too.
import { frameTimeMs, type Timeline } from '../clock/timeline.js';
import { createSurface, surfaceRgba } from './raster/canvas.js';
import { dialDiameter, drawClockDial } from './decorations/draw-analog-clock.js';
import { drawBasemap } from './basemap/draw-basemap.js';
import { userBasemap } from './basemap/draw-user-basemap.js';
import type { BasemapTiles } from '../map/tiles/basemap-tiles.js';
import { digitalClockSize, drawTitle, GAP, MARGIN, titleSize } from './decorations/draw-decorations.js';
import { drawLegend, legendAnchor, legendSize } from './decorations/draw-legend.js';
import { drawMapOverlays, mapOverlayRequests } from './decorations/draw-map-overlays.js';
import { layoutDecorations, type DecorationBoxes, type DecorationRequest } from './decorations/decoration-layout.js';
import { packDecorationLayer, type DecorationLayer } from './decorations/decoration-layer.js';
import type { MapOverlays } from '../scene/map-overlays.js';
import type { MapSpec } from '../map/map-spec.js';
import type { Decorations } from '../style/decoration-style.js';

// Clock texts sampled for the widest one: the first and last frame and this many between.
const CLOCK_SAMPLES = 256;

// Opaque RGBA of the basemap.
export function renderBasemapLayer(map: MapSpec, width: number, height: number, tiles: BasemapTiles | null = null): Uint8Array {
  const { surface, ctx } = createSurface(width, height);
  drawBasemap(ctx, map, width, height, null, tiles ? userBasemap(tiles) : null);
  const shared = new Uint8Array(new SharedArrayBuffer(width * height * 4));
  shared.set(surfaceRgba(surface));
  return shared;
}

// Every decoration's box: sizes measured here, positions from layoutDecorations.
export function decorationBoxes(map: MapSpec, decorations: Decorations, overlays: MapOverlays, timeline: Timeline, width: number, height: number): DecorationBoxes {
  const { ctx } = createSurface(1, 1);
  const unit = Math.min(width, height) / 600;
  const requests: DecorationRequest[] = mapOverlayRequests(map, overlays, width, height);
  const title = titleSize(ctx, decorations, width, height);
  // The title may be squeezed to 70% of its width to fit between corner items.
  if (title) requests.push({ name: 'title', anchor: decorations.titleAnchor, ...title, minW: 0.7 * title.w });
  const { clock } = decorations;
  if (clock.show && clock.kind === 'analog') {
    const d = dialDiameter(width, height);
    requests.push({ name: 'clock', anchor: clock.anchor, w: d, h: d });
  } else if (clock.show) {
    const last = timeline.frameCount - 1;
    const n = Math.min(CLOCK_SAMPLES + 2, timeline.frameCount);
    const samples = Array.from({ length: n }, (_, i) => frameTimeMs(timeline, n === 1 ? 0 : Math.round((i * last) / (n - 1))));
    requests.push({ name: 'clock', anchor: clock.anchor, ...digitalClockSize(ctx, clock, samples, width, height) });
  }
  if (decorations.legend) requests.push({ name: 'legend', anchor: legendAnchor(decorations), ...legendSize(ctx, decorations.legend, decorations, width, height) });
  return layoutDecorations(requests, width, height, MARGIN * unit, GAP * unit);
}

// The static decorations in their boxes over transparent, packed to their non-empty rectangles.
export function renderDecorationLayer(map: MapSpec, decorations: Decorations, overlays: MapOverlays, timeline: Timeline, width: number, height: number): DecorationLayer {
  const boxes = decorationBoxes(map, decorations, overlays, timeline, width, height);
  const { surface, ctx } = createSurface(width, height);
  drawMapOverlays(ctx, map, overlays, decorations.textColor, width, height, boxes);
  if (boxes.title) drawTitle(ctx, decorations, boxes.title, width, height);
  if (boxes.clock && decorations.clock.kind === 'analog') drawClockDial(ctx, decorations.clock, boxes.clock);
  if (decorations.legend && boxes.legend) drawLegend(ctx, decorations.legend, decorations, boxes.legend, width, height);
  return packDecorationLayer(surfaceRgba(surface), width, height, boxes);
}
