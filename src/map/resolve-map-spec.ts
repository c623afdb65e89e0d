// Options -> MapSpec: which box to show, fitted to the frame, as plain numbers a worker can
// rebuild the projection from.
import { geoEquirectangular, geoIdentity, geoMercator } from 'd3-geo';
import type { Domain } from '../input/point-table.js';
import { TrackreelError } from '../errors/trackreel-error.js';
import type { LayerName, MapColors, MapSpec } from './map-spec.js';
import { REGION_NAMES, REGIONS, type Bbox } from './regions.js';

export interface MapSpecInput {
  width: number;
  height: number;
  domain: Domain;
  // [minX, minY, maxX, maxY] of the data (lon/lat or x/y).
  dataBbox: Bbox;
  // 'auto' (fit the data) or a region name.
  map: string;
  // Wins over `map`.
  bbox?: Bbox;
  projection: 'equirectangular' | 'mercator';
  marginFraction: number;
  layers: Record<LayerName, boolean>;
}

// tracktable's default map colours; the graticule is just visible over the black sea.
export const DEFAULT_MAP_COLORS: MapColors = {
  sea: '#000000',
  land: '#303030',
  coastlines: '#808080',
  borders: '#606060',
  states: '#404040',
  graticule: '#262626',
};

// Mercator is infinite at the poles; this is the usual web-map cut.
const MERCATOR_MAX_LAT = 85;

// Expands the data box by the margin on every side. A flat box (a track along a parallel) is
// fitted by its other side; a box of zero size (one point) gets minSize so the fit has a scale.
function paddedDataBox(box: Bbox, margin: number, minSize: number): Bbox {
  let [x0, y0, x1, y1] = box;
  if (!(x0 <= x1) || !(y0 <= y1)) { x0 = 0; y0 = 0; x1 = 0; y1 = 0; }
  const w = x1 - x0;
  const h = y1 - y0;
  if (Math.max(w, h) < minSize * 1e-3) {
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    return [cx - minSize / 2, cy - minSize / 2, cx + minSize / 2, cy + minSize / 2];
  }
  return [x0 - w * margin, y0 - h * margin, x1 + w * margin, y1 + h * margin];
}

function chooseBox(input: MapSpecInput): Bbox {
  if (input.bbox) {
    const [x0, y0, x1, y1] = input.bbox;
    if (!(x1 > x0) || !(y1 > y0)) {
      throw new TrackreelError('INVALID_OPTION', `Expected a box with minLon < maxLon and minLat < maxLat for bbox but received ${JSON.stringify(input.bbox)}`, { context: { option: 'bbox' } });
    }
    return [x0, y0, x1, y1];
  }
  if (input.map !== 'auto') {
    const region = REGIONS[input.map.toLowerCase()];
    if (!region) {
      throw new TrackreelError('INVALID_OPTION',
        `Expected auto or a region name (${REGION_NAMES.join(', ')}) for map but received ${JSON.stringify(input.map)}`, { context: { option: 'map' } });
    }
    if (input.domain === 'cartesian') {
      throw new TrackreelError('INVALID_OPTION', `Named regions are lon/lat boxes and cannot frame cartesian data; use --bbox or --map auto (received ${JSON.stringify(input.map)})`, { context: { option: 'map' } });
    }
    return [...region];
  }
  const minSize = input.domain === 'cartesian' ? 1 : 0.2;
  return paddedDataBox(input.dataBbox, input.marginFraction, minSize);
}

function clampTerrestrial(box: Bbox, projection: MapSpecInput['projection']): Bbox {
  const maxLat = projection === 'mercator' ? MERCATOR_MAX_LAT : 90;
  let [x0, y0, x1, y1] = box;
  y0 = Math.max(-maxLat, y0);
  y1 = Math.min(maxLat, y1);
  if (y1 - y0 < 1e-6) { y0 = Math.max(-maxLat, y1 - 0.2); y1 = Math.min(maxLat, y0 + 0.2); }
  if (x1 - x0 > 360) { const c = (x0 + x1) / 2; x0 = c - 180; x1 = c + 180; }
  return [x0, y0, x1, y1];
}

// Natural Earth detail from the map's scale in pixels per degree (at the centre for Mercator):
// 110m is plenty for continents, 10m is needed for a harbour.
function chooseDetail(pixelsPerDegree: number): MapSpec['detail'] {
  if (pixelsPerDegree < 12) return '110m';
  if (pixelsPerDegree < 80) return '50m';
  return '10m';
}

// Fits the box (bbox > named region > data box with margin) to the frame, keeping the aspect:
// the box is centred and the extra space shows more map.
export function resolveMapSpec(input: MapSpecInput): MapSpec {
  const { width, height } = input;
  const lineScale = Math.min(width, height) / 600;
  const box = chooseBox(input);
  if (input.domain === 'cartesian') {
    const [x0, y0, x1, y1] = box;
    const fitted = geoIdentity().reflectY(true).fitExtent([[0, 0], [width, height]],
      { type: 'MultiPoint', coordinates: [[x0, y0], [x1, y1]] });
    const none = { land: false, coastlines: false, borders: false, states: false, graticule: false };
    return {
      projection: 'cartesian', scale: fitted.scale(), translate: fitted.translate() as [number, number], rotate: [0, 0, 0],
      extent: box, layers: none, colors: { ...DEFAULT_MAP_COLORS }, graticuleStepDeg: 10, detail: '110m', lineScale,
    };
  }
  const [x0, y0, x1, y1] = clampTerrestrial(box, input.projection);
  // Centre the projection on the box so boxes across the antimeridian stay in one piece.
  const centerLon = (x0 + x1) / 2;
  const rotate: [number, number, number] = [-centerLon, 0, 0];
  const base = input.projection === 'mercator' ? geoMercator() : geoEquirectangular();
  const half = (x1 - x0) / 2;
  const fitted = base.rotate(rotate).fitExtent([[0, 0], [width, height]], {
    type: 'MultiPoint',
    coordinates: [[centerLon - half, y0], [centerLon + half, y1], [centerLon - half, y1], [centerLon + half, y0]],
  });
  const scale = fitted.scale();
  const midLat = ((y0 + y1) / 2) * Math.PI / 180;
  const pixelsPerDegree = (scale * Math.PI / 180) / (input.projection === 'mercator' ? Math.cos(midLat) : 1);
  return {
    projection: input.projection, scale, translate: fitted.translate() as [number, number], rotate,
    extent: [x0, y0, x1, y1], layers: { ...input.layers }, colors: { ...DEFAULT_MAP_COLORS },
    graticuleStepDeg: 10, detail: chooseDetail(pixelsPerDegree), lineScale,
  };
}
