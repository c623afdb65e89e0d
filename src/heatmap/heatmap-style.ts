// How a heatmap movie looks: which colour map, the kernel's size, the time window and the density
// that maps to the top of the colour map. Plain data, part of the Scene.
import { invalidOption } from '../errors/messages.js';
import { colormapInterpolator } from '../style/colormaps.js';
import type { ThemeName } from '../style/themes.js';
import type { Legend } from '../style/decoration-style.js';

export const MOVIE_TYPES = ['trails', 'heatmap'] as const;
export type MovieType = (typeof MOVIE_TYPES)[number];

// Radius in pixels of a 600-pixel-high frame, scaled with the frame like trail widths.
export const DEFAULT_HEATMAP_RADIUS = 16;

// What the colour bar says a density value is (see README "Heatmap movies").
export const HEATMAP_UNIT = 'object-minutes nearby';

// The theme's heatmap colours: on the black sea, inferno's dark end fades into the map and its
// pale yellow end is the busiest; on the light map, magma reversed does the same the other way.
const THEME_HEATMAP: Readonly<Record<ThemeName, { colormap: string; range: [number, number] }>> = {
  dark: { colormap: 'inferno', range: [0.15, 1] },
  light: { colormap: 'magma_r', range: [0, 0.85] },
};

export interface HeatmapSpec {
  // Frame k shows the density of positions over [t_k - windowMs, t_k].
  windowMs: number;
  // Kernel radius in frame pixels (≈ 2 sigma of a Gaussian).
  radiusPx: number;
  colormap: string;
  colormapRange: [number, number];
  // Density (object-minutes nearby) shown at the top of the colour map; fixed for the movie.
  maxDensity: number;
  // Whether maxDensity came from --heatmap-max (true) or the coordinator's sample of frames.
  maxFromOption: boolean;
  // Draw the usual trails and heads over the heatmap.
  trails: boolean;
}

export interface HeatmapOptions {
  windowMs?: number;
  // Pixels of a 600-pixel-high frame.
  radius?: number;
  max?: number;
  colormap?: string;
  trails?: boolean;
  theme?: ThemeName;
}

// Everything but the normalisation, which needs the projected data (see build-heatmap.ts);
// max is --heatmap-max or null.
export type ResolvedHeatmapStyle = Omit<HeatmapSpec, 'maxDensity' | 'maxFromOption'> & { max: number | null };

export function resolveHeatmapStyle(options: HeatmapOptions, trailDurationMs: number, width: number, height: number): ResolvedHeatmapStyle {
  const windowMs = options.windowMs ?? trailDurationMs;
  if (!(windowMs > 0) || !Number.isFinite(windowMs)) throw invalidOption('heatmapWindowMs', 'a duration longer than 0', windowMs);
  const radius = options.radius ?? DEFAULT_HEATMAP_RADIUS;
  if (!(radius > 0) || !Number.isFinite(radius)) throw invalidOption('heatmapRadius', 'a number of pixels > 0', radius);
  if (options.max !== undefined && !(options.max > 0 && Number.isFinite(options.max))) throw invalidOption('heatmapMax', 'a number > 0', options.max);
  const theme = THEME_HEATMAP[options.theme ?? 'dark'];
  if (!theme) throw invalidOption('theme', 'one of dark, light', options.theme);
  if (options.colormap) colormapInterpolator(options.colormap); // INVALID_OPTION for unknown names
  return {
    windowMs,
    radiusPx: (radius * Math.min(width, height)) / 600,
    colormap: options.colormap ?? theme.colormap,
    // An explicit colour map is used whole.
    colormapRange: options.colormap ? [0, 1] : [...theme.range],
    trails: options.trails ?? false,
    max: options.max ?? null,
  };
}

// The colour bar of a heatmap movie: density from 0 to the movie's maximum.
export function heatmapLegend(spec: HeatmapSpec): Legend {
  return { kind: 'colorbar', title: HEATMAP_UNIT, min: 0, max: spec.maxDensity, colormap: spec.colormap, colormapRange: [...spec.colormapRange] };
}
