import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { readOverlay } from '../../../src/map/overlays/read-overlay.js';
import { thrownBy } from '../../helpers/thrown-by.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-overlay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

// A Shapefile of PolyLine (3) or Polygon (5) records, each one part, as the ESRI spec lays it out.
export function shapefile(type: 3 | 5, shapes: Array<Array<[number, number]>>): Buffer {
  const records = shapes.map((points, i) => {
    const content = Buffer.alloc(44 + 4 + 16 * points.length);
    content.writeInt32LE(type, 0);
    const xs = points.map((p) => p[0]); const ys = points.map((p) => p[1]);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, k) => content.writeDoubleLE(v, 4 + 8 * k));
    content.writeInt32LE(1, 36);
    content.writeInt32LE(points.length, 40);
    content.writeInt32LE(0, 44);
    points.forEach(([x, y], k) => { content.writeDoubleLE(x, 48 + 16 * k); content.writeDoubleLE(y, 56 + 16 * k); });
    const header = Buffer.alloc(8);
    header.writeInt32BE(i + 1, 0);
    header.writeInt32BE(content.length / 2, 4);
    return Buffer.concat([header, content]);
  });
  const head = Buffer.alloc(100);
  head.writeInt32BE(9994, 0);
  const length = 100 + records.reduce((s, r) => s + r.length, 0);
  head.writeInt32BE(length / 2, 24);
  head.writeInt32LE(1000, 28);
  head.writeInt32LE(type, 32);
  const all = shapes.flat();
  [Math.min(...all.map((p) => p[0])), Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[0])), Math.max(...all.map((p) => p[1]))].forEach((v, k) => head.writeDoubleLE(v, 36 + 8 * k));
  return Buffer.concat([head, ...records]);
}

describe('readOverlay', () => {
  it('readOverlay() reads a FeatureCollection, a Feature and a bare geometry, and turns RFC 7946 rings round for d3', () => {
    // Counter-clockwise outer ring (RFC 7946): d3 would fill the rest of the world with it.
    const zone = { type: 'Polygon', coordinates: [[[-74.1, 40.6], [-74.0, 40.6], [-74.0, 40.7], [-74.1, 40.7], [-74.1, 40.6]]] };
    const lane = { type: 'LineString', coordinates: [[-74, 40.5], [-73.9, 40.55]] };
    const fc = readOverlay(file('a.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'x' }, geometry: zone }, { type: 'Feature', properties: {}, geometry: lane }] })));
    expect(fc.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'LineString']);
    expect(geoArea(fc.features[0].geometry as Polygon)).toBeLessThan(1e-4);
    expect(readOverlay(file('b.json', JSON.stringify({ type: 'Feature', properties: null, geometry: lane }))).features).toHaveLength(1);
    expect(readOverlay(file('c.geojson', JSON.stringify(zone))).features[0].geometry.type).toBe('Polygon');
  });

  it('readOverlay() reads a Shapefile of lines and of polygons (no .dbf needed)', () => {
    const lines = readOverlay(file('lanes.shp', shapefile(3, [[[-74.05, 40.5], [-74.0, 40.6], [-73.95, 40.62]], [[-74.2, 40.6], [-74.1, 40.65]]])));
    expect(lines.features.map((f) => f.geometry.type)).toEqual(['LineString', 'LineString']);
    expect((lines.features[0].geometry as { coordinates: number[][] }).coordinates[1]).toEqual([-74.0, 40.6]);
    const zones = readOverlay(file('zones.shp', shapefile(5, [[[-74.1, 40.6], [-74.1, 40.7], [-74.0, 40.7], [-74.0, 40.6], [-74.1, 40.6]]])));
    expect(zones.features[0].geometry.type).toBe('Polygon');
    expect(geoArea(zones.features[0].geometry as Polygon)).toBeLessThan(1e-4);
  });

  it('readOverlay() names the file and what is wrong: missing, not JSON, not GeoJSON, not lon/lat, a broken Shapefile', () => {
    const cases: Array<[string, RegExp]> = [
      [join(dir, 'missing.geojson'), /missing\.geojson: overlay file not found/],
      [file('bad.geojson', '{"type": "FeatureCollection", "features": ['), /bad\.geojson: not GeoJSON: /],
      [file('other.json', '{"type": "Topology", "objects": {}}'), /other\.json: not GeoJSON: .*type "Topology"/],
      [file('empty.geojson', '{"type": "FeatureCollection", "features": []}'), /empty\.geojson: holds no geometry/],
      [file('utm.geojson', JSON.stringify({ type: 'LineString', coordinates: [[583000, 4507000], [584000, 4508000]] })), /utm\.geojson: coordinates 583000, 4507000 are not longitude\/latitude/],
      [file('text.geojson', JSON.stringify({ type: 'Point', coordinates: ['a', 1] })), /text\.geojson: a position is not two numbers/],
      [file('broken.shp', shapefile(3, [[[-74, 40], [-73, 41]]]).subarray(0, 120)), /broken\.shp: not a readable Shapefile/],
      [file('broken.zip', 'PK this is not a zip'), /broken\.zip: (not a readable zip file|the zip file holds no \.shp)/],
    ];
    for (const [path, message] of cases) {
      const error = thrownBy(() => readOverlay(path));
      expect(error, path).toMatchObject({ code: 'MAP_SOURCE', context: { file: path } });
      expect((error as Error).message).toMatch(message);
    }
  });
});
