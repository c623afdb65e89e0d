// Style options -> resolved TrailStyle and Decorations, with trackreel's defaults: tracktable's
// look (gist_heat trails fading toward the tail, white heads) made readable at video sizes.
import { color } from 'd3-color';
import { compileClockFormat, DEFAULT_CLOCK_FORMAT, ELAPSED_CLOCK_FORMAT } from '../clock/format-clock.js';
import { checkTimeZone } from '../clock/zone-offset.js';
import { invalidOption } from '../errors/messages.js';
import { CATEGORY_PALETTE, colormapInterpolator, CYCLIC_COLORMAP } from './colormaps.js';
import type { ScalarColumn } from './scalar-column.js';
import { THEMES, type ThemeName } from './themes.js';
import type { HeadShape, TrailStyle } from './trail-style.js';
import type { SpeedUnit } from './speed-units.js';
import type { Anchor, ClockStyle, Decorations, Legend } from './decoration-style.js';

export interface TrailStyleOptions {
  colormap?: string;
  colorBy?: string;
  lineWidth?: number;
  taper?: boolean;
  headRadius?: number;
  headColor?: string;
  head?: HeadShape;
  headSize?: number;
  headScale?: boolean;
  theme?: ThemeName;
  // Default: 1 when colouring by progress (the colour map already fades the tail), else
  // DEFAULT_PROPERTY_TAIL_OPACITY.
  tailOpacity?: number;
  fadeMs?: number;
  widthBy?: string;
  lineWidthRange?: [number, number];
  zOrder?: string;
  highlight?: string[];
  label?: string;
  labelSize?: number;
  // The unit a label showing a speed in knots (AIS SOG) is written in; null: not a speed.
  labelSpeedUnit?: SpeedUnit | null;
}

export interface DecorationOptions {
  clock?: boolean;
  timeZone?: string;
  utcOffsetHours?: number;
  clockLabel?: string;
  title?: string;
  // Already resolved by resolveThemeColors.
  textColor?: string;
  subtitle?: string;
  titleAnchor?: Anchor;
  clockAnchor?: Anchor;
  clockStyle?: 'digital' | 'analog';
  // strftime-like pattern of the digital clock (default: DEFAULT_CLOCK_FORMAT), or 'elapsed'.
  clockFormat?: string;
  // For 'elapsed': the time shown as 00:00:00 and the fractional digits (see ClockFormat).
  elapsedFromMs?: number;
  elapsedDigits?: number;
  legend?: Legend | null;
  legendAnchor?: Anchor;
  colorLabel?: string;
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
  head: 'dot',
  headSize: 10,
  headScale: false,
  headRadius: 3.5,
  headColor: '#ffffff',
  colorBins: 32,
  palette: null,
  steppedScalar: false,
  tailOpacity: 1,
  fadeMs: 0,
  widthBy: null,
  lineWidthRange: [1, 6],
  zOrder: null,
  highlight: [],
  label: null,
  labelSize: 11,
  labelSpeedUnit: null,
};

// Colouring by a property or id: the colour says nothing about age, so the trail fades toward
// its tail instead and the direction of motion reads at a glance.
export const DEFAULT_PROPERTY_TAIL_OPACITY = 0.3;

export const DEFAULT_TEXT_COLOR = '#e6e6e6';

function checkColor(option: string, value: string): string {
  const parsed = color(value);
  if (!parsed) throw invalidOption(option, 'a CSS colour', value);
  return parsed.formatHex();
}

function checkRange(option: string, value: number, min: number, max: number, expected: string): number {
  if (!(value >= min && value <= max)) throw invalidOption(option, expected, value);
  return value;
}

function checkWidthRange([min, max]: [number, number]): [number, number] {
  if (!(min >= 0 && max >= min && max <= 50)) throw invalidOption('lineWidthRange', 'two widths MIN,MAX with 0 <= MIN <= MAX <= 50', `${min},${max}`);
  return [min, max];
}

