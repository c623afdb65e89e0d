// Issue 20: tracks on a round Earth. Scenes are made through the real option path (the options a
// user gives, resolved, read from a file, prepared as renderStill does) and the head's pixel is read
// from the trail painter, checked against the projection of where the object really is.
import { geoInterpolate } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { createProjection } from '../../../src/map/create-projection.js';
import { validateOptions, type ValidatedMovieOptions } from '../../../src/options/render-options.js';
import { loadTrajectories } from '../../../src/pipeline/load-trajectories.js';
import { prepareScene } from '../../../src/pipeline/prepare-scene.js';
import { resolveMovieOptions } from '../../../src/pipeline/resolve-movie-options.js';
import { CAPSULE_STRIDE, type CapsuleList } from '../../../src/render/trails/capsule-list.js';
import { createTrailPainter, HEAD_STRIDE } from '../../../src/render/trails/draw-trails.js';
import type { Scene } from '../../../src/scene/scene.js';
import { expandPerPoint, insertPoints } from '../../../src/trajectory/insert-points.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { pointTable } from '../render/synthetic-scene.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const writeFile = useTempFiles('trackreel-round-earth-');

const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 0, 1);
// Two points each: New York JFK -> London LHR (7 h), Sydney -> Los Angeles (14 h).
const JFK: [number, number] = [-73.78, 40.64];
const LHR: [number, number] = [-0.45, 51.47];
const SYD: [number, number] = [151.18, -33.95];
const LAX: [number, number] = [-118.41, 33.94];

async function sceneAt(rows: Array<[string, number, number, number]>, tMs: number, options: Record<string, unknown> = {}): Promise<Scene> {
  const file = await writeFile('flights.csv', rows.map(([id, t, lon, lat]) => `${id},${new Date(t).toISOString()},${lon},${lat}`).join('\n') + '\n');
  const validated = validateOptions<ValidatedMovieOptions>({
    map: 'world', size: [960, 480], separationDistanceKm: 20000, separationTimeMs: 24 * HOUR, ...options,
  });
  const resolved = resolveMovieOptions(validated);
  const { trajectories } = await loadTrajectories([file], resolved);
  return prepareScene(trajectories, { fps: 30, frameCount: 1, startMs: tMs, endMs: tMs }, resolved);
}

// Heads of frame 0 by object id, and how many trail pieces (capsules) lie near the left and right edges.
// Near an edge: within 5% of the frame's width of where the map's seam is drawn (at the equator).
function frameOf(scene: Scene): { heads: Map<string, [number, number]>; nearLeft: number; nearRight: number } {
  const painter = createTrailPainter(scene);
  const list: CapsuleList = { count: 0, values: new Float64Array(0) };
  painter.record(list, 0, scene.width, scene.height);
  const heads = new Map<string, [number, number]>();
  const v = painter.heads.values;
  for (let h = 0; h < painter.heads.count; h++) {
    const o = h * HEAD_STRIDE;
    heads.set(scene.trajectories.objectIds[scene.trajectories.objectIndex[v[o + 4]]], [v[o], v[o + 1]]);
  }
  let nearLeft = 0; let nearRight = 0;
  const left = projected(scene, [-179.99, 0])[0];
  const right = projected(scene, [179.99, 0])[0];
  for (let c = 0; c < list.count; c++) {
    const x = list.values[c * CAPSULE_STRIDE];
    if (Math.abs(x - left) < 0.05 * scene.width) nearLeft++;
    if (Math.abs(x - right) < 0.05 * scene.width) nearRight++;
  }
  return { heads, nearLeft, nearRight };
}

function projected(scene: Scene, lonLat: [number, number]): [number, number] {
  const p = (createProjection(scene.map) as (q: [number, number]) => [number, number] | null)(lonLat);
  if (!p) throw new Error('not on the map');
  return p;
}

