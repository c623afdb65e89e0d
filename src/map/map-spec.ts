// Everything a worker needs to rebuild the exact same projection and basemap: plain data only.
export const PROJECTION_NAMES = [
  'equirectangular', 'mercator', 'lambert-conformal-conic', 'albers', 'orthographic', 'robinson', 'natural-earth',
] as const;
export type TerrestrialProjectionName = (typeof PROJECTION_NAMES)[number];
export type ProjectionName = TerrestrialProjectionName | 'cartesian';

export type LayerName = 'land' | 'coastlines' | 'borders' | 'states' | 'graticule';

export interface MapColors {
  sea: string;
  land: string;
  coastlines: string;
  borders: string;
  states: string;
  graticule: string;
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
  graticuleStepDeg: number;
  // Natural Earth detail, chosen from the map's scale.
  detail: '110m' | '50m' | '10m';
  // Line width multiplier for basemap strokes (frame size / 600).
  lineScale: number;
}
