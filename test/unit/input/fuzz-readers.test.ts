// Random mutations of real samples (or small built-in ones when ../shared/data is absent): every
// reader returns points or throws a TrackreelError with an INPUT_* code, never anything else.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS } from '../../../src/input/input-options.js';
import { isTrackreelError } from '../../../src/errors/trackreel-error.js';
import { HAVE_SHARED_DATA as hasData, SHARED_DATA as DATA } from '../../helpers/shared-data.js';
import { nmea } from './bad-input-format-cases.js';

if (!hasData) console.warn('fuzzing built-in samples: ../shared/data not found');

// The first lines of a real sample, so each run stays small and fast.
const head = (name: string, lines: number, fallback: string) =>
  hasData ? readFileSync(DATA + name, 'utf8').split('\n').slice(0, lines).join('\n') : fallback;

const SAMPLES: { file: string; text: string }[] = [
  { file: 'sample.traj', text: head('NYHarbor_2020_06_30_first_hour.traj', 3,
    '*T*,40015ea8-0cc7-49b5-b08b-a15f41745118,terrestrial,2,0,*P*,terrestrial,2,1,1,1,heading,1,S,2020-06-30 00:01:04,-74.2,40.6,189,S,2020-06-30 00:02:04,-74.3,40.7,190') },
  { file: 'ais.csv', text: head('NYHarbor_2020_06_30_first_hour.csv', 12,
    'MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName\n367109000,2020-06-30T00:01:04,40.60922,-74.2053,0,0,189,OVERSEAS HOUSTON\n367109000,2020-06-30T00:04:05,40.60924,-74.20528,0.1,0,189,OVERSEAS HOUSTON') },
  // The Danish Maritime Authority's layout (constructed): '#' header line, day-first times, 181/91 positions.
  { file: 'aisdk.csv', text: '# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,COG,Heading,IMO,Callsign,Name\n'
    + '01/03/2023 00:00:00,Class A,219000873,56.990090,10.304520,Under way using engine,0.0,0.0,30.4,511,Unknown,Unknown,\n'
    + '01/03/2023 00:00:07,Base Station,2190064,91.000000,181.000000,Unknown value,,,,,Unknown,Unknown,\n'
    + '01/03/2023 00:00:10,Class A,219000873,56.990100,10.304530,Under way using engine,0.0,0.1,31.0,30,Unknown,Unknown,\n' },
  { file: 'points.csv', text: head('SampleFlight.csv', 12,
    '# object_id,timestamp,longitude,latitude,altitude\nA1,2004-12-07 11:36:18,-81.9731,26.995,2700\nA1,2004-12-07 11:37:56,-81.9844,27.0447,2800') },
  { file: 'tracks.geojson', text: JSON.stringify({ type: 'FeatureCollection', features: [
    { type: 'Feature', id: 'a', properties: { times: ['2020-01-01T00:00:00Z', '2020-01-01T00:01:00Z'] }, geometry: { type: 'LineString', coordinates: [[1, 2], [1.1, 2.1]] } },
    { type: 'Feature', properties: { id: 'b', time: 1577836800 }, geometry: { type: 'Point', coordinates: [3, 4] } }] }) },
  { file: 'trips.json', text: JSON.stringify([{ vendor: 0, path: [[-74.2, 40.8], [-74.21, 40.81]], timestamps: [1191, 1193.8] }]) },
  { file: 'track.gpx', text: '<?xml version="1.0"?>\n<gpx version="1.1"><trk><name>run</name><trkseg>\n<trkpt lat="47.1" lon="8.1"><time>2021-05-01T06:00:00Z</time></trkpt>\n<trkpt lat="47.2" lon="8.2"><time>2021-05-01T06:00:05Z</time></trkpt>\n</trkseg></trk></gpx>\n' },
  // The formats of issue 15 (built here, each with its quirks).
  { file: 'log.nmea', text: [nmea('GPZDA,235959,31,12,2023,00,00'), nmea('GPGGA,235959.5,4231.8291,N,08807.3033,W,1,05,1.6,209.8,M,-34.2,M,,'),
    nmea('GPRMC,235959.5,A,4231.8291,N,08807.3033,W,0.17,138.92,311223,,'), nmea('GNGGA,000000.5,4231.8292,N,08807.3034,W,1,05,1.6,209.7,M,-34.2,M,,'),
    nmea('GNGLL,4231.8293,N,08807.3035,W,000001.5,A,A')].join('\r\n') },
  { file: 'geolife.plt', text: 'Geolife trajectory\r\nWGS 84\r\nAltitude is in Feet\r\nReserved 3\r\n0,2,255,My Track,0,0,2,8421376\r\n0\r\n'
    + '39.984702,116.318417,0,492,39744.1201851852,2008-10-23,02:53:04\r\n39.984683,116.31845,0,-777,39744.1202546296,2008-10-23,02:53:10\r\n' },
  { file: 'feed.nmea', text: '\\s:rx1,c:1671620143*3E\\!AIVDM,1,1,,B,133i;RPP1DPEbcDMV@1r:Ow:2>`<,0*41\n1671620150 !AIVDM,1,1,,B,133i;RPP1DPEbcDMV@1r:Ow:2>`<,0*41\n!AIVDM,1,1,,B,133i;RPP1DPEbcDMV@1r:Ow:2>`<,0*41,1671620170\n' },
  { file: 'opensky-track.json', text: JSON.stringify({ icao24: '3c4b26', callsign: 'DLH1234', path: [[1689000000, 50.03, 8.56, 0, 250, true], [1689000060, 50.05, 8.5, 600, 250, false]] }) },
  { file: 'states.jsonl', text: [0, 10].map((s) => JSON.stringify({ time: 1458564121 + s, states: [['4b1805', 'SWR1', 'CH', 1458564120 + s, 1458564120 + s, 8.5, 47.4, 3000, false, 150, 10, 0, null, 3050, '2000', false, 0]] })).join('\n') },
  { file: 'aircraft.json', text: JSON.stringify({ now: 1700000000, aircraft: [{ hex: 'a1b2c3', flight: 'AAL1', alt_baro: 'ground', lat: 40.64, lon: -73.78, seen_pos: 1 }] }) },
  { file: 'flight.igc', text: 'AXCT7f3a\r\nHFDTEDATE:311223,01\r\nHFGIDGLIDERID:D-1234\r\nB2359595206343N00006198WA0058700558\r\nB0000055206353N00006208WA0058800560\r\n' },
  { file: 'ride.tcx', text: '<?xml version="1.0"?>\n<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="Biking"><Lap StartTime="2020-12-27T15:43:49+01:00"><Track>'
    + '<Trackpoint><Time>2020-12-27T15:59:36+01:00</Time><Position><LatitudeDegrees>47.38</LatitudeDegrees><LongitudeDegrees>8.46</LongitudeDegrees></Position><HeartRateBpm><Value>121</Value></HeartRateBpm></Trackpoint>'
    + '<Trackpoint><Time>2020-12-27T15:59:37+01:00</Time><Position><LatitudeDegrees>47.39</LatitudeDegrees><LongitudeDegrees>8.47</LongitudeDegrees></Position></Trackpoint></Track></Lap></Activity></Activities></TrainingCenterDatabase>\n' },
  { file: 'span.kml', text: '<!-- logger -->\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Flight</name><TimeSpan><begin>2017-08-21T17:00:05Z</begin><end>2017-08-21T17:22:32Z</end></TimeSpan>'
    + '<LineString><coordinates>\n+008.5155383,+48.2662716,768\n<!-- bat: 89% -->\n+008.5162716,+48.2660633,767\n</coordinates></LineString></Placemark></Document></kml>\n' },
  { file: 'mf.json', text: JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 's', temporalGeometry: { type: 'MovingPoint',
    datetimes: ['2019-01-01T00:00:00Z', '2019-01-01T06:00:00Z'], coordinates: [[111.9, 7.6], [111.3, 7.3]] }, temporalProperties: [{ datetimes: ['2019-01-01T00:00:00Z', '2019-01-01T06:00:00Z'], wind: { values: [0, 35] } }] }] }) },
  { file: 'tracktable.json', text: JSON.stringify({ object_id: 'JJJ010', domain: 'terrestrial', coordinates: [[-111.501, 47.3697], [-111.528, 47.3353]], timestamps: ['2004-12-10 14:14:40', '2004-12-10 14:15:41'], point_properties: {}, trajectory_properties: {} }) },
  { file: 'Records.json', text: JSON.stringify({ locations: [{ latitudeE7: 374850711, longitudeE7: -1221474242, timestampMs: '1368062668883' }, { latitudeE7: 374850800, longitudeE7: -1221474300, timestamp: '2013-05-09T01:25:00Z' }] }) },
  { file: 'semantic.json', text: JSON.stringify({ timelineObjects: [
    { placeVisit: { location: { latitudeE7: 374850711, longitudeE7: -1221474242 }, duration: { startTimestamp: '2013-05-09T01:00:00Z', endTimestamp: '2013-05-09T02:00:00Z' } } },
    { activitySegment: { startLocation: {}, endLocation: {}, duration: { startTimestamp: '2013-05-09T02:00:00Z', endTimestamp: '2013-05-09T02:30:00Z' }, waypointPath: { waypoints: [{ latE7: 374850711, lngE7: -1221474242 }, { latE7: 374950711, lngE7: -1221574242 }] } } }] }) },
  { file: 'trace.json', text: JSON.stringify({ icao: 'a1b2c3', timestamp: 1650000000.5, trace: [[0, 40.64, -73.78, 'ground', 12, 90, 0, null, { flight: 'AAL1' }], [10, 40.65, -73.77, 1500, 160, 92, 0, 1800, null]] }) },
  // Header-named CSVs with the quirks of real exports (column-plan.ts, combined positions, date+time, NA tokens).
  { file: 'fr24.csv', text: 'Timestamp,UTC,Callsign,Position,Altitude\n1704180175,2024-01-02T07:22:55Z,JAL516,"42.787994,141.685074",0\n1704180458,2024-01-02T07:27:38Z,JAL516,"42.770142,141.691422",550\n' },
  { file: 'quirks.csv', text: '\uFEFF,ID;ais_pos_timestamp;longitude;latitude;alt;\n0,1;20/03/2021 00:22;32.32925;31.4386;NULL;\n1,1;20/03/2021 01:25; 32.3986 ;31.40955;12;\n' },
  { file: 'aisdb.csv', text: '"MMSI","Time","Millisecond","Longitude","Latitude","date","time"\n"432905000","20210701_185151","515","-70.1","40.2","2021-07-01","18:51"\n"432905000","20210701_185251","","POINT(1 2)","91","",""\n' },
  { file: 'trips.csv', text: ',TRIP_ID,TAXI_ID,TIMESTAMP,POLYLINE\n0,1372636858620000589,20000589,1372636858,"[[-8.618643,41.141412],[-8.618499,41.141376]]"\n1,1372637303620000596,20000596,1372637303,"[[-8.639847,41.159826]]"\n' },
  { file: 'track.kml', text: '<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document><Placemark><name>b</name><gx:Track>\n<when>2010-05-28T02:02:09Z</when><when>2010-05-28T02:02:35Z</when>\n<gx:coord>-122.2 37.3 156</gx:coord><gx:coord>-122.21 37.31 152</gx:coord>\n</gx:Track></Placemark></Document></kml>' },
];

