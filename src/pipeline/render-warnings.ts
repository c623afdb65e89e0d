// Warnings that save a render, each one line, given before any frame is drawn.
import { idleStretches } from '../clock/skip-idle.js';
import { firstFrameAtOrAfter, lastFrameAtOrBefore, type Timeline } from '../clock/timeline.js';
import type { ScalarColumn } from '../style/scalar-column.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

// A numeric colour property with one value everywhere, or none at all: one colour, a 0 ... 0 bar.
export function colorWarning(colorBy: string, coloring: ScalarColumn, rangeGiven: boolean): string | null {
  if (coloring.kind !== 'numeric' || rangeGiven || !coloring.scalar) return null;
  let any = false;
  for (let i = 0; i < coloring.scalar.length && !any; i++) if (!Number.isNaN(coloring.scalar[i])) any = true;
  if (!any) return `--color-by ${colorBy}: no point has a value, so every trail is drawn grey; colour by another property`;
  if (coloring.max > coloring.min) return null;
  return `--color-by ${colorBy}: every point has the value ${coloring.min}, so every trail is one colour; colour by another property or give --scalar-range`;
}

// The longest run of frames in which no object is visible, when it lasts over a second.
export function idleFramesWarning(set: TrajectorySet, timeline: Timeline, trailMs: number): string | null {
  if (timeline.skips?.length) return null;
  const single = (i: number): boolean => set.offsets[i + 1] - set.offsets[i] === 1;
  const idle = idleStretches(set.startMs, set.endMs, [timeline.startMs, timeline.endMs], trailMs, (i) => (single(i) ? trailMs / 2 : 0));
  let best: [number, number] | null = null;
  for (const [a, b] of idle) {
    const first = firstFrameAtOrAfter(timeline, a + 1);
    const last = lastFrameAtOrBefore(timeline, b - 1);
    if (last - first + 1 > timeline.fps && (!best || last - first > best[1] - best[0])) best = [first, last];
  }
  if (!best) return null;
  const seconds = ((best[1] - best[0] + 1) / timeline.fps).toFixed(1);
  return `frames ${best[0]}-${best[1]} (${seconds} s of movie) show no object; --skip-idle runs through such stretches`;
}

// A still whose time has no object in view.
export function stillTimeWarning(set: TrajectorySet, atMs: number, trailMs: number): string | null {
  const [t0, t1] = set.timeSpanMs;
  if (atMs >= t0 - trailMs / 2 && atMs <= t1 + trailMs) return null;
  return `--at ${iso(atMs)} is outside the data's time span (${iso(t0)} .. ${iso(t1)}): the frame shows no object`;
}
