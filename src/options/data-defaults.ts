// Defaults read from the data: each is a pure function of the data's facts and of the options
// already settled (given by the user or resolved before it, in OPTION_DEFINITIONS order), and is
// attached to its option's definition as `fromData`.
import { ELAPSED_CLOCK_FORMAT } from '../clock/format-clock.js';
import { idleShare, idleStretches } from '../clock/skip-idle.js';
import { defaultSpeedUnit, showsSpeed, type SpeedUnit } from '../style/speed-units.js';
import type { DataFacts } from '../trajectory/data-facts.js';

export interface DataDefaultContext {
  facts: DataFacts;
  // The options given, plus the data defaults resolved so far (API keys, parsed values).
  values: Readonly<Record<string, unknown>>;
}

// undefined: no default from this data (the option's own default holds).
export type DataDefault = (context: DataDefaultContext) => unknown;

// The trail reaches back about this much movie time, so motion reads as a line, not a dot.
export const TRAIL_MOVIE_MS = 3_000;
// Movies are at most a minute long by default; shorter data plays in real time, down to 10 s.
export const MAX_DEFAULT_DURATION_MS = 60_000;
export const MIN_DEFAULT_DURATION_MS = 10_000;
// Data where every point has the same time: a short still-like movie.
export const STILL_DURATION_MS = 5_000;
export const DEFAULT_SIZE: readonly [number, number] = [1280, 720];

function spanOf({ facts, values }: DataDefaultContext): [number, number] {
  const start = typeof values.startTime === 'number' ? values.startTime : facts.spanMs[0];
  const end = typeof values.endTime === 'number' ? values.endTime : facts.spanMs[1];
  return [start, Math.max(start, end)];
}

// Idle stretches as the defaults see them, before the trail is known (it depends on the pace,
// which depends on what is skipped): trails counted as a 60th of the span, 1 s of a minute-long
// movie. (A 20th, the 3 s a trail gets, would hide the idle days of SampleFlightsUS: 31%.)
function idleOf(context: DataDefaultContext): Array<[number, number]> {
  const span = spanOf(context);
  const { startMs, endMs } = context.facts;
  return idleStretches(startMs, endMs, span, (span[1] - span[0]) / 60);
}

// Relative times (seconds from 0) show as elapsed time, not as dates in 1970; otherwise no data
// default (the option's own default date clock).
export function defaultClockFormat({ facts }: DataDefaultContext): string | undefined {
  return facts.timesRelative ? ELAPSED_CLOCK_FORMAT : undefined;
}

// Skip idle time when more than a third of the movie would show nothing.
export function defaultSkipIdle(context: DataDefaultContext): boolean {
  return idleShare(idleOf(context), spanOf(context)) > 1 / 3;
}

// The data time the movie shows at its pace: --start/--end, else the data's span; without the
// idle stretches when they are skipped.
export function movieSpanMs(context: DataDefaultContext): number {
  const [start, end] = spanOf(context);
  const skipped = context.values.skipIdle === true ? idleOf(context).reduce((sum, [a, b]) => sum + b - a, 0) : 0;
  return Math.max(0, end - start - skipped);
}

// Real time for data shorter than a minute (at least 10 s); a minute for anything longer.
export function defaultDurationMs(context: DataDefaultContext): number {
  const span = movieSpanMs(context);
  if (span === 0) return STILL_DURATION_MS;
  return Math.min(MAX_DEFAULT_DURATION_MS, Math.max(MIN_DEFAULT_DURATION_MS, Math.round(span)));
}

// A round duration near ms, as a person would pick it: 2 significant units at most (1h5m, 17m,
// 2m30s, 45s), so the summary shows a value one would type.
function roundDuration(ms: number): number {
  const steps = [[6 * 3_600_000, 3_600_000], [3_600_000, 300_000], [600_000, 60_000], [60_000, 10_000], [10_000, 1000], [1000, 100]] as const;
  for (const [above, step] of steps) if (ms >= above) return Math.round(ms / step) * step;
  return Math.max(1, Math.round(ms));
}

// About 3 s of movie time, at least 3 sampling steps (so a trail has a shape) and at most a third
// of the span (so trails do not smear the whole movie), rounded.
export function defaultTrailMs(context: DataDefaultContext): number {
  const span = movieSpanMs(context);
  const durationMs = typeof context.values.durationMs === 'number' && context.values.durationMs > 0
    ? context.values.durationMs : defaultDurationMs(context);
  if (span === 0) return 60_000;
  const target = (TRAIL_MOVIE_MS / durationMs) * span;
  const lo = 3 * context.facts.medianStepMs;
  const hi = span / 3;
  const trail = Math.min(hi, Math.max(lo, target));
  return Math.min(roundDuration(trail), Math.max(1, Math.floor(hi)));
}

// The still's default frame: the busiest moment, the frame where most objects are present (a
// track between its first and last point, a point object within half a trail of its time); the
// middle of the first run of such frames, so trails have grown in.
export function busiestFrame(frameTimes: (k: number) => number, frameCount: number, facts: DataFacts, trailMs: number): number {
  const n = facts.startMs.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const point = facts.startMs[i] === facts.endMs[i];
    starts[i] = point ? facts.startMs[i] - trailMs / 2 : facts.startMs[i];
    ends[i] = point ? facts.endMs[i] + trailMs / 2 : facts.endMs[i];
  }
  starts.sort();
  ends.sort();
  let best = -1;
  let runStart = 0;
  let runEnd = 0;
  let a = 0;
  let b = 0;
  let inRun = false;
  for (let k = 0; k < frameCount; k++) {
    const t = frameTimes(k);
    while (a < n && starts[a] <= t) a++;
    while (b < n && ends[b] < t) b++;
    const count = a - b;
    if (count > best) { best = count; runStart = k; runEnd = k; inRun = true; } else if (count === best && inRun) runEnd = k;
    else inRun = false;
  }
  return Math.floor((runStart + runEnd) / 2);
}

// Knots when the data has an AIS speed over ground (SOG is in knots), else km/h; only when the
// frame shows a speed in lon/lat data (colour by speed or SOG, a SOG label), so the summary does
// not name a unit nothing uses. x/y data keeps its units per second: undefined.
export function defaultSpeedUnits({ facts, values }: DataDefaultContext): SpeedUnit | undefined {
  if (facts.domain === 'cartesian') return undefined;
  const colorBy = typeof values.colorBy === 'string' ? values.colorBy : null;
  const label = typeof values.label === 'string' ? values.label : null;
  const shown = showsSpeed(colorBy, facts.numericProperties, facts.knotsProperties, facts.textProperties)
    || (label !== null && facts.knotsProperties.includes(label));
  return shown ? defaultSpeedUnit(facts.knotsProperties) : undefined;
}
