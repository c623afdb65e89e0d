import { describe, expect, it } from 'vitest';
import { geoConicConformal, geoConicEqualArea, geoMercator, geoNaturalEarth1, geoOrthographic, type GeoProjection } from 'd3-geo';
import { geoRobinson } from 'd3-geo-projection';
import { createProjection } from '../../../src/map/create-projection.js';
import { PROJECTION_NAMES, type TerrestrialProjectionName } from '../../../src/map/map-spec.js';
import { projectPoints } from '../../../src/map/project-points.js';
import { resolveMapSpec, type MapSpecInput } from '../../../src/map/resolve-map-spec.js';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { pointTable, straightTrack, syntheticScene } from '../render/synthetic-scene.js';

const layers = { land: false, coastlines: false, borders: false, states: false, graticule: false };
const input = (projection: TerrestrialProjectionName, extra: Partial<MapSpecInput> = {}): MapSpecInput => ({
  width: 800, height: 600, domain: 'terrestrial', dataBbox: [-120, 30, -75, 48], map: 'auto', projection, marginFraction: 0.1, layers, ...extra,
});
type Fn = (p: [number, number]) => [number, number];

describe('projections', () => {
  it('resolveMapSpec() builds the d3 projection with the given centre and parallels', () => {
    const cases: Array<[TerrestrialProjectionName, () => GeoProjection]> = [
      ['lambert-conformal-conic', () => geoConicConformal().parallels([33, 45]).rotate([96, 0, 0])],
      ['albers', () => geoConicEqualArea().parallels([33, 45]).rotate([96, 0, 0])],
      ['orthographic', () => geoOrthographic().rotate([96, -39, 0])],
      ['robinson', () => geoRobinson().rotate([96, 0, 0])],
      ['natural-earth', () => geoNaturalEarth1().rotate([96, 0, 0])],
      ['mercator', () => geoMercator().rotate([96, 0, 0])],
    ];
    for (const [name, make] of cases) {
      const spec = resolveMapSpec(input(name, { center: [-96, 39], parallels: [33, 45] }));
      expect(JSON.parse(JSON.stringify(spec))).toEqual(spec); // plain data
      const d3 = make().scale(spec.scale).translate(spec.translate) as unknown as Fn;
      const ours = createProjection(spec) as Fn;
      for (const p of [[-74, 40.7], [-118.2, 34], [-96, 39]] as Array<[number, number]>) {
        expect(ours(p)[0]).toBeCloseTo(d3(p)[0], 6);
        expect(ours(p)[1]).toBeCloseTo(d3(p)[1], 6);
      }
      // The projection centre lands in the middle of the frame horizontally for the non-cylindrical ones.
      const [cx] = ours([-96, 39]);
      expect(cx).toBeGreaterThan(0); expect(cx).toBeLessThan(800);
    }
  });

  it('resolveMapSpec() fits every projection so the data box is inside the frame', () => {
    for (const name of PROJECTION_NAMES) {
      const spec = resolveMapSpec(input(name));
      const f = createProjection(spec) as Fn;
      for (const p of [[-120, 30], [-75, 30], [-120, 48], [-75, 48], [-97.5, 48]] as Array<[number, number]>) {
        const [x, y] = f(p);
        expect(x).toBeGreaterThan(-0.5); expect(x).toBeLessThan(800.5);
        expect(y).toBeGreaterThan(-0.5); expect(y).toBeLessThan(600.5);
      }
    }
  });

  it('projectPoints() matches d3 for every projection and hides the far side of the globe', () => {
    const { set } = assembleTrajectories(pointTable([
      { id: 'a', points: [[0, -74, 40.5], [1000, -73.9, 40.6], [2000, -100, 35]] },
      { id: 'far', points: [[0, 100, -20], [1000, 101, -21]] },
    ]), { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 });
    for (const name of PROJECTION_NAMES) {
      const spec = resolveMapSpec(input(name, { dataBbox: [-110, 30, -70, 45] }));
      const { screenX, screenY } = projectPoints(set, spec);
      const d3 = createProjection(spec) as Fn;
      for (let i = 0; i < set.t.length; i++) {
        const far = set.lon[i] > 0;
        if (far && name === 'orthographic') { expect(screenX[i]).toBeNaN(); continue; }
        const [x, y] = d3([set.lon[i], set.lat[i]]);
        expect(screenX[i]).toBeCloseTo(x, 1);
        expect(screenY[i]).toBeCloseTo(y, 1);
      }
    }
  });

  it('createFrameRenderer() draws the head dot where each projection puts it', () => {
    const t0 = Date.UTC(2020, 0, 1);
    for (const projection of PROJECTION_NAMES) {
      const scene = syntheticScene([straightTrack('a', t0, 10_000, 20, -100, -80, 35)], { width: 400, height: 300, projection, map: 'conus', timeline: { fps: 10, durationSec: 1 } });
      const last = scene.trajectories.offsets[1] - 1;
      const img = createFrameRenderer(scene).renderFrameRgba(scene.timeline.frameCount - 1);
      const x = Math.round(scene.screenX[last] - 0.5); const y = Math.round(scene.screenY[last] - 0.5);
      const o = (y * 400 + x) * 4;
      expect(Math.min(img[o], img[o + 1], img[o + 2]), projection).toBeGreaterThan(240);
    }
  });
});
