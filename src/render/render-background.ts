// The static part of every frame, drawn once per scene with Skia and kept as RGBA bytes in
// shared memory (a worker thread reads it without a copy; a remote worker gets it in the scene file).
// The basemap comes first and alone (a pure function of the MapSpec); the overlays (title,
// clock dial, legend, scale bar, north arrow, logo) are drawn over it.
import { createSurface, surfaceRgba } from './canvas.js';
import { drawClockDial } from './draw-analog-clock.js';
import { drawBasemap } from './draw-basemap.js';
import { drawTitle } from './draw-decorations.js';
import { drawLegend } from './draw-legend.js';
import { drawMapOverlays } from './draw-map-overlays.js';
import { NO_OVERLAYS, type MapOverlays } from './map-overlays.js';
import type { MapSpec } from '../map/map-spec.js';
import type { Decorations } from '../style/trail-style.js';

export function renderBackground(map: MapSpec, decorations: Decorations, width: number, height: number, overlays: MapOverlays = NO_OVERLAYS,
  withBasemap = true): Uint8Array {
  const { surface, ctx } = createSurface(width, height);
  // Without it (a moving camera draws the map per frame) the overlays stay over transparent.
  if (withBasemap) drawBasemap(ctx, map, width, height);
  drawMapOverlays(ctx, map, overlays, decorations.textColor, width, height);
  if (decorations.title || decorations.subtitle) {
    drawTitle(ctx, decorations.title, decorations.textColor, width, height, decorations.subtitle, decorations.titleAnchor);
  }
  if (decorations.clock.show && decorations.clock.kind === 'analog') drawClockDial(ctx, decorations.clock, width, height);
  if (decorations.legend) drawLegend(ctx, decorations.legend, decorations, width, height);
  const shared = new Uint8Array(new SharedArrayBuffer(width * height * 4));
  shared.set(surfaceRgba(surface));
  return shared;
}
