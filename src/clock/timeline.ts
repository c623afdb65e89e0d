// Frame k <-> t_k, in exact integer arithmetic so every worker agrees on every frame's time.

export interface Timeline {
  fps: number;
  frameCount: number;
  // Time shown by the first and the last frame (epoch ms, integers).
  startMs: number;
  endMs: number;
  // With idle time skipped (--skip-idle): the compressed stretches, as frames [firstFrame,
  // lastFrame] that run through data time [startMs, endMs] fast; between them the movie's pace.
  // Absent or empty: one pace from the first frame to the last.
  skips?: TimelineSkip[];
}

export interface TimelineSkip { firstFrame: number; lastFrame: number; startMs: number; endMs: number }

// a + k * (b - a) / steps, rounded half up to the millisecond. BigInt because k * span can pass
// 2^53 for long spans and many frames.
function lerpMs(a: number, b: number, k: number, steps: number): number {
  if (steps === 0) return a;
  const span = BigInt(b - a);
  const s = BigInt(steps);
  const num = 2n * BigInt(k) * span + s;
  const offset = num >= 0n ? num / (2n * s) : -((-num + 2n * s - 1n) / (2n * s));
  return a + Number(offset);
}

// t_k = start + k * (end - start) / (frameCount - 1); with skips, the same between consecutive
// breakpoints (frame 0, each skip's first and last frame, the last frame) and their times.
export function frameTimeMs(timeline: Timeline, k: number): number {
  const { frameCount, startMs, endMs, skips } = timeline;
  if (!Number.isInteger(k) || k < 0 || k >= frameCount) {
    throw new RangeError(`frame ${k} is outside the timeline [0, ${frameCount})`);
  }
  if (frameCount === 1) return startMs;
  if (!skips || skips.length === 0) return lerpMs(startMs, endMs, k, frameCount - 1);
  let f0 = 0;
  let t0 = startMs;
  for (const skip of skips) {
    if (k <= skip.firstFrame) return lerpMs(t0, skip.startMs, k - f0, skip.firstFrame - f0);
    if (k <= skip.lastFrame) return lerpMs(skip.startMs, skip.endMs, k - skip.firstFrame, skip.lastFrame - skip.firstFrame);
    f0 = skip.lastFrame;
    t0 = skip.endMs;
  }
  return lerpMs(t0, endMs, k - f0, frameCount - 1 - f0);
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

// Data time between consecutive frames at the movie's own pace: the smallest step between its
// breakpoints (the stretches run through by --skip-idle are faster); 0 for a single frame.
export function smallestFrameStepMs(timeline: Timeline): number {
  const { frameCount, startMs, endMs, skips } = timeline;
  if (frameCount < 2) return 0;
  const points: Array<[number, number]> = [[0, startMs]];
  for (const s of skips ?? []) points.push([s.firstFrame, s.startMs], [s.lastFrame, s.endMs]);
  points.push([frameCount - 1, endMs]);
  let step = Infinity;
  for (let i = 1; i < points.length; i++) {
    const frames = points[i][0] - points[i - 1][0];
    if (frames > 0) step = Math.min(step, (points[i][1] - points[i - 1][1]) / frames);
  }
  return Number.isFinite(step) ? step : 0;
}
