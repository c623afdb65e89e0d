import { describe, it, expect } from 'vitest';
import { detectFileKind } from '../../../src/input/detect-file-kind.js';

describe('detectFileKind()', () => {
  const cases: [string, string, string][] = [
    ['a.traj', '', 'traj'],
    ['a.traj.gz', '', 'traj'],
    ['a.geojson', '', 'json'],
    ['a.gpx', '', 'gpx'],
    ['a.KML', '', 'kml'],
    ['a.parquet', '', 'parquet'],
    ['a.csv', '*T*,x', 'delimited'],
    ['a.tsv.gz', '', 'delimited'],
    ['a.json', '{"type":"FeatureCollection","features":[]}', 'json'],
    ['a.json', '[{"path":[[1,2]],"timestamps":[0]}]', 'json'],
    ['a.json', '[{"type":"Feature","geometry":null}]', 'json'],
    ['a.txt', '*T*,uuid,terrestrial,1', 'traj'],
    ['a.txt', 'A,2020-01-01,1,2', 'delimited'],
    ['data', '\uFEFF<?xml version="1.0"?>\n<gpx version="1.1">', 'gpx'],
    ['data', '<?xml version="1.0"?><kml xmlns="x">', 'kml'],
    ['data', 'PAR1\u0000\u0000', 'parquet'],
    ['data.gz', '  {"type": "Feature"}', 'json'],
    ['a.tcx', '', 'tcx'],
    ['data', '<?xml version="1.0"?>\n<TrainingCenterDatabase xmlns="x">', 'tcx'],
    ['a.igc', '', 'igc'],
    ['flight', 'AXCTabc\nHFDTE010203\nB1101355206343N00006198WA0058700558\n', 'igc'],
    ['a.nmea', '', 'nmea'],
    ['log.txt', '$GPGGA,1\n$GPRMC,2\n$GPGSA,3\n$GPVTG,4\n', 'nmea'],
    ['log.csv', 'junk line\n$GNRMC,1\n$GNGGA,2\n$GNGSA,3\n', 'nmea'],
    ['nmea', '12:00:01 $GPGGA,1\n12:00:01 $GPRMC,2\n12:00:02 $GPGGA,3\n', 'nmea'],
    ['a.csv', 'id,t,x,y\n$GPRMC,1,2,3\n', 'delimited'],
    ['a.txt', 'ADSB,1,2\nB,1,2\n', 'delimited'],
  ];
  for (const [path, head, kind] of cases) {
    it(`detectFileKind() takes ${path} starting ${JSON.stringify(head.slice(0, 12))} for ${kind}`, () => {
      expect(detectFileKind(path, head)).toBe(kind);
    });
  }
});
