// What the data-driven option defaults are computed from (src/options/data-defaults.ts): a few
// plain numbers about a TrajectorySet, so the defaults are pure functions of them.
import { knotsProperties } from '../input/ais-columns.js';
import type { Domain } from '../input/point-table.js';
import type { TrajectorySet } from './trajectory-set.js';

export interface DataFacts {
  // First and last point time (epoch ms).
  spanMs: [number, number];
  // Median time between consecutive points of a trajectory (0 when no trajectory has two points).
  medianStepMs: number;
  // Trajectories with one position (point objects) and with more.
  pointObjects: number;
  tracks: number;
  // Per trajectory: first and last time (shared with the set, not copied).
  startMs: Float64Array;
  endMs: Float64Array;
  // The times count seconds from 0 (deck.gl trips, simulations), so the clock shows elapsed time.
  timesRelative: boolean;
  domain: Domain;
  // Property names, and the numeric ones in knots (AIS SOG and its "speed" alias).
  numericProperties: string[];
  textProperties: string[];
  knotsProperties: string[];
}

// At most this many steps are looked at for the median (evenly spread, so the result does not
// depend on the order files were given in beyond the set's own order).
const MAX_STEPS = 200_000;

export function dataFacts(set: TrajectorySet): DataFacts {
  let steps = 0;
  let pointObjects = 0;
  for (let i = 0; i < set.count; i++) {
    const n = set.offsets[i + 1] - set.offsets[i];
    if (n === 1) pointObjects++;
    steps += Math.max(0, n - 1);
  }
  const stride = Math.max(1, Math.ceil(steps / MAX_STEPS));
  const sample = new Float64Array(Math.ceil(steps / stride));
  let s = 0;
  let seen = 0;
  for (let i = 0; i < set.count; i++) {
    for (let j = set.offsets[i] + 1; j < set.offsets[i + 1]; j++, seen++) {
      if (seen % stride === 0 && s < sample.length) sample[s++] = set.t[j] - set.t[j - 1];
    }
  }
  const sorted = sample.subarray(0, s).sort();
  return {
    spanMs: [set.timeSpanMs[0], set.timeSpanMs[1]],
    medianStepMs: s > 0 ? sorted[s >> 1] : 0,
    pointObjects, tracks: set.count - pointObjects,
    startMs: set.startMs, endMs: set.endMs, timesRelative: set.timesRelative ?? false,
    domain: set.domain, numericProperties: Object.keys(set.numeric), textProperties: Object.keys(set.text),
    knotsProperties: knotsProperties(set),
  };
}
