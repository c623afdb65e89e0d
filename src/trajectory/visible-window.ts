// The part of one trajectory inside [t0, t1], found by binary search: whole points
// [first, last] plus interpolation fractions for the clipped ends.
import type { TrajectorySet } from './trajectory-set.js';

export interface VisibleWindow {
  // Index of the point at or before t0 (the tail segment starts between tailIndex and tailIndex+1).
  tailIndex: number;
  // Fraction along the segment [tailIndex, tailIndex + 1] where the trail starts (0 = at the point).
  tailFraction: number;
  // Index of the last point at or before t1.
  headIndex: number;
  // Fraction along [headIndex, headIndex + 1] where the head is (0 = exactly at the point).
  headFraction: number;
}

// First index in [lo, hi) with t[index] > value (upper bound).
function upperBound(t: Float64Array, lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Returns null when no part of the trajectory lies in [t0, t1].
export function visibleWindow(set: TrajectorySet, trajectory: number, t0: number, t1: number): VisibleWindow | null {
  const begin = set.offsets[trajectory];
  const end = set.offsets[trajectory + 1];
  const t = set.t;
  if (end <= begin || t[begin] > t1 || t[end - 1] < t0) return null;
  const headIndex = upperBound(t, begin, end, t1) - 1;
  const headFraction = headIndex + 1 < end ? (t1 - t[headIndex]) / (t[headIndex + 1] - t[headIndex]) : 0;
  let tailIndex = upperBound(t, begin, end, t0) - 1;
  let tailFraction = 0;
  if (tailIndex < begin) tailIndex = begin;
  else if (tailIndex + 1 < end && t[tailIndex] < t0) tailFraction = (t0 - t[tailIndex]) / (t[tailIndex + 1] - t[tailIndex]);
  return { tailIndex, tailFraction, headIndex, headFraction: Number.isFinite(headFraction) ? headFraction : 0 };
}
