// Translucent trails: --tail-opacity along the trail, --fade in and out, and joints of a
// translucent polyline blended once (coverage mask).
import { describe, expect, it } from 'vitest';
import { frameTimeMs } from '../../../src/clock/timeline.js';
import { compositeCoverage, createCoverageMask } from '../../../src/render/raster/coverage-mask.js';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { drawCapsule } from '../../../src/render/raster/draw-capsule.js';
import { createRgbaImage } from '../../../src/render/raster/rgba-image.js';
import type { Scene } from '../../../src/scene/scene.js';
import { CATEGORY_PALETTE, cssToRgb } from '../../../src/style/colormaps.js';
import { straightTrack, syntheticScene, type SceneOptions, type Track } from './synthetic-scene.js';

const S = 600; // 600 x 600: one style pixel is one frame pixel
const rgbOf = (v: number): number[] => [v >> 16, (v >> 8) & 255, v & 255];
const PALETTE0 = rgbOf(cssToRgb(CATEGORY_PALETTE[0])!);
const px = (img: Uint8Array, x: number, y: number): number[] => { const o = (Math.floor(y) * S + Math.floor(x)) * 4; return [img[o], img[o + 1], img[o + 2]]; };
// bg + (colour - bg) * alpha, per channel.
const mix = (bg: number[], c: number[], alpha: number): number[] => bg.map((b, i) => b + (c[i] - b) * alpha);
const expectNear = (actual: number[], expected: number[], tolerance: number): void => {
  for (let i = 0; i < 3; i++) expect(Math.abs(actual[i] - expected[i]), `channel ${i}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
};
const scene = (tracks: Track[], options: SceneOptions): Scene =>
  syntheticScene(tracks, { width: S, height: S, bbox: [-20, -20, 20, 20], ...options });
// The frame showing time t (the timelines below put a frame on every whole second).
const frameAt = (s: Scene, t: number): number => {
  for (let k = 0; k < s.timeline.frameCount; k++) if (frameTimeMs(s.timeline, k) === t) return k;
  throw new Error(`no frame at ${t}`);
};

describe('translucent trails', () => {
  it('drawCapsule() with a coverage mask blends a polyline once: joints are not darker than the segments', () => {
    const img = createRgbaImage(60, 60);
    img.pixels.fill(0xff000000 | 0);
    const mask = createCoverageMask(60, 60);
    // A right angle and a straight continuation, alpha 0.5.
    const pts = [[5, 10], [30, 10], [30, 35], [30, 55]];
    for (let j = 1; j < pts.length; j++) drawCapsule(img, pts[j - 1][0], pts[j - 1][1], pts[j][0], pts[j][1], 3, 0xffffff, j > 1, mask, 0.5);
    expect(img.data[(10 * 60 + 15) * 4]).toBe(0); // nothing on the frame before the flush
    compositeCoverage(img, mask);
    const red = (x: number, y: number): number => img.data[(y * 60 + x) * 4];
    const segment = red(15, 10);
    expect(segment).toBeGreaterThan(120);
    expect(segment).toBeLessThan(135);
    expect(red(30, 10)).toBe(segment); // the bend
    expect(red(30, 35)).toBe(segment); // the straight joint
    expect(red(30, 22)).toBe(segment);
    // The mask is empty again: a second flush changes nothing.
    const before = img.data.slice();
    compositeCoverage(img, mask);
    expect(Buffer.compare(Buffer.from(before), Buffer.from(img.data))).toBe(0);
  });

  it('compositeCoverage() blends every touched pixel of a large translucent shape (the touched list grows)', () => {
    const img = createRgbaImage(300, 60);
    img.pixels.fill(0xff000000 | 0);
    const mask = createCoverageMask(300, 60);
    drawCapsule(img, 20, 30, 280, 30, 20, 0x00ff00, false, mask, 0.25);
    expect(mask.count).toBeGreaterThan(4096);
    compositeCoverage(img, mask);
    const green = (x: number, y: number): number => img.data[(y * 300 + x) * 4 + 1];
    for (const [x, y] of [[10, 30], [150, 15], [150, 45], [289, 30]]) expect(Math.abs(green(x, y) - 255 * 0.25)).toBeLessThanOrEqual(2);
    expect(mask.count).toBe(0);
  });

  it('--tail-opacity: a tail pixel lies between the sea and the trail colour by the expected fraction, rising to the head', () => {
    // Points every 10 s; the 50 s trail of the last frame starts exactly at point 14.
    const track = straightTrack('a', 0, 10_000, 20, -15, 15, 0);
    const s = scene([track], {
      trailDurationMs: 50_000, timeline: { startMs: 0, endMs: 190_000, fps: 10, durationSec: 19 },
      style: { colorBy: 'id', head: 'none', taper: false, lineWidth: 10, tailOpacity: 0.25 },
    });
    const img = createFrameRenderer(s).renderFrameRgba(s.timeline.frameCount - 1);
    const at = (j: number): [number, number] => [(s.screenX[j] + s.screenX[j + 1]) / 2, s.screenY[j]];
    // Segment 14-15 is centred 10% of the trail from its tail, segment 18-19 90%.
    for (const [j, progress] of [[14, 0.1], [16, 0.5], [18, 0.9]]) {
      const [x, y] = at(j);
      expectNear(px(img, x, y), mix(px(s.background, x, y), PALETTE0, 0.25 + 0.75 * progress), 3);
    }
    // Opaque without it.
    const opaque = scene([track], {
      trailDurationMs: 50_000, timeline: { startMs: 0, endMs: 190_000, fps: 10, durationSec: 19 },
      style: { colorBy: 'id', head: 'none', taper: false, lineWidth: 10, tailOpacity: 1 },
    });
    const [x, y] = at(14);
    expect(px(createFrameRenderer(opaque).renderFrameRgba(opaque.timeline.frameCount - 1), x, y)).toEqual(PALETTE0);
  });

  it('--tail-opacity defaults to opaque for progress colouring and fades property colouring', () => {
    const track = straightTrack('a', 0, 10_000, 20, -15, 15, 0);
    const base = { trailDurationMs: 50_000, timeline: { startMs: 0, endMs: 190_000, fps: 10, durationSec: 19 } };
    expect(scene([track], { ...base, style: {} }).style.tailOpacity).toBe(1);
    expect(scene([track], { ...base, style: { colorBy: 'id' } }).style.tailOpacity).toBe(0.3);
  });

  it('--fade: half way through fading in, head and trail are half opaque; joints are not darker; gone once faded out', () => {
    // A zig-zag, so the trail has joints at angles; it ends at 190 s, the timeline runs to 300 s.
    const points: Track['points'] = [];
    for (let j = 0; j < 20; j++) points.push([j * 10_000, -15 + j * 1.5, j % 2 === 0 ? 0 : 3]);
    const s = scene([{ id: 'z', points }], {
      trailDurationMs: 50_000, timeline: { startMs: 0, endMs: 300_000, fps: 1, durationSec: 301 },
      style: { colorBy: 'id', taper: false, lineWidth: 10, headRadius: 8, tailOpacity: 1, fadeMs: 100_000, headColor: '#ffffff' },
    });
    const renderer = createFrameRenderer(s);
    const white = [255, 255, 255];
    // t = 50 s: alpha 0.5, the head is at point 5, over the half-opaque trail.
    let img = renderer.renderFrameRgba(frameAt(s, 50_000));
    expectNear(px(img, s.screenX[5], s.screenY[5]), mix(mix(px(s.background, s.screenX[5], s.screenY[5]), PALETTE0, 0.5), white, 0.5), 2);
    const mid = (j: number): [number, number] => [(s.screenX[j] + s.screenX[j + 1]) / 2, (s.screenY[j] + s.screenY[j + 1]) / 2];
    const [mx, my] = mid(2);
    const segment = px(img, mx, my);
    expectNear(segment, mix(px(s.background, mx, my), PALETTE0, 0.5), 2);
    // Joints 1..3 (zig-zag corners) are exactly as dark as the segments between them.
    for (const j of [1, 2, 3]) expectNear(px(img, s.screenX[j], s.screenY[j]), segment, 1);
    // t = 240 s: 50 s after the last point, half faded out; the head stays at the last point.
    img = renderer.renderFrameRgba(frameAt(s, 240_000));
    expectNear(px(img, s.screenX[19], s.screenY[19]), mix(px(s.background, s.screenX[19], s.screenY[19]), white, 0.5), 2);
    // t = 290 s: fully faded.
    img = renderer.renderFrameRgba(frameAt(s, 290_000));
    expect(px(img, s.screenX[19], s.screenY[19])).toEqual(px(s.background, s.screenX[19], s.screenY[19]));
    // Fully opaque in the middle of its life.
    img = renderer.renderFrameRgba(frameAt(s, 150_000));
    expect(px(img, s.screenX[15], s.screenY[15])).toEqual(white);
  });

  it('--fade 0 keeps popping in and out as before: no head after the last point', () => {
    const s = scene([straightTrack('a', 0, 10_000, 20, -15, 15, 0)], {
      trailDurationMs: 50_000, timeline: { startMs: 0, endMs: 300_000, fps: 1, durationSec: 301 }, style: { headRadius: 8 },
    });
    const img = createFrameRenderer(s).renderFrameRgba(frameAt(s, 200_000));
    expect(px(img, s.screenX[19] + 6, s.screenY[19])).toEqual(px(s.background, s.screenX[19] + 6, s.screenY[19]));
  });
});
