import { describe, expect, it } from 'vitest';
import { frameTimeMs } from '../../../src/clock/timeline.js';
import { createProjection } from '../../../src/map/create-projection.js';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { decodePngRgba } from '../../../src/render/raster/canvas.js';
import { ALL_LAYERS, straightTrack, syntheticScene } from './synthetic-scene.js';

const pixel = (rgba: Uint8Array, width: number, x: number, y: number): number[] => {
  const o = (Math.floor(y) * width + Math.floor(x)) * 4;
  return Array.from(rgba.subarray(o, o + 4));
};

describe('createFrameRenderer', () => {
  it('renderFrameRgba() puts the white head at the interpolated position of frame k', () => {
    // 11 points 10 s apart from lon -100 to -90 at lat 40; 7 frames over 0..100 s, so most frame
    // times fall between points.
    const scene = syntheticScene([straightTrack('a', 0, 10_000, 11, -100, -90, 40)],
      { width: 800, height: 600, timeline: { startMs: 0, endMs: 100_000, fps: 6, durationSec: 7 / 6 }, trailDurationMs: 30_000 });
    const renderer = createFrameRenderer(scene);
    const project = createProjection(scene.map) as (p: [number, number]) => [number, number];
    for (let k = 0; k < scene.timeline.frameCount; k++) {
      const tk = frameTimeMs(scene.timeline, k);
      const [x, y] = project([-100 + tk / 10_000, 40]);
      const rgba = renderer.renderFrameRgba(k);
      expect(rgba.length).toBe(800 * 600 * 4);
      expect(pixel(rgba, 800, x, y)).toEqual([255, 255, 255, 255]);
      // Ahead of the head there is nothing but sea.
      expect(pixel(rgba, 800, x + 12, y)).toEqual([0, 0, 0, 255]);
    }
    // Behind the head: the trail, in the warm colours of gist_heat (red channel dominant).
    const k = 4;
    const [x, y] = project([-100 + frameTimeMs(scene.timeline, k) / 10_000 - 1.5, 40]);
    const [r, g, b] = pixel(renderer.renderFrameRgba(k), 800, x, y);
    expect(r).toBeGreaterThan(100);
    expect(r).toBeGreaterThanOrEqual(g);
    expect(g).toBeGreaterThanOrEqual(b);
  });

  it('renderFrameRgba() depends only on k: frames drawn in any order give identical bytes', () => {
    const tracks = [straightTrack('a', 0, 10_000, 11, -100, -90, 40), straightTrack('b', 20_000, 5_000, 15, -95, -92, 35)];
    const options = { decorations: { clock: true, title: 'order' }, layers: ALL_LAYERS };
    const a = createFrameRenderer(syntheticScene(tracks, options));
    a.renderFrameRgba(5);
    a.renderFrameRgba(9);
    const afterOthers = a.renderFrameRgba(3).slice();
    const fresh = createFrameRenderer(syntheticScene(tracks, options)).renderFrameRgba(3).slice();
    expect(Buffer.compare(Buffer.from(afterOthers), Buffer.from(fresh))).toBe(0);
  });

  it('renderFrameRgba(k, into) draws frame k into the caller\'s buffer (what a batch sends to ffmpeg), the same bytes as its own', () => {
    const tracks = [straightTrack('a', 0, 10_000, 11, -100, -90, 40), straightTrack('b', 20_000, 5_000, 15, -95, -92, 35)];
    const scene = syntheticScene(tracks, { decorations: { clock: true, title: 'into' }, layers: ALL_LAYERS });
    const renderer = createFrameRenderer(scene);
    const buffers = [0, 1].map(() => Buffer.allocUnsafeSlow(scene.width * scene.height * 4).fill(7));
    for (const k of [4, 9, 4]) {
      const into = buffers[k % 2];
      expect(renderer.renderFrameRgba(k, into)).toBe(into);
      expect(Buffer.compare(into, Buffer.from(renderer.renderFrameRgba(k)))).toBe(0);
    }
    expect(() => renderer.renderFrameRgba(1, new Uint8Array(16))).toThrow(RangeError);
  });

  it('renderFrameRgba() draws nothing for a trajectory entirely outside the trail window', () => {
    const live = straightTrack('live', 0, 10_000, 31, -100, -90, 40);
    const gone = straightTrack('gone', 0, 1_000, 5, -98, -95, 38); // ends at 4 s
    const options = { timeline: { startMs: 0, endMs: 300_000 }, trailDurationMs: 60_000 };
    const withGone = syntheticScene([live, gone], { ...options, bbox: [-101, 30, -89, 45] });
    const without = syntheticScene([live], { ...options, bbox: [-101, 30, -89, 45] });
    const k = withGone.timeline.frameCount - 1; // t = 300 s, trail from 240 s
    const a = createFrameRenderer(withGone).renderFrameRgba(k).slice();
    const b = createFrameRenderer(without).renderFrameRgba(k).slice();
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    // At frame 0 it is visible, so the comparison above is not vacuous.
    const a0 = createFrameRenderer(withGone).renderFrameRgba(0).slice();
    const b0 = createFrameRenderer(without).renderFrameRgba(0).slice();
    expect(Buffer.compare(Buffer.from(a0), Buffer.from(b0))).not.toBe(0);
  });

  it('renderFrameRgba() shows the sea colour where there is no land and the land colour on land', () => {
    const scene = syntheticScene([straightTrack('a', 0, 10_000, 3, 0, 1, 0)], { width: 720, height: 360, map: 'world', layers: ALL_LAYERS });
    const rgba = createFrameRenderer(scene).renderFrameRgba(0);
    const project = createProjection(scene.map) as (p: [number, number]) => [number, number];
    const [sx, sy] = project([-145, 5]); // mid-Pacific, away from the 10-degree graticule
    expect(pixel(rgba, 720, sx, sy)).toEqual([0, 0, 0, 255]);
    const [lx, ly] = project([-55, -12]); // inside Brazil
    expect(pixel(rgba, 720, lx, ly)).toEqual([0x30, 0x30, 0x30, 255]);
  });

  it('renderFrameRgba() colours trails by a property when asked', () => {
    const track = { id: 'a', points: [] as Array<[number, number, number, number]> };
    for (let i = 0; i <= 10; i++) track.points.push([i * 10_000, -100 + i, 40, i < 5 ? 0 : 100]);
    const scene = syntheticScene([track], {
      width: 800, height: 600, numericNames: ['speed'], trailDurationMs: 100_000,
      timeline: { startMs: 0, endMs: 100_000 }, style: { colorBy: 'speed', colormap: 'gray', headRadius: 0, tailOpacity: 1 },
    });
    const project = createProjection(scene.map) as (p: [number, number]) => [number, number];
    const rgba = createFrameRenderer(scene).renderFrameRgba(scene.timeline.frameCount - 1);
    const [x0, y0] = project([-98.5, 40]);
    const [x1, y1] = project([-91.5, 40]);
    expect(pixel(rgba, 800, x0, y0)[0]).toBeLessThan(10); // speed 0 -> black end of gray
    expect(pixel(rgba, 800, x1, y1)[0]).toBeGreaterThan(245); // speed 100 -> white end
  });

  it('renderFramePng() encodes the same pixels as renderFrameRgba()', async () => {
    const scene = syntheticScene([straightTrack('a', 0, 10_000, 11, -100, -90, 40)], { decorations: { clock: true } });
    const renderer = createFrameRenderer(scene);
    const rgba = renderer.renderFrameRgba(7).slice();
    const png = await renderer.renderFramePng(7);
    const decoded = await decodePngRgba(png);
    expect([decoded.width, decoded.height]).toEqual([320, 240]);
    expect(Buffer.compare(Buffer.from(decoded.data), Buffer.from(rgba))).toBe(0);
  });

  it('renderFrameRgba() rejects a frame outside the timeline', () => {
    const scene = syntheticScene([straightTrack('a', 0, 10_000, 11, -100, -90, 40)]);
    expect(() => createFrameRenderer(scene).renderFrameRgba(scene.timeline.frameCount)).toThrow(RangeError);
  });

  it('renderFrameRgba() draws cartesian data on a plain background with y up, and Mercator maps', () => {
    const scene = syntheticScene([{ id: 'a', points: [[0, 0, 0], [1000, 50, 100], [2000, 100, 100]] }],
      { domain: 'cartesian', width: 400, height: 400, trailDurationMs: 10_000, timeline: { startMs: 0, endMs: 2000 } });
    expect(scene.map.projection).toBe('cartesian');
    const rgba = createFrameRenderer(scene).renderFrameRgba(scene.timeline.frameCount - 1);
    const [hx, hy] = [scene.screenX[2], scene.screenY[2]];
    expect(hy).toBeLessThan(scene.screenY[0]); // y grows upwards
    expect(pixel(rgba, 400, hx, hy)).toEqual([255, 255, 255, 255]);
    expect(pixel(rgba, 400, 5, 395)).toEqual([0, 0, 0, 255]);
    const mercator = syntheticScene([straightTrack('a', 0, 10_000, 11, -10, 10, 60)], { projection: 'mercator', layers: ALL_LAYERS });
    const m = createFrameRenderer(mercator).renderFrameRgba(mercator.timeline.frameCount - 1);
    const last = mercator.trajectories.t.length - 1;
    expect(pixel(m, 320, mercator.screenX[last], mercator.screenY[last])).toEqual([255, 255, 255, 255]);
  });
});
