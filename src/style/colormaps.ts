// matplotlib colour map names -> interpolators (d3-scale-chromatic, plus the few matplotlib maps
// d3 lacks, written from matplotlib's _cm.py definitions).
import { color as parseCss, hsl, rgb } from 'd3-color';
import {
  interpolateBlues, interpolateCividis, interpolateCool, interpolateGreens, interpolateGreys, interpolateInferno,
  interpolateMagma, interpolatePlasma, interpolateRainbow, interpolateRdBu, interpolateReds, interpolateSinebow, interpolateSpectral,
  interpolateTurbo, interpolateViridis, schemeTableau10,
} from 'd3-scale-chromatic';
import { TrackreelError } from '../errors/trackreel-error.js';
import { own } from '../memory/name-records.js';

type Interpolator = (x: number) => string;

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);
const css = (r: number, g: number, b: number): string => rgb(255 * clamp01(r), 255 * clamp01(g), 255 * clamp01(b)).formatHex();

// matplotlib gist_heat: r = 1.5x, g = 2x - 1, b = 4x - 3 (clipped).
const gistHeat: Interpolator = (x) => css(1.5 * x, 2 * x - 1, 4 * x - 3);
// matplotlib hot: black -> red -> yellow -> white at 3/8 and 3/4.
const hot: Interpolator = (x) => css(x / 0.365079, (x - 0.365079) / (0.746032 - 0.365079), (x - 0.746032) / (1 - 0.746032));
// matplotlib jet (piecewise linear approximation of its _jet_data).
const jet: Interpolator = (x) => css(
  Math.min(4 * x - 1.5, -4 * x + 4.5), Math.min(4 * x - 0.5, -4 * x + 3.5), Math.min(4 * x + 0.5, -4 * x + 2.5));
// matplotlib gray / binary-like ramp, black -> white.
const gray: Interpolator = (x) => css(x, x, x);
// matplotlib's 'Greys' runs white -> black; d3's interpolateGreys already does.
// matplotlib coolwarm is close to RdBu reversed (blue -> white -> red).
const coolwarm: Interpolator = (x) => interpolateRdBu(1 - x);
// matplotlib Spectral goes red -> blue like d3's; rainbow in matplotlib is purple -> red.
const mplRainbow: Interpolator = (x) => css(Math.abs(2 * x - 1), Math.sin(Math.PI * x), Math.cos(Math.PI / 2 * x));
// matplotlib hsv: the hue circle at full saturation, red at both ends (cyclic).
const hsvMap: Interpolator = (x) => hsl(360 * clamp01(x), 1, 0.5).formatHex();

const COLORMAPS: Readonly<Record<string, Interpolator>> = {
  viridis: interpolateViridis,
  plasma: interpolatePlasma,
  inferno: interpolateInferno,
  magma: interpolateMagma,
  cividis: interpolateCividis,
  turbo: interpolateTurbo,
  gist_heat: gistHeat,
  hot,
  cool: interpolateCool,
  gray,
  grey: gray,
  greys: interpolateGreys,
  blues: interpolateBlues,
  reds: interpolateReds,
  greens: interpolateGreens,
  spectral: interpolateSpectral,
  rainbow: mplRainbow,
  hsv_rainbow: interpolateRainbow,
  jet,
  coolwarm,
  // Cyclic maps (the same colour at 0 and 1), for angles and times of day.
  hsv: hsvMap,
  sinebow: interpolateSinebow,
};

// The default map of cyclic scalars (heading, time of day).
export const CYCLIC_COLORMAP = 'sinebow';

export const COLORMAP_NAMES: readonly string[] = Object.keys(COLORMAPS);

// Splits at commas outside parentheses, so "rgb(0,0,128),yellow" is two colours.
const LIST_SEPARATOR = /,(?![^(]*\))/;

