// Which way each object points, per point, for heads drawn as symbols: degrees clockwise from north
// (from +y for plane data). A pure function of the data, so every frame, worker and machine agrees:
// - a heading property (a ship's gyro: AIS Heading; valid at rest too) when the point has one;
// - else, while the object moves, a course property (AIS COG, ADS-B track) or the direction of motion;
// - at rest (moved less than REST_M since the point before), the last bearing is kept: a ship at
//   anchor reports noisy courses, and a parked object has no direction of its own;
// then averaged over WINDOW_MS around each point (sums of unit vectors), so headings do not flicker.
import { greatCircleKm } from '../trajectory/great-circle-km.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';

const HEADING_NAMES = ['heading', 'trueheading', 'hdg'];
const COURSE_NAMES = ['course', 'cog', 'track', 'direction', 'trk', 'courseoverground'];
// Moves shorter than this are rest, not motion (metres; plane units for cartesian data: 0).
const REST_M = 5;
const WINDOW_MS = 30_000;
const RAD = Math.PI / 180;

const squash = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

function column(set: TrajectorySet, names: readonly string[]): Float64Array | null {
  for (const [name, values] of Object.entries(set.numeric)) if (names.includes(squash(name))) return values;
  return null;
}

// A compass value, or NaN for missing and "not available" ones (AIS writes 511 for no heading).
const compass = (v: number): number => (v >= 0 && v <= 360 ? v % 360 : NaN);

function motionBearing(set: TrajectorySet, a: number, b: number): number {
  const { lon, lat } = set;
  if (set.domain === 'cartesian') {
    const dx = lon[b] - lon[a]; const dy = lat[b] - lat[a];
    return dx === 0 && dy === 0 ? NaN : (Math.atan2(dx, dy) / RAD + 360) % 360;
  }
  const p1 = lat[a] * RAD; const p2 = lat[b] * RAD; const dl = (lon[b] - lon[a]) * RAD;
  const y = Math.sin(dl) * Math.cos(p2);
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}

function moved(set: TrajectorySet, a: number, b: number): boolean {
  if (set.domain === 'cartesian') return set.lon[a] !== set.lon[b] || set.lat[a] !== set.lat[b];
  return greatCircleKm(set.lon[a], set.lat[a], set.lon[b], set.lat[b]) * 1000 >= REST_M;
}

export function headBearings(set: TrajectorySet): Float32Array {
  const n = set.t.length;
  const raw = new Float64Array(n);
  const out = new Float32Array(new SharedArrayBuffer(n * 4));
  const heading = column(set, HEADING_NAMES);
  const course = column(set, COURSE_NAMES);
  const { t } = set;
  for (let tr = 0; tr < set.count; tr++) {
    const begin = set.offsets[tr];
    const end = set.offsets[tr + 1];
    let last = NaN;
    for (let j = begin; j < end; j++) {
      const h = heading ? compass(heading[j]) : NaN;
      // The first point moves towards the second.
      const a = j > begin ? j - 1 : j;
      const b = j > begin ? j : Math.min(j + 1, end - 1);
      const moving = a !== b && moved(set, a, b);
      let v = h;
      if (Number.isNaN(v) && moving) {
        const c = course ? compass(course[j]) : NaN;
        v = Number.isNaN(c) ? motionBearing(set, a, b) : c;
      }
      if (Number.isNaN(v)) v = last;
      raw[j] = v;
      if (!Number.isNaN(v)) last = v;
    }
    // Leading points with no bearing yet take the first one found.
    let first = begin;
    while (first < end && Number.isNaN(raw[first])) first++;
    for (let j = begin; j < first && first < end; j++) raw[j] = raw[first];
    // Circular mean over [t - W/2, t + W/2]: two pointers over the time-sorted points.
    let lo = begin; let hi = begin; let sx = 0; let sy = 0;
    for (let j = begin; j < end; j++) {
      while (hi < end && t[hi] <= t[j] + WINDOW_MS / 2) {
        if (!Number.isNaN(raw[hi])) { sx += Math.sin(raw[hi] * RAD); sy += Math.cos(raw[hi] * RAD); }
        hi++;
      }
      while (t[lo] < t[j] - WINDOW_MS / 2) {
        if (!Number.isNaN(raw[lo])) { sx -= Math.sin(raw[lo] * RAD); sy -= Math.cos(raw[lo] * RAD); }
        lo++;
      }
      out[j] = Math.hypot(sx, sy) > 1e-6 ? (Math.atan2(sx, sy) / RAD + 360) % 360 : raw[j];
    }
  }
  return out;
}
