// --map auto for data across the antimeridian: the map frames the data the short way round,
// instead of a strip of the whole world centred on Greenwich with the data off screen.
import { describe, expect, it } from 'vitest';
import { dataBox } from '../../../src/map/data-box.js';
import { validateOptions, type ValidatedMovieOptions } from '../../../src/options/render-options.js';
import { planTimeline } from '../../../src/pipeline/plan-timeline.js';
import { prepareScene } from '../../../src/pipeline/prepare-scene.js';
import { resolveMovieOptions } from '../../../src/pipeline/resolve-movie-options.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { pointTable, type Track } from '../render/synthetic-scene.js';

const box = (lons: number[], domain: 'terrestrial' | 'cartesian' = 'terrestrial') => {
  const lon = Float64Array.from(lons);
  return dataBox({ domain, lon, bbox: [Math.min(...lons), 10, Math.max(...lons), 20] });
};

describe('dataBox', () => {
  it('is the plain min/max box for data on one side of the antimeridian', () => {
    expect(box([-74.1, -73.9, -74])).toEqual([-74.1, 10, -73.9, 20]);
    // Spread over 240 degrees with gaps of 115-125 everywhere: no shorter arc worth turning the map for.
    expect(box([-120, 5, 120])).toEqual([-120, 10, 120, 20]);
  });

  it('takes the shortest arc even when the data does not reach 180 (5 E .. 170 W is shorter than 170 W .. 170 E)', () => {
    expect(box([-170, 5, 170])).toEqual([5, 10, 190, 20]);
  });

  it('spans the short way across 180 for data on both sides of it, maxLon past 180', () => {
    expect(box([170, 175.5, -179.9, -170.25])).toEqual([170, 10, 189.75, 20]);
    // Trans-Pacific, 190 degrees of longitude: still far shorter than the 359 of the plain box.
    expect(box([100, 140, 179, -179, -120, -70])).toEqual([100, 10, 290, 20]);
  });

  it('keeps world-wide data (a small gap somewhere) and plane data as they were', () => {
    const world = Array.from({ length: 35 }, (_, i) => -175 + i * 10).concat([179.5]);
    expect(box(world)).toEqual([-175, 10, 179.5, 20]);
    expect(box([170, -170], 'cartesian')).toEqual([-170, 10, 170, 20]);
  });
});

describe('--map auto across the antimeridian', () => {
  it('frames every point of a Bering Sea track, the map centred on 180', () => {
    const MIN = 60_000;
    const track: Track = { id: 'ship', points: Array.from({ length: 61 }, (_, i) => [i * MIN, ((170 + i / 3 + 180) % 360) - 180, 55 + i / 30] as [number, number, number]) };
    const { set } = assembleTrajectories(pointTable([track]), { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 });
    expect(set.bbox[2] - set.bbox[0]).toBeGreaterThan(350);
    const o = resolveMovieOptions(validateOptions<ValidatedMovieOptions>({ size: [320, 240], durationMs: 1000, fps: 5 }, []));
    const scene = prepareScene(set, planTimeline(set, o.timeline), o);
    expect(Math.abs(scene.map.rotate[0])).toBeCloseTo(180, 6);
    for (let i = 0; i < set.t.length; i++) {
      expect(scene.screenX[i]).toBeGreaterThan(0);
      expect(scene.screenX[i]).toBeLessThan(320);
      expect(scene.screenY[i]).toBeGreaterThan(0);
      expect(scene.screenY[i]).toBeLessThan(240);
    }
  });
});
