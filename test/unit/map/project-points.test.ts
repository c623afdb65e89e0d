import { describe, expect, it } from 'vitest';
import { createProjection } from '../../../src/map/create-projection.js';
import { projectPoints } from '../../../src/map/project-points.js';
import { resolveMapSpec } from '../../../src/map/resolve-map-spec.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { pointTable } from '../render/synthetic-scene.js';

const layers = { land: true, coastlines: true, borders: true, states: true, graticule: true };

describe('projectPoints', () => {
  it('projectPoints() matches d3 for equirectangular and mercator, in shared memory', () => {
    const { set } = assembleTrajectories(pointTable([
      { id: 'a', points: [[0, -74, 40.5], [1000, -73.9, 40.6], [2000, -73.5, 41]] },
      { id: 'b', points: [[0, 2.3, 48.8], [1000, 13.4, 52.5]] },
    ]), { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 });
    for (const projection of ['equirectangular', 'mercator'] as const) {
      const spec = resolveMapSpec({ width: 640, height: 480, domain: 'terrestrial', dataBbox: set.bbox, map: 'auto', projection, marginFraction: 0.1, layers });
      const { screenX, screenY } = projectPoints(set, spec);
      expect(screenX.buffer).toBeInstanceOf(SharedArrayBuffer);
      const d3 = createProjection(spec) as (p: [number, number]) => [number, number];
      for (let i = 0; i < set.t.length; i++) {
        const [x, y] = d3([set.lon[i], set.lat[i]]);
        expect(screenX[i]).toBeCloseTo(x, 2);
        expect(screenY[i]).toBeCloseTo(y, 2);
      }
    }
  });

  it('projectPoints() keeps a track that crosses the map seam continuous instead of wrapping it', () => {
    const { set } = assembleTrajectories(pointTable([
      { id: 'a', points: [[0, 170, 0], [1000, 179, 0], [2000, -179, 0], [3000, -170, 0]] },
    ]), { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 });
    const spec = resolveMapSpec({ width: 800, height: 400, domain: 'terrestrial', dataBbox: [0, -10, 20, 10], map: 'world', projection: 'equirectangular', marginFraction: 0.1, layers });
    const { screenX } = projectPoints(set, spec);
    expect(screenX[2]).toBeGreaterThan(screenX[1]);
    expect(screenX[3] - screenX[2]).toBeCloseTo(screenX[1] - screenX[0] , 3);
  });
});
