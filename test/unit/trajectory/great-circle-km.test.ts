import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { greatCircleKm, greatCircleKmExceeds } from '../../../src/trajectory/great-circle-km.js';

describe('greatCircleKmExceeds', () => {
  it('agrees with greatCircleKm > km, for near and far points, across the antimeridian and near the poles', () => {
    const lon = fc.double({ min: -180, max: 180, noNaN: true });
    const lat = fc.double({ min: -90, max: 90, noNaN: true });
    const step = fc.double({ min: -3, max: 3, noNaN: true });
    const km = fc.constantFrom(0.001, 1, 50, 100, 500, 20_000);
    const near = fc.tuple(lon, lat, step, step).map(([x, y, dx, dy]) => [x, y, ((x + dx + 540) % 360) - 180, Math.max(-90, Math.min(90, y + dy))]);
    const far = fc.tuple(lon, lat, lon, lat);
    fc.assert(fc.property(fc.oneof(near, far), km, ([x1, y1, x2, y2], limit) => {
      expect(greatCircleKmExceeds(x1, y1, x2, y2, limit)).toBe(greatCircleKm(x1, y1, x2, y2) > limit);
    }), { numRuns: 5000 });
  });

  it('sees the short way across the date line', () => {
    expect(greatCircleKmExceeds(179.9, 0, -179.9, 0, 100)).toBe(false);
    expect(greatCircleKmExceeds(179.9, 0, -179.9, 0, 10)).toBe(true);
  });
});
