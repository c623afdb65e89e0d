import { describe, expect, it } from 'vitest';
import { geoEquirectangular } from 'd3-geo';
import { createProjection } from '../../../src/map/create-projection.js';
import { REGION_NAMES, REGIONS } from '../../../src/map/regions.js';
import { resolveMapSpec, type MapSpecInput } from '../../../src/map/resolve-map-spec.js';
import { isTrackreelError } from '../../../src/errors/trackreel-error.js';

const layers = { land: true, coastlines: true, borders: true, states: true, graticule: true };
const base: MapSpecInput = {
  width: 800, height: 600, domain: 'terrestrial', dataBbox: [-80, 30, -70, 35], map: 'auto', projection: 'equirectangular', marginFraction: 0.1, layers,
};
const project = (spec: ReturnType<typeof resolveMapSpec>, p: [number, number]): [number, number] => (createProjection(spec) as (q: [number, number]) => [number, number])(p);

describe('resolveMapSpec', () => {
  it('resolveMapSpec() puts the whole data box inside the frame, with the margin', () => {
    for (const projection of ['equirectangular', 'mercator'] as const) {
      const spec = resolveMapSpec({ ...base, projection });
      for (const corner of [[-80, 30], [-70, 35], [-80, 35], [-70, 30]] as Array<[number, number]>) {
        const [x, y] = project(spec, corner);
        expect(x).toBeGreaterThan(0); expect(x).toBeLessThan(800);
        expect(y).toBeGreaterThan(0); expect(y).toBeLessThan(600);
      }
      // The wide side fills the frame minus the margin: 10 degrees + 2 * 1 degree of margin.
      const [xa] = project(spec, [-81, 32.5]);
      const [xb] = project(spec, [-69, 32.5]);
      expect(xa).toBeCloseTo(0, 0);
      expect(xb).toBeCloseTo(800, 0);
    }
  });

  it('resolveMapSpec() preserves the aspect: one degree is as wide as it is tall (equirectangular)', () => {
    const spec = resolveMapSpec({ ...base, dataBbox: [0, 0, 10, 40] });
    const [x0, y0] = project(spec, [0, 0]);
    const [x1, y1] = project(spec, [1, 1]);
    expect(x1 - x0).toBeCloseTo(y0 - y1, 6);
    // A tall box: the height is fitted and the box is centred horizontally.
    const [cx] = project(spec, [5, 20]);
    expect(cx).toBeCloseTo(400, 3);
  });

  it('resolveMapSpec() frames a single point (zero-size data box)', () => {
    const spec = resolveMapSpec({ ...base, dataBbox: [10, 50, 10, 50] });
    const [x, y] = project(spec, [10, 50]);
    expect(x).toBeCloseTo(400, 3);
    expect(y).toBeCloseTo(300, 3);
    expect(Number.isFinite(spec.scale) && spec.scale > 0).toBe(true);
  });

  it('resolveMapSpec() prefers bbox over the region, and the region over the data', () => {
    const byRegion = resolveMapSpec({ ...base, map: 'europe' });
    expect(byRegion.extent).toEqual([...REGIONS.europe]);
    const byBbox = resolveMapSpec({ ...base, map: 'europe', bbox: [0, 0, 20, 10] });
    expect(byBbox.extent).toEqual([0, 0, 20, 10]);
  });

  it('resolveMapSpec() clamps Mercator to +-85 degrees', () => {
    const spec = resolveMapSpec({ ...base, map: 'world', projection: 'mercator' });
    expect(spec.extent[1]).toBe(-85);
    expect(spec.extent[3]).toBe(85);
    const [, yTop] = project(spec, [0, 85]);
    expect(yTop).toBeGreaterThanOrEqual(-1e-6);
  });

  it('resolveMapSpec() centres a world-wide data box (wider than 360 degrees with its margin) on its centre, not on the antimeridian', () => {
    // AIS data from every ocean: the box is cut to 360 degrees about its centre (-0.03), whose
    // corners then fall on the antimeridian; the fit once took both for 180 E and put the map's
    // centre at the frame's left edge, half the frame empty.
    for (const projection of ['equirectangular', 'mercator'] as const) {
      const spec = resolveMapSpec({ ...base, width: 1280, height: 720, projection, dataBbox: [-179.86204, -53.16947, 179.795, 79.9447633333] });
      const [x] = project(spec, [0, 10]);
      expect(x).toBeCloseTo(640, 0);
      const [xw] = project(spec, [-150, 10]);
      const [xe] = project(spec, [150, 10]);
      expect(xw).toBeGreaterThan(0);
      expect(xe).toBeLessThan(1280);
    }
  });

  it('resolveMapSpec() throws INVALID_OPTION listing the regions for an unknown name', () => {
    try {
      resolveMapSpec({ ...base, map: 'atlantis' });
      expect.unreachable();
    } catch (error) {
      expect(isTrackreelError(error) && error.code).toBe('INVALID_OPTION');
      for (const name of REGION_NAMES) expect((error as Error).message).toContain(name);
    }
  });

  it('resolveMapSpec() chooses finer Natural Earth detail for smaller areas, and OpenStreetMap for harbours', () => {
    expect(resolveMapSpec({ ...base, map: 'world' }).detail).toBe('110m');
    expect(resolveMapSpec({ ...base, map: 'conus' }).detail).toBe('50m');
    expect(resolveMapSpec({ ...base, bbox: [-77, 35, -73, 38] }).detail).toBe('10m');
    const harbour = resolveMapSpec({ ...base, map: 'new_york_harbor' });
    expect(harbour.detail).toBe('osm');
    expect(harbour.osmData).toMatch(/^@geo-maps\/earth-seas-10m@\d/);
    expect(resolveMapSpec({ ...base, map: 'new_york_harbor', coastlineSource: 'natural-earth' })).toMatchObject({ detail: '10m', osmData: null });
    // Forced, but a world view has no lon/lat box to cut the coastline to.
    expect(resolveMapSpec({ ...base, map: 'conus', coastlineSource: 'osm' }).detail).toBe('osm');
    expect(resolveMapSpec({ ...base, map: 'world', coastlineSource: 'osm' }).detail).toBe('10m');
    expect(resolveMapSpec({ ...base, width: 1920, height: 1080 }).lineScale).toBeCloseTo(1.8);
  });

  it('resolveMapSpec() uses a y-up identity without basemap for cartesian data', () => {
    const spec = resolveMapSpec({ ...base, domain: 'cartesian', dataBbox: [0, 0, 100, 50] });
    expect(spec.projection).toBe('cartesian');
    expect(Object.values(spec.layers).some(Boolean)).toBe(false);
    const [x0, y0] = project(spec, [0, 0]);
    const [x1, y1] = project(spec, [100, 50]);
    expect(x1).toBeGreaterThan(x0);
    expect(y1).toBeLessThan(y0);
  });

  it('createProjection() rebuilds exactly the fitted projection from the plain spec', () => {
    const spec = resolveMapSpec({ ...base, dataBbox: [170, -10, 190, 10] });
    const d3 = geoEquirectangular().rotate(spec.rotate).scale(spec.scale).translate(spec.translate);
    expect(project(spec, [175, 3])).toEqual(d3([175, 3]));
    // A box across the antimeridian is centred on it.
    const [x] = project(spec, [180, 0]);
    expect(x).toBeCloseTo(400, 3);
  });
});
