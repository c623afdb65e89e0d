// A camera crossing the antimeridian: the map is turned so its seam is out of the camera's way,
// and the frames after the crossing show the land there instead of empty sea.
import { describe, expect, it } from 'vitest';
import { frameView } from '../../../src/camera/camera-track.js';
import { longitudeArc, wrapLongitude } from '../../../src/camera/seam-free-map.js';
import { frameTimeMs } from '../../../src/clock/timeline.js';
import { createProjection } from '../../../src/map/create-projection.js';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import type { Scene } from '../../../src/scene/scene.js';
import { cssToRgb } from '../../../src/style/colormaps.js';
import { syntheticScene, type SceneOptions, type Track } from '../render/synthetic-scene.js';

const W = 240;
const H = 160;
const MIN = 60_000;

// East along 65 N from 170 E over the antimeridian to 170 W (Chukotka), one point a minute.
const crossing: Track = {
  id: 'ship',
  points: Array.from({ length: 101 }, (_, i) => [i * MIN, wrapLongitude(170 + (20 * i) / 100), 65] as [number, number, number]),
};
const base: SceneOptions = {
  width: W, height: H, map: 'world', layers: { land: true }, trailDurationMs: 10 * MIN,
  timeline: { startMs: 0, endMs: 100 * MIN, fps: 10, durationSec: 1.1 },
};

// Pixels of the frame in the map's land colour (to a level: the polygon filler's coverage sums
// can round either way).
function landPixels(scene: Scene, rgba: Uint8Array): number {
  const land = cssToRgb(scene.map.colors.land)!;
  const [r, g, b] = [(land >> 16) & 255, (land >> 8) & 255, land & 255];
  let n = 0;
  for (let o = 0; o < rgba.length; o += 4) if (Math.abs(rgba[o] - r) <= 1 && Math.abs(rgba[o + 1] - g) <= 1 && Math.abs(rgba[o + 2] - b) <= 1) n++;
  return n;
}

// Pixels where two frames differ by more than a few levels.
function differing(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let o = 0; o < a.length; o += 4) if (Math.max(Math.abs(a[o] - b[o]), Math.abs(a[o + 1] - b[o + 1]), Math.abs(a[o + 2] - b[o + 2])) > 8) n++;
  return n;
}

describe('longitudeArc', () => {
  it('is the shortest arc holding every longitude, across the antimeridian when that is shorter', () => {
    expect(longitudeArc([170, 175, -179, -170])).toEqual({ start: 170, width: 20 });
    expect(longitudeArc([-10, 20, 5])).toEqual({ start: -10, width: 30 });
    expect(longitudeArc([190])).toEqual({ start: -170, width: 0 });
    expect(longitudeArc([])).toBeNull();
    expect(longitudeArc([0, 180, NaN])).toEqual({ start: -180, width: 180 });
    // Points all round the globe: the largest gap is 10 degrees wide.
    expect(longitudeArc(Array.from({ length: 36 }, (_, i) => i * 10 - 180))).toEqual({ start: -180, width: 350 });
  });
});

describe('a camera across the map\'s seam', () => {
  it('following: the map turns to the object\'s longitudes, and after the crossing the frame shows land, as on a map centred there', () => {
    const world = syntheticScene([crossing], { ...base, camera: { follow: 'ship', followRadiusKm: 150 } });
    // Centred on the object's arc 170 E .. 170 W: the seam is at 0, far from it.
    expect(wrapLongitude(-world.map.rotate[0] + 180)).toBeCloseTo(0, 6);
    const pacific = syntheticScene([crossing], { ...base, map: 'auto', bbox: [160, 55, 200, 75], camera: { follow: 'ship', followRadiusKm: 150 } });
    const a = createFrameRenderer(world);
    const b = createFrameRenderer(pacific);
    for (const k of [2, 7, 10]) {
      const lon = wrapLongitude(170 + (20 * frameTimeMs(world.timeline, k)) / (100 * MIN));
      const frame = a.renderFrameRgba(k).slice();
      // Chukotka fills much of the view on both sides of 180, as on the map centred there (the
      // base maps' scales differ, so a few edge pixels may).
      expect(landPixels(world, frame), `frame ${k} at ${lon.toFixed(1)}`).toBeGreaterThan(0.1 * W * H);
      expect(differing(frame, b.renderFrameRgba(k)), `frame ${k}`).toBeLessThan(0.005 * W * H);
    }
  });

  it('following on a d3 projection: the object no longer leaves the map at the seam', () => {
    const scene = syntheticScene([crossing], { ...base, projection: 'robinson', camera: { follow: 'ship', followRadiusKm: 150 } });
    const rgba = createFrameRenderer(scene).renderFrameRgba(9);
    // The head at the frame's centre (the smoothed centre is off the curved path by a pixel at most).
    let whitest = 0;
    for (let y = H / 2 - 1; y <= H / 2 + 1; y++) {
      for (let x = W / 2 - 1; x <= W / 2 + 1; x++) { const o = (y * W + x) * 4; whitest = Math.max(whitest, Math.min(rgba[o], rgba[o + 1], rgba[o + 2])); }
    }
    // (a head of radius below a pixel at this frame size: not fully white, but the whitest pixel of the frame)
    let frameWhitest = 0;
    for (let o = 0; o < rgba.length; o += 4) frameWhitest = Math.max(frameWhitest, Math.min(rgba[o], rgba[o + 1], rgba[o + 2]));
    expect(whitest).toBe(frameWhitest);
    expect(whitest).toBeGreaterThan(200);
    expect(landPixels(scene, rgba)).toBeGreaterThan(0.2 * W * H);
  });

  it('keyframes from 175 E to 175 W pan the short way, over the antimeridian', () => {
    const scene = syntheticScene([crossing], { ...base, camera: { keyframes: [
      { timeMs: 10 * MIN, center: [175, 65], radiusKm: 300 },
      { timeMs: 90 * MIN, center: [-175, 65], radiusKm: 300 },
    ] } });
    const project = createProjection(scene.map) as unknown as { invert(p: [number, number]): [number, number] };
    for (let k = 0; k < scene.timeline.frameCount; k++) {
      const v = frameView(scene, k);
      const [lon] = project.invert([(W / 2 - v.offsetX) / v.zoom, (H / 2 - v.offsetY) / v.zoom]);
      // Never further than the keyframes from the antimeridian (the long way passes 0).
      expect(Math.abs(lon), `frame ${k}`).toBeGreaterThan(174.99);
    }
  });

  it('leaves a map alone when the camera does not cross its seam, and globes always', () => {
    const atlantic: Track = { id: 'ship', points: Array.from({ length: 11 }, (_, i) => [i * 10 * MIN, -40 + i, 45] as [number, number, number]) };
    const plain = syntheticScene([atlantic], { ...base, layers: {} });
    const followed = syntheticScene([atlantic], { ...base, layers: {}, camera: { follow: 'ship' } });
    expect(followed.map.rotate).toEqual(plain.map.rotate);
    const globe = syntheticScene([crossing], { ...base, layers: {}, projection: 'orthographic', center: [180, 60] });
    const globeFollowed = syntheticScene([crossing], { ...base, layers: {}, projection: 'orthographic', center: [180, 60], camera: { follow: 'ship' } });
    expect(globeFollowed.map.rotate).toEqual(globe.map.rotate);
  });
});
