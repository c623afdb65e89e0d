// Which trajectories can be visible in frame k, without scanning the whole set: trajectories are
// listed per bucket of consecutive frames, so a frame's cost follows what is visible in it.
import type { Timeline } from '../clock/timeline.js';
import { firstFrameAtOrAfter, lastFrameAtOrBefore } from '../clock/timeline.js';
import type { TrajectorySet } from './trajectory-set.js';

export interface FrameIndex {
  bucketFrames: number;
  // Bucket b lists trajectories ids[bucketOffsets[b] .. bucketOffsets[b + 1]).
  bucketOffsets: Uint32Array;
  ids: Uint32Array;
  // Per trajectory: the first and last frame in which some of it is visible (-1/-2 if never).
  firstFrame: Int32Array;
  lastFrame: Int32Array;
}

// A trajectory is visible in frame k when [start, end] meets the trail window [t_k - trail, t_k]
// (a one-position object's when its time is within half a trail of t_k).
export function buildFrameIndex(set: TrajectorySet, timeline: Timeline, trailDurationMs: number, bucketFrames = 32): FrameIndex {
  const n = set.count;
  const firstFrame = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, n)));
  const lastFrame = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, n)));
  const buckets = Math.ceil(timeline.frameCount / bucketFrames);
  const counts = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    // A one-position object shows around its time, from half a trail before it.
    const point = set.offsets[i + 1] - set.offsets[i] === 1;
    const first = firstFrameAtOrAfter(timeline, point ? set.startMs[i] - trailDurationMs / 2 : set.startMs[i]);
    const last = lastFrameAtOrBefore(timeline, set.endMs[i] + trailDurationMs);
    firstFrame[i] = first;
    lastFrame[i] = last;
    if (first > last || first >= timeline.frameCount || last < 0) continue;
    for (let b = Math.floor(first / bucketFrames); b <= Math.floor(last / bucketFrames); b++) counts[b + 1]++;
  }
  for (let b = 0; b < buckets; b++) counts[b + 1] += counts[b];
  const bucketOffsets = new Uint32Array(new SharedArrayBuffer(4 * (buckets + 1)));
  bucketOffsets.set(counts);
  const ids = new Uint32Array(new SharedArrayBuffer(4 * Math.max(1, counts[buckets])));
  const cursor = counts.slice(0, buckets);
  for (let i = 0; i < n; i++) {
    const first = firstFrame[i];
    const last = lastFrame[i];
    if (first > last || first >= timeline.frameCount || last < 0) continue;
    for (let b = Math.floor(first / bucketFrames); b <= Math.floor(last / bucketFrames); b++) ids[cursor[b]++] = i;
  }
  return { bucketFrames, bucketOffsets, ids, firstFrame, lastFrame };
}

// Calls visit(i) for every trajectory visible in frame k, in ascending trajectory order.
export function forEachVisibleTrajectory(index: FrameIndex, k: number, visit: (trajectory: number) => void): void {
  const b = Math.floor(k / index.bucketFrames);
  if (b + 1 >= index.bucketOffsets.length) return;
  for (let j = index.bucketOffsets[b]; j < index.bucketOffsets[b + 1]; j++) {
    const i = index.ids[j];
    if (index.firstFrame[i] <= k && k <= index.lastFrame[i]) visit(i);
  }
}
