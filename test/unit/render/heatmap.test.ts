// Heatmap movies: time-weighted density where the objects were, nothing where they were not, one
// normalisation for the whole movie, and frames that depend only on (scene, k).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { frameView } from '../../../src/camera/camera-track.js';
import { frameTimeMs } from '../../../src/clock/timeline.js';
import { decodeScene, encodeScene } from '../../../src/scene/scene-file.js';
import { validateOptions, type ValidatedMovieOptions } from '../../../src/options/render-options.js';
import { planTimeline } from '../../../src/pipeline/plan-timeline.js';
import { prepareScene } from '../../../src/pipeline/prepare-scene.js';
import { resolveMovieOptions } from '../../../src/pipeline/resolve-movie-options.js';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import {
  blurDensity, boxesForGauss, clearDensity, createDensityGrid, frameMaxDensity, splatTrajectory, type DensityGrid,
} from '../../../src/heatmap/heatmap-density.js';
import { NORMALISATION_PERCENTILE, sampledFrameMaxima } from '../../../src/heatmap/heatmap-normalisation.js';
import type { Scene } from '../../../src/scene/scene.js';
import { resolveHeatmapStyle } from '../../../src/heatmap/heatmap-style.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { pointTable, syntheticScene, type SceneOptions, type Track } from './synthetic-scene.js';

const MIN = 60_000;
const W = 320;
const H = 240;
// 16 px per degree: lon -10..10 -> x 0..320, lat 7.5..-7.5 -> y 0..240.
const BBOX: [number, number, number, number] = [-10, -7.5, 10, 7.5];
const STILL = { x: 80, y: 88 }; // (-5, 2)

function stillTrack(id: string, lon: number, lat: number, fromMs: number, toMs: number, stepMs: number): Track {
  const points: Track['points'] = [];
  for (let t = fromMs; t <= toMs; t += stepMs) points.push([t, lon, lat]);
  return { id, points };
}

// East along lat -4 (y = 184) from lon -8 to 8 over 20 minutes.
function mover(stepMs: number): Track {
  const points: Track['points'] = [];
  for (let t = 0; t <= 20 * MIN; t += stepMs) points.push([t, -8 + (16 * t) / (20 * MIN), -4]);
  return { id: 'mover', points };
}

function scene(tracks: Track[], options: SceneOptions = {}): Scene {
  return syntheticScene(tracks, {
    width: W, height: H, bbox: BBOX, trailDurationMs: 5 * MIN, timeline: { startMs: 0, endMs: 20 * MIN, fps: 10, durationSec: 2 },
    heatmap: { windowMs: 5 * MIN }, ...options,
  });
}

// The density grid of frame k, computed the way the painter does (in the frame's view).
function densityAt(s: Scene, k: number): DensityGrid {
  const spec = s.heatmap!;
  const grid = createDensityGrid(s.width, s.height, spec.radiusPx);
  const t1 = frameTimeMs(s.timeline, k);
  const view = frameView(s, k);
  clearDensity(grid);
  for (let i = 0; i < s.trajectories.count; i++) splatTrajectory(grid, s.trajectories, s.screenX, s.screenY, i, t1 - spec.windowMs, t1, view);
  blurDensity(grid);
  return grid;
}

// The densest node of the grid: its frame pixel and value.
function peakOf(grid: DensityGrid): { x: number; y: number; value: number } {
  const best = { x: 0, y: 0, value: -1 };
  for (let gy = 0; gy < grid.height; gy++) {
    for (let gx = 0; gx < grid.width; gx++) {
      const v = grid.values[gy * grid.width + gx];
      if (v > best.value) Object.assign(best, { x: (gx - grid.pad) * grid.cell, y: (gy - grid.pad) * grid.cell, value: v });
    }
  }
  return best;
}

const nodeAt = (grid: DensityGrid, x: number, y: number): number => grid.values[(y / grid.cell + grid.pad) * grid.width + x / grid.cell + grid.pad];

// Frames compared as hashes: vitest's deep equality walks 300 k bytes one by one.
const hash = (rgba: Uint8Array): string => createHash('md5').update(rgba).digest('hex');

const pixel = (rgba: Uint8Array, x: number, y: number): number[] => Array.from(rgba.subarray((y * W + x) * 4, (y * W + x) * 4 + 3));

