// A scene with a --basemap through the real option path (validateOptions -> resolveMovieOptions
// -> prepareMovieScene), for a bus track in the test city, and pixel look-ups in its background.
import { validateOptions, type ValidatedMovieOptions } from '../../src/options/render-options.js';
import { createProjection } from '../../src/map/create-projection.js';
import { planTimeline } from '../../src/pipeline/plan-timeline.js';
import { prepareMovieScene } from '../../src/pipeline/prepare-scene.js';
import { resolveMovieOptions } from '../../src/pipeline/resolve-movie-options.js';
import type { Scene } from '../../src/scene/scene.js';
import { assembleTrajectories } from '../../src/trajectory/assemble-trajectories.js';
import { pointTable, type Track } from '../unit/render/synthetic-scene.js';

export const BUS: Track[] = [{
  id: 'bus',
  points: Array.from({ length: 20 }, (_, m) => [Date.UTC(2024, 4, 1, 8, m), 8.57 + 0.04 * (m / 19), 53.545 + 0.02 * Math.sin(m / 6)] as [number, number, number]),
}];

export async function basemapScene(options: Record<string, unknown>, tracks: Track[] = BUS): Promise<{ scene: Scene; warnings: string[] }> {
  const { set } = assembleTrajectories(pointTable(tracks, []), { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 });
  const o = resolveMovieOptions(validateOptions<ValidatedMovieOptions>({ size: [320, 240], durationMs: 1000, fps: 4, clock: false, legend: false, ...options }, []));
  const warnings: string[] = [];
  const scene = await prepareMovieScene(set, planTimeline(set, o.timeline), o, (message) => warnings.push(message));
  return { scene, warnings };
}

// The background's RGB where lon/lat falls.
export function backgroundAt(scene: Scene, lon: number, lat: number): number[] {
  const p = (createProjection(scene.map) as unknown as (ll: [number, number]) => [number, number])([lon, lat]);
  const o = (Math.floor(p[1]) * scene.width + Math.floor(p[0])) * 4;
  return [scene.background[o], scene.background[o + 1], scene.background[o + 2]];
}

export const sameColour = (a: number[], b: number[], tolerance = 6): boolean => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);