describe('great circles', () => {
  it('a two-point JFK-LHR flight has its head at the great-circle midpoint at mid-time (within 2 px)', async () => {
    const scene = await sceneAt([['BA1', T0, ...JFK], ['BA1', T0 + 7 * HOUR, ...LHR]], T0 + 3.5 * HOUR);
    const head = frameOf(scene).heads.get('BA1')!;
    const mid = geoInterpolate(JFK, LHR)(0.5);
    expect(mid[1]).toBeGreaterThan(51.5); // the arc's midpoint is well north of both ends
    const [x, y] = projected(scene, mid as [number, number]);
    expect(Math.hypot(head[0] - x, head[1] - y)).toBeLessThan(2);
    // Without the great circle, the head sits on the straight line, far from the arc.
    const straight = await sceneAt([['BA1', T0, ...JFK], ['BA1', T0 + 7 * HOUR, ...LHR]], T0 + 3.5 * HOUR, { greatCircleKm: 0 });
    const flat = frameOf(straight).heads.get('BA1')!;
    expect(Math.hypot(flat[0] - x, flat[1] - y)).toBeGreaterThan(10);
  });

  it('leaves plane (x/y) data straight', () => {
    const { set } = assembleTrajectories(pointTable([{ id: 'a', points: [[0, 0, 0], [HOUR, 5000, 5000]] }], [], 'cartesian'),
      { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 });
    expect(set.t.length).toBe(2);
  });
});

describe('the map seam', () => {
  for (const projection of ['equirectangular', 'mercator', 'robinson', 'natural-earth']) {
    it(`${projection}: a trans-Pacific flight stays on the world map across the dateline, its head where it is, its trail on both sides`, async () => {
      const rows: Array<[string, number, number, number]> = [['QF11', T0, ...SYD], ['QF11', T0 + 14 * HOUR, ...LAX]];
      const along = geoInterpolate(SYD, LAX);
      for (const f of [0.3, 0.5, 0.75, 0.9]) {
        const scene = await sceneAt(rows, T0 + f * 14 * HOUR, { projection, trailDurationMs: 4 * HOUR });
        const frame = frameOf(scene);
        const head = frame.heads.get('QF11');
        expect(head, `head at ${f}`).toBeDefined();
        const [x, y] = projected(scene, along(f) as [number, number]);
        expect(head![0]).toBeGreaterThanOrEqual(0);
        expect(head![0]).toBeLessThanOrEqual(scene.width);
        expect(Math.hypot(head![0] - x, head![1] - y), `head at ${f}`).toBeLessThan(2);
        // Over the dateline (at 0.5 and 0.75 the trail's 4 hours reach back across it), the trail is
        // drawn at both edges of the map.
        const lon = (along(f)[0] + 360) % 360;
        const tailLon = (along(Math.max(0, f - 4 / 14))[0] + 360) % 360;
        if (tailLon < 180 && lon > 180) {
          expect(frame.nearLeft, `left edge at ${f}`).toBeGreaterThan(0);
          expect(frame.nearRight, `right edge at ${f}`).toBeGreaterThan(0);
        }
      }
    });
  }
});

describe('insertPoints', () => {
  it('adds points with interpolated times and properties, and expands per-point arrays the same way', () => {
    const { set } = assembleTrajectories(pointTable([{ id: 'a', points: [[0, 0, 0, 10], [1000, 1, 1, 20], [2000, 2, 0, 30]] }], ['alt']),
      { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 });
    const expanded = insertPoints(set, [{ after: 0, fraction: 0.25, lon: 5, lat: 6 }, { after: 1, fraction: 0.5, lon: 7, lat: 8, cut: true }]);
    expect([...expanded.set.t]).toEqual([0, 250, 1000, 1500, 2000]);
    expect([...expanded.set.lon]).toEqual([0, 5, 1, 7, 2]);
    expect([...expanded.set.numeric.alt]).toEqual([10, 12.5, 20, 25, 30]);
    expect([...expanded.set.offsets]).toEqual([0, 5]);
    expect([...expanded.cuts!]).toEqual([0, 0, 0, 1, 0]);
    expect([...expandPerPoint(Float32Array.of(0, 1, 0.5), expanded, false)]).toEqual([0, 0.25, 1, 0.75, 0.5]);
    expect([...expandPerPoint(Float32Array.of(0, 1, 0.5), expanded, true)]).toEqual([0, 0, 1, 1, 0.5]);
  });
});
