// Everything a worker needs to rebuild the exact same projection and basemap: plain data only.
export const PROJECTION_NAMES = [
  'equirectangular', 'mercator', 'lambert-conformal-conic', 'albers', 'orthographic', 'robinson', 'natural-earth',
] as const;
export type TerrestrialProjectionName = (typeof PROJECTION_NAMES)[number];
export type ProjectionName = TerrestrialProjectionName | 'cartesian';

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
  // Natural Earth detail, chosen from the map's scale.
  detail: '110m' | '50m' | '10m';
  // Line width multiplier for basemap strokes (frame size / 600).
  lineScale: number;
}
