// Options -> MapSpec: which box to show, fitted to the frame, as plain numbers a worker can
// rebuild the projection from.
import { geoIdentity } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { Domain } from '../input/point-table.js';
import { TrackreelError } from '../errors/trackreel-error.js';
import { baseProjection, createProjection } from './create-projection.js';
import { keepWithinPoles } from './keep-within-poles.js';
import { autoGraticuleStep, selectCities } from './map-extras.js';
import { osmCoastSource } from './osm-coast/coast-source.js';
import type { OverlayLayer } from './overlays/overlay-layer.js';
import { visibleLonLatBox } from './clip-to-view.js';
import { LAYER_NAMES, OSM_MIN_PIXELS_PER_DEGREE, type CoastlineSource, type LayerName, type LineLayerName, type MapColors, type MapSpec, type TerrestrialProjectionName } from './map-spec.js';
import { DEFAULT_RADIUS_KM, findPlace, parsePlaceMap, type Place } from './places.js';
import { REGION_NAMES, REGIONS, type Bbox } from './regions.js';
import { own } from '../memory/name-records.js';

export interface MapSpecInput {
  width: number;
  height: number;
  domain: Domain;
  // [minX, minY, maxX, maxY] of the data (lon/lat or x/y).
  dataBbox: Bbox;
  // 'auto' (fit the data), a region name, or a place: airport:JFK, city:Rotterdam, port:Hamburg.
  map: string;
  // Around a place: the map shows at least this many km in every direction (default per kind).
  mapRadiusKm?: number;
  // Wins over `map`.
  bbox?: Bbox;
  projection: TerrestrialProjectionName;
  marginFraction: number;
  // Layers not named are off.
  layers: Partial<Record<LayerName, boolean>>;
  // Stroke widths in pixels of a 600-pixel-high frame; default DEFAULT_LINE_WIDTHS.
  lineWidths?: Partial<Record<LineLayerName, number>>;
  // Degrees between graticule lines, or 'auto' (from the map's extent); default 10, tracktable's.
  graticuleStepDeg?: number | 'auto';
  // Cities layer: the smallest population shown; null or absent: the 25 most populous in view.
  citiesMinPopulation?: number | null;
  // [lon, lat] the projection is centred on (its central meridian; for orthographic also the
  // latitude seen face-on); default: the centre of the box.
  center?: [number, number];
  // Standard parallels of the conics; default: 1/6 of the box's height inside its edges.
  parallels?: [number, number];
  // With --map auto: a sample of the data's positions, which conics and globes are fitted to.
  fitPoints?: ReadonlyArray<[number, number]>;
  // Resolved theme colours; default: the dark theme.
  colors?: MapColors;
  // Default 'auto'.
  coastlineSource?: CoastlineSource;
  // Read by the caller (readOverlay); default none.
  overlays?: OverlayLayer[];
}

// tracktable's default map colours; the graticule is just visible over the black sea.
export const DEFAULT_MAP_COLORS: MapColors = {
  sea: '#000000',
  land: '#303030',
  coastlines: '#808080',
  borders: '#606060',
  states: '#404040',
  graticule: '#262626',
  lakes: '#000000',
  cities: '#c8c8c8',
  labels: '#8c8c8c',
  space: '#000000',
};

// Basemap stroke widths in pixels of a 600-pixel-high frame.
export const DEFAULT_LINE_WIDTHS: Readonly<Record<LineLayerName, number>> = {
  graticule: 0.6, borders: 0.7, states: 0.5, provinces: 0.5, lakes: 0.6, coastlines: 0.9,
};

const KM_PER_DEGREE = 6371.0088 * Math.PI / 180;

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

// A box reaching radiusKm from the place in every direction.
function placeBox(place: Place, radiusKm: number): Bbox {
  const dLat = radiusKm / KM_PER_DEGREE;
  const dLon = Math.min(180, dLat / Math.max(0.01, Math.cos(place.lat * Math.PI / 180)));
  return [place.lon - dLon, Math.max(-90, place.lat - dLat), place.lon + dLon, Math.min(90, place.lat + dLat)];
}

