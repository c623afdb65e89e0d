// --skip-idle: stretches of the movie's span where nothing is visible are run through in a short
// pause, the clock still telling the true time, and a marker says how much was skipped. The result
// is plain data on the Timeline (skips), so frameTimeMs stays one function of k for every worker.
import { formatClock, type ClockFormat } from './format-clock.js';
import { frameTimeMs, type Timeline, type TimelineSkip } from './timeline.js';

// A skipped stretch takes this much movie time, and the marker stays this long after it.
export const PAUSE_MS = 750;
export const MARKER_AFTER_MS = 1500;

// The stretches of [spanStart, spanEnd] that no interval [starts[i] - before[i], ends[i] + after]
// covers (intervals: when each trajectory can be seen; `before` is per interval, e.g. half a trail
// for a point object).
export function idleStretches(
  starts: ArrayLike<number>, ends: ArrayLike<number>, span: [number, number], afterMs: number, beforeMs: (i: number) => number = () => 0,
): Array<[number, number]> {
  const n = starts.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => starts[a] - beforeMs(a) - (starts[b] - beforeMs(b)) || a - b);
  const idle: Array<[number, number]> = [];
  let covered = span[0];
  for (const i of order) {
    const a = starts[i] - beforeMs(i);
    const b = ends[i] + afterMs;
    if (a > covered && a > span[0]) idle.push([covered, Math.min(a, span[1])]);
    if (b > covered) covered = b;
    if (covered >= span[1]) break;
  }
  if (covered < span[1]) idle.push([covered, span[1]]);
  return idle.filter(([a, b]) => b > a);
}

// The share of the span in which nothing is visible.
export function idleShare(idle: ReadonlyArray<[number, number]>, span: [number, number]): number {
  const total = span[1] - span[0];
  return total > 0 ? idle.reduce((sum, [a, b]) => sum + b - a, 0) / total : 0;
}

// Which idle stretches to compress and where their frames are: a stretch is skipped when it would
// last more than three pauses at the pace of the rest of the movie. Frames are shared out among
// the active stretches in proportion to their length (rounded cumulatively, so they add up).
export function planSkips(timeline: Timeline, idle: ReadonlyArray<[number, number]>): TimelineSkip[] {
  const steps = timeline.frameCount - 1;
  const pause = Math.max(1, Math.round((timeline.fps * PAUSE_MS) / 1000));
  const span = timeline.endMs - timeline.startMs;
  let chosen = idle.filter(([a, b]) => a > timeline.startMs && b < timeline.endMs && b - a > (3 * pause * span) / Math.max(1, steps));
  for (let round = 0; round < 3 && chosen.length > 0; round++) {
    const activeSteps = steps - chosen.length * pause;
    const active = span - chosen.reduce((sum, [a, b]) => sum + b - a, 0);
    if (activeSteps < 2 * (chosen.length + 1) || active <= 0) { chosen = chosen.slice(0, Math.max(0, Math.floor(steps / (2 * pause)) - 1)); continue; }
    const next = chosen.filter(([a, b]) => b - a > (3 * pause * active) / activeSteps);
    if (next.length === chosen.length) break;
    chosen = next;
  }
  if (chosen.length === 0) return [];
  const activeSteps = steps - chosen.length * pause;
  const active = span - chosen.reduce((sum, [a, b]) => sum + b - a, 0);
  const skips: TimelineSkip[] = [];
  let activeBefore = 0;
  let last = timeline.startMs;
  chosen.forEach(([a, b], j) => {
    activeBefore += a - last;
    last = b;
    const firstFrame = Math.round((activeSteps * activeBefore) / active) + j * pause;
    skips.push({ firstFrame, lastFrame: firstFrame + pause, startMs: Math.round(a), endMs: Math.round(b) });
  });
  return skips;
}

// "+6 h 12 min": while a skipped stretch runs and for a moment after it; null otherwise.
export function skipMarker(timeline: Timeline, k: number): string | null {
  const after = Math.round((timeline.fps * MARKER_AFTER_MS) / 1000);
  for (const skip of timeline.skips ?? []) {
    if (k >= skip.firstFrame && k <= skip.lastFrame + after) return `+${formatSkipped(skip.endMs - skip.startMs)}`;
  }
  return null;
}

export function formatSkipped(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 1) return `${Math.max(1, Math.round(ms / 1000))} s`;
  const d = Math.floor(min / 1440);
  const h = Math.floor((min % 1440) / 60);
  const m = min % 60;
  if (d > 0) return h > 0 ? `${d} d ${h} h` : `${d} d`;
  return h > 0 ? (m > 0 ? `${h} h ${m} min` : `${h} h`) : `${m} min`;
}

// The digital clock's text at frame k: the time by its format, after the skip marker while idle
// time is run through: what the frame draws (render/decorations/draw-decorations.ts) and what a
// still's result reports.
export function clockTextAt(timeline: Timeline, k: number, clock: ClockFormat): string {
  const skipped = skipMarker(timeline, k);
  const text = formatClock(frameTimeMs(timeline, k), clock);
  return skipped ? `${skipped}  ${text}` : text;
}
