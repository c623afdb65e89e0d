// The detailed coastline, its credit line and --overlay layers through the real option path
// (validateOptions -> resolveMovieOptions -> prepareScene) into the frame.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjection } from '../../../src/map/create-projection.js';
import { OSM_ATTRIBUTION } from '../../../src/map/osm-coast/coast-source.js';
import { validateOptions, type ValidatedMovieOptions } from '../../../src/options/render-options.js';
import { planTimeline } from '../../../src/pipeline/plan-timeline.js';
import { prepareScene } from '../../../src/pipeline/prepare-scene.js';
import { resolveMovieOptions } from '../../../src/pipeline/resolve-movie-options.js';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import type { Scene } from '../../../src/scene/scene.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { pointTable, type Track } from './synthetic-scene.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-coast-wiring-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Two ships in New York's Upper Bay and the Kill van Kull.
const tracks: Track[] = [0, 1].map((i) => ({
  id: `ship${i}`,
  points: Array.from({ length: 20 }, (_, j) => [j * 30_000, -74.06 - 0.05 * i + 0.002 * j, 40.62 + 0.02 * i + 0.001 * j] as [number, number, number]),
}));
const { set } = assembleTrajectories(pointTable(tracks, []), { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 });
const BOX = [-74.2, 40.55, -73.95, 40.72];

function scene(options: Record<string, unknown>): Scene {
  const o = resolveMovieOptions(validateOptions<ValidatedMovieOptions>({ size: [480, 320], durationMs: 1000, fps: 10, trailDurationMs: 120_000, bbox: BOX, ...options }, []));
  return prepareScene(set, planTimeline(set, o.timeline), o);
}

function pixel(s: Scene, lon: number, lat: number): [number, number, number] {
  const [x, y] = (createProjection(s.map) as (p: [number, number]) => [number, number])([lon, lat]);
  const rgba = createFrameRenderer(s).renderFrameRgba(0);
  const i = (Math.round(y) * s.width + Math.round(x)) * 4;
  return [rgba[i], rgba[i + 1], rgba[i + 2]];
}

describe('detailed coastline and overlays', () => {
  it('prepareScene() draws a harbour from OpenStreetMap data and credits it; natural-earth does neither', () => {
    const osm = scene({});
    expect(osm.map.detail).toBe('osm');
    expect(osm.overlays.attribution?.texts).toEqual([OSM_ATTRIBUTION]);
    expect(osm.decorationLayer.boxes.attribution).toBeDefined();
    // Newark Bay is water in OpenStreetMap's coastline and land in Natural Earth 10m's.
    const ne = scene({ coastlineSource: 'natural-earth' });
    expect(ne.map.detail).toBe('10m');
    expect(ne.overlays.attribution ?? null).toBeNull();
    const kill: [number, number] = [-74.12, 40.68];
    expect(pixel(osm, ...kill)).toEqual([0, 0, 0]);
    expect(pixel(ne, ...kill)).not.toEqual([0, 0, 0]);
  });

  it('--overlay files are drawn in their colours under the trails, several at once', () => {
    const lane = join(dir, 'lane.geojson');
    writeFileSync(lane, JSON.stringify({ type: 'LineString', coordinates: [[-74.18, 40.58], [-73.97, 40.70]] }));
    const zone = join(dir, 'zone.geojson');
    writeFileSync(zone, JSON.stringify({ type: 'Polygon', coordinates: [[[-74.19, 40.56], [-74.15, 40.56], [-74.15, 40.59], [-74.19, 40.59], [-74.19, 40.56]]] }));
    const s = scene({ overlay: [lane, { file: zone, color: '#ff0000', fill: 1 }], overlayColor: '#00ff00', overlayWidth: 12 });
    expect(s.map.overlays.map((o) => [o.color, o.width, o.fillOpacity])).toEqual([['#00ff00', 12, 0.15], ['#ff0000', 12, 1]]);
    // On the lane's middle, and inside the fully filled zone.
    expect(pixel(s, -74.075, 40.64)).toEqual([0, 255, 0]);
    expect(pixel(s, -74.17, 40.575)).toEqual([255, 0, 0]);
    expect(pixel(scene({}), -74.17, 40.575)).not.toEqual([255, 0, 0]);
  });

  it('a missing overlay file is an error naming it', () => {
    expect(() => scene({ overlay: join(dir, 'nope.geojson') })).toThrow(/nope\.geojson: overlay file not found/);
    expect(() => scene({ overlay: [join(dir, 'lane.geojson')], overlayColor: 'not-a-colour' })).toThrow(/overlayColor/);
  });
});
