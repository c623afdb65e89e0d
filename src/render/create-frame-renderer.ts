// Scene -> frames. Frame k depends only on (scene, k): each frame starts from a copy of the cached
// background, so frames can be drawn in any order, on any worker, with identical bytes.
import { frameTimeMs } from '../clock/timeline.js';
import { encodeRgbaPng } from './canvas.js';
import { ARROW, CAPSULE_SKIP_START, CAPSULE_STRIDE, createCapsuleList, DISC } from './capsule-list.js';
import { createClockHands } from './draw-analog-clock.js';
import { drawArrow } from './draw-arrow.js';
import { drawCapsule } from './draw-capsule.js';
import { drawDisc } from './draw-disc.js';
import { createClockPainter } from './draw-decorations.js';
import { createTrailPainter } from './draw-trails.js';
import { createRgbaImage } from './rgba-image.js';
import type { Scene } from './scene.js';

export interface FrameRenderer {
  // Opaque RGBA, width * height * 4 bytes. The same buffer is reused by the next call: copy it
  // to keep it.
  renderFrameRgba(k: number): Uint8Array;
  renderFramePng(k: number): Promise<Buffer>;
  dispose(): void;
}

export function createFrameRenderer(scene: Scene): FrameRenderer {
  const { background } = scene;
  const img = createRgbaImage(scene.width, scene.height);
  const trails = createTrailPainter(scene);
  const capsules = createCapsuleList();
  const { show, kind } = scene.decorations.clock;
  const clock = show && kind === 'digital' ? createClockPainter(scene) : null;
  const hands = show && kind === 'analog' ? createClockHands(scene) : null;
  const renderFrameRgba = (k: number): Uint8Array => {
    frameTimeMs(scene.timeline, k); // throws RangeError for a frame outside the timeline
    trails.record(capsules, k, scene.width, scene.height);
    hands?.(capsules, k);
    img.data.set(background);
    const v = capsules.values;
    for (let c = 0, o = 0; c < capsules.count; c++, o += CAPSULE_STRIDE) {
      if (v[o + 6] === DISC) drawDisc(img, v[o], v[o + 1], v[o + 4], v[o + 5]);
      else if (v[o + 6] === ARROW) drawArrow(img, v[o], v[o + 1], v[o + 2], v[o + 3], v[o + 4], v[o + 5]);
      else drawCapsule(img, v[o], v[o + 1], v[o + 2], v[o + 3], v[o + 4], v[o + 5], v[o + 6] === CAPSULE_SKIP_START);
    }
    clock?.draw(img, k);
    return img.data;
  };
  return {
    renderFrameRgba,
    renderFramePng: (k) => encodeRgbaPng(renderFrameRgba(k), scene.width, scene.height),
    dispose() { /* Skia surfaces are freed by the garbage collector; nothing is held open. */ },
  };
}
