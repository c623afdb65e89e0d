// Scene -> frames. Frame k depends only on (scene, k): each frame starts from a copy of the cached
// basemap (or the camera's basemap for frame k), so frames can be drawn in any order, on any
// worker, with identical bytes. Drawing order: basemap, heat, trails and heads, labels, the
// decoration layer, the analog clock's hands, the digital clock.
import { frameTimeMs } from '../clock/timeline.js';
import { encodeRgbaPng } from './raster/canvas.js';
import { ARROW, CAPSULE_SKIP_START, CAPSULE_STRIDE, createCapsuleList, DISC, HULL, ICON, MASK_FLUSH, MASKED_CAPSULE, MASKED_CAPSULE_SKIP_START, PLANE, SHIP } from './trails/capsule-list.js';
import { HULL_PARTS } from './trails/head-symbols.js';
import { createHeadStamps } from './trails/head-stamps.js';
import { drawSymbol } from './raster/draw-symbol.js';
import { compositeCoverage, createCoverageMask, type CoverageMask } from './raster/coverage-mask.js';
import { createClockHands } from './decorations/draw-analog-clock.js';
import { createCameraBasemap } from './basemap/draw-camera-basemap.js';
import { drawArrow } from './raster/draw-arrow.js';
import { drawCapsule } from './raster/draw-capsule.js';
import { drawDisc } from './raster/draw-disc.js';
import { createClockPainter } from './decorations/draw-decorations.js';
import { blendDecorationLayer } from './decorations/decoration-layer.js';
import { createLabelPainter } from './trails/draw-labels.js';
import { createHeatmapPainter } from './heatmap/draw-heatmap.js';
import { createTrailPainter } from './trails/draw-trails.js';
import { createRgbaImage, rgbaImageOn, type RgbaImage } from './raster/rgba-image.js';
import type { Scene } from '../scene/scene.js';

export interface FrameRenderer {
  // Opaque RGBA, width * height * 4 bytes, drawn into `into` when given (it is returned), else
  // into the renderer's own buffer, which the next call reuses: copy it to keep it.
  renderFrameRgba(k: number, into?: Uint8Array): Uint8Array;
  renderFramePng(k: number): Promise<Buffer>;
  dispose(): void;
}

export function createFrameRenderer(scene: Scene): FrameRenderer {
  const { background } = scene;
  const own = createRgbaImage(scene.width, scene.height);
  // Views over the caller's buffers, made once per buffer (a batch cycles through a few).
  const views = new WeakMap<Uint8Array, RgbaImage>();
  const imageOn = (bytes: Uint8Array): RgbaImage => {
    let view = views.get(bytes);
    if (!view) { view = rgbaImageOn(bytes, scene.width, scene.height); views.set(bytes, view); }
    return view;
  };
  // A heatmap movie draws the density over the background, and trails on top only if asked.
  const heatmap = scene.heatmap ? createHeatmapPainter(scene, scene.heatmap) : null;
  const trails = !scene.heatmap || scene.heatmap.trails ? createTrailPainter(scene) : null;
  const capsules = createCapsuleList();
  const stamps = createHeadStamps(scene.headIcon);
  const { show, kind } = scene.decorations.clock;
  const clock = show && kind === 'digital' ? createClockPainter(scene) : null;
  const hands = show && kind === 'analog' ? createClockHands(scene) : null;
  let mask: CoverageMask | null = null;
  const labels = trails ? createLabelPainter(scene) : null;
  // A moving camera redraws the map per frame; a fixed map is a copy of the background.
  const cameraBasemap = scene.camera ? createCameraBasemap(scene) : null;
  const renderFrameRgba = (k: number, into?: Uint8Array): Uint8Array => {
    frameTimeMs(scene.timeline, k); // throws RangeError for a frame outside the timeline
    const img = into ? imageOn(into) : own;
    if (trails) trails.record(capsules, k, scene.width, scene.height);
    else capsules.count = 0;
    if (cameraBasemap) cameraBasemap.draw(img, k);
    else img.data.set(background);
    heatmap?.draw(img, k);
    const v = capsules.values;
    for (let c = 0, o = 0; c < capsules.count; c++, o += CAPSULE_STRIDE) {
      const kind = v[o + 6];
      if (kind === DISC) drawDisc(img, v[o], v[o + 1], v[o + 4], v[o + 5], v[o + 7]);
      else if (kind === ARROW) drawArrow(img, v[o], v[o + 1], v[o + 2], v[o + 3], v[o + 4], v[o + 5], v[o + 7]);
      else if (kind === PLANE || kind === SHIP || kind === ICON) stamps.stampFor(kind, v[o + 4]).draw(img, v[o], v[o + 1], v[o + 2], v[o + 3], v[o + 5], v[o + 7]);
      else if (kind === HULL) {
        // The hull's width is in the next entry.
        drawSymbol(img, HULL_PARTS, v[o], v[o + 1], v[o + 2], v[o + 3], v[o + 4], v[o + CAPSULE_STRIDE], v[o + 5], v[o + 7]);
        c++; o += CAPSULE_STRIDE;
      }
      else if (kind === MASKED_CAPSULE || kind === MASKED_CAPSULE_SKIP_START) {
        // Allocated on first use: opaque trails never need it.
        mask ??= createCoverageMask(scene.width, scene.height);
        drawCapsule(img, v[o], v[o + 1], v[o + 2], v[o + 3], v[o + 4], v[o + 5], kind === MASKED_CAPSULE_SKIP_START, mask, v[o + 7]);
      } else if (kind === MASK_FLUSH) {
        if (mask) compositeCoverage(img, mask);
      } else drawCapsule(img, v[o], v[o + 1], v[o + 2], v[o + 3], v[o + 4], v[o + 5], kind === CAPSULE_SKIP_START);
    }
    // Labels over every trail and head.
    if (labels && trails) labels.draw(img, trails.heads);
    // Decorations over everything drawn per frame; the clock over them.
    blendDecorationLayer(img, scene.decorationLayer);
    hands?.(img, k);
    clock?.draw(img, k);
    return into ?? img.data;
  };
  return {
    renderFrameRgba,
    renderFramePng: (k) => encodeRgbaPng(renderFrameRgba(k), scene.width, scene.height),
    dispose() { /* Skia surfaces are freed by the garbage collector; nothing is held open. */ },
  };
}
