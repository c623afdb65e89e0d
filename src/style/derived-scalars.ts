// Scalars computed from positions and times, for colouring data that has no such property:
// speed, heading, climb (from an altitude property), trajectory-progress and time-of-day. One
// value per point, within each trajectory; NaN where there is no value (never ±Infinity).
import { offsetLabel } from '../clock/format-clock.js';
import { zoneOffsetFunction } from '../clock/zone-offset.js';
import { greatCircleKm } from '../trajectory/great-circle-km.js';
import { sharedFloat64 } from '../memory/shared-arrays.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { own } from '../memory/name-records.js';
import { kmhTo, type SpeedUnit } from './speed-units.js';

export const DERIVED_SCALAR_NAMES = ['speed', 'heading', 'climb', 'trajectory-progress', 'time-of-day'] as const;
export type DerivedScalarName = (typeof DERIVED_SCALAR_NAMES)[number];

// Names of an altitude property, most specific first (matched case-insensitively).
export const ALTITUDE_NAMES = ['altitude', 'alt', 'altitude_ft', 'altitude_m', 'geoaltitude', 'baroaltitude', 'elevation', 'ele', 'height', 'z'];

export interface DerivedScalar {
  values: Float64Array;
  // Legend title with units, e.g. "speed (km/h)".
  title: string;
  // A natural fixed range (heading 0-360, ...), or null for the data's robust range.
  range: [number, number] | null;
  // The values wrap around (359° is next to 0°), so a cyclic colour map suits them.
  cyclic: boolean;
}

export interface DerivedScalarOptions {
  // The clock's zone, for time-of-day: an IANA zone wins over a fixed offset.
  timeZone?: string | null;
  utcOffsetHours?: number;
  // The unit of speed (computed in km/h); x/y data keeps units/s.
  speedUnit?: SpeedUnit;
}

const RAD = Math.PI / 180;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export function isDerivedScalar(name: string): name is DerivedScalarName {
  return (DERIVED_SCALAR_NAMES as readonly string[]).includes(name);
}

// The altitude property of the data, if any.
export function findAltitudeProperty(set: TrajectorySet): string | null {
  const names = Object.keys(set.numeric);
  for (const candidate of ALTITUDE_NAMES) {
    const found = names.find((n) => n.toLowerCase() === candidate);
    if (found) return found;
  }
  return null;
}

// Per point, a rate (change of something per time) over the step from the nearest earlier point
// with a smaller time where valid(i) holds (the step that arrives at the point); the first point
// takes the step to the nearest later one. Equal times are skipped, so no step divides by zero.
function ratePerPoint(set: TrajectorySet, valid: (i: number) => boolean, rate: (from: number, to: number) => number): Float64Array {
  const out = sharedFloat64(set.t.length);
  const t = set.t;
  for (let tr = 0; tr < set.count; tr++) {
    const a = set.offsets[tr];
    const b = set.offsets[tr + 1];
    // Backward: the last valid point with an earlier time.
    let lastValid = -1;
    let earlier = -1;
    for (let j = a; j < b; j++) {
      if (j > a && t[j] > t[j - 1]) earlier = lastValid;
      out[j] = valid(j) && earlier >= 0 ? rate(earlier, j) : NaN;
      if (valid(j)) lastValid = j;
    }
    // Forward, for points without an earlier step: the first valid point with a later time.
    let nextValid = -1;
    let later = -1;
    for (let j = b - 1; j >= a; j--) {
      if (j < b - 1 && t[j] < t[j + 1]) later = nextValid;
      if (Number.isNaN(out[j]) && valid(j) && later >= 0) out[j] = rate(j, later);
      if (valid(j)) nextValid = j;
    }
  }
  return out;
}

function speed(set: TrajectorySet, unit: SpeedUnit): DerivedScalar {
  const { t, lon, lat } = set;
  const cartesian = set.domain === 'cartesian';
  const values = ratePerPoint(set, () => true, (i, j) => (cartesian
    ? Math.hypot(lon[j] - lon[i], lat[j] - lat[i]) / ((t[j] - t[i]) / 1000)
    : kmhTo(greatCircleKm(lon[i], lat[i], lon[j], lat[j]) / ((t[j] - t[i]) / HOUR_MS), unit)));
  return { values, title: cartesian ? 'speed (units/s)' : `speed (${unit})`, range: null, cyclic: false };
}

