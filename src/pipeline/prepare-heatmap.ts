// Resolved options -> the heatmap part of the scene input (null for a trails movie).
import type { HeatmapInput } from '../heatmap/build-heatmap.js';
import { resolveHeatmapStyle } from '../heatmap/heatmap-style.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { planTimeline } from './plan-timeline.js';
import type { ResolvedMovieOptions } from './resolve-movie-options.js';

export function prepareHeatmap(trajectories: TrajectorySet, options: ResolvedMovieOptions): HeatmapInput | null {
  const { heatmap, map, style, timeline } = options;
  if (heatmap.movieType !== 'heatmap') return null;
  return {
    style: resolveHeatmapStyle({
      windowMs: heatmap.windowMs ?? undefined, radius: heatmap.radius ?? undefined, max: heatmap.max ?? undefined,
      colormap: style.colormap ?? undefined, trails: heatmap.trails, theme: map.theme,
    }, timeline.trailDurationMs, map.width, map.height),
    legend: style.legend,
    // The movie's own timeline, so a still or a preview frame is normalised as the movie is.
    normalisationTimeline: planTimeline(trajectories, timeline),
  };
}
