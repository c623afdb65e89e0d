// Frames through a moving camera: the followed head at the frame's centre, keyframe views where
// their numbers say, frames independent of drawing order and of the scene file, clear refusals.
import { describe, expect, it } from 'vitest';
import { frameView } from '../../../src/camera/camera-track.js';
import { frameTimeMs } from '../../../src/clock/timeline.js';
import { decodeScene, encodeScene } from '../../../src/scene/scene-file.js';
import { createProjection } from '../../../src/map/create-projection.js';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { ALL_LAYERS, straightTrack, syntheticScene, type SceneOptions, type Track } from '../render/synthetic-scene.js';

const W = 320;
const H = 240;
const pixel = (rgba: Uint8Array, x: number, y: number): number[] => {
  const o = (Math.floor(y) * W + Math.floor(x)) * 4;
  return Array.from(rgba.subarray(o, o + 4));
};

// 'a' runs east at constant speed through the middle of the data; 'b' crosses it further south.
const tracks: Track[] = [
  straightTrack('a', 0, 10_000, 11, -100, -90, 40),
  straightTrack('b', 0, 10_000, 11, -99, -91, 36),
];
const base: SceneOptions = { width: W, height: H, timeline: { startMs: 0, endMs: 100_000, fps: 10, durationSec: 1.1 }, trailDurationMs: 30_000 };

describe('--follow', () => {
  it('keeps the followed head at the centre of every frame, its trail behind it, the sea ahead', () => {
    const scene = syntheticScene(tracks, { ...base, camera: { follow: 'a', followRadiusKm: 150 } });
    const renderer = createFrameRenderer(scene);
    for (let k = 1; k < scene.timeline.frameCount; k++) {
      const rgba = renderer.renderFrameRgba(k);
      expect(pixel(rgba, W / 2, H / 2)).toEqual([255, 255, 255, 255]);
      expect(pixel(rgba, W / 2 + 14, H / 2)).toEqual([0, 0, 0, 255]);
      const [r, g, b] = pixel(rgba, W / 2 - 20, H / 2);
      expect(r).toBeGreaterThan(100);
      expect(r).toBeGreaterThanOrEqual(g);
      expect(g).toBeGreaterThanOrEqual(b);
    }
  });

  it('shows followRadiusKm from the centre to the nearer frame edge', () => {
    const scene = syntheticScene(tracks, { ...base, camera: { follow: 'a', followRadiusKm: 150 } });
    const project = createProjection(scene.map) as (p: [number, number]) => [number, number];
    const k = 5;
    const lon = -100 + frameTimeMs(scene.timeline, k) / 10_000;
    // 150 km north of the head is 150 / 111.195 degrees of latitude.
    const [x, y] = project([lon, 40 + 150 / 111.195]);
    const view = frameView(scene, k);
    // (screen positions are Float32: a few millionths of a pixel)
    expect(view.zoom * x + view.offsetX).toBeCloseTo(W / 2, 4);
    expect(view.zoom * y + view.offsetY).toBeCloseTo(0, 0);
  });

  it('moves the map under the camera: the other object drifts across the frame', () => {
    // 'b' is slower than 'a' (8 against 10 degrees in the same time), so it falls behind, leftwards.
    const scene = syntheticScene(tracks, { ...base, camera: { follow: 'a', followRadiusKm: 600 } });
    const project = createProjection(scene.map) as (p: [number, number]) => [number, number];
    const renderer = createFrameRenderer(scene);
    const xs = [2, 9].map((k) => {
      const t = frameTimeMs(scene.timeline, k);
      const [x, y] = project([-99 + (8 * t) / 100_000, 36]);
      const view = frameView(scene, k);
      const fx = view.zoom * x + view.offsetX;
      expect(pixel(renderer.renderFrameRgba(k), fx, view.zoom * y + view.offsetY)).toEqual([255, 255, 255, 255]);
      return fx;
    });
    expect(xs[1]).toBeLessThan(xs[0] - 10);
  });
});

