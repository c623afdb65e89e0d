// The built-in look of vector basemap tiles, derived from the map's own land and sea colours so it
// follows the theme (dark or light) and --land-color / --sea-color: roads, rail and buildings a
// step towards white on dark land and towards black on light land, parks and woods tinted green.
import { rgb } from 'd3-color';
import type { MapColors } from '../../map/map-spec.js';
import type { FeatureRole } from '../../map/tiles/vector-schema.js';

export interface RoleStyle {
  fill?: string;
  stroke?: string;
  // Line width in pixels of a 600-pixel-high frame at zoom 14 (it grows and shrinks with the zoom).
  widthPx?: number;
  // Dash and gap lengths in line widths.
  dash?: number[];
}

function mix(a: string, b: string, t: number): string {
  const p = rgb(a); const q = rgb(b);
  return rgb(p.r + (q.r - p.r) * t, p.g + (q.g - p.g) * t, p.b + (q.b - p.b) * t).formatHex();
}

const luminance = (css: string): number => { const c = rgb(css); return (0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b) / 255; };

export function vectorTileStyle(colors: MapColors): Record<FeatureRole, RoleStyle> {
  const { land, sea } = colors;
  const dark = luminance(land) < 0.5;
  const ink = dark ? '#ffffff' : '#000000';
  const road = (t: number): string => mix(land, ink, t);
  return {
    land: { fill: land },
    landuse: { fill: mix(land, ink, 0.03) },
    wood: { fill: mix(land, dark ? '#3d6b45' : '#a9cf9a', dark ? 0.3 : 0.45) },
    park: { fill: mix(land, dark ? '#3f7a4a' : '#b5dba4', dark ? 0.35 : 0.55) },
    water: { fill: sea },
    waterway: { stroke: sea, widthPx: 1.6 },
    building: { fill: mix(land, ink, dark ? 0.12 : 0.1) },
    path: { stroke: road(0.2), widthPx: 0.9, dash: [2, 1.5] },
    'minor-road': { stroke: road(0.28), widthPx: 1.6 },
    'medium-road': { stroke: road(0.36), widthPx: 2.4 },
    'major-road': { stroke: road(0.44), widthPx: 3 },
    highway: { stroke: road(0.54), widthPx: 3.6 },
    rail: { stroke: road(0.4), widthPx: 1, dash: [3, 2] },
    boundary: { stroke: colors.borders, widthPx: 1.2, dash: [4, 2.5] },
  };
}

// Line widths follow the zoom as web map styles do, a little gentler: half the width 1.5 zoom
// levels out, twice it 1.5 in, within limits (a motorway stays a line, a street stays visible).
export function zoomWidthFactor(referenceZoom: number): number {
  return Math.max(0.3, Math.min(5, 2 ** ((referenceZoom - 14) / 1.5)));
}