describe('heatmap density', () => {
  it('box widths approximate the Gaussian: their variances add up to sigma^2', () => {
    // Integer widths cannot hit every sigma; the grid always has sigma >= 2 nodes.
    for (const sigma of [2, 2.5, 3.2, 7, 12]) {
      const widths = boxesForGauss(sigma);
      expect(widths.every((w) => w % 2 === 1)).toBe(true);
      const variance = widths.reduce((sum, w) => sum + (w * w - 1) / 12, 0);
      expect(Math.abs(Math.sqrt(variance) - sigma) / sigma).toBeLessThan(0.1);
    }
  });

  it('peaks at the projected position of a stationary object, with the window length in object-minutes', () => {
    const s = scene([stillTrack('still', -5, 2, 0, 20 * MIN, MIN), mover(10_000)]);
    expect(s.screenX[0]).toBeCloseTo(STILL.x, 6);
    expect(s.screenY[0]).toBeCloseTo(STILL.y, 6);
    const grid = densityAt(s, 19);
    let best = -1;
    let bx = 0;
    let by = 0;
    for (let gy = 0; gy < grid.height; gy++) {
      for (let gx = 0; gx < grid.width; gx++) {
        const v = grid.values[gy * grid.width + gx];
        if (v > best) { best = v; bx = (gx - grid.pad) * grid.cell; by = (gy - grid.pad) * grid.cell; }
      }
    }
    expect([bx, by]).toEqual([STILL.x, STILL.y]);
    // Still for the whole 5-minute window: 5 object-minutes at its own position.
    expect(best).toBeCloseTo(5, 6);
    expect(frameMaxDensity(grid)).toBeCloseTo(5, 6);
  });

  it('does not depend on how often an object reports: time-weighted, not report-weighted', () => {
    const often = densityAt(scene([stillTrack('still', -5, 2, 0, 20 * MIN, 10_000), mover(10_000)]), 15);
    const rarely = densityAt(scene([stillTrack('still', -5, 2, 0, 20 * MIN, 5 * MIN), mover(2 * MIN)]), 15);
    const peak = frameMaxDensity(often);
    let worst = 0;
    for (let i = 0; i < often.values.length; i++) worst = Math.max(worst, Math.abs(often.values[i] - rarely.values[i]));
    // The moving object's path is sampled at other places along the same line: tiny differences only.
    expect(worst / peak).toBeLessThan(0.01);
    // Where only the stationary object is, exactly the same.
    expect(nodeAt(rarely, STILL.x, STILL.y)).toBeCloseTo(nodeAt(often, STILL.x, STILL.y), 9);
  });

  it('a moving object leaves a continuous band along its path, not beads at its reports', () => {
    // Frame 19 shows minutes 15..20: x 224..288, with reports 32 px apart (sigma is 3.2 px).
    const grid = densityAt(scene([mover(2.5 * MIN)]), 19);
    const along = [236, 240, 244, 248, 252, 256, 260, 264, 268, 272, 276].map((x) => nodeAt(grid, x, 184));
    const mean = along.reduce((a, b) => a + b) / along.length;
    for (const v of along) expect(Math.abs(v - mean) / mean).toBeLessThan(0.05);
    expect(nodeAt(grid, 240, 120)).toBeLessThan(1e-9);
  });

  it('counts an object that ended before the trail but inside a longer window (the frame index reaches the window)', () => {
    // Trail 1 minute, window 10 minutes; the object stops reporting at 10 min, frame 15 is t = 15.8 min.
    const s = scene([stillTrack('gone', -5, 2, 0, 10 * MIN, MIN), mover(MIN)], { trailDurationMs: MIN, heatmap: { windowMs: 10 * MIN } });
    const rgba = createFrameRenderer(s).renderFrameRgba(15);
    expect(pixel(rgba, STILL.x, STILL.y)).not.toEqual(pixel(s.background, STILL.x, STILL.y));
    expect(nodeAt(densityAt(s, 15), STILL.x, STILL.y)).toBeGreaterThan(3.5);
  });
});

