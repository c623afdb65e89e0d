// The box --map auto fits: the data's lon/lat extent. Plain min/max longitude fails for data that
// crosses the antimeridian: a Bering Sea track from 170 E to 170 W gives -180..180, and the
// fitted map is then a strip of the whole world centred on Greenwich, with the data off screen.
// The box spans instead the shortest arc holding every longitude, written with maxLon past 180
// (170..190), which the map fit centres on 180.
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import type { Bbox } from './regions.js';

// Bins of the longitude histogram: a gap narrower than a bin may be missed, which only matters
// for data that almost circles the globe.
const BINS = 3600;
// How much narrower than the plain box the arc must be to be used.
const MIN_GAIN_DEG = 90;

export function dataBox(set: Pick<TrajectorySet, 'domain' | 'bbox' | 'lon'>): Bbox {
  const [x0, y0, x1, y1] = set.bbox;
  // With a span under 180 degrees the gap outside [x0, x1] is the largest: nothing to look for.
  if (set.domain !== 'terrestrial' || !(x1 - x0 > 180)) return [x0, y0, x1, y1];
  const low = new Float64Array(BINS).fill(Infinity);
  const high = new Float64Array(BINS).fill(-Infinity);
  const { lon } = set;
  for (let i = 0; i < lon.length; i++) {
    const x = lon[i];
    if (!(x >= -180 && x <= 180)) continue;
    const b = Math.min(BINS - 1, Math.floor(((x + 180) / 360) * BINS));
    if (x < low[b]) low[b] = x;
    if (x > high[b]) high[b] = x;
  }
  // The widest run of empty bins, going round past 180; the arc starts at the bin after it.
  let best = 0;
  let start = -1;
  let run = 0;
  let first = -1;
  for (let k = 0; k < 2 * BINS; k++) {
    if (low[k % BINS] === Infinity) { run++; continue; }
    if (first < 0) first = k;
    if (run > best && k > first) { best = run; start = k % BINS; }
    run = 0;
  }
  if (start < 0) return [x0, y0, x1, y1];
  const end = (start - best - 1 + 2 * BINS) % BINS;
  const west = low[start];
  const east = high[end] < west ? high[end] + 360 : high[end];
  // Only a clearly shorter arc (the data is on one side of the Pacific's antimeridian, not all
  // over the world) moves the map's centre: world-wide data keeps its map centred as before.
  return east - west <= x1 - x0 - MIN_GAIN_DEG ? [west, y0, east, y1] : [x0, y0, x1, y1];
}
