// GPX, KML and TCX as apps write them, and the JSON families found by their structure
// (movingpandas, OGC Moving Features, tracktable, Google Takeout, readsb), from fixtures written here.
import { describe, expect, it } from 'vitest';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS, type InputOptions } from '../../../src/input/input-options.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const file = useTempFiles('trackreel-app-docs-');
const read = (path: string, options: Partial<InputOptions> = {}) => readPoints([path], { ...DEFAULT_INPUT_OPTIONS, ...options });
const iso = (t: Float64Array) => [...t].map((v) => new Date(v).toISOString());
const ids = (table: { objectIndex: Uint32Array; objectIds: string[] }) => [...table.objectIndex].map((i) => table.objectIds[i]);

const KML = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document>\n${body}\n</Document></kml>\n`;
const track = (whens: string[], coords: string[]) => `<gx:Track>${whens.map((w) => `<when>${w}</when>`).join('')}${coords.map((c) => (c ? `<gx:coord>${c}</gx:coord>` : '<gx:coord/>')).join('')}</gx:Track>`;

describe('readPoints: KML as apps write it', () => {
  it('ignores placemarks without geometry, empty <gx:coord/> and start/end markers; spreads a TimeSpan along a LineString by distance', async () => {
    const kml = KML([
      '<Placemark><name>note only</name><description>no geometry</description></Placemark>',
      '<Placemark><name>start</name><TimeStamp><when>2020-01-01T00:00:00Z</when></TimeStamp><Point><coordinates>1,2</coordinates></Point></Placemark>',
      `<Placemark><name>\n   walk\n  </name>${track(['2020-01-01T00:00:00Z', '2020-01-01T00:00:10Z', '2020-01-01T00:00:20Z'], ['1 2 0', '', '1.002 2.002 0'])}</Placemark>`,
      '<Placemark><name>line</name><TimeSpan><begin>2020-01-01T01:00:00Z</begin><end>2020-01-01T01:00:30Z</end></TimeSpan><LineString><coordinates>',
      '+008.5000000,+48.2000000,768', '<!-- bat: 89% -->', '+008.5010000,+48.2000000,768 +008.5030000,+48.2000000,770', '</coordinates></LineString></Placemark>',
    ].join('\n'));
    const { table, report } = await read(await file('app.kml', kml));
    expect(ids(table)).toEqual(['walk', 'walk', 'line', 'line', 'line']);
    expect(iso(table.t)).toEqual(['2020-01-01T00:00:00.000Z', '2020-01-01T00:00:20.000Z', '2020-01-01T01:00:00.000Z', '2020-01-01T01:00:10.000Z', '2020-01-01T01:00:30.000Z']);
    expect([...table.lon]).toEqual([1, 1.002, 8.5, 8.501, 8.503]);
    expect(report.notices).toEqual([
      expect.stringMatching(/app\.kml: placemark 3 \(walk\): 1 empty position \(<gx:coord\/>\) ignored$/),
      expect.stringMatching(/app\.kml: placemark 4 \(line\): 3 positions with only a TimeSpan \(2020-01-01T01:00:00Z \.\. 2020-01-01T01:00:30Z\): times spread along the line by distance$/),
    ]);
  });

  it('reads a gx:MultiTrack as one object when its tracks follow each other, and as one per track when they overlap in time', async () => {
    const a = track(['2020-01-01T00:00:00Z', '2020-01-01T00:01:00Z'], ['1 2', '1.01 2.01']);
    const b = track(['2020-01-01T00:05:00Z', '2020-01-01T00:06:00Z'], ['1.02 2.02', '1.03 2.03']);
    const c = track(['2020-01-01T00:00:30Z', '2020-01-01T00:01:30Z'], ['3 4', '3.01 4.01']);
    const kml = KML(`<Placemark id="run"><name>run</name><gx:MultiTrack>${a}${b}</gx:MultiTrack></Placemark>\n<Placemark><name>pair</name><gx:MultiTrack>${a}${c}</gx:MultiTrack></Placemark>`);
    const { table, report } = await read(await file('multi.kml', kml));
    expect(ids(table)).toEqual(['run', 'run', 'run', 'run', 'pair', 'pair', 'pair #2', 'pair #2']);
    expect(report.notices).toEqual([expect.stringContaining('placemark 2 (pair): its 2 parts overlap in time, so each is its own object')]);
  });
});

const GPX = (tracks: string) => `<?xml version="1.0"?>\n<gpx version="1.1" creator="app" xmlns="http://www.topografix.com/GPX/1/1" xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n${tracks}\n</gpx>\n`;
const trkpt = (lat: number, lon: number, time?: string, hr?: number) =>
  `<trkpt lat="${lat}" lon="${lon}">${time ? `<time>${time}</time>` : ''}${hr ? `<extensions><ns3:TrackPointExtension><ns3:hr>${hr}</ns3:hr></ns3:TrackPointExtension></extensions>` : ''}</trkpt>`;

describe('readPoints: placemarks as a logger writes them', () => {
  const mark = (name: string, when: string, lon: number) => `<Placemark><name>${name}</name><TimeStamp><when>${when}</when></TimeStamp><Point><coordinates>${lon},48.2</coordinates></Point></Placemark>`;

  it('reads a series of differently named timed placemarks, one after another, as one track named after the file', async () => {
    const kml = KML(['1', '2', '3', '4'].map((n, k) => mark(n, `2020-01-01T00:0${k}:00Z`, 8.5 + k / 100)).join('\n'));
    const { table, report } = await read(await file('logger-2020.kml', kml));
    expect(table.objectIds).toEqual(['logger-2020']);
    expect(table.length).toBe(4);
    expect(report.notices).toEqual([expect.stringContaining('4 timed placemarks or waypoints, one after another in time and nearly all differently named: read as one track, logger-2020')]);
  });

  it('keeps a snapshot of objects at one time as separate objects', async () => {
    const kml = KML(['bus 1', 'bus 2', 'bus 3'].map((n, k) => mark(n, '2020-01-01T00:00:00Z', 8.5 + k / 100)).join('\n'));
    const { table, report } = await read(await file('snapshot.kml', kml));
    expect(table.objectIds).toEqual(['bus 1', 'bus 2', 'bus 3']);
    expect(report.notices).toEqual([]);
  });
});

describe('readPoints: GPX and TCX as apps write them', () => {
  it('leaves out a track without times among tracks with times, with a notice, and keeps heart rates per point', async () => {
    const gpx = GPX([
      `<trk><name>ride</name><trkseg>${trkpt(36.5, -121.9, '2019-10-22T14:36:00.000Z', 101)}${trkpt(36.51, -121.91, '2019-10-22T14:36:05.000Z', 103)}</trkseg></trk>`,
      `<trk><trkseg>${trkpt(38.9, -77.0)}${trkpt(38.91, -77.01)}</trkseg></trk>`,
    ].join('\n'));
    const { table, report } = await read(await file('mixed.gpx', gpx));
    expect(table.objectIds).toEqual(['ride']);
    expect(table.length).toBe(2);
    expect([...table.numeric.heart_rate]).toEqual([101, 103]);
    expect(Object.keys(table.text)).toEqual([]);
    expect(report.notices).toEqual([expect.stringMatching(/mixed\.gpx: track 2: 2 track points without a time, left out \(the other tracks have times\)$/)]);
  });

  it('reads TCX trackpoints with their UTC offsets and heart rates, found by content without the extension', async () => {
    const point = (time: string, lat: number, lon: number, hr: number) =>
      `<Trackpoint><Time>${time}</Time><Position><LatitudeDegrees>${lat}</LatitudeDegrees><LongitudeDegrees>${lon}</LongitudeDegrees></Position><AltitudeMeters>483.0</AltitudeMeters><HeartRateBpm><Value>${hr}</Value></HeartRateBpm></Trackpoint>`;
    const tcx = `<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="Biking"><Id>2020-12-27T15:43:49.000+01:00</Id><Lap StartTime="2020-12-27T15:43:49.000+01:00"><Track>${point('2020-12-27T15:59:36.000+01:00', 47.388, 8.467, 121)}${point('2020-12-27T15:59:37.000+01:00', 47.389, 8.468, 122)}</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n`;
    const { table, report } = await read(await file('activity-export', tcx));
    expect(report.format).toBe('tcx');
    expect(iso(table.t)).toEqual(['2020-12-27T14:59:36.000Z', '2020-12-27T14:59:37.000Z']);
    expect([...table.numeric.heart_rate]).toEqual([121, 122]);
  });
});

describe('readPoints: JSON families found by their structure', () => {
  it('reads a movingpandas LineString with a datetimes array, per-point arrays as properties', async () => {
    const doc = { type: 'Feature', properties: { datetimes: ['2018-12-31T06:00:00Z', '2018-12-31T12:00:00Z'], wind: [0, 35], dummy: [1] },
      geometry: { type: 'LineString', coordinates: [[111.9, 7.6], [111.3, 7.3]] } };
    const { table, report } = await read(await file('mf-trajectory.json', JSON.stringify(doc)));
    expect(report.format).toBe('geojson');
    expect(iso(table.t)).toEqual(['2018-12-31T06:00:00.000Z', '2018-12-31T12:00:00.000Z']);
    expect([...table.numeric.wind]).toEqual([0, 35]);
    expect(table.numeric.dummy).toBeUndefined();
  });

  it('reads OGC Moving Features: a FeatureCollection of MovingPoints with temporalProperties', async () => {
    const mp = (id: string, x: number) => ({ type: 'Feature', id, properties: { name: `ship ${id}` },
      temporalGeometry: { type: 'MovingPoint', datetimes: ['2011-07-14T22:01:01Z', '2011-07-14T22:01:02Z'], coordinates: [[x, 40], [x + 0.1, 40.1]], interpolation: 'Linear' },
      temporalProperties: [{ datetimes: ['2011-07-14T22:01:01Z', '2011-07-14T22:01:02Z'], speed: { type: 'Measure', values: [10, 12] } }] });
    const doc = { type: 'FeatureCollection', features: [mp('a', 139), mp('b', 140)] };
    const { table, report } = await read(await file('mf.json', JSON.stringify(doc)));
    expect(report.format).toBe('moving-features');
    expect(ids(table)).toEqual(['a', 'a', 'b', 'b']);
    expect([...table.numeric.speed]).toEqual([10, 12, 10, 12]);
  });

  it('reads tracktable trajectory JSON, one or a list, in the domain it declares', async () => {
    const t = (id: string, domain: string) => ({ object_id: id, domain, coordinates: [[100, 200], [150, 260]], timestamps: ['2004-12-10 14:14:40', '2004-12-10 14:15:41'],
      point_properties: { altitude: [1000, 1200] }, trajectory_properties: { dest: { type: 'string', value: 'KMCO' } } });
    const { table, report } = await read(await file('tt.json', JSON.stringify([t('A', 'cartesian2d'), t('B', 'cartesian2d')].map((x) => ({ ...x, domain: 'cartesian' })))));
    expect(report.format).toBe('tracktable-json');
    expect(table.domain).toBe('cartesian');
    expect(table.objectIds).toEqual(['A', 'B']);
    expect([...table.numeric.altitude]).toEqual([1000, 1200, 1000, 1200]);
    expect(table.text.dest.values).toEqual(['KMCO']);
  });

  it('reads Google Takeout Records.json: E7 coordinates (unsigned ones too), timestampMs or ISO timestamps, accuracy', async () => {
    const doc = { locations: [
      { latitudeE7: 374850711, longitudeE7: -1221474242, timestampMs: '1368062668883', accuracy: 20 },
      { latitudeE7: 374850800, longitudeE7: 4294967296 - 1221474300, timestamp: '2013-05-09T01:25:00.000Z' },
    ] };
    const { table, report } = await read(await file('Records.json', JSON.stringify(doc)));
    expect(report.format).toBe('google-takeout');
    expect(table.objectIds).toEqual(['location-history']);
    expect(iso(table.t)).toEqual(['2013-05-09T01:24:28.883Z', '2013-05-09T01:25:00.000Z']);
    expect([...table.lon]).toEqual([-122.1474242, -122.14743]);
    expect([...table.numeric.accuracy]).toEqual([20, NaN]);
  });

  it('reads Semantic Location History: visits at arrival and departure, raw paths with their times, waypoints spread by distance', async () => {
    const doc = { timelineObjects: [
      { placeVisit: { location: { latitudeE7: 374850711, longitudeE7: -1221474242, name: 'Office' }, duration: { startTimestamp: '2013-05-09T01:00:00.000Z', endTimestamp: '2013-05-09T08:00:00.000Z' } } },
      { activitySegment: { startLocation: { latitudeE7: 374850711, longitudeE7: -1221474242 }, endLocation: { latitudeE7: 374850711, longitudeE7: -1221674242 },
        duration: { startTimestamp: '2013-05-09T08:00:00.000Z', endTimestamp: '2013-05-09T08:20:00.000Z' },
        simplifiedRawPath: { points: [{ latE7: 374850711, lngE7: -1221574242, timestamp: '2013-05-09T08:10:00.000Z' }] } } },
      { activitySegment: { startLocation: {}, endLocation: {}, duration: { startTimestamp: '2013-05-09T09:00:00.000Z', endTimestamp: '2013-05-09T09:30:00.000Z' },
        waypointPath: { waypoints: [{ latE7: 370000000, lngE7: -1220000000 }, { latE7: 370000000, lngE7: -1220100000 }, { latE7: 370000000, lngE7: -1220300000 }] } } },
    ] };
    const { table, report } = await read(await file('2013_MAY.json', JSON.stringify(doc)));
    expect(report.format).toBe('google-takeout');
    expect(iso(table.t)).toEqual([
      '2013-05-09T01:00:00.000Z', '2013-05-09T08:00:00.000Z',
      '2013-05-09T08:00:00.000Z', '2013-05-09T08:10:00.000Z', '2013-05-09T08:20:00.000Z',
      '2013-05-09T09:00:00.000Z', '2013-05-09T09:10:00.000Z', '2013-05-09T09:30:00.000Z']);
    expect(report.notices).toEqual([expect.stringContaining('1 activity segment with only a waypointPath: times spread')]);
  });

  it('reads the phone Timeline export (semanticSegments with "lat°, lng°" points)', async () => {
    const doc = { semanticSegments: [
      { startTime: '2024-03-01T08:00:00.000+01:00', endTime: '2024-03-01T09:00:00.000+01:00', timelinePath: [
        { point: '48.1371°, 11.5754°', time: '2024-03-01T08:02:00.000+01:00' }, { point: '48.1400°, 11.5800°', time: '2024-03-01T08:04:00.000+01:00' }] },
      { startTime: '2024-03-01T09:00:00.000+01:00', endTime: '2024-03-01T10:00:00.000+01:00', visit: { topCandidate: { placeLocation: { latLng: '48.1500°, 11.5900°' } } } },
    ] };
    const { table } = await read(await file('Timeline.json', JSON.stringify(doc)));
    expect(iso(table.t)).toEqual(['2024-03-01T07:02:00.000Z', '2024-03-01T07:04:00.000Z', '2024-03-01T08:00:00.000Z', '2024-03-01T09:00:00.000Z']);
    expect([...table.lon]).toEqual([11.5754, 11.58, 11.59, 11.59]);
  });

  it('reads a readsb trace: offsets from the base timestamp, altitude "ground", the callsign carried forward', async () => {
    const doc = { icao: 'A1B2C3', r: 'N123AB', t: 'B738', timestamp: 1650000000.5, trace: [
      [0, 40.64, -73.78, 'ground', 12.5, 90, 0, null, { flight: 'AAL123  ', squawk: '1200' }, 'adsb_icao'],
      [10.25, 40.65, -73.77, 1500, 160, 92.5, 0, 1800, null, 'adsb_icao'],
    ] };
    const { table, report } = await read(await file('trace_full_a1b2c3.json', JSON.stringify(doc)));
    expect(report.format).toBe('readsb-trace');
    expect(table.objectIds).toEqual(['a1b2c3']);
    expect([...table.t]).toEqual([1650000000500, 1650000010750]);
    expect([...table.lat]).toEqual([40.64, 40.65]);
    expect([...table.numeric.altitude]).toEqual([0, 1500]);
    expect([...table.numeric.on_ground]).toEqual([1, 0]);
    expect([...table.numeric.speed]).toEqual([12.5, 160]);
    expect(table.text.callsign.values).toEqual(['AAL123']);
    expect([...table.text.callsign.codes]).toEqual([0, 0]);
  });
});