describe('heatmap frames', () => {
  it('draws its brightest pixel at the stationary object and leaves pixels far from every object unchanged', () => {
    const s = scene([stillTrack('still', -5, 2, 0, 20 * MIN, MIN), mover(10_000)], { heatmap: { windowMs: 5 * MIN, max: 10 } });
    const rgba = createFrameRenderer(s).renderFrameRgba(19);
    let best = -1;
    let at = [0, 0];
    let changedFar = 0;
    let changedNear = 0;
    const reach = 3 * s.heatmap!.radiusPx + 2;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const o = (y * W + x) * 4;
        const luma = rgba[o] + rgba[o + 1] + rgba[o + 2];
        if (luma > best) { best = luma; at = [x, y]; }
        const changed = rgba[o] !== s.background[o] || rgba[o + 1] !== s.background[o + 1] || rgba[o + 2] !== s.background[o + 2];
        const far = Math.hypot(x + 0.5 - STILL.x, y + 0.5 - STILL.y) > reach && Math.abs(y + 0.5 - 184) > reach;
        if (changed && far) changedFar++;
        if (changed && !far) changedNear++;
      }
    }
    expect(Math.abs(at[0] + 0.5 - STILL.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(at[1] + 0.5 - STILL.y)).toBeLessThanOrEqual(1);
    expect(changedNear).toBeGreaterThan(100);
    expect(changedFar).toBe(0);
  });

  it('keeps one normalisation for the whole movie: a place looks the same while the busiest place changes', () => {
    // Three objects park together from minute 12 on: frame 19's maximum is three times frame 9's.
    const late = [0, 1, 2].map((i) => stillTrack(`late-${i}`, 5, 2, 12 * MIN, 20 * MIN, MIN));
    const s = scene([stillTrack('still', -5, 2, 0, 20 * MIN, MIN), ...late]);
    expect(frameMaxDensity(densityAt(s, 19)) / frameMaxDensity(densityAt(s, 9))).toBeGreaterThan(2.5);
    const renderer = createFrameRenderer(s);
    const early = pixel(renderer.renderFrameRgba(9), STILL.x, STILL.y);
    const later = pixel(renderer.renderFrameRgba(19), STILL.x, STILL.y);
    expect(early).not.toEqual(pixel(s.background, STILL.x, STILL.y));
    expect(later).toEqual(early);
    // The normalisation is the 90th percentile of the sampled frames' maxima (nearest rank).
    const maxima = sampledFrameMaxima({ ...s, windowMs: s.heatmap!.windowMs, radiusPx: s.heatmap!.radiusPx }, s.timeline)
      .filter((m) => m > 1e-9).sort((a, b) => a - b);
    expect(s.heatmap!.maxDensity).toBe(maxima[Math.ceil(NORMALISATION_PERCENTILE * maxima.length) - 1]);
    expect(s.heatmap!.maxFromOption).toBe(false);
  });

  it('uses --heatmap-max as given', () => {
    const s = scene([mover(MIN)], { heatmap: { windowMs: 5 * MIN, max: 2.5 } });
    expect(s.heatmap).toMatchObject({ maxDensity: 2.5, maxFromOption: true });
  });

  it('gives the same bytes in any order, with a fresh renderer per frame, and from a scene file', () => {
    const s = scene([stillTrack('still', -5, 2, 0, 20 * MIN, MIN), mover(30_000)], { heatmap: { windowMs: 5 * MIN, trails: true } });
    const frames = s.timeline.frameCount;
    const forward = createFrameRenderer(s);
    const inOrder = Array.from({ length: frames }, (_, k) => hash(forward.renderFrameRgba(k)));
    const backward = createFrameRenderer(s);
    for (let k = frames - 1; k >= 0; k--) expect(hash(backward.renderFrameRgba(k))).toBe(inOrder[k]);
    for (const k of [0, 7, 19]) expect(hash(createFrameRenderer(s).renderFrameRgba(k))).toBe(inOrder[k]);
    const decoded = createFrameRenderer(decodeScene(encodeScene(s)));
    for (const k of [3, 12]) expect(hash(decoded.renderFrameRgba(k))).toBe(inOrder[k]);
    expect(new Set(inOrder).size).toBeGreaterThan(15);
  });

  it('--heatmap-trails draws the trails and heads on top; without it there are none', () => {
    const tracks = [mover(MIN)];
    const plain = createFrameRenderer(scene(tracks, { heatmap: { windowMs: 5 * MIN, max: 1000 } })).renderFrameRgba(10);
    const withTrails = createFrameRenderer(scene(tracks, { heatmap: { windowMs: 5 * MIN, max: 1000, trails: true } })).renderFrameRgba(10);
    // The head (white dot) of the mover at t_10 = 10.53 min: lon -8 + 16 * 10.53 / 20 = 0.42.
    const head = { x: Math.floor((0.421 + 10) * 16), y: 184 };
    expect(Math.min(...pixel(withTrails, head.x, head.y))).toBeGreaterThan(245);
    expect(Math.min(...pixel(plain, head.x, head.y))).toBeLessThan(200);
  });

  it('colours by --colormap when given, else by the theme', () => {
    expect(scene([mover(MIN)]).heatmap!.colormap).toBe('inferno');
    expect(scene([mover(MIN)], { theme: 'light' }).heatmap!.colormap).toBe('magma_r');
    expect(scene([mover(MIN)], { heatmap: { colormap: 'viridis' } }).heatmap).toMatchObject({ colormap: 'viridis', colormapRange: [0, 1] });
  });
});

