import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS, type InputOptions } from '../../../src/input/input-options.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const file = useTempFiles('trackreel-doc-');
const read = (paths: string[], options: Partial<InputOptions> = {}) => readPoints(paths, { ...DEFAULT_INPUT_OPTIONS, ...options });
const T0 = Date.parse('2020-06-30T00:00:00Z');

const LINE_FC = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'ship-1', properties: { times: ['2020-06-30T00:00:00Z', '2020-06-30T00:01:00Z'], speed: 12, kind: 'tug' },
      geometry: { type: 'LineString', coordinates: [[-74.1, 40.6], [-74.2, 40.7]] } },
    { type: 'Feature', properties: { name: 'ship-2', coordTimes: [[T0 / 1000, T0 / 1000 + 60], [T0 / 1000 + 600]] },
      geometry: { type: 'MultiLineString', coordinates: [[[-74.0, 40.5], [-74.01, 40.51]], [[-74.02, 40.52]]] } },
  ],
};

describe('readPoints: GeoJSON', () => {
  it('readPoints() reads LineString/MultiLineString features with per-coordinate times', async () => {
    const { table, report } = await read([await file('tracks.geojson', JSON.stringify(LINE_FC))]);
    expect(report.format).toBe('geojson');
    expect(table.objectIds).toEqual(['ship-1', 'ship-2']);
    expect([...table.objectIndex]).toEqual([0, 0, 1, 1, 1]);
    expect([...table.t]).toEqual([T0, T0 + 60_000, T0, T0 + 60_000, T0 + 600_000]);
    expect([...table.lat]).toEqual([40.6, 40.7, 40.5, 40.51, 40.52]);
    expect([...table.numeric.speed]).toEqual([12, 12, NaN, NaN, NaN]);
    expect(table.text.kind.values).toEqual(['tug', '']);
    expect(table.domain).toBe('terrestrial');
  });

  it('readPoints() reads Point features with an id and a time property, and [lon, lat, alt, time] positions', async () => {
    const fc = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { id: 'a', time: '2020-06-30T00:00:10Z' }, geometry: { type: 'Point', coordinates: [1, 2] } },
      { type: 'Feature', properties: { id: 'a', timestamp: T0 }, geometry: { type: 'Point', coordinates: [1.1, 2.1] } },
      { type: 'Feature', properties: { id: 'b' }, geometry: { type: 'LineString', coordinates: [[5, 6, 0, T0 / 1000], [5.1, 6.1, 0, T0 / 1000 + 1]] } },
    ] };
    const { table } = await read([await file('points.json', JSON.stringify(fc))]);
    expect(table.objectIds).toEqual(['a', 'b']);
    expect([...table.t]).toEqual([T0 + 10_000, T0, T0, T0 + 1000]);
  });

  it('readPoints() reports a feature without times by its path (strict) and skips it (lenient)', async () => {
    const fc = { type: 'FeatureCollection', features: [LINE_FC.features[0], { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[1, 2], [3, 4]] } }] };
    const path = await file('untimed.geojson', JSON.stringify(fc));
    await expect(read([path])).rejects.toMatchObject({ code: 'INPUT_PARSE', message: `${path}: features[1].properties: 2 positions but no per-position times (expected a "times", "timestamps", "datetimes" or "coordTimes" array, or [lon, lat, alt, time] positions)` });
    const { table, report } = await read([path], { lenient: true });
    expect(table.length).toBe(2);
    expect(report.skippedCount).toBe(1);
  });

  it('readPoints() gives the line of a JSON syntax error', async () => {
    const path = await file('broken.geojson', '{\n  "type": "FeatureCollection",\n  "features": [,]\n}\n');
    await expect(read([path])).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringMatching(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: not valid JSON`)) });
  });

  it('readPoints() refuses a JSON file larger than the document limit before reading it', async () => {
    const { truncate } = await import('node:fs/promises');
    const path = await file('huge.geojson', '');
    await truncate(path, 600 * 1024 * 1024); // sparse: no disk space used
    await expect(read([path], { format: 'geojson' })).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringContaining('larger than 512 MB') });
  });
});

describe('readPoints: deck.gl trips JSON', () => {
  const TRIPS = [
    { vendor: 0, path: [[-74.20986, 40.81773], [-74.20987, 40.81765]], timestamps: [1191, 1193.803] },
    { id: 'cab-7', vendor: 1, path: [[-73.9, 40.7]], timestamps: [1200] },
  ];

  it('readPoints() reads {path, timestamps} trips; vendor is a property, not the id', async () => {
    const { table, report } = await read([await file('trips.json', JSON.stringify(TRIPS))]);
    expect(report.format).toBe('trips-json');
    expect(table.objectIds).toEqual(['trip-1', 'cab-7']);
    expect([...table.t]).toEqual([1_191_000, 1_193_803, 1_200_000]);
    expect([...table.numeric.vendor]).toEqual([0, 0, 1]);
  });

  it('readPoints() names a truncated gzip document as not valid gzip, not with zlib\'s error', async () => {
    const whole = gzipSync(JSON.stringify(TRIPS));
    const path = await file('cut.json.gz', whole.subarray(0, whole.length - 12));
    await expect(read([path])).rejects.toMatchObject({ code: 'INPUT_PARSE', message: `${path}: not a valid gzip file (unexpected end of file)` });
  });

  it('readPoints() reads gzip-compressed trips', async () => {
    const { table } = await read([await file('trips.json.gz', gzipSync(JSON.stringify(TRIPS)))]);
    expect(table.length).toBe(3);
  });

  it('readPoints() rejects a trip whose timestamps do not match its path', async () => {
    const path = await file('short.json', JSON.stringify([{ path: [[1, 2], [3, 4]], timestamps: [0] }]));
    await expect(read([path])).rejects.toMatchObject({ message: `${path}: [0].timestamps: 1 timestamps for 2 positions` });
  });
});

const GPX = `<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="1" lon="2"><name>camp</name></wpt>
  <trk>
    <name>morning run</name>
    <trkseg>
      <trkpt lat="47.1" lon="8.1"><ele>400</ele><time>2021-05-01T06:00:00Z</time></trkpt>
      <trkpt lat="47.2" lon="8.2"><ele>401</ele><time>2021-05-01T06:00:05Z</time></trkpt>
    </trkseg>
  </trk>
</gpx>
`;

describe('readPoints: GPX and KML', () => {
  const GPX_HEAD = '<?xml version="1.0"?>\n<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">\n<!-- ';
  const limitMessage = (path: string, gz: boolean) => `${path}: larger than 32 MB${gz ? ' uncompressed' : ''}, the limit for GPX, KML and TCX: they are read whole, so split the file or convert it to CSV or .traj, which are streamed`;

  it('readPoints() refuses a GPX or KML file over 32 MB before parsing it (an XML DOM takes ~40x the file)', async () => {
    const { truncate } = await import('node:fs/promises');
    for (const name of ['big.gpx', 'big.kml']) {
      const path = await file(name, name.endsWith('gpx') ? GPX_HEAD : '<kml xmlns="http://www.opengis.net/kml/2.2"><!-- ');
      await truncate(path, 32 * 1024 * 1024 + 1); // sparse: no disk space used
      await expect(read([path])).rejects.toMatchObject({ code: 'INPUT_PARSE', message: limitMessage(path, false) });
    }
  });

  it('readPoints() refuses a gzip GPX that inflates past the limit while inflating it', async () => {
    // Gzip members concatenate into one stream: 3 x 16 MB of a comment's spaces.
    const member = gzipSync(Buffer.alloc(16 << 20, ' '), { level: 1 });
    const path = await file('big.gpx.gz', Buffer.concat([gzipSync(GPX_HEAD), member, member, member]));
    await expect(read([path])).rejects.toMatchObject({ code: 'INPUT_PARSE', message: limitMessage(path, true) });
  });

  it('readPoints() reads GPX tracks with per-point time and ignores untimed waypoints', async () => {
    const { table, report } = await read([await file('run.gpx', GPX)]);
    expect(report.format).toBe('gpx');
    expect(table.objectIds).toEqual(['morning run']);
    expect([...table.lon]).toEqual([8.1, 8.2]);
    expect([...table.t]).toEqual([Date.parse('2021-05-01T06:00:00Z'), Date.parse('2021-05-01T06:00:05Z')]);
  });

  it('readPoints() rejects a GPX track without times, naming the track and its line', async () => {
    const path = await file('notimes.gpx', GPX.replace(/<time>[^<]*<\/time>/g, ''));
    await expect(read([path])).rejects.toMatchObject({
      code: 'INPUT_PARSE',
      message: `${path}:4: track 1 (morning run): 2 track points without a time (trackreel needs a <time> on every point)`,
    });
  });

  it('readPoints() reads KML gx:Track placemarks', async () => {
    const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document><Placemark><name>bird</name><gx:Track>
  <when>2010-05-28T02:02:09Z</when><when>2010-05-28T02:02:35Z</when>
  <gx:coord>-122.207881 37.371915 156.0</gx:coord><gx:coord>-122.205712 37.373288 152.0</gx:coord>
</gx:Track></Placemark></Document></kml>`;
    const { table, report } = await read([await file('bird.kml', kml)]);
    expect(report.format).toBe('kml');
    expect(table.objectIds).toEqual(['bird']);
    expect([...table.lat]).toEqual([37.371915, 37.373288]);
    expect(table.t[1]).toBe(Date.parse('2010-05-28T02:02:35Z'));
  });

  it('readPoints() reports malformed XML as INPUT_PARSE', async () => {
    const path = await file('bad.gpx', '<gpx><trk><name>x</trk>');
    await expect(read([path])).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringContaining('not valid XML') });
  });
});
