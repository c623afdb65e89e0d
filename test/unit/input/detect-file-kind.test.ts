import { describe, it, expect } from 'vitest';
import { detectFileKind } from '../../../src/input/detect-format.js';

describe('detectFileKind()', () => {
  const cases: [string, string, string][] = [
    ['a.traj', '', 'traj'],
    ['a.traj.gz', '', 'traj'],
    ['a.geojson', '', 'geojson'],
    ['a.gpx', '', 'gpx'],
    ['a.KML', '', 'kml'],
    ['a.parquet', '', 'parquet'],
    ['a.csv', '*T*,x', 'delimited'],
    ['a.tsv.gz', '', 'delimited'],
    ['a.json', '{"type":"FeatureCollection","features":[]}', 'geojson'],
    ['a.json', '[{"path":[[1,2]],"timestamps":[0]}]', 'trips-json'],
    ['a.json', '[{"type":"Feature","geometry":null}]', 'geojson'],
    ['a.txt', '*T*,uuid,terrestrial,1', 'traj'],
    ['a.txt', 'A,2020-01-01,1,2', 'delimited'],
    ['data', '\uFEFF<?xml version="1.0"?>\n<gpx version="1.1">', 'gpx'],
    ['data', '<?xml version="1.0"?><kml xmlns="x">', 'kml'],
    ['data', 'PAR1\u0000\u0000', 'parquet'],
    ['data.gz', '  {"type": "Feature"}', 'geojson'],
  ];
  for (const [path, head, kind] of cases) {
    it(`detectFileKind() takes ${path} starting ${JSON.stringify(head.slice(0, 12))} for ${kind}`, () => {
      expect(detectFileKind(path, head)).toBe(kind);
    });
  }
});