describe('heatmap under a moving camera', () => {
  // Base pixel (128, 168), 16 px north of the mover's line; following the mover at about 2x.
  const NEAR = { lon: -2, lat: -3, x: 128, y: 168 };
  const follow = { follow: 'mover', followRadiusKm: 400 };
  const frame = (s: Scene, k: number, x: number, y: number): [number, number] => {
    const v = frameView(s, k);
    return [v.zoom * x + v.offsetX, v.zoom * y + v.offsetY];
  };

  it("splats in the frame's view: a stationary object peaks at its frame position, with the same object-minutes as on the fixed map", () => {
    const s = scene([stillTrack('still', NEAR.lon, NEAR.lat, 0, 20 * MIN, MIN), mover(10_000)], { camera: follow });
    expect(frameView(s, 8).zoom).toBeGreaterThan(1.9);
    for (const k of [7, 8, 10]) {
      const [fx, fy] = frame(s, k, NEAR.x, NEAR.y);
      const peak = peakOf(densityAt(s, k));
      // Nodes are one pixel apart here (cell 1): the nearest node to the object's frame position.
      expect(Math.abs(peak.x - fx)).toBeLessThanOrEqual(0.5 + 1e-9);
      expect(Math.abs(peak.y - fy)).toBeLessThanOrEqual(0.5 + 1e-9);
      // The kernel is radiusPx frame pixels at any zoom, its peak normalised: still 5 object-minutes
      // (a little less off a node).
      expect(peak.value).toBeGreaterThan(4.8);
      expect(peak.value).toBeLessThan(5 + 1e-9);
      // Where the fixed map would put it, no heat (unless that is where the camera put it).
      if (Math.hypot(fx - NEAR.x, fy - NEAR.y) > 20) expect(nodeAt(densityAt(s, k), NEAR.x, NEAR.y)).toBeLessThan(0.05);
    }
    // The frame shows it: its brightest pixel is at the object.
    const k = 8;
    const rgba = createFrameRenderer(s).renderFrameRgba(k);
    const [fx, fy] = frame(s, k, NEAR.x, NEAR.y);
    let best = -1;
    let at = [0, 0];
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const o = (y * W + x) * 4;
        if (rgba[o] + rgba[o + 1] + rgba[o + 2] > best) { best = rgba[o] + rgba[o + 1] + rgba[o + 2]; at = [x, y]; }
      }
    }
    expect(Math.abs(at[0] + 0.5 - fx)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(at[1] + 0.5 - fy)).toBeLessThanOrEqual(1.5);
  });

  it("samples the normalisation in the camera's views: a pair the zoom pulls apart sets it, not their overlap on the fixed map", () => {
    // Two objects 4 base pixels apart (sigma 3.2 px): one blob on the fixed map, two at 2x.
    const pair = [stillTrack('p', NEAR.lon, NEAR.lat, 0, 20 * MIN, MIN), stillTrack('q', NEAR.lon + 4 / 16, NEAR.lat, 0, 20 * MIN, MIN)];
    const fixed = scene([...pair, mover(10_000)]);
    const followed = scene([...pair, mover(10_000)], { camera: follow });
    expect(fixed.heatmap!.maxDensity).toBeGreaterThan(7.5);
    expect(followed.heatmap!.maxDensity).toBeGreaterThan(4.8);
    expect(followed.heatmap!.maxDensity).toBeLessThan(5.5);
    // Frames still depend only on (scene, k): backwards, fresh renderers and the scene file agree.
    const forward = createFrameRenderer(followed);
    const inOrder = Array.from({ length: 20 }, (_, k) => hash(forward.renderFrameRgba(k)));
    const backward = createFrameRenderer(followed);
    for (let k = 19; k >= 0; k--) expect(hash(backward.renderFrameRgba(k))).toBe(inOrder[k]);
    const decoded = createFrameRenderer(decodeScene(encodeScene(followed)));
    for (const k of [3, 12]) expect(hash(decoded.renderFrameRgba(k))).toBe(inOrder[k]);
  });
});