// A custom colour map "navy,#00ff88,yellow" (optionally with _r) -> its colours as #rrggbb, in
// order; null if `spec` is not a list. Throws INVALID_OPTION naming the colour that is not CSS.
export function colorList(spec: string): string[] | null {
  const trimmed = spec.trim();
  const reversed = /_r$/i.test(trimmed) && trimmed.includes(',');
  const body = reversed ? trimmed.slice(0, -2) : trimmed;
  if (!LIST_SEPARATOR.test(body)) return null;
  const colors = body.split(LIST_SEPARATOR).map((part) => {
    const parsed = parseCss(part.trim());
    if (!parsed) {
      throw new TrackreelError('INVALID_OPTION',
        `Expected CSS colours separated by commas for colormap but ${JSON.stringify(part.trim())} in ${JSON.stringify(spec)} is not a colour`,
        { context: { option: 'colormap' } });
    }
    return parsed.formatHex();
  });
  return reversed ? colors.reverse() : colors;
}

// Colours spread evenly over [0, 1], interpolated in RGB between neighbours.
function listInterpolator(colors: readonly string[]): Interpolator {
  const stops = colors.map((c) => rgb(c));
  const last = stops.length - 1;
  return (x) => {
    const pos = clamp01(x) * last;
    const i = Math.min(last - 1, Math.floor(pos));
    const f = pos - i;
    const a = stops[i];
    const b = stops[i + 1];
    return rgb(a.r + (b.r - a.r) * f, a.g + (b.g - a.g) * f, a.b + (b.b - a.b) * f).formatHex();
  };
}

// The interpolator for a matplotlib name (case-insensitive; '_r' reverses it) or a list of CSS
// colours ("navy,#00ff88,yellow", reversed by a trailing _r too).
export function colormapInterpolator(name: string): Interpolator {
  const list = colorList(name);
  if (list) return listInterpolator(list);
  const lower = name.toLowerCase();
  const reversed = lower.endsWith('_r');
  const base = own(COLORMAPS, reversed ? lower.slice(0, -2) : lower);
  if (!base) {
    throw new TrackreelError('INVALID_OPTION',
      `Expected a colour map name (${COLORMAP_NAMES.join(', ')}; add _r to reverse) or CSS colours separated by commas for colormap but received ${JSON.stringify(name)}`,
      { context: { option: 'colormap' } });
  }
  return reversed ? (x) => base(1 - x) : base;
}

// The colour map quantised into `bins` CSS colours over the part [start, end] of the map:
// bin i is the colour at i / (bins - 1), so both extremes are shown.
export function colormapLut(name: string, bins: number, start = 0, end = 1): string[] {
  const f = colormapInterpolator(name);
  const out: string[] = [];
  for (let i = 0; i < bins; i++) {
    const x = bins === 1 ? 1 : i / (bins - 1);
    out.push(rgb(f(start + (end - start) * x)).formatHex());
  }
  return out;
}

// The same LUT as 0xRRGGBB integers, for the rasteriser.
export function colormapLutRgb(name: string, bins: number, start = 0, end = 1): Uint32Array {
  return Uint32Array.from(colormapLut(name, bins, start, end), (hex) => parseInt(hex.slice(1), 16));
}

// Any CSS colour as 0xRRGGBB (null if it does not parse).
export function cssToRgb(value: string): number | null {
  const c = rgb(value);
  if (Number.isNaN(c.r) || Number.isNaN(c.g) || Number.isNaN(c.b)) return null;
  const byte = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));
  return (byte(c.r) << 16) | (byte(c.g) << 8) | byte(c.b);
}

// Colours of categories (colour by id), Tableau 10 as in d3-scale-chromatic.
export const CATEGORY_PALETTE: readonly string[] = schemeTableau10;

// The colours given to categories, in order: a custom list as it is, a named map sampled at
// CATEGORY_PALETTE.length evenly spaced points (fewer when there are fewer categories), else
// Tableau 10.
export function categoryPalette(colormap: string | null | undefined, categories = CATEGORY_PALETTE.length): string[] {
  if (!colormap) return [...CATEGORY_PALETTE];
  const list = colorList(colormap);
  if (list) return list;
  return colormapLut(colormap, Math.max(1, Math.min(categories, CATEGORY_PALETTE.length)));
}