// One edit of a text: cut a range, insert junk, duplicate a range, or truncate.
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(',', '\n', '"', '<', '>', '{', ']', '*T*', 'NaN', '-1e999', '\u0000', '\uFEFF', '99999')) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat({ max: 60 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(text: string, edits: Mutation[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    if (e.kind === 'cut') out = out.slice(0, at) + out.slice(at + e.length);
    else if (e.kind === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else if (e.kind === 'repeat') out = out.slice(0, at + e.length) + out.slice(at, at + e.length) + out.slice(at + e.length);
    else out = out.slice(0, at);
  }
  return out;
}

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'trackreel-fuzz-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('readers under random mutation', () => {
  for (const sample of SAMPLES) {
    it(`readPoints() on mutated ${sample.file} returns points or an INPUT_* TrackreelError`, async () => {
      let run = 0;
      await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), async (edits, lenient) => {
        const path = join(dir, `${run++}-${sample.file}`);
        await writeFile(path, apply(sample.text, edits));
        try {
          const { table } = await readPoints([path], { ...DEFAULT_INPUT_OPTIONS, lenient });
          expect(table.length).toBeGreaterThan(0);
          for (let i = 0; i < table.length; i++) expect(Number.isFinite(table.t[i]) && Number.isFinite(table.lon[i]) && Number.isFinite(table.lat[i])).toBe(true);
        } catch (error) {
          if (!isTrackreelError(error) || !error.code.startsWith('INPUT_')) throw error;
        }
      }), { numRuns: 15, seed: 6 });
    });
  }
});

