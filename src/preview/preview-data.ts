// The data set a preview server was started with, loaded once, and what the page asks about it:
// the overview (counts, time span, visible objects over time) and the frame time of a request.
import { createTimeline, frameTimeMs, type Timeline } from '../clock/timeline.js';
import { TrackreelError } from '../errors/trackreel-error.js';
import { OPTION_DEFINITIONS } from '../options/option-definitions.js';
import { optionTexts } from '../options/option-text.js';
import type { ValidatedMovieOptions } from '../options/render-options.js';
import { parseInstantMs } from '../options/parse-values.js';
import { planTimeline } from '../pipeline/plan-timeline.js';
import type { ResolvedMovieOptions } from '../pipeline/resolve-movie-options.js';
import { buildFrameIndex, forEachVisibleTrajectory } from '../trajectory/frame-index.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { colorByChoices } from '../style/scalar-column.js';

export interface PreviewData {
  inputs: string[];
  // The options from the server's command line (or --config); the page's options override them.
  baseOptions: ValidatedMovieOptions;
  trajectories: TrajectorySet;
}

export interface PreviewSummary {
  inputs: string[];
  objects: number;
  trajectories: number;
  points: number;
  timeSpan: [string, string];
  timeline: Timeline;
  frameCount: number;
  numericProperties: string[];
  // Everything colorBy can name besides progress and id: properties, then derived scalars.
  colorByChoices: string[];
  baseOptions: ValidatedMovieOptions;
  // The start options as a person types them ("45m", "1280x720"): what the page's fields show and
  // its command lines write.
  baseText: Record<string, string>;
  // Distinct objects with a visible trail at each of `buckets` evenly spaced times over the movie.
  histogram: { times: number[]; visibleObjects: number[] };
  // Option key -> its CLI flag ("--trail", "--no-clock"), so the page writes command lines.
  flags: Record<string, string>;
  // Ids the page offers for follow: the objects with the most points first, at most FOLLOW_CHOICES.
  followIds: string[];
}

const FLAGS = Object.fromEntries(OPTION_DEFINITIONS.map((d) => [d.key, d.flag.split(/[ ,]/)[0]]));

const HISTOGRAM_BUCKETS = 120;
export const FOLLOW_CHOICES = 1000;

// Worked out once per data set: the summary is asked for on every change of the page's options.
const followIdsOf = new WeakMap<TrajectorySet, string[]>();

function followIds(set: TrajectorySet): string[] {
  let ids = followIdsOf.get(set);
  if (ids) return ids;
  const points = new Float64Array(set.objectIds.length);
  for (let i = 0; i < set.count; i++) points[set.objectIndex[i]] += set.offsets[i + 1] - set.offsets[i];
  const order = Array.from(set.objectIds.keys()).filter((o) => points[o] > 0);
  order.sort((a, b) => points[b] - points[a] || a - b);
  ids = order.slice(0, FOLLOW_CHOICES).map((o) => set.objectIds[o]);
  followIdsOf.set(set, ids);
  return ids;
}

export function summarize(data: PreviewData, resolved: ResolvedMovieOptions): PreviewSummary {
  const set = data.trajectories;
  const timeline = planTimeline(set, resolved.timeline);
  const buckets = Math.min(HISTOGRAM_BUCKETS, Math.max(1, timeline.frameCount));
  const sampled = createTimeline({ startMs: timeline.startMs, endMs: timeline.endMs, fps: buckets, durationSec: 1 });
  const index = buildFrameIndex(set, sampled, resolved.timeline.trailDurationMs);
  const seen = new Int32Array(set.objectIds.length).fill(-1);
  const times: number[] = [];
  const visibleObjects: number[] = [];
  for (let k = 0; k < sampled.frameCount; k++) {
    const t = frameTimeMs(sampled, k);
    let count = 0;
    forEachVisibleTrajectory(index, k, (i) => {
      // The frame index lists candidates per bucket; keep those whose trail window meets [start, end].
      if (set.startMs[i] > t || set.endMs[i] < t - resolved.timeline.trailDurationMs) return;
      const o = set.objectIndex[i];
      if (seen[o] !== k) { seen[o] = k; count++; }
    });
    times.push(t);
    visibleObjects.push(count);
  }
  return {
    inputs: data.inputs, objects: set.objectIds.length, trajectories: set.count, points: set.offsets[set.count],
    timeSpan: [new Date(set.timeSpanMs[0]).toISOString(), new Date(set.timeSpanMs[1]).toISOString()],
    timeline, frameCount: timeline.frameCount, numericProperties: Object.keys(set.numeric),
    colorByChoices: colorByChoices(set), baseOptions: data.baseOptions, baseText: optionTexts(data.baseOptions as Record<string, unknown>),
    histogram: { times, visibleObjects }, flags: FLAGS, followIds: followIds(set),
  };
}

// `time` query parameter: epoch ms digits or ISO 8601, inside the movie's timeline.
export function parseFrameTime(raw: string | null, data: PreviewData, resolved: ResolvedMovieOptions): number {
  const timeline = planTimeline(data.trajectories, resolved.timeline);
  if (raw === null || raw === '') return timeline.startMs;
  let t: number;
  try {
    t = /^-?\d+$/.test(raw) ? Number(raw) : parseInstantMs(raw);
  } catch {
    t = Number.NaN;
  }
  if (!Number.isFinite(t)) {
    throw new TrackreelError('INVALID_OPTION', `Expected an ISO 8601 time or epoch milliseconds for time but received ${JSON.stringify(raw.slice(0, 80))}`, { context: { option: 'time' } });
  }
  if (t < timeline.startMs || t > timeline.endMs) {
    throw new TrackreelError('INVALID_OPTION',
      `Expected a time between ${new Date(timeline.startMs).toISOString()} and ${new Date(timeline.endMs).toISOString()} (the movie's timeline) for time but received ${JSON.stringify(raw.slice(0, 80))}`,
      { context: { option: 'time' } });
  }
  return Math.round(t);
}
