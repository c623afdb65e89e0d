// The density at the top of a heatmap movie's colour map, fixed for the whole movie so the colours
// do not flicker: the coordinator computes the density of a sample of evenly spaced frames of the
// movie's timeline and takes a high percentile of their maxima (one freak frame does not dim all
// the others; the frames above it saturate).
// Under a moving camera each sampled frame is seen through its own view, and the kernel is
// radiusPx frame pixels at every zoom. A density stays "object-minutes nearby" with nearby meaning
// within the kernel on screen: the kernel's peak, not its area, is normalised, so one object
// standing still for the window has the same value (and colour) at any zoom, while a cluster that
// a zoom pulls apart gets lighter. A per-area unit would multiply densities by zoom^2 and saturate
// a lone object in a close follow.
import { IDENTITY_VIEW, type FrameView } from '../camera/camera-track.js';
import { frameTimeMs, type Timeline } from '../clock/timeline.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { blurDensity, clearDensity, createDensityGrid, frameMaxDensity, splatTrajectory } from './heatmap-density.js';

export const NORMALISATION_SAMPLES = 24;
export const NORMALISATION_PERCENTILE = 0.9;

export interface NormalisationInput {
  trajectories: TrajectorySet;
  screenX: Float32Array;
  screenY: Float32Array;
  width: number;
  height: number;
  windowMs: number;
  radiusPx: number;
  // The camera's view at a time (absent: the fixed map), so the frames are sampled as the movie
  // shows them.
  viewAt?: (tMs: number) => FrameView;
}

// Per-frame maximum density of `samples` evenly spaced frames of the timeline (first and last included).
export function sampledFrameMaxima(input: NormalisationInput, timeline: Timeline, samples = NORMALISATION_SAMPLES): number[] {
  const { trajectories: set, screenX, screenY, windowMs, viewAt } = input;
  const grid = createDensityGrid(input.width, input.height, input.radiusPx);
  const n = Math.min(samples, timeline.frameCount);
  const maxima: number[] = [];
  for (let s = 0; s < n; s++) {
    const k = n === 1 ? 0 : Math.round((s * (timeline.frameCount - 1)) / (n - 1));
    const t1 = frameTimeMs(timeline, k);
    const t0 = t1 - windowMs;
    const view = viewAt ? viewAt(t1) : IDENTITY_VIEW;
    clearDensity(grid);
    for (let i = 0; i < set.count; i++) {
      if (set.startMs[i] <= t1 && set.endMs[i] >= t0) splatTrajectory(grid, set, screenX, screenY, i, t0, t1, view);
    }
    blurDensity(grid);
    maxima.push(frameMaxDensity(grid));
  }
  return maxima;
}

// The movie's normalisation density: the 90th percentile (nearest rank) of the sampled frames'
// maxima, ignoring empty frames; with no data at all, one object standing still for the window.
export function heatmapMaxDensity(input: NormalisationInput, timeline: Timeline): number {
  const maxima = sampledFrameMaxima(input, timeline).filter((m) => m > 1e-9).sort((a, b) => a - b);
  if (maxima.length === 0) return input.windowMs / 60_000;
  return maxima[Math.min(maxima.length - 1, Math.ceil(NORMALISATION_PERCENTILE * maxima.length) - 1)];
}
