// Everything a worker needs to rebuild the exact same projection and basemap: plain data only.
export const PROJECTION_NAMES = [
  'equirectangular', 'mercator', 'lambert-conformal-conic', 'albers', 'orthographic', 'robinson', 'natural-earth',
] as const;
export type TerrestrialProjectionName = (typeof PROJECTION_NAMES)[number];
export type ProjectionName = TerrestrialProjectionName | 'cartesian';

import type { OverlayLayer } from './overlays/overlay-layer.js';

// Where land and coastlines come from: 'auto' picks OpenStreetMap's on maps too detailed for
// Natural Earth 10m (see chooseDetail), 'natural-earth' never, 'osm' always.
export const COASTLINE_SOURCES = ['auto', 'natural-earth', 'osm'] as const;
export type CoastlineSource = (typeof COASTLINE_SOURCES)[number];

// Natural Earth 10m's vertices are some hundred metres apart and it leaves out narrow waters
// (Arthur Kill, the Elizabeth River): from this scale on its coast shows as a polygon with ships
// sailing over land, and OpenStreetMap's is drawn instead. Chosen by looking at frames of New York
// harbour, Virginia Beach, port:Norfolk and city maps (README, "Basemap").
export const OSM_MIN_PIXELS_PER_DEGREE = 400;

// Basemap layers, drawn in this order (graticule labels and cities on top).
export const LAYER_NAMES = ['land', 'lakes', 'coastlines', 'borders', 'states', 'provinces', 'graticule', 'graticuleLabels', 'cities'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];
// Layers drawn as lines, each with its own width.
export type LineLayerName = 'coastlines' | 'borders' | 'states' | 'provinces' | 'lakes' | 'graticule';

// A city of the cities layer, chosen by resolveMapSpec (population, in view), so drawing needs no list.
export interface MapCity {
  name: string;
  lon: number;
  lat: number;
  population: number;
}

export interface MapColors {
  sea: string;
  land: string;
  coastlines: string;
  borders: string;
  states: string;
  graticule: string;
  // Lake fill (outlined in the coastline colour).
  lakes: string;
  // City dots and their names.
  cities: string;
  // Graticule labels at the frame's edges.
  labels: string;
  // Outside the globe (orthographic) or the world's outline (robinson, natural-earth).
  space: string;
}

export interface MapSpec {
  projection: ProjectionName;
  // Fitted d3 projection parameters (for 'cartesian': the scale and translate of a geoIdentity
  // with y reflected).
  scale: number;
  translate: [number, number];
  rotate: [number, number, number];
  // Standard parallels of the conic projections (lambert-conformal-conic, albers); unused otherwise.
  parallels: [number, number];
  // The lon/lat (or x/y) box the frame was fitted to: [minX, minY, maxX, maxY].
  extent: [number, number, number, number];
  layers: Record<LayerName, boolean>;
  colors: MapColors;
  // Stroke widths in pixels of a 600-pixel-high frame (multiplied by lineScale).
  lineWidths: Record<LineLayerName, number>;
  graticuleStepDeg: number;
  // The cities layer's cities, most populous first (empty when the layer is off).
  cities: MapCity[];
  // Natural Earth detail chosen from the map's scale, or 'osm': OpenStreetMap land and coastlines
  // (Natural Earth 10m borders and 50m lakes).
  detail: '110m' | '50m' | '10m' | 'osm';
  coastlineSource: CoastlineSource;
  // The OpenStreetMap data's identity (package@version) when the map may use it: a worker with
  // other data refuses to draw rather than draw a different frame.
  osmData: string | null;
  // The user's own layers (--overlay), drawn over the map's lines, under its labels.
  overlays: OverlayLayer[];
  // Line width multiplier for basemap strokes (frame size / 600).
  lineScale: number;
}