describe('Parquet reader under random byte damage', () => {
  it('readPoints() on a damaged Parquet file returns points or an INPUT_* TrackreelError', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const good = Buffer.from(parquetWriteBuffer({ columnData: [
      { name: 'id', data: ['a', 'a', 'b'], type: 'STRING' },
      { name: 'timestamp', data: new Float64Array([1593475200, 1593475260, 1593475320]), type: 'DOUBLE' },
      { name: 'lon', data: new Float64Array([-74.2, -74.21, -74]), type: 'DOUBLE' },
      { name: 'lat', data: new Float64Array([40.6, 40.61, 40.4]), type: 'DOUBLE' },
    ] }));
    let run = 0;
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), fc.nat(), async (edits, cut) => {
      const bytes = Buffer.from(good);
      for (const [at, value] of edits) bytes[at % bytes.length] = value;
      const path = join(dir, `${run++}-damaged.parquet`);
      await writeFile(path, cut % 5 === 0 ? bytes.subarray(0, cut % bytes.length) : bytes);
      try {
        const { table } = await readPoints([path], { ...DEFAULT_INPUT_OPTIONS, format: 'parquet', lenient: true });
        expect(table.length).toBeGreaterThan(0);
      } catch (error) {
        if (!isTrackreelError(error) || !error.code.startsWith('INPUT_')) throw error;
      }
    }), { numRuns: 30, seed: 6 });
  });
});
