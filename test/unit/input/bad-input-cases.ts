// The bad-input corpus: small malformed files, each with its exact outcome in strict and lenient mode.
// `{file}` in a message stands for the path of the written file.
import { gzipSync } from 'node:zlib';
import type { InputOptions } from '../../../src/input/input-options.js';

export type Outcome =
  | { points: number; skipped?: number; firstSkip?: { line: number; field?: string } }
  | { code: string; message: string };

export interface BadInputCase {
  name: string;
  file: string;
  content: string | Buffer | (() => Buffer);
  options?: Partial<InputOptions>;
  strict: Outcome;
  lenient: Outcome;
}

const H = '# object_id,timestamp,longitude,latitude,speed';
const row = (id: string, s: number, lon: number | string, lat: number | string, speed: number | string = 1) =>
  `${id},2020-01-01 00:00:${String(s).padStart(2, '0')},${lon},${lat},${speed}`;
const GOOD = [row('A', 0, 10, 20), row('A', 1, 10.1, 20.1), row('B', 2, 11, 21)];
const csv = (...lines: string[]) => `${[H, ...lines].join('\n')}\n`;
const HEAD = '*P*,terrestrial,2,1,1,1,heading,1';
const traj = (count: number, points: string[]) => `*T*,40015ea8-0cc7-49b5-b08b-a15f41745118,terrestrial,${count},0,${HEAD},${points.join(',')}`;
const P1 = 'S1,2020-06-30 00:01:04,-74.2,40.6,189';
const P2 = 'S1,2020-06-30 00:02:04,-74.3,40.7,190';
const gpx = (points: string) => `<?xml version="1.0"?>\n<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">\n<trk><name>t</name><trkseg>\n${points}\n</trkseg></trk>\n</gpx>\n`;
const trkpt = (lat: number, lon: number, time?: string) => `<trkpt lat="${lat}" lon="${lon}">${time ? `<time>${time}</time>` : ''}</trkpt>`;
const UNKNOWN_JSON_A = '{file}: not a JSON format trackreel knows: found an object with keys a; expected GeoJSON ("type": "FeatureCollection"), OGC Moving Features ("temporalGeometry"), deck.gl trips ([{"path", "timestamps"}]), tracktable ("coordinates" + "timestamps"), Google Takeout ("locations" or "timelineObjects"), a readsb trace ("timestamp" + "trace"), an OpenSky track ("icao24" + "path") or state vectors ("time" + "states"), or a dump1090/readsb aircraft.json ("now" + "aircraft"); --format names one';
const feature = (coordinates: unknown, times: unknown) => ({ type: 'Feature', id: 'f', properties: { times }, geometry: { type: 'LineString', coordinates } });
const MC = 'BaseDateTime,LON,LAT,MMSI,SOG,COG,Heading,VesselName';
const ais = (time: string, lon: number, lat: number) => `2020-06-30T${time},${lon},${lat},367000140,0.5,-60.6,511.0,SAMUEL I NEWHOUSE`;
const DMA = '# Timestamp,Type of mobile,MMSI,Latitude,Longitude';
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

