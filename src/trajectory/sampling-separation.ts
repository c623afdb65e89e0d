// The separation thresholds read from the data when the user gave none: a gap is a gap when it is
// much longer than the data's usual step. A fixed 20 min / 100 km cuts sparse data into dots:
// animal fixes an hour apart, schedules, two-point flights, ADS-B over oceans. So the defaults are
// the larger of 20 min / 100 km and ten times the usual step between consecutive points of one
// object, which keeps dense data (GPS at 1 s, AIS at minutes) as before. The usual time step is
// the median; the usual distance is the 90th percentile of steps. And a step longer than that is
// a jump only when it is also faster than ten times the data's 99th-percentile speed: most fixes
// of animals and ships are at rest, and a goose's 200 km in two hours of migration is the movie,
// not a glitch to cut.
import { greatCircleKm } from './great-circle-km.js';

export const MIN_SEPARATION_TIME_MS = 20 * 60_000;
export const MIN_SEPARATION_DISTANCE = 100;
export const STEPS_PER_GAP = 10;
// Steps looked at, spread evenly over the data (the median of a sample is as good, and bounded).
const SAMPLE_STEPS = 100_001;

export interface SamplingSeparation {
  separationTimeMs: number;
  separationDistance: number;
  // The steps they came from (null when no object has two points at different times).
  // Steps over separationDistance split only when faster than this (km or units per hour).
  separationSpeed: number;
  medianStepMs: number | null;
  usualStepDistance: number | null;
}

function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.floor(q * values.length))];
}

// `order` lists the table's rows sorted by object then time; objectStarts[o] is object o's first.
export function samplingSeparation(
  columns: { t: ArrayLike<number>; lon: ArrayLike<number>; lat: ArrayLike<number> },
  order: Uint32Array, objectStarts: Uint32Array, cartesian: boolean,
): SamplingSeparation {
  const { t, lon, lat } = columns;
  const stride = Math.max(1, Math.floor(order.length / SAMPLE_STEPS));
  const steps: number[] = [];
  const distances: number[] = [];
  const speeds: number[] = [];
  let o = 0;
  for (let j = 1; j < order.length; j += stride) {
    while (objectStarts[o + 1] <= j) o++;
    if (j === objectStarts[o]) continue; // the first point of an object has no step before it
    const p = order[j];
    const q = order[j - 1];
    const dt = t[p] - t[q];
    if (!(dt > 0)) continue;
    steps.push(dt);
    const d = cartesian ? Math.hypot(lon[p] - lon[q], lat[p] - lat[q]) : greatCircleKm(lon[q], lat[q], lon[p], lat[p]);
    distances.push(d);
    speeds.push(d / (dt / 3_600_000));
  }
  const medianStepMs = quantile(steps, 0.5);
  const usualStepDistance = quantile(distances, 0.9);
  const fastSpeed = quantile(speeds, 0.99);
  return {
    // Whole minutes: a value a person would type.
    separationTimeMs: Math.max(MIN_SEPARATION_TIME_MS, Math.ceil(STEPS_PER_GAP * (medianStepMs ?? 0) / 60_000) * 60_000),
    separationDistance: Math.max(MIN_SEPARATION_DISTANCE, STEPS_PER_GAP * (usualStepDistance ?? 0)),
    separationSpeed: STEPS_PER_GAP * (fastSpeed ?? 0),
    medianStepMs, usualStepDistance,
  };
}
