// The coordinator's part of a heatmap movie: the resolved look plus the movie-wide normalisation,
// and how far back the scene's frame index must reach so the window's trajectories are found.
import type { Timeline } from '../clock/timeline.js';
import type { HeatmapSpec, ResolvedHeatmapStyle } from './heatmap-style.js';
import { heatmapMaxDensity, type NormalisationInput } from './heatmap-normalisation.js';

export interface HeatmapInput {
  style: ResolvedHeatmapStyle;
  // Replace the colour key with the heatmap's colour bar.
  legend: boolean;
  // The timeline whose frames are sampled for the normalisation: the movie's, even when the
  // scene shows one frame of it (stills, the preview), so a still matches the movie's frame.
  normalisationTimeline?: Timeline;
}

export function buildHeatmapSpec(input: HeatmapInput, data: Omit<NormalisationInput, 'windowMs' | 'radiusPx'>, sceneTimeline: Timeline): HeatmapSpec {
  const { max, ...style } = input.style;
  const maxDensity = max ?? heatmapMaxDensity({ ...data, windowMs: style.windowMs, radiusPx: style.radiusPx }, input.normalisationTimeline ?? sceneTimeline);
  return { ...style, maxDensity, maxFromOption: max !== null };
}

// The frame index lists trajectories visible within this time before t_k: the trail, or the
// heatmap's window when that is longer.
export function frameIndexReachMs(trailDurationMs: number, heatmap: HeatmapSpec | null | undefined): number {
  return heatmap ? Math.max(trailDurationMs, heatmap.windowMs) : trailDurationMs;
}
