import { describe, expect, it } from 'vitest';
import { createProjection } from '../../../src/map/create-projection.js';
import { findPlace, parsePlaceMap } from '../../../src/map/places.js';
import { resolveMapSpec, type MapSpecInput } from '../../../src/map/resolve-map-spec.js';
import { isTrackreelError } from '../../../src/errors/trackreel-error.js';

const JFK: [number, number] = [-73.77890015, 40.63980103];
const base: MapSpecInput = {
  width: 640, height: 400, domain: 'terrestrial', dataBbox: [-80, 30, -70, 35], map: 'airport:JFK', projection: 'equirectangular', marginFraction: 0.1, layers: { land: true },
};
const project = (spec: ReturnType<typeof resolveMapSpec>, p: [number, number]): [number, number] => (createProjection(spec) as (q: [number, number]) => [number, number])(p);

function errorOf(fn: () => unknown): { code: string; message: string } {
  try { fn(); } catch (error) { if (isTrackreelError(error)) return error; throw error; }
  throw new Error('expected an error');
}

describe('named places', () => {
  it('findPlace() finds airports by IATA and ICAO code', () => {
    for (const code of ['JFK', 'kjfk']) {
      const place = findPlace('airport', code);
      expect([place.lon, place.lat]).toEqual(JFK);
    }
    expect(findPlace('airport', 'LHR').lat).toBeCloseTo(51.47, 1);
  });

  it('findPlace() takes the most populous city of a name, or the one in the country given', () => {
    const rotterdam = findPlace('city', 'rotterdam');
    expect(rotterdam.name).toBe('Rotterdam, NL');
    expect(rotterdam.lon).toBeCloseTo(4.48, 1);
    expect(findPlace('city', 'Portland').name).toBe('Portland, US');
    expect(findPlace('city', 'Portland').lon).toBeCloseTo(-122.68, 1);
    expect(findPlace('city', 'Portland, AU').name).toBe('Portland, AU');
    // Accents and case do not matter.
    expect(findPlace('city', 'sao paulo').name).toBe('São Paulo, BR');
  });

  it('findPlace() finds ports by name (the one in the bigger city) or UN/LOCODE', () => {
    const rotterdam = findPlace('port', 'Rotterdam');
    expect(rotterdam.name).toBe('Rotterdam, NL');
    expect(findPlace('port', 'Rotterdam,US').name).toBe('Rotterdam, US');
    expect(findPlace('port', 'DEHAM').lat).toBeCloseTo(53.55, 1);
  });

  it('unknown names are INVALID_OPTION errors naming the map option, with near matches', () => {
    const city = errorOf(() => findPlace('city', 'Roterdam'));
    expect(city.code).toBe('INVALID_OPTION');
    expect(city.message).toMatch(/^Unknown city "Roterdam" for map; did you mean city:Rotterdam/);
    const airport = errorOf(() => findPlace('airport', 'JFX'));
    expect(airport.message).toMatch(/Unknown airport "JFX" for map; did you mean .*airport:JFK/);
    const port = errorOf(() => findPlace('port', 'Hamburgg'));
    expect(port.message).toMatch(/did you mean port:Hamburg/);
    expect(errorOf(() => findPlace('city', 'Xqzzyqx')).message).toBe('Unknown city "Xqzzyqx" for map');
    expect(errorOf(() => parsePlaceMap('city:  ')).code).toBe('INVALID_OPTION');
    expect(errorOf(() => resolveMapSpec({ ...base, map: 'port:Nowhereville' })).code).toBe('INVALID_OPTION');
  });

  it('--map airport:JFK puts JFK on the frame\'s centre pixel in every projection, showing the radius around it', () => {
    for (const projection of ['equirectangular', 'mercator', 'lambert-conformal-conic', 'orthographic', 'albers'] as const) {
      const spec = resolveMapSpec({ ...base, projection });
      const [x, y] = project(spec, JFK);
      expect(x).toBeCloseTo(320, 3);
      expect(y).toBeCloseTo(200, 3);
      // 60 km north and south are inside the frame, near its edge (the height binds at 640x400).
      const north = project(spec, [JFK[0], JFK[1] + 60 / 111.195]);
      expect(north[1]).toBeGreaterThan(-1);
      expect(north[1]).toBeLessThan(20);
      expect(spec.detail).toBe('10m');
    }
    const wider = resolveMapSpec({ ...base, mapRadiusKm: 120 });
    const north = project(wider, [JFK[0], JFK[1] + 60 / 111.195]);
    expect(north[1]).toBeCloseTo(100, 0);
  });

  it('small city maps get 10m coastlines on small frames and OpenStreetMap ones on large frames', () => {
    expect(resolveMapSpec({ ...base, width: 160, height: 120, map: 'city:Rotterdam' }).detail).toBe('10m');
    expect(resolveMapSpec({ ...base, width: 1920, height: 1080, map: 'city:Rotterdam' }).detail).toBe('osm');
    expect(resolveMapSpec({ ...base, width: 1920, height: 1080, map: 'city:Rotterdam', coastlineSource: 'natural-earth' }).detail).toBe('10m');
  });
});
