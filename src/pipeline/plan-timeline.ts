// The movie's timeline: by default frame 0 shows the first point's time and the last frame the
// last point's time, so every point is seen and the trails grow in from nothing. (tracktable
// starts at first point + trail duration, which hides the first trail-length of the data.)
import { idleStretches, planSkips } from '../clock/skip-idle.js';
import { createTimeline, type Timeline } from '../clock/timeline.js';
import { TrackreelError } from '../errors/trackreel-error.js';
import { MAX_TIME_MS } from '../input/check-time-range.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import type { ResolvedMovieOptions } from './resolve-movie-options.js';

// More frames than this are refused (a typo such as --duration 10000000h), not attempted.
export const MAX_FRAMES = 10_000_000;

// The frames a movie of these options has, before any check (the preview bounds it first).
export function plannedFrameCount(options: Pick<ResolvedMovieOptions['timeline'], 'fps' | 'durationMs'>): number {
  return Math.round(options.fps * options.durationMs / 1000);
}

export function planTimeline(set: TrajectorySet, options: ResolvedMovieOptions['timeline']): Timeline {
  const startMs = options.startMs ?? set.timeSpanMs[0];
  const endMs = options.endMs ?? set.timeSpanMs[1];
  if (endMs < startMs) {
    throw new TrackreelError('INVALID_OPTION',
      `The movie would end (${new Date(endMs).toISOString()}) before it starts (${new Date(startMs).toISOString()}); check --start and --end`,
      { context: { option: options.endMs !== null ? 'endTime' : 'startTime' } });
  }
  for (const [name, ms] of [['startTime', startMs], ['endTime', endMs]] as const) {
    if (!(Math.abs(ms) <= MAX_TIME_MS)) {
      throw new TrackreelError('INVALID_OPTION', `The movie's ${name === 'startTime' ? 'start' : 'end'} (${ms} ms) is outside the range a date can hold`, { context: { option: name } });
    }
  }
  const durationSec = options.durationMs / 1000;
  const frames = plannedFrameCount(options);
  if (!(frames <= MAX_FRAMES)) {
    throw new TrackreelError('INVALID_OPTION',
      `A ${durationSec} s movie at ${options.fps} fps would have ${frames} frames; at most ${MAX_FRAMES.toLocaleString('en')} (over 92 hours at 30 fps): use a shorter --duration or a lower --fps`,
      { context: { option: 'durationMs' } });
  }
  if (frames < 1) {
    throw new TrackreelError('INVALID_OPTION', `A ${durationSec} s movie at ${options.fps} fps has no frames; use a longer --duration`,
      { context: { option: 'durationMs' } });
  }
  const timeline = createTimeline({ startMs, endMs, fps: options.fps, durationSec });
  if (!options.skipIdle || timeline.frameCount < 3) return timeline;
  // Visible: a track from its first point until its trail has passed; a point object within half
  // a trail of its time.
  const trail = options.trailDurationMs;
  const single = (i: number): boolean => set.offsets[i + 1] - set.offsets[i] === 1;
  const idle = idleStretches(set.startMs, set.endMs, [startMs, endMs], trail, (i) => (single(i) ? trail / 2 : 0));
  const skips = planSkips(timeline, idle);
  return skips.length > 0 ? { ...timeline, skips } : timeline;
}