export const BAD_INPUT_CASES: BadInputCase[] = [
  // --- delimited points
  { name: 'truncated last line', file: 'truncated.csv', content: `${csv(...GOOD)}C,2020-01-01 00:00:03,12`,
    strict: { points: 3, skipped: 1, firstSkip: { line: 5 } }, lenient: { points: 3, skipped: 1, firstSkip: { line: 5  } } },
  { name: 'a row with too few columns in the middle', file: 'few.csv', content: csv(GOOD[0], 'A,2020-01-01 00:00:01,10.1', GOOD[2]),
    strict: { points: 2, skipped: 1, firstSkip: { line: 3 } }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3  } } },
  { name: 'a row with too many columns', file: 'many.csv', content: csv(GOOD[0], `${row('A', 1, 10.1, 20.1)},extra,extra`, GOOD[2]),
    strict: { points: 3, skipped: 0 }, lenient: { points: 3, skipped: 0 } },
  { name: 'NaN longitude', file: 'nan.csv', content: csv(GOOD[0], row('A', 1, 'NaN', 20.1), GOOD[2]),
    strict: { points: 2, skipped: 1, firstSkip: { line: 3, field: "longitude" } }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: "longitude"  } } },
  { name: 'Infinity latitude', file: 'inf.csv', content: csv(GOOD[0], row('A', 1, 10.1, 'Infinity'), GOOD[2]),
    strict: { code: "INPUT_PARSE", message: "{file}:3: latitude: \"Infinity\" is not a number; --lenient skips such rows" }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: "latitude"  } } },
  { name: 'empty coordinate', file: 'emptycoord.csv', content: csv(GOOD[0], row('A', 1, '', 20.1), GOOD[2]),
    strict: { points: 2, skipped: 1, firstSkip: { line: 3, field: "longitude" } }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: "longitude"  } } },
  { name: 'latitude beyond 90', file: 'lat91.csv', content: csv(GOOD[0], row('A', 1, 10.1, 91), GOOD[2]),
    strict: { points: 2, skipped: 1, firstSkip: { line: 3, field: "latitude" } }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: "latitude"  } } },
  { name: 'latitude beyond -90', file: 'latm95.csv', content: csv(GOOD[0], row('A', 1, 10.1, -95.5), GOOD[2]),
    strict: { code: "INPUT_PARSE", message: "{file}:3: latitude: latitude -95.5 is outside [-90, 90]; --lenient skips such rows" }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: "latitude"  } } },
  { name: 'longitude beyond 180', file: 'lon181.csv', content: csv(GOOD[0], row('A', 1, 181, 20.1), GOOD[2]),
    strict: { points: 2, skipped: 1, firstSkip: { line: 3, field: "longitude" } }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: "longitude"  } } },
  { name: 'unparseable time', file: 'badtime.csv', content: csv(GOOD[0], 'A,yesterday noon,10.1,20.1,1', GOOD[2]),
    strict: { code: "INPUT_PARSE", message: "{file}:3: timestamp: cannot read \"yesterday noon\" as a time; --lenient skips such rows" }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: "timestamp"  } } },
  { name: 'impossible date', file: 'feb30.csv', content: csv(GOOD[0], 'A,2020-02-30 00:00:00,10.1,20.1,1', GOOD[2]),
    strict: { code: "INPUT_PARSE", message: "{file}:3: timestamp: cannot read \"2020-02-30 00:00:00\" as a time; --lenient skips such rows" }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: "timestamp"  } } },
  { name: 'empty time', file: 'emptytime.csv', content: csv(GOOD[0], 'A,,10.1,20.1,1', GOOD[2]),
    strict: { points: 2, skipped: 1, firstSkip: { line: 3, field: "timestamp" } }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: "timestamp"  } } },
  { name: 'empty object id', file: 'emptyid.csv', content: csv(GOOD[0], ',2020-01-01 00:00:01,10.1,20.1,1', GOOD[2]),
    strict: { code: "INPUT_PARSE", message: "{file}:3: object_id: empty object id; --lenient skips such rows" }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: "object_id"  } } },
  { name: 'non-monotonic times (kept; assembly sorts)', file: 'backwards.csv', content: csv(GOOD[2], GOOD[1], GOOD[0]),
    strict: { points: 3, skipped: 0 }, lenient: { points: 3, skipped: 0 } },
  { name: 'duplicate points (kept; assembly drops them)', file: 'dupes.csv', content: csv(GOOD[0], GOOD[0], GOOD[1]),
    strict: { points: 3, skipped: 0 }, lenient: { points: 3, skipped: 0 } },
  { name: 'BOM and UTF-8 ids', file: 'bom.csv', content: `\uFEFF${csv('Ålesund-ø,2020-01-01 00:00:00,10,20,1', '船-1,2020-01-01 00:00:01,10,20,1')}`,
    strict: { points: 2, skipped: 0 }, lenient: { points: 2, skipped: 0 } },
  { name: 'CRLF line endings', file: 'crlf.csv', content: csv(...GOOD).replace(/\n/g, '\r\n'),
    strict: { points: 3, skipped: 0 }, lenient: { points: 3, skipped: 0 } },
  { name: 'a line over 1 MB without a newline', file: 'long.csv', content: () => Buffer.from(`${H}\n${'9'.repeat((1 << 20) + 10)}`),
    strict: { code: "INPUT_PARSE", message: "{file}:2: line is longer than 1 MB (not a delimited text file?)" }, lenient: { code: "INPUT_PARSE", message: "{file}:2: line is longer than 1 MB (not a delimited text file?)" } },
  { name: 'binary garbage', file: 'garbage.csv', content: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe, 0x00, 0x0a]),
    strict: { code: "INPUT_PARSE", message: "{file}:1: looks like a binary file, not text" }, lenient: { code: "INPUT_PARSE", message: "{file}:1: looks like a binary file, not text" } },
  { name: 'empty file', file: 'empty.csv', content: '',
    strict: { code: "INPUT_EMPTY", message: "{file}: the file is empty" }, lenient: { code: "INPUT_EMPTY", message: "{file}: the file is empty" } },
  { name: 'only blank lines', file: 'blank.csv', content: '\n\n   \n\t\n',
    strict: { code: "INPUT_EMPTY", message: "{file}: the file is empty" }, lenient: { code: "INPUT_EMPTY", message: "{file}: the file is empty" } },
  { name: 'header only', file: 'header.csv', content: `${H}\n`,
    strict: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: no data rows found (only a header, comments, blank or free-text lines); check --skip-lines and --delimiter" }, lenient: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: no data rows found (only a header, comments, blank or free-text lines); check --skip-lines and --delimiter" } },
  { name: 'every row bad', file: 'allbad.csv', content: csv('A,x,y,z,1', 'B,x,y,z,1'),
    strict: { code: "INPUT_PARSE", message: "{file}:2: timestamp: cannot read \"x\" as a time; --lenient skips such rows" }, lenient: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: all 2 data rows were skipped; the first at line 2: timestamp: cannot read \"x\" as a time" } },
  { name: 'text in a numeric property column (becomes text)', file: 'mixedprop.csv', content: csv(GOOD[0], row('A', 1, 10.1, 20.1, 'fast'), GOOD[2]),
    strict: { points: 3, skipped: 0 }, lenient: { points: 3, skipped: 0 } },
  { name: 'invalid gzip', file: 'broken.csv.gz', content: () => gzipSync(csv(...GOOD)).subarray(0, 30),
    strict: { code: "INPUT_PARSE", message: "{file}: not a valid gzip file (unexpected end of file)" }, lenient: { code: "INPUT_PARSE", message: "{file}: not a valid gzip file (unexpected end of file)" } },
  { name: 'a gzip file of bad rows', file: 'bad.csv.gz', content: () => gzipSync(csv(GOOD[0], row('A', 1, 10.1, 'north'), GOOD[2])),
    strict: { code: "INPUT_PARSE", message: "{file}:3: latitude: \"north\" is not a number; --lenient skips such rows" }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: "latitude"  } } },
  { name: 'unknown column name', file: 'col.csv', content: csv(...GOOD), options: { timeColumn: 'when' },
    strict: { code: "INPUT_COLUMN", message: "{file}: timeColumn: unknown column \"when\"; known columns: object_id, timestamp, longitude, latitude, speed" }, lenient: { code: "INPUT_COLUMN", message: "{file}: timeColumn: unknown column \"when\"; known columns: object_id, timestamp, longitude, latitude, speed" } },
  // --- tracktable .traj
  { name: '.traj whose point count is too high', file: 'count-high.traj', content: `${traj(3, [P1, P2])}\n`,
    strict: { code: "INPUT_PARSE", message: "{file}:1: point count: the header says 3 points but the record holds 2 (10 fields, 5 per point)" }, lenient: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: all 3 data rows were skipped; the first at line 1: point count: the header says 3 points but the record holds 2 (10 fields, 5 per point)" } },
  { name: '.traj whose point count is too low', file: 'count-low.traj', content: `${traj(1, [P1, P2])}\n`,
    strict: { code: "INPUT_PARSE", message: "{file}:1: point count: the header says 1 point but the record holds 2 (10 fields, 5 per point)" }, lenient: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: all 1 data rows were skipped; the first at line 1: point count: the header says 1 point but the record holds 2 (10 fields, 5 per point)" } },
  { name: '.traj with a non-numeric point count', file: 'count-text.traj', content: `${traj(2, [P1, P2]).replace(',terrestrial,2,0,', ',terrestrial,two,0,')}\n`,
    strict: { code: "INPUT_PARSE", message: "{file}:1: point count: \"two\" is not a count" }, lenient: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: all 1 data rows were skipped; the first at line 1: point count: \"two\" is not a count" } },
  { name: '.traj without the *P* point header', file: 'nop.traj', content: `${traj(2, [P1, P2]).replace('*P*', 'P')}\n`,
    strict: { code: "INPUT_PARSE", message: "{file}:1: point header: expected *P* at field 6, found \"P\"" }, lenient: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: all 1 data rows were skipped; the first at line 1: point header: expected *P* at field 6, found \"P\"" } },
  { name: '.traj with an unknown domain', file: 'domain.traj', content: `${traj(2, [P1, P2]).replace(/terrestrial/g, 'lunar')}\n`,
    strict: { code: "INPUT_PARSE", message: "{file}:1: domain: unknown domain \"lunar\" (expected terrestrial, cartesian2d or cartesian3d)" }, lenient: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: all 1 data rows were skipped; the first at line 1: domain: unknown domain \"lunar\" (expected terrestrial, cartesian2d or cartesian3d)" } },
  { name: '.traj with a bad point time', file: 'ptime.traj', content: `${traj(2, [P1, P2.replace('2020-06-30 00:02:04', 'soon')])}\n`,
    strict: { code: "INPUT_PARSE", message: "{file}:1: point 2 timestamp: cannot read \"soon\" as a time" }, lenient: { points: 1, skipped: 1, firstSkip: { line: 1, field: "point 2 timestamp"  } } },
  { name: '.traj with a bad property value', file: 'pprop.traj', content: `${traj(2, [P1, P2.replace(/190$/, 'east')])}\n`,
    strict: { code: "INPUT_PARSE", message: "{file}:1: point 2 heading: cannot read \"east\" as a number" }, lenient: { points: 1, skipped: 1, firstSkip: { line: 1, field: "point 2 heading"  } } },
  { name: '.traj record cut short', file: 'cut.traj', content: '*T*,40015ea8-0cc7-49b5-b08b-a15f41745118,terrestrial,2,0,*P*,terr\n',
    strict: { code: "INPUT_PARSE", message: "{file}:1: dimension: the record ends before the dimension" }, lenient: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: all 1 data rows were skipped; the first at line 1: dimension: the record ends before the dimension" } },
  { name: '.traj with a good and a garbage line', file: 'mixed.traj', content: `${traj(2, [P1, P2])}\nhello world\n`,
    strict: { code: "INPUT_PARSE", message: "{file}:2: record: a .traj record must start with *T*" }, lenient: { points: 2, skipped: 1, firstSkip: { line: 2, field: "record"  } } },
  // --- GeoJSON / trips JSON
  { name: 'GeoJSON with fewer times than positions', file: 'times.geojson', content: fc(feature([[1, 2], [3, 4]], ['2020-01-01T00:00:00Z'])),
    strict: { code: "INPUT_PARSE", message: "{file}: features[0].properties: 1 times for 2 positions" }, lenient: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: all 2 data rows were skipped; the first: features[0].properties: 1 times for 2 positions" } },
  { name: 'GeoJSON with a string coordinate', file: 'strcoord.geojson', content: fc(feature([[1, 2], ['3', 4]], ['2020-01-01T00:00:00Z', '2020-01-01T00:00:01Z'])),
    strict: { code: "INPUT_PARSE", message: "{file}: features[0].geometry.coordinates[1][0]: longitude \"3\" is not a number" }, lenient: { points: 1, skipped: 1, firstSkip: { line: 0, field: "features[0].geometry.coordinates[1][0]"  } } },
  { name: 'GeoJSON with a null geometry', file: 'nullgeom.geojson', content: fc({ type: 'Feature', properties: {}, geometry: null }, feature([[1, 2]], ['2020-01-01T00:00:00Z'])),
    strict: { code: "INPUT_PARSE", message: "{file}: features[0].geometry: no geometry" }, lenient: { points: 1, skipped: 1, firstSkip: { line: 0, field: "features[0].geometry"  } } },
  { name: 'GeoJSON with a Polygon', file: 'polygon.geojson', content: fc({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } }, feature([[1, 2]], ['2020-01-01T00:00:00Z'])),
    strict: { code: "INPUT_PARSE", message: "{file}: features[0].geometry.type: \"Polygon\" is not a track (expected Point, LineString or MultiLineString)" }, lenient: { points: 1, skipped: 1, firstSkip: { line: 0, field: "features[0].geometry.type"  } } },
  { name: 'GeoJSON with a bad time', file: 'gtime.geojson', content: fc(feature([[1, 2], [3, 4]], ['2020-01-01T00:00:00Z', 'later'])),
    strict: { code: "INPUT_PARSE", message: "{file}: features[0].geometry.coordinates[1] time: cannot read \"later\" as a time" }, lenient: { points: 1, skipped: 1, firstSkip: { line: 0, field: "features[0].geometry.coordinates[1] time"  } } },
  { name: 'GeoJSON that is not a FeatureCollection', file: 'notfc.geojson', content: '{"type": "Topology", "objects": {}}',
    strict: { code: "INPUT_PARSE", message: "{file}: type: expected a GeoJSON FeatureCollection or Feature, found type \"Topology\"" }, lenient: { code: "INPUT_PARSE", message: "{file}: type: expected a GeoJSON FeatureCollection or Feature, found type \"Topology\"" } },
  { name: 'truncated JSON', file: 'trunc.geojson', content: fc(feature([[1, 2]], ['2020-01-01T00:00:00Z'])).slice(0, 40),
    strict: { code: "INPUT_PARSE", message: "{file}:1: not valid JSON: Unexpected end of JSON input" }, lenient: { code: "INPUT_PARSE", message: "{file}:1: not valid JSON: Unexpected end of JSON input" } },
  { name: 'deeply nested JSON', file: 'deep.json', content: () => Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    strict: { code: "INPUT_PARSE", message: "{file}: [0]: expected a trip object, found an array of 1" }, lenient: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: all 1 data rows were skipped; the first: [0]: expected a trip object, found an array of 1" } },
  { name: 'deeply nested JSON object', file: 'deep.geojson', content: () => Buffer.from(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`),
    strict: { code: "INPUT_PARSE", message: UNKNOWN_JSON_A }, lenient: { code: "INPUT_PARSE", message: UNKNOWN_JSON_A } },
  { name: 'trips entry without timestamps', file: 'notimes.json', content: JSON.stringify([{ path: [[1, 2]], timestamps: [0] }, { path: [[1, 2], [2, 3]] }]),
    strict: { code: "INPUT_PARSE", message: "{file}: [1].timestamps: no timestamps array" }, lenient: { points: 1, skipped: 1, firstSkip: { line: 0, field: "[1].timestamps"  } } },
  // --- GPX / KML
  { name: 'GPX without times', file: 'notimes.gpx', content: gpx(`${trkpt(1, 2)}\n${trkpt(1.1, 2.1)}`),
    strict: { code: "INPUT_PARSE", message: "{file}:3: track 1 (t): 2 track points without a time (trackreel needs a <time> on every point)" }, lenient: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: all 2 data rows were skipped; the first at line 3: track 1 (t): 2 track points without a time (trackreel needs a <time> on every point)" } },
  { name: 'GPX with a bad latitude', file: 'lat.gpx', content: gpx(`${trkpt(1, 2, '2020-01-01T00:00:00Z')}\n${trkpt(100, 2.1, '2020-01-01T00:00:01Z')}`),
    strict: { code: "INPUT_PARSE", message: "{file}:3: track 1 (t) point 2 latitude: latitude 100 is outside [-90, 90]" }, lenient: { points: 1, skipped: 1, firstSkip: { line: 3, field: "track 1 (t) point 2 latitude"  } } },
  { name: 'unclosed XML', file: 'unclosed.gpx', content: '<?xml version="1.0"?>\n<gpx>\n<trk><name>x</name>\n',
    strict: { code: "INPUT_PARSE", message: "{file}: not valid XML: unclosed xml tag(s): gpx, trk" }, lenient: { code: "INPUT_PARSE", message: "{file}: not valid XML: unclosed xml tag(s): gpx, trk" } },
  { name: 'KML that is really GPX', file: 'wrong.kml', content: gpx(trkpt(1, 2, '2020-01-01T00:00:00Z')),
    strict: { code: "INPUT_PARSE", message: "{file}:1: expected a <kml> document, found <gpx>" }, lenient: { code: "INPUT_PARSE", message: "{file}:1: expected a <kml> document, found <gpx>" } },
  // --- AIS CSV and gzip Parquet
  { name: 'AIS rows at the "no position" 181 / 91', file: 'nopos.csv', content: `${MC}\n${ais('00:00:00', -74.07, 40.64)}\n${ais('00:00:10', 181, 91)}\n${ais('00:00:20', -74.08, 40.65)}\n`,
    strict: { points: 2, skipped: 1, firstSkip: { line: 3, field: "LON" } }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: "LON" } } },
  { name: 'AIS time that is neither ISO nor day-first', file: 'aistime.csv', content: `${DMA}\n01/03/2023 00:00:00,Class A,219000873,56.99,10.30\n32/01/2023 00:00:00,Class A,219000873,56.99,10.30\n`,
    strict: { code: "INPUT_PARSE", message: "{file}:3: Timestamp: cannot read \"32/01/2023 00:00:00\" as a time; --lenient skips such rows" }, lenient: { points: 1, skipped: 1, firstSkip: { line: 3, field: "Timestamp" } } },
  { name: 'AIS header line only (DMA)', file: 'aisheader.csv', content: `${DMA}\n`,
    strict: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: no data rows found (only a header, comments, blank or free-text lines); check --skip-lines and --delimiter" }, lenient: { code: "INPUT_NO_POINTS", message: "{file}: no usable points: no data rows found (only a header, comments, blank or free-text lines); check --skip-lines and --delimiter" } },
  { name: 'AIS CSV without a latitude column', file: 'aisnolat.csv', content: 'BaseDateTime,LON,Breite,MMSI\n2020-06-30T00:00:00,-74.07,40.64,1\n', options: { format: 'ais-csv' },
    strict: { code: "INPUT_COLUMN", message: "{file}: yColumn: no column can be the latitude/y (looked for time names such as timestamp, time, datetime, BaseDateTime, t; longitude lon, lng, longitude, x, location-long; latitude lat, latitude, y, location-lat; or one position field: position, coordinates, WKT POINT; in any case, ignoring spaces and punctuation); the header is: BaseDateTime, LON, Breite, MMSI; name the columns: --y-column Breite (0-based index or header name)" }, lenient: { code: "INPUT_COLUMN", message: "{file}: yColumn: no column can be the latitude/y (looked for time names such as timestamp, time, datetime, BaseDateTime, t; longitude lon, lng, longitude, x, location-long; latitude lat, latitude, y, location-lat; or one position field: position, coordinates, WKT POINT; in any case, ignoring spaces and punctuation); the header is: BaseDateTime, LON, Breite, MMSI; name the columns: --y-column Breite (0-based index or header name)" } },
  { name: 'gzip of something that is not Parquet', file: 'fake.parquet.gz', content: () => gzipSync('PAR1 this is not a Parquet file PAR1'),
    strict: { code: "INPUT_PARSE", message: "{file}: not a valid Parquet file (parquet metadata length 543517801 exceeds available buffer 28)" }, lenient: { code: "INPUT_PARSE", message: "{file}: not a valid Parquet file (parquet metadata length 543517801 exceeds available buffer 28)" } },
  // --- delimited files with a header naming their columns
  { name: 'a header that names no time or position', file: 'noroles.csv', content: 'a,b,c,d\nq,1,2.1,3.2\nq,2,2.5,3.5\n',
    strict: { code: 'INPUT_COLUMN', message: '{file}: timeColumn: no column can be the time, longitude/x, latitude/y (looked for time names such as timestamp, time, datetime, BaseDateTime, t; longitude lon, lng, longitude, x, location-long; latitude lat, latitude, y, location-lat; or one position field: position, coordinates, WKT POINT; in any case, ignoring spaces and punctuation); the header is: a, b, c, d; name the columns: --time-column NAME --x-column c --y-column d (0-based index or header name)' },
    lenient: { code: 'INPUT_COLUMN', message: '{file}: timeColumn: no column can be the time, longitude/x, latitude/y (looked for time names such as timestamp, time, datetime, BaseDateTime, t; longitude lon, lng, longitude, x, location-long; latitude lat, latitude, y, location-lat; or one position field: position, coordinates, WKT POINT; in any case, ignoring spaces and punctuation); the header is: a, b, c, d; name the columns: --time-column NAME --x-column c --y-column d (0-based index or header name)' } },
  { name: 'NULL and NA coordinates under a header', file: 'nullpos.csv', content: 'id,time,lon,lat\nA,2020-01-01 00:00:00,5,50\nA,2020-01-01 00:00:01,NULL,NA\nA,2020-01-01 00:00:02,5.1,50.1\n',
    strict: { points: 2, skipped: 1, firstSkip: { line: 3, field: 'lon' } }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: 'lon' } } },
  { name: 'a combined position that is not one', file: 'badposition.csv', content: 'Timestamp,Callsign,Position\n1704180175,JAL516,"42.78,141.68"\n1704180458,JAL516,"north"\n1704180470,JAL516,"42.76,141.69"\n',
    strict: { code: 'INPUT_PARSE', message: '{file}:3: Position: "north" is not a position; --lenient skips such rows' }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: 'Position' } } },
  { name: 'a date column and a time column, one time unreadable', file: 'datetime.csv', content: 'id,date,time,lat,lon\nA,2021-07-04,21:05:00,50,5\nA,2021-07-04,25:99,50.1,5.1\nA,2021-07-04,21:07:00,50.2,5.2\n',
    strict: { code: 'INPUT_PARSE', message: '{file}:3: date time: cannot read "2021-07-04 25:99" as a time; --lenient skips such rows' }, lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: 'date time' } } },
  { name: 'integer E7 coordinates', file: 'e7.csv', content: 'id,t,x,y\nA,2013-05-09T00:00:00Z,-1221234567,374412345\nA,2013-05-09T00:01:00Z,-1221234999,374412999\n',
    strict: { code: 'INPUT_PARSE', message: '{file}: every coordinate is an integer, up to 1221234999 / 374412999: these look like degrees × 10^7 (E7 values, as Google location history writes them), not degrees; divide them by 10,000,000, or pass --domain cartesian to draw them as plain x/y' },
    lenient: { code: 'INPUT_PARSE', message: '{file}: every coordinate is an integer, up to 1221234999 / 374412999: these look like degrees × 10^7 (E7 values, as Google location history writes them), not degrees; divide them by 10,000,000, or pass --domain cartesian to draw them as plain x/y' } },

];
