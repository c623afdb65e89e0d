// Style options -> resolved TrailStyle and Decorations, with trackreel's defaults: tracktable's
// look (gist_heat trails fading toward the tail, white heads) made readable at video sizes.
import { color } from 'd3-color';
import { invalidOption } from '../errors/messages.js';
import { colormapInterpolator } from './colormaps.js';
import type { ClockStyle, Decorations, TrailStyle } from './trail-style.js';

export interface TrailStyleOptions {
  colormap?: string;
  colorBy?: string;
  lineWidth?: number;
  taper?: boolean;
  headRadius?: number;
  headColor?: string;
}

export interface DecorationOptions {
  clock?: boolean;
  timeZone?: string;
  utcOffsetHours?: number;
  clockLabel?: string;
  title?: string;
}

// Lengths in pixels of a 600-pixel-high frame (scaled with the frame's shorter side at draw time).
export const DEFAULT_TRAIL_STYLE: TrailStyle = {
  colormap: 'gist_heat',
  colorBy: 'progress',
  scalarMin: 0,
  scalarMax: 1,
  colormapRange: [0.25, 1],
  lineWidth: 2.5,
  taper: true,
  tailWidth: 2.5 * 0.35,
  headRadius: 3.5,
  headColor: '#ffffff',
  colorBins: 32,
};

export const DEFAULT_TEXT_COLOR = '#e6e6e6';

function checkColor(option: string, value: string): string {
  const parsed = color(value);
  if (!parsed) throw invalidOption(option, 'a CSS colour', value);
  return parsed.formatHex();
}

// Fills in every style field; `scalarRange` is the property range actually used for colouring
// (from scalarColumn), ignored when colouring by progress.
export function resolveTrailStyle(options: TrailStyleOptions = {}, scalarRange: [number, number] = [0, 1]): TrailStyle {
  const colormap = options.colormap ?? DEFAULT_TRAIL_STYLE.colormap;
  colormapInterpolator(colormap); // throws INVALID_OPTION for unknown names
  const colorBy = options.colorBy ?? DEFAULT_TRAIL_STYLE.colorBy;
  const progress = colorBy === 'progress';
  const lineWidth = options.lineWidth ?? DEFAULT_TRAIL_STYLE.lineWidth;
  const headColorRaw = options.headColor ?? 'white';
  return {
    colormap,
    colorBy,
    scalarMin: progress ? 0 : scalarRange[0],
    scalarMax: progress ? 1 : scalarRange[1],
    // A property uses the whole map: its low end means something.
    colormapRange: progress ? [...DEFAULT_TRAIL_STYLE.colormapRange] : [0, 1],
    lineWidth,
    taper: options.taper ?? DEFAULT_TRAIL_STYLE.taper,
    tailWidth: lineWidth * 0.35,
    headRadius: options.headRadius ?? DEFAULT_TRAIL_STYLE.headRadius,
    headColor: headColorRaw === 'scalar' ? 'scalar' : checkColor('headColor', headColorRaw),
    colorBins: DEFAULT_TRAIL_STYLE.colorBins,
  };
}

// Throws INVALID_OPTION unless `zone` is an IANA zone this Node knows.
function checkTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw invalidOption('timeZone', 'an IANA time zone name such as America/New_York', zone);
  }
  return zone;
}

// Clock on, UTC, white-ish text unless told otherwise.
export function resolveDecorations(options: DecorationOptions = {}): Decorations {
  const clock: ClockStyle = {
    show: options.clock ?? true,
    timeZone: options.timeZone ? checkTimeZone(options.timeZone) : null,
    utcOffsetHours: options.utcOffsetHours ?? 0,
    label: options.clockLabel ?? null,
    color: DEFAULT_TEXT_COLOR,
  };
  return { clock, title: options.title ?? null, textColor: DEFAULT_TEXT_COLOR };
}
