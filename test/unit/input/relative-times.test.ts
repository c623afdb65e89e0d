// Issue 15: times are relative (seconds from 0, as deck.gl trips count them) when every point's
// time came from a plain number and all are under 1e8 s; dates written as dates never are.
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT_OPTIONS } from '../../../src/input/input-options.js';
import { isPlainNumberText } from '../../../src/input/point-times.js';
import { readPoints } from '../../../src/input/read-points.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const file = useTempFiles('trackreel-relative-');
const relative = async (name: string, text: string): Promise<boolean> =>
  (await readPoints([await file(name, text)], DEFAULT_INPUT_OPTIONS)).report.timesRelative;

describe('relative times', () => {
  it('isPlainNumberText() knows a plain number from a date', () => {
    for (const s of ['0', ' 1800 ', '-6.5', '+3', '1e3', '2.5E-1', '.5', '7.']) expect(isPlainNumberText(s), s).toBe(true);
    for (const s of ['', '-', '1970-01-01', '00:12:30', '1e', '12 30', '0x10', 'NaN']) expect(isPlainNumberText(s), s).toBe(false);
    expect(isPlainNumberText('a,750,b', 2, 5)).toBe(true);
  });

  it('deck.gl trips JSON with timestamps from 0 are relative', async () => {
    const trips = [{ vendor: 0, path: [[-74, 40.7], [-74.01, 40.71]], timestamps: [0, 1800] }, { vendor: 1, path: [[-74.02, 40.7], [-74.03, 40.72]], timestamps: [12.5, 900] }];
    expect(await relative('trips.json', JSON.stringify(trips))).toBe(true);
  });

  it('GeoJSON with times as numbers is relative, with 1970 dates as text is not', async () => {
    const geo = (times: unknown[]) => JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'a', times }, geometry: { type: 'LineString', coordinates: [[5, 50], [5.1, 50.1]] } }],
    });
    expect(await relative('numbers.geojson', geo([0, 60]))).toBe(true);
    expect(await relative('dates.geojson', geo(['1970-01-01T00:00:00Z', '1970-01-01T00:01:00Z']))).toBe(false);
  });

  it('GPX times are dates, even in 1970', async () => {
    const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>
      <trkpt lat="50" lon="5"><time>1970-01-01T00:00:00Z</time></trkpt><trkpt lat="50.1" lon="5.1"><time>1970-01-01T00:01:00Z</time></trkpt>
    </trkseg></trk></gpx>`;
    expect(await relative('old.gpx', gpx)).toBe(false);
  });
});