describe('heatmap options', () => {
  const tracks = [stillTrack('still', -5, 2, 0, 20 * MIN, MIN), mover(MIN)];
  const { set } = assembleTrajectories(pointTable(tracks), { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 });
  const resolved = (options: Record<string, unknown>) => resolveMovieOptions(validateOptions<ValidatedMovieOptions>({
    size: [W, H], bbox: BBOX, durationMs: 2000, fps: 10, trailDurationMs: 120_000, ...options,
  }, []));

  it('reach the scene through the real option path', () => {
    const o = resolved({ movieType: 'heatmap', heatmapWindowMs: '7m', heatmapRadius: 8, heatmapTrails: true, colormap: 'magma' });
    const s = prepareScene(set, planTimeline(set, o.timeline), o);
    expect(s.heatmap).toMatchObject({ windowMs: 7 * MIN, radiusPx: (8 * H) / 600, trails: true, colormap: 'magma' });
    expect(s.decorations.legend).toMatchObject({ kind: 'colorbar', title: 'object-minutes nearby', min: 0, max: s.heatmap!.maxDensity });
    expect(prepareScene(set, planTimeline(set, o.timeline), resolved({})).heatmap).toBeNull();
    // The window defaults to the trail.
    const d = resolved({ movieType: 'heatmap' });
    expect(prepareScene(set, planTimeline(set, d.timeline), d).heatmap!.windowMs).toBe(120_000);
  });

  it('normalise a one-frame scene (a still, the preview) as the movie is normalised', () => {
    const o = resolved({ movieType: 'heatmap' });
    const movie = planTimeline(set, o.timeline);
    const still = prepareScene(set, { fps: 10, frameCount: 1, startMs: frameTimeMs(movie, 4), endMs: frameTimeMs(movie, 4) }, o);
    const whole = prepareScene(set, movie, o);
    expect(still.heatmap!.maxDensity).toBe(whole.heatmap!.maxDensity);
    expect(hash(createFrameRenderer(still).renderFrameRgba(0))).toBe(hash(createFrameRenderer(whole).renderFrameRgba(4)));
  });

  it("normalise a one-frame scene under a follow camera as the movie is (the views at the movie's sampled times)", () => {
    const o = resolved({ movieType: 'heatmap', follow: 'mover', followRadiusKm: 300 });
    const movie = planTimeline(set, o.timeline);
    const whole = prepareScene(set, movie, o);
    expect(whole.camera).not.toBeNull();
    const still = prepareScene(set, { fps: 10, frameCount: 1, startMs: frameTimeMs(movie, 6), endMs: frameTimeMs(movie, 6) }, o);
    expect(still.heatmap!.maxDensity).toBe(whole.heatmap!.maxDensity);
    expect(hash(createFrameRenderer(still).renderFrameRgba(0))).toBe(hash(createFrameRenderer(whole).renderFrameRgba(6)));
  });

  it.each([
    [{ movieType: 'contour' }, 'movieType'],
    [{ heatmapRadius: -3 }, 'heatmapRadius'],
    [{ heatmapRadius: 0 }, 'heatmapRadius'],
    [{ heatmapWindowMs: 0 }, 'heatmapWindowMs'],
    [{ heatmapWindowMs: 'soon' }, 'heatmapWindowMs'],
    [{ heatmapMax: -1 }, 'heatmapMax'],
    [{ heatmapTrails: 'yes' }, 'heatmapTrails'],
  ])('%j is an INVALID_OPTION naming the option', (options, option) => {
    expect(() => resolved(options)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', context: { option } }));
    expect(() => resolved(options)).toThrow(option);
  });

  it('the API checks what the schema cannot see', () => {
    expect(() => resolveHeatmapStyle({ radius: -1 }, MIN, W, H)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', context: { option: 'heatmapRadius' } }));
    expect(() => resolveHeatmapStyle({ windowMs: -MIN }, MIN, W, H)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => resolveHeatmapStyle({ colormap: 'nope' }, MIN, W, H)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', context: { option: 'colormap' } }));
  });
});
