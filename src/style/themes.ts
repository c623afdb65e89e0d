// The two looks: 'dark' (tracktable's: bright trails on a black sea and dark grey land) and
// 'light' (pale sea and land, dark trails). Every map and text colour can be overridden.
import { color } from 'd3-color';
import { invalidOption } from '../errors/messages.js';
import type { MapColors } from '../map/map-spec.js';
import { DEFAULT_MAP_COLORS } from '../map/resolve-map-spec.js';

export const THEME_NAMES = ['dark', 'light'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export interface Theme {
  map: MapColors;
  text: string;
  // Colour map and the part of it used when colouring by progress along the trail (tail -> head).
  progressColormap: string;
  progressRange: [number, number];
  // Colour map for a numeric property when --colormap is not given, and the part of it used.
  propertyColormap: string;
  propertyRange: [number, number];
  headColor: string;
}

export const THEMES: Readonly<Record<ThemeName, Theme>> = {
  dark: {
    map: DEFAULT_MAP_COLORS, text: '#e6e6e6',
    // gist_heat past its black end, which would vanish on the black sea.
    progressColormap: 'gist_heat', progressRange: [0.25, 1],
    // plasma past its darkest blue, so slow objects stay visible on black.
    propertyColormap: 'plasma', propertyRange: [0.2, 1], headColor: '#ffffff',
  },
  light: {
    map: {
      sea: '#d4e4f1', land: '#f5f3ee', coastlines: '#8fa3b8', borders: '#b9b2a8', states: '#d8d2c8',
      graticule: '#c2d5e6', lakes: '#d4e4f1', cities: '#3a3a3a', labels: '#5a6b7d', space: '#ffffff',
    },
    text: '#1e1e1e',
    // plasma reversed: a light orange tail fading into the pale map, a dark blue-violet head.
    progressColormap: 'plasma_r', progressRange: [0.2, 1],
    // viridis short of its pale yellow end, which would vanish on the pale land.
    propertyColormap: 'viridis', propertyRange: [0, 0.85], headColor: '#1e1e1e',
  },
};

export interface ThemeColorOptions {
  theme?: ThemeName;
  landColor?: string;
  seaColor?: string;
  coastlineColor?: string;
  borderColor?: string;
  graticuleColor?: string;
  textColor?: string;
  lakeColor?: string;
  stateColor?: string;
  cityColor?: string;
}

function checkColor(option: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const parsed = color(value);
  if (!parsed) throw invalidOption(option, 'a CSS colour', value);
  return parsed.formatHex();
}

// The theme's map and text colours with the given overrides (US states and Canadian provinces
// follow --border-color unless --state-color is given; lakes follow --sea-color unless --lake-color is).
export function resolveThemeColors(options: ThemeColorOptions = {}): { map: MapColors; text: string } {
  const theme = THEMES[options.theme ?? 'dark'];
  if (!theme) throw invalidOption('theme', `one of ${THEME_NAMES.join(', ')}`, options.theme);
  const borders = checkColor('borderColor', options.borderColor, theme.map.borders);
  const sea = checkColor('seaColor', options.seaColor, theme.map.sea);
  return {
    map: {
      ...theme.map,
      land: checkColor('landColor', options.landColor, theme.map.land),
      sea,
      coastlines: checkColor('coastlineColor', options.coastlineColor, theme.map.coastlines),
      borders,
      states: checkColor('stateColor', options.stateColor, options.borderColor === undefined ? theme.map.states : borders),
      graticule: checkColor('graticuleColor', options.graticuleColor, theme.map.graticule),
      lakes: checkColor('lakeColor', options.lakeColor, options.seaColor === undefined ? theme.map.lakes : sea),
      cities: checkColor('cityColor', options.cityColor, theme.map.cities),
    },
    text: checkColor('textColor', options.textColor, theme.text),
  };
}
