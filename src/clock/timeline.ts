// Frame k <-> t_k, in exact integer arithmetic so every worker agrees on every frame's time.

export interface Timeline {
  fps: number;
  frameCount: number;
  // Time shown by the first and the last frame (epoch ms, integers).
  startMs: number;
  endMs: number;
}

// t_k = start + k * (end - start) / (frameCount - 1), rounded half up to the millisecond.
// BigInt because k * span can pass 2^53 for long spans and many frames.
export function frameTimeMs(timeline: Timeline, k: number): number {
  const { frameCount, startMs, endMs } = timeline;
  if (!Number.isInteger(k) || k < 0 || k >= frameCount) {
    throw new RangeError(`frame ${k} is outside the timeline [0, ${frameCount})`);
  }
  if (frameCount === 1) return startMs;
  const span = BigInt(endMs - startMs);
  const steps = BigInt(frameCount - 1);
  const num = 2n * BigInt(k) * span + steps;
  const offset = num >= 0n ? num / (2n * steps) : -((-num + 2n * steps - 1n) / (2n * steps));
  return startMs + Number(offset);
}

// The last frame whose time is <= tMs (-1 if none); used to index trajectories by frame.
export function lastFrameAtOrBefore(timeline: Timeline, tMs: number): number {
  let lo = 0;
  let hi = timeline.frameCount - 1;
  if (frameTimeMs(timeline, 0) > tMs) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (frameTimeMs(timeline, mid) <= tMs) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// The first frame whose time is >= tMs (frameCount if none).
export function firstFrameAtOrAfter(timeline: Timeline, tMs: number): number {
  const k = lastFrameAtOrBefore(timeline, tMs);
  if (k >= 0 && frameTimeMs(timeline, k) === tMs) return k;
  return k + 1;
}

export function createTimeline(opts: { startMs: number; endMs: number; fps: number; durationSec: number }): Timeline {
  const frameCount = Math.max(1, Math.round(opts.fps * opts.durationSec));
  return { fps: opts.fps, frameCount, startMs: Math.round(opts.startMs), endMs: Math.round(opts.endMs) };
}