// Fills in every style field; `scalarRange` is the property range actually used for colouring
// and `coloring` what else scalarColumn found (category palette, cyclic scalar); both are ignored
// when colouring by progress.
export function resolveTrailStyle(options: TrailStyleOptions = {}, scalarRange: [number, number] = [0, 1],
  coloring?: Pick<ScalarColumn, 'palette' | 'cyclic' | 'categories'>): TrailStyle {
  const theme = THEMES[options.theme ?? 'dark'];
  if (!theme) throw invalidOption('theme', 'one of dark, light', options.theme);
  const colorBy = options.colorBy ?? DEFAULT_TRAIL_STYLE.colorBy;
  const progress = colorBy === 'progress';
  const cyclic = !progress && (coloring?.cyclic ?? false);
  const colormap = options.colormap ?? (progress ? theme.progressColormap : cyclic ? CYCLIC_COLORMAP : theme.propertyColormap);
  const palette = coloring ? coloring.palette : colorBy === 'id' ? [...CATEGORY_PALETTE] : null;
  colormapInterpolator(colormap); // throws INVALID_OPTION for unknown names
  const lineWidth = options.lineWidth ?? DEFAULT_TRAIL_STYLE.lineWidth;
  // Heads take their trail's colour whenever trails are coloured by id, a category or a property
  // (a moored ship shows only its head); only the progress colouring keeps the theme's head.
  const headColorRaw = options.headColor ?? (!progress ? 'scalar' : theme.headColor);
  const head = options.head ?? 'dot';
  if (!['dot', 'arrow', 'plane', 'ship', 'icon', 'none'].includes(head)) throw invalidOption('head', 'one of dot, arrow, plane, ship, icon, none', head);
  return {
    colormap,
    colorBy,
    scalarMin: progress ? 0 : scalarRange[0],
    scalarMax: progress ? 1 : scalarRange[1],
    // An explicit colour map for a property is used whole: its low end means something; a cyclic
    // map is used whole so that both ends meet.
    colormapRange: progress ? [...theme.progressRange] : options.colormap || cyclic ? [0, 1] : [...theme.propertyRange],
    lineWidth,
    taper: options.taper ?? DEFAULT_TRAIL_STYLE.taper,
    tailWidth: lineWidth * 0.35,
    head,
    headSize: options.headSize ?? DEFAULT_TRAIL_STYLE.headSize,
    headScale: options.headScale ?? DEFAULT_TRAIL_STYLE.headScale,
    headRadius: options.headRadius ?? DEFAULT_TRAIL_STYLE.headRadius,
    headColor: headColorRaw === 'scalar' ? 'scalar' : checkColor('headColor', headColorRaw),
    colorBins: palette ? palette.length : DEFAULT_TRAIL_STYLE.colorBins,
    palette,
    steppedScalar: !progress && (palette !== null || cyclic),
    // On the light theme's pale sea a 0.3 tail vanishes: tails stay at least 0.6 opaque there.
    tailOpacity: checkRange('tailOpacity', options.tailOpacity ?? (progress ? 1 : options.theme === 'light' ? Math.max(0.6, DEFAULT_PROPERTY_TAIL_OPACITY) : DEFAULT_PROPERTY_TAIL_OPACITY), 0, 1, 'a number between 0 and 1'),
    fadeMs: checkRange('fadeMs', options.fadeMs ?? 0, 0, Infinity, 'a duration >= 0'),
    widthBy: options.widthBy ?? null,
    lineWidthRange: checkWidthRange(options.lineWidthRange ?? DEFAULT_TRAIL_STYLE.lineWidthRange),
    zOrder: options.zOrder ?? null,
    highlight: [...(options.highlight ?? [])],
    label: options.label ?? null,
    labelSize: checkRange('labelSize', options.labelSize ?? DEFAULT_TRAIL_STYLE.labelSize, 2, 200, 'a number between 2 and 200'),
    labelSpeedUnit: options.labelSpeedUnit ?? DEFAULT_TRAIL_STYLE.labelSpeedUnit,
  };
}

// Clock on, UTC, white-ish text unless told otherwise.
export function resolveDecorations(options: DecorationOptions = {}): Decorations {
  const clock: ClockStyle = {
    show: options.clock ?? true,
    timeZone: options.timeZone ? checkTimeZone(options.timeZone, 'timeZone') : null,
    utcOffsetHours: options.utcOffsetHours ?? 0,
    label: options.clockLabel ?? null,
    color: options.textColor ?? DEFAULT_TEXT_COLOR,
    anchor: options.clockAnchor ?? 'bottom-right',
    kind: options.clockStyle ?? 'digital',
    format: options.clockFormat ?? DEFAULT_CLOCK_FORMAT,
    // Only an elapsed clock has an origin (other scenes stay as they were).
    ...(options.clockFormat === ELAPSED_CLOCK_FORMAT ? { elapsedFromMs: options.elapsedFromMs ?? 0, elapsedDigits: options.elapsedDigits ?? 0 } : {}),
  };
  compileClockFormat(clock.format); // throws INVALID_OPTION (clockFormat) for a bad pattern
  return {
    clock, title: options.title ?? null, subtitle: options.subtitle ?? null, titleAnchor: options.titleAnchor ?? 'top',
    textColor: options.textColor ?? DEFAULT_TEXT_COLOR, legend: options.legend ?? null,
    legendAnchor: options.legendAnchor ?? null, colorLabel: options.colorLabel ?? null,
  };
}
