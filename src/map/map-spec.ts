// Everything a worker needs to rebuild the exact same projection and basemap: plain data only.
export type ProjectionName = 'equirectangular' | 'mercator' | 'cartesian';

export type LayerName = 'land' | 'coastlines' | 'borders' | 'states' | 'graticule';

export interface MapColors {
  sea: string;
  land: string;
  coastlines: string;
  borders: string;
  states: string;
  graticule: string;
}

export interface MapSpec {
  projection: ProjectionName;
  // Fitted d3 projection parameters (for 'cartesian': the scale and translate of a geoIdentity
  // with y reflected).
  scale: number;
  translate: [number, number];
  rotate: [number, number, number];
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