describe('camera keyframes', () => {
  const camera = { keyframes: [
    { timeMs: 20_000, center: [-98, 40] as [number, number], radiusKm: 40 },
    { timeMs: 80_000, bbox: [-102, 33, -88, 43] as [number, number, number, number] },
  ] };

  it('shows a centre keyframe at its time with its centre in the middle and its radius to the nearer edge', () => {
    const scene = syntheticScene(tracks, { ...base, camera });
    const project = createProjection(scene.map) as (p: [number, number]) => [number, number];
    // Frame 2 shows t = 20 s, the first keyframe; frame 0 is before it and holds its view.
    for (const k of [0, 2]) {
      const view = frameView(scene, k);
      const [cx, cy] = project([-98, 40]);
      expect(view.zoom * cx + view.offsetX).toBeCloseTo(W / 2, 6);
      expect(view.zoom * cy + view.offsetY).toBeCloseTo(H / 2, 6);
      const [, ny] = project([-98, 40 + 40 / 111.195]);
      expect(view.zoom * ny + view.offsetY).toBeCloseTo(0, 0);
    }
    // The head of 'a' is at lon -98 at t = 20 s: the middle of frame 2.
    expect(pixel(createFrameRenderer(scene).renderFrameRgba(2), W / 2, H / 2)).toEqual([255, 255, 255, 255]);
  });

  it('fits a box keyframe to the frame, and holds it after the last keyframe', () => {
    const scene = syntheticScene(tracks, { ...base, camera });
    const project = createProjection(scene.map) as (p: [number, number]) => [number, number];
    for (const k of [8, 10]) {
      const view = frameView(scene, k);
      const [x0, y0] = project([-102, 43]);
      const [x1, y1] = project([-88, 33]);
      const fx0 = view.zoom * x0 + view.offsetX; const fx1 = view.zoom * x1 + view.offsetX;
      const fy0 = view.zoom * y0 + view.offsetY; const fy1 = view.zoom * y1 + view.offsetY;
      // Centred, inside the frame, touching it on one axis.
      expect((fx0 + fx1) / 2).toBeCloseTo(W / 2, 6);
      expect((fy0 + fy1) / 2).toBeCloseTo(H / 2, 6);
      expect(fx0).toBeGreaterThanOrEqual(-1e-6);
      expect(fy0).toBeGreaterThanOrEqual(-1e-6);
      expect(Math.min(Math.abs(fx0), Math.abs(fy0))).toBeLessThan(1e-6);
    }
  });

  it('gives identical frames whatever the drawing order, and after a trip through the scene file', () => {
    // From a 40 km view to a continental box: the basemap passes through several detail levels.
    const options: SceneOptions = { ...base, layers: ALL_LAYERS, camera, decorations: { clock: true, title: 'camera' } };
    const scene = syntheticScene(tracks, options);
    const forward = createFrameRenderer(scene);
    const frames = Array.from({ length: scene.timeline.frameCount }, (_, k) => forward.renderFrameRgba(k).slice());
    const backward = createFrameRenderer(decodeScene(encodeScene(scene)));
    for (let k = scene.timeline.frameCount - 1; k >= 0; k -= 3) expect(Buffer.from(backward.renderFrameRgba(k)).equals(Buffer.from(frames[k]))).toBe(true);
    // The camera moves, so frames differ.
    expect(Buffer.from(frames[0]).equals(Buffer.from(frames[10]))).toBe(false);
  });
});

describe('camera options are checked against the data', () => {
  const fails = (options: SceneOptions, option: string, message: RegExp): void => {
    let error: unknown;
    try { syntheticScene(tracks, { ...base, ...options }); } catch (e) { error = e; }
    expect(error).toMatchObject({ code: 'INVALID_OPTION', context: { option } });
    expect((error as Error).message).toMatch(message);
  };
  const at = (timeMs: number) => ({ timeMs, center: [-95, 38] as [number, number], radiusKm: 50 });
  it('refuses an unknown object id, naming it and a few that exist', () => {
    fails({ camera: { follow: 'zz' } }, 'follow', /"zz".*2 objects, e\.g\. "a", "b"/);
  });
  it('refuses keyframes outside the movie or out of order', () => {
    fails({ camera: { keyframes: [at(10_000), at(200_000)] } }, 'camera', /keyframe 2 of camera.*outside the movie/);
    fails({ camera: { keyframes: [at(50_000), at(40_000)] } }, 'camera', /increasing time order/);
  });
  it('refuses follow with keyframes, and follow-only options without follow', () => {
    fails({ camera: { follow: 'a', keyframes: [at(10_000)] } }, 'camera', /either follow.*or camera keyframes/);
    fails({ camera: { followRadiusKm: 3 } }, 'followRadiusKm', /only applies with follow/);
  });
  it('refuses a box keyframe with its corners swapped', () => {
    fails({ camera: { keyframes: [{ timeMs: 10_000, bbox: [-88, 33, -102, 43] }] } }, 'camera', /minLon < maxLon/);
  });
  it('refuses a centre on the far side of the globe', () => {
    fails({ projection: 'orthographic', camera: { keyframes: [{ timeMs: 10_000, center: [80, -40], radiusKm: 100 }] } }, 'camera', /not on the map/);
  });
  it('refuses to follow an object over the far side of the globe (the globe is zoomed, not turned)', () => {
    fails({ projection: 'orthographic', map: 'world', center: [0, 0], camera: { follow: 'a' } }, 'follow', /"a" leaves the map.*cannot be followed/);
  });
});

describe('a heatmap movie under the camera', () => {
  it("heats the followed object's path behind the frame's centre, not the sea ahead of it", () => {
    const scene = syntheticScene(tracks, { ...base, camera: { follow: 'a', followRadiusKm: 150 }, heatmap: { windowMs: 30_000 } });
    const renderer = createFrameRenderer(scene);
    const empty = createFrameRenderer(syntheticScene(tracks, { ...base, camera: { follow: 'a', followRadiusKm: 150 } }));
    for (const k of [4, 7]) {
      const rgba = renderer.renderFrameRgba(k);
      const ahead = pixel(rgba, W / 2 + 30, H / 2);
      expect(ahead).toEqual(pixel(empty.renderFrameRgba(k), W / 2 + 30, H / 2));
      expect(pixel(rgba, W / 2 - 30, H / 2)).not.toEqual(ahead);
    }
  });
});
