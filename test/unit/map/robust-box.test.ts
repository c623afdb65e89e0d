import { describe, expect, it } from 'vitest';
import { keepWithinPoles } from '../../../src/map/keep-within-poles.js';
import { resolveMapSpec } from '../../../src/map/resolve-map-spec.js';
import { createProjection } from '../../../src/map/create-projection.js';
import { robustDataBox } from '../../../src/map/robust-box.js';

// n trajectories of 10 points around New York, and `far` more of 10 points in Las Vegas.
function trips(n: number, far: number) {
  const lon: number[] = []; const lat: number[] = []; const offsets = [0]; const objectIndex: number[] = [];
  for (let i = 0; i < n + far; i++) {
    const [x, y] = i < n ? [-74 + (i % 10) * 0.01, 40.7 + Math.floor(i / 10) * 0.002] : [-115.1, 36.1];
    for (let j = 0; j < 10; j++) { lon.push(x + j * 0.001); lat.push(y + j * 0.001); }
    offsets.push(lon.length); objectIndex.push(i);
  }
  const bbox: [number, number, number, number] = [Math.min(...lon), Math.min(...lat), Math.max(...lon), Math.max(...lat)];
  return {
    domain: 'terrestrial' as const, bbox, lon: Float64Array.from(lon), lat: Float64Array.from(lat), count: n + far,
    offsets: Uint32Array.from(offsets), objectIndex: Uint32Array.from(objectIndex), objectIds: objectIndex.map((i) => `trip-${i}`),
  };
}

describe('robustDataBox', () => {
  it('leaves one trip in a thousand far away out of the fit and names it', () => {
    const r = robustDataBox(trips(999, 1));
    expect(r.box[0]).toBeGreaterThan(-75);
    expect(r.outlierTrajectories).toBe(1);
    expect(r.outlierIds).toEqual(['trip-999']);
  });

  it('keeps the plain box when many trajectories are spread out (they are the data, not outliers)', () => {
    const r = robustDataBox(trips(900, 100));
    expect(r.box[0]).toBeCloseTo(-115.1, 5);
    expect(r.outlierTrajectories).toBe(0);
  });
});

describe('fits', () => {
  it('a 16:9 world map (equirectangular and Mercator) fills the frame and shows nothing past the poles', () => {
    for (const projection of ['equirectangular', 'mercator'] as const) {
      const spec = resolveMapSpec({ width: 1280, height: 720, domain: 'terrestrial', dataBbox: [-180, -90, 180, 90], map: 'world', projection, marginFraction: 0.1, layers: {} });
      const p = createProjection(spec) as unknown as { invert: (xy: [number, number]) => [number, number] };
      const maxLat = projection === 'mercator' ? 85 : 90;
      expect(p.invert([640, 0])[1]).toBeLessThanOrEqual(maxLat + 1e-6);
      expect(p.invert([640, 720])[1]).toBeGreaterThanOrEqual(-maxLat - 1e-6);
      expect(p.invert([640, 0])[1]).toBeGreaterThan(maxLat - 1);
    }
  });

  it('keepWithinPoles moves a band past the north pole out of the frame without zooming when the world is tall enough', () => {
    // Equirectangular at scale 300: the world is 2 * 300 * pi/2 = 942 px tall; the pole at y = 100.
    const r = keepWithinPoles('equirectangular', 90, { scale: 300, translate: [640, 100 + 300 * Math.PI / 2] }, 1280, 720);
    expect(r.scale).toBe(300);
    expect(r.translate[1] - 300 * Math.PI / 2).toBeCloseTo(0, 9);
  });

  it('a Lambert conformal conic fit of North American data puts the data in the middle of the frame', () => {
    const points: Array<[number, number]> = [[-122, 47], [-118, 34], [-80, 26], [-71, 42], [-95, 30], [-87, 42]];
    const spec = resolveMapSpec({ width: 1280, height: 720, domain: 'terrestrial', dataBbox: [-122, 26, -71, 47], map: 'auto', projection: 'lambert-conformal-conic', marginFraction: 0.1, layers: {}, fitPoints: points });
    const p = createProjection(spec) as unknown as (xy: [number, number]) => [number, number];
    const ys = points.map((pt) => p(pt)[1]);
    const xs = points.map((pt) => p(pt)[0]);
    // The data spans the frame's height (less the margins) or its width; its centre is the frame's.
    expect(Math.max(Math.max(...ys) - Math.min(...ys), (Math.max(...xs) - Math.min(...xs)) * 720 / 1280)).toBeGreaterThan(0.75 * 720 - 1);
    expect((Math.max(...ys) + Math.min(...ys)) / 2).toBeCloseTo(360, 0);
  });
});