// Degrees clockwise from north (+y for x/y data) of the step i -> j, in [0, 360).
function bearing(set: TrajectorySet, i: number, j: number): number {
  const { lon, lat } = set;
  let deg: number;
  if (set.domain === 'cartesian') {
    deg = Math.atan2(lon[j] - lon[i], lat[j] - lat[i]) / RAD;
  } else {
    const f1 = lat[i] * RAD;
    const f2 = lat[j] * RAD;
    const dl = (lon[j] - lon[i]) * RAD;
    deg = Math.atan2(Math.sin(dl) * Math.cos(f2), Math.cos(f1) * Math.sin(f2) - Math.sin(f1) * Math.cos(f2) * Math.cos(dl)) / RAD;
  }
  const h = (deg + 360) % 360;
  return h === 360 ? 0 : h;
}

// The direction of the step arriving at each point from the last point at another position (so
// a pause keeps the heading it arrived with); the first run takes the step leaving it.
function heading(set: TrajectorySet): DerivedScalar {
  const values = sharedFloat64(set.t.length);
  const { lon, lat } = set;
  const same = (i: number, j: number): boolean => lon[i] === lon[j] && lat[i] === lat[j];
  for (let tr = 0; tr < set.count; tr++) {
    const a = set.offsets[tr];
    const b = set.offsets[tr + 1];
    let runStart = a;
    let firstMove = -1;
    for (let j = a; j < b; j++) {
      if (j > a && !same(j, j - 1)) runStart = j;
      if (runStart > a) {
        values[j] = bearing(set, runStart - 1, j);
        if (firstMove < 0) firstMove = j;
      } else values[j] = NaN;
    }
    // Points before the first move point along it; a trajectory that never moves has no heading.
    if (firstMove > 0) for (let j = a; j < firstMove; j++) values[j] = values[firstMove];
  }
  return { values, title: 'heading (°)', range: [0, 360], cyclic: true };
}

function climb(set: TrajectorySet, altitude: string): DerivedScalar {
  const alt = own(set.numeric, altitude)!; // found by findAltitudeProperty among the data's own names
  const t = set.t;
  const values = ratePerPoint(set, (i) => Number.isFinite(alt[i]), (i, j) => (alt[j] - alt[i]) / ((t[j] - t[i]) / 60_000));
  return { values, title: `climb (${altitude}/min)`, range: null, cyclic: false };
}

// 0 at a trajectory's first point, 1 at its last (by time; by index if all times are equal).
function trajectoryProgress(set: TrajectorySet): DerivedScalar {
  const values = sharedFloat64(set.t.length);
  for (let tr = 0; tr < set.count; tr++) {
    const a = set.offsets[tr];
    const b = set.offsets[tr + 1];
    const span = set.t[b - 1] - set.t[a];
    for (let j = a; j < b; j++) values[j] = span > 0 ? (set.t[j] - set.t[a]) / span : b - a > 1 ? (j - a) / (b - a - 1) : 0;
  }
  return { values, title: 'trajectory progress', range: [0, 1], cyclic: false };
}

function timeOfDay(set: TrajectorySet, options: DerivedScalarOptions): DerivedScalar {
  const values = sharedFloat64(set.t.length);
  const fixed = Math.round((options.utcOffsetHours ?? 0) * HOUR_MS);
  const offsetAt = options.timeZone ? zoneOffsetFunction(options.timeZone, 'timeZone') : () => fixed;
  for (let i = 0; i < set.t.length; i++) {
    const local = set.t[i] + offsetAt(set.t[i]);
    values[i] = (((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS;
  }
  const zone = options.timeZone ?? offsetLabel(options.utcOffsetHours ?? 0);
  return { values, title: `time of day (h, ${zone})`, range: [0, 24], cyclic: true };
}

// The derived scalar `name`, or null when it cannot be computed (climb without an altitude).
export function derivedScalar(set: TrajectorySet, name: DerivedScalarName, options: DerivedScalarOptions = {}): DerivedScalar | null {
  switch (name) {
    case 'speed': return speed(set, options.speedUnit ?? 'km/h');
    case 'heading': return heading(set);
    case 'climb': {
      const altitude = findAltitudeProperty(set);
      return altitude ? climb(set, altitude) : null;
    }
    case 'trajectory-progress': return trajectoryProgress(set);
    case 'time-of-day': return timeOfDay(set, options);
  }
}
