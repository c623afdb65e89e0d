// The box --map auto fits, robust to a few outliers: one trip of a thousand in Las Vegas must not
// pull a New York map out to the whole country. The core of the data (the 1st..99th percentile of
// point positions, grown by half its size on every side) is kept; when only a few trajectories
// reach outside it, the box is that of the points inside and those trajectories are reported.
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { dataBox } from './data-box.js';
import type { Bbox } from './regions.js';

export interface RobustBox {
  box: Bbox;
  // Trajectories with points outside the box, and the first few of their object ids.
  outlierTrajectories: number;
  outlierPoints: number;
  outlierIds: string[];
}

// At most this share of trajectories (and of points) may be left out of the fit.
const MAX_OUTLIER_SHARE = 0.01;
// The fitted box must be at most this share of the plain box's area to be worth it.
const MAX_AREA_SHARE = 0.25;
const SAMPLE = 100_000;

function quantiles(values: Float64Array, lo: number, hi: number): [number, number] {
  const sorted = Float64Array.from(values).sort();
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  return [at(lo), at(hi)];
}

export function robustDataBox(set: Pick<TrajectorySet, 'domain' | 'bbox' | 'lon' | 'lat' | 'count' | 'offsets' | 'objectIndex' | 'objectIds'>): RobustBox {
  const plain = dataBox(set);
  const none: RobustBox = { box: plain, outlierTrajectories: 0, outlierPoints: 0, outlierIds: [] };
  const n = set.offsets[set.count];
  if (n < 100 || set.count < 2) return none;
  // Longitudes unwrapped onto the plain box's arc (it may pass 180).
  const west = plain[0];
  const unwrap = (x: number): number => (plain[2] > 180 && x < west ? x + 360 : x);
  const stride = Math.max(1, Math.ceil(n / SAMPLE));
  const xs = new Float64Array(Math.ceil(n / stride));
  const ys = new Float64Array(xs.length);
  for (let j = 0, s = 0; j < n && s < xs.length; j += stride, s++) { xs[s] = unwrap(set.lon[j]); ys[s] = set.lat[j]; }
  const [qx0, qx1] = quantiles(xs, 0.01, 0.99);
  const [qy0, qy1] = quantiles(ys, 0.01, 0.99);
  const gx = Math.max(qx1 - qx0, 1e-9) / 2;
  const gy = Math.max(qy1 - qy0, 1e-9) / 2;
  const core: Bbox = [qx0 - gx, qy0 - gy, qx1 + gx, qy1 + gy];
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  let outlierTrajectories = 0;
  let outlierPoints = 0;
  const outlierIds: string[] = [];
  for (let i = 0; i < set.count; i++) {
    let out = 0;
    for (let j = set.offsets[i]; j < set.offsets[i + 1]; j++) {
      const x = unwrap(set.lon[j]);
      const y = set.lat[j];
      if (x < core[0] || x > core[2] || y < core[1] || y > core[3]) { out++; continue; }
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
    if (out === 0) continue;
    outlierTrajectories++;
    outlierPoints += out;
    const id = set.objectIds[set.objectIndex[i]];
    if (outlierIds.length < 3 && !outlierIds.includes(id)) outlierIds.push(id);
  }
  if (outlierTrajectories === 0 || outlierTrajectories > MAX_OUTLIER_SHARE * set.count || outlierPoints > MAX_OUTLIER_SHARE * n) return none;
  const area = (b: Bbox): number => Math.max(b[2] - b[0], 1e-9) * Math.max(b[3] - b[1], 1e-9);
  if (!(box[0] <= box[2]) || area(box) > MAX_AREA_SHARE * area(plain)) return none;
  return { box, outlierTrajectories, outlierPoints, outlierIds };
}

// Up to `max` positions inside the box, evenly spread over the data (what conics are fitted to).
export function samplePositions(set: Pick<TrajectorySet, 'lon' | 'lat' | 'offsets' | 'count'>, box: Bbox, max = 4000): Array<[number, number]> {
  const n = set.offsets[set.count];
  const stride = Math.max(1, Math.ceil(n / max));
  const out: Array<[number, number]> = [];
  for (let j = 0; j < n; j += stride) {
    const x = box[2] > 180 && set.lon[j] < box[0] ? set.lon[j] + 360 : set.lon[j];
    if (x >= box[0] && x <= box[2] && set.lat[j] >= box[1] && set.lat[j] <= box[3]) out.push([x, set.lat[j]]);
  }
  return out;
}