function namedPlace(input: MapSpecInput): Place | null {
  if (input.bbox) return null;
  const named = parsePlaceMap(input.map);
  if (!named) return null;
  if (input.domain === 'cartesian') {
    throw new TrackreelError('INVALID_OPTION', `Places are on the Earth and cannot frame cartesian data; use --bbox or --map auto (received ${JSON.stringify(input.map)})`, { context: { option: 'map' } });
  }
  return findPlace(named.kind, named.name);
}

function chooseBox(input: MapSpecInput, place: Place | null): Bbox {
  if (place) return placeBox(place, input.mapRadiusKm ?? DEFAULT_RADIUS_KM[place.kind]);
  if (input.bbox) {
    const [x0, y0, x1, y1] = input.bbox;
    if (!(x1 > x0) || !(y1 > y0)) {
      throw new TrackreelError('INVALID_OPTION', `Expected a box with minLon < maxLon and minLat < maxLat for bbox but received ${JSON.stringify(input.bbox)}`, { context: { option: 'bbox' } });
    }
    return [x0, y0, x1, y1];
  }
  if (input.map !== 'auto') {
    const region = own(REGIONS, input.map.toLowerCase());
    if (!region) {
      throw new TrackreelError('INVALID_OPTION',
        `Expected auto, airport:CODE, city:NAME, port:NAME or a region name (${REGION_NAMES.join(', ')}) for map but received ${JSON.stringify(input.map)}`, { context: { option: 'map' } });
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
  // Lambert's conic is infinite at the pole away from its parallels, like Mercator at both.
  const maxLat = projection === 'mercator' || projection === 'lambert-conformal-conic' ? MERCATOR_MAX_LAT : 90;
  let [x0, y0, x1, y1] = box;
  y0 = Math.max(-maxLat, y0);
  y1 = Math.min(maxLat, y1);
  if (y1 - y0 < 1e-6) { y0 = Math.max(-maxLat, y1 - 0.2); y1 = Math.min(maxLat, y0 + 0.2); }
  if (x1 - x0 > 360) { const c = (x0 + x1) / 2; x0 = c - 180; x1 = c + 180; }
  return [x0, y0, x1, y1];
}

// Natural Earth detail from the map's scale in pixels per degree (at the centre for Mercator):
// 110m is plenty for continents, 10m for a coast, OpenStreetMap for a harbour.
export function chooseDetail(pixelsPerDegree: number, coastline: CoastlineSource = 'auto'): MapSpec['detail'] {
  if (coastline === 'osm' || (coastline === 'auto' && pixelsPerDegree >= OSM_MIN_PIXELS_PER_DEGREE)) return 'osm';
  if (pixelsPerDegree < 12) return '110m';
  if (pixelsPerDegree < 80) return '50m';
  return '10m';
}

// Fits the box (bbox > place > named region > data box with margin) to the frame, keeping the
// aspect: the box is centred and the extra space shows more map; a place is the frame's centre.
export function resolveMapSpec(input: MapSpecInput): MapSpec {
  const place = namedPlace(input);
  const layers = Object.fromEntries(LAYER_NAMES.map((name) => [name, input.layers[name] ?? false])) as Record<LayerName, boolean>;
  const fitted = fitMap({ ...input, layers, center: input.center ?? (place ? [place.lon, place.lat] : undefined) }, chooseBox(input, place));
  const spec = { ...fitted, lineWidths: { ...DEFAULT_LINE_WIDTHS, ...input.lineWidths }, overlays: input.overlays ?? [] };
  if (spec.projection === 'cartesian') return spec;
  if (place) {
    // Cylindrical fits centre the box, not the place (Mercator stretches north): move the place
    // to the frame's centre pixel.
    const [px, py] = (createProjection(spec) as (p: [number, number]) => [number, number])([place.lon, place.lat]);
    spec.translate = [spec.translate[0] + input.width / 2 - px, spec.translate[1] + input.height / 2 - py];
  }
  // The detailed coastline is cut to the view's lon/lat box; a view too wide for one keeps 10m.
  if (spec.detail === 'osm' && !visibleLonLatBox(createProjection(spec), input.width, input.height)) spec.detail = '10m';
  const step = input.graticuleStepDeg ?? 10;
  spec.graticuleStepDeg = step === 'auto' ? autoGraticuleStep(spec, input.width, input.height) : step;
  if (spec.layers.cities) spec.cities = selectCities(spec, input.width, input.height, input.citiesMinPopulation ?? null);
  return spec;
}

function fitMap(input: MapSpecInput & { layers: Record<LayerName, boolean> }, box: Bbox): MapSpec {
  const { width, height } = input;
  const lineScale = Math.min(width, height) / 600;
  const common = { lineWidths: { ...DEFAULT_LINE_WIDTHS }, cities: [], overlays: [] };
  if (input.domain === 'cartesian') {
    const [x0, y0, x1, y1] = box;
    const fitted = geoIdentity().reflectY(true).fitExtent([[0, 0], [width, height]],
      { type: 'MultiPoint', coordinates: [[x0, y0], [x1, y1]] });
    const none = Object.fromEntries(LAYER_NAMES.map((name) => [name, false])) as Record<LayerName, boolean>;
    return {
      projection: 'cartesian', scale: fitted.scale(), translate: fitted.translate() as [number, number], rotate: [0, 0, 0], parallels: [0, 0],
      extent: box, layers: none, colors: { ...(input.colors ?? DEFAULT_MAP_COLORS) }, graticuleStepDeg: 10, detail: '110m', lineScale, ...common, coastlineSource: 'natural-earth', osmData: null,
    };
  }
  const [x0, y0, x1, y1] = clampTerrestrial(box, input.projection);
  const coastline = input.coastlineSource ?? 'auto';
  const colors = { ...(input.colors ?? DEFAULT_MAP_COLORS) };
  const layers = { ...input.layers };
  if (input.projection === 'equirectangular' || input.projection === 'mercator') {
    return { ...fitCylindrical(input, [x0, y0, x1, y1]), colors, layers, graticuleStepDeg: 10, lineScale, ...common, ...osmFields(coastline) };
  }
  // A globe showing the whole world faces the data.
  const [dx0, dy0, dx1, dy1] = input.dataBbox;
  const faceData = input.projection === 'orthographic' && x1 - x0 >= 180 && dx0 <= dx1 && dy0 <= dy1;
  const centerLon = input.center?.[0] ?? (faceData ? (dx0 + dx1) / 2 : (x0 + x1) / 2);
  const centerLat = input.center?.[1] ?? (faceData ? (dy0 + dy1) / 2 : (y0 + y1) / 2);
  const rotate: [number, number, number] = input.projection === 'orthographic' ? [-centerLon, -centerLat, 0] : [-centerLon, 0, 0];
  const h = y1 - y0;
  // Parallels symmetric about the equator make a conic degenerate; such boxes get 30 and 60 N.
  const symmetric = Math.abs(y0 + y1) < h / 6;
  const parallels: [number, number] = input.parallels ? [...input.parallels] : symmetric ? [30, 60] : [y0 + h / 6, y1 - h / 6];
  const base = baseProjection(input.projection, rotate, parallels);
  const fitted = input.fitPoints && input.fitPoints.length > 0 && !isWide(input.projection, [x0, y0, x1, y1])
    ? fitToPoints(base, input.fitPoints, input.marginFraction, width, height)
    : base.fitExtent([[0, 0], [width, height]], fitObject(input.projection, [x0, y0, x1, y1], centerLon));
  const scale = fitted.scale();
  return {
    projection: input.projection, scale, translate: fitted.translate() as [number, number], rotate, parallels,
    extent: [x0, y0, x1, y1], layers, colors, graticuleStepDeg: 10, detail: chooseDetail(scale * Math.PI / 180, coastline), lineScale, ...common, ...osmFields(coastline),
  };
}

function osmFields(coastline: CoastlineSource): Pick<MapSpec, 'coastlineSource' | 'osmData'> {
  return { coastlineSource: coastline, osmData: coastline === 'natural-earth' ? null : osmCoastSource() };
}

// What a non-cylindrical map is fitted to: the box's outline, densified because its edges curve
// (a parallel is an arc in a conic), or the whole sphere for a world-wide box.
// Lambert's conformal conic has no finite outline, so it is always fitted to the box.
const isWide = (projection: TerrestrialProjectionName, [x0, y0, x1, y1]: Bbox): boolean =>
  projection !== 'lambert-conformal-conic' && (x1 - x0 >= 359 || (projection === 'orthographic' && (x1 - x0 >= 180 || y1 - y0 >= 180)));

// A conic or a globe fitted to where the data is (a sample of its positions) rather than to its
// lon/lat box, whose curved outline is far wider at one edge: the data then fills the frame.
function fitToPoints(base: ReturnType<typeof baseProjection>, points: ReadonlyArray<[number, number]>, margin: number, width: number, height: number) {
  const inset = margin / (1 + 2 * margin);
  return base.fitExtent([[width * inset, height * inset], [width * (1 - inset), height * (1 - inset)]], { type: 'MultiPoint', coordinates: [...points] });
}

function fitObject(projection: TerrestrialProjectionName, [x0, y0, x1, y1]: Bbox, centerLon: number): GeoPermissibleObjects {
  if (isWide(projection, [x0, y0, x1, y1])) return { type: 'Sphere' };
  const half = (x1 - x0) / 2;
  const coordinates: Array<[number, number]> = [];
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    const lon = centerLon - half + (2 * half * i) / steps;
    const lat = y0 + ((y1 - y0) * i) / steps;
    coordinates.push([lon, y0], [lon, y1], [centerLon - half, lat], [centerLon + half, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

// Equirectangular and Mercator: fitted to the box's four corners (its edges are straight).
function fitCylindrical(input: MapSpecInput, [x0, y0, x1, y1]: Bbox): Omit<MapSpec, 'colors' | 'layers' | 'graticuleStepDeg' | 'lineScale' | 'lineWidths' | 'cities' | 'coastlineSource' | 'osmData' | 'overlays'> {
  const { width, height } = input;
  // Centre the projection on the box so boxes across the antimeridian stay in one piece.
  const centerLon = input.center?.[0] ?? (x0 + x1) / 2;
  const rotate: [number, number, number] = [-centerLon, 0, 0];
  const base = baseProjection(input.projection, rotate, [0, 0]);
  // Just inside 180: a world-wide box's corners, rotated, land on the antimeridian, where
  // rounding can put both on the same side (180 E) and move the map half a frame off centre.
  const half = Math.min((x1 - x0) / 2, 180 - 1e-6);
  const mid = (x0 + x1) / 2;
  const fitted = base.fitExtent([[0, 0], [width, height]], {
    type: 'MultiPoint',
    coordinates: [[mid - half, y0], [mid + half, y1], [mid - half, y1], [mid + half, y0]],
  });
  const cylindrical = input.projection === 'mercator' ? 'mercator' : 'equirectangular';
  const { scale, translate } = keepWithinPoles(cylindrical, cylindrical === 'mercator' ? MERCATOR_MAX_LAT : 90,
    { scale: fitted.scale(), translate: fitted.translate() as [number, number] }, width, height);
  const midLat = ((y0 + y1) / 2) * Math.PI / 180;
  const pixelsPerDegree = (scale * Math.PI / 180) / (input.projection === 'mercator' ? Math.cos(midLat) : 1);
  return {
    projection: input.projection, scale, translate, rotate, parallels: [0, 0],
    extent: [x0, y0, x1, y1], detail: chooseDetail(pixelsPerDegree, input.coastlineSource ?? 'auto'),
  };
}
