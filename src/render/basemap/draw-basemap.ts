// The map proper, a pure function of (ctx, MapSpec, width, height): sea (inside the globe's
// outline for non-cylindrical projections), graticule, land, lakes, borders, states, provinces,
// coastlines, graticule labels and cities, drawn with d3-geo into Skia. Decorations (title,
// legend, scale bar, north arrow, logo) are a separate layer blended over each frame after the
// trails (src/render/decoration-layer.ts).
import { geoPath, type GeoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { FeatureCollection, MultiLineString } from 'geojson';
import { basemapLayers, extraLayers } from '../../map/basemap-layers.js';
import { clipAreas, clipLines, visibleGraticule, visibleLonLatBox } from '../../map/clip-to-view.js';
import { createProjection, type MapProjection } from '../../map/create-projection.js';
import { graticuleEdgeLabels } from '../../map/graticule-labels.js';
import type { LineLayerName, MapSpec } from '../../map/map-spec.js';
import { placeLabels } from '../../map/place-labels.js';
import { SANS_FAMILY, type Context2D } from '../raster/canvas.js';
import { planarViewProjection, type PlanarLayers } from './planar-basemap.js';
import { IDENTITY_VIEW } from '../../camera/camera-track.js';
import { createRingTracer, osmLand, paddedBox } from './osm-land.js';
import { drawUserBasemap, type UserBasemap } from './draw-user-basemap.js';
import { drawOverlays } from './draw-overlays.js';

type Stroke = (color: string, layer: LineLayerName, draw: () => void) => void;

// Text sizes in pixels of a 600-pixel-high frame.
const GRATICULE_LABEL_SIZE = 9;
const CITY_LABEL_SIZE = 10;
const CITY_DOT_RADIUS = 2;

// The map fills the frame (sea as background); otherwise it is a globe or world outline in space.
export function isRectangular(spec: MapSpec): boolean {
  return spec.projection === 'cartesian' || spec.projection === 'equirectangular' || spec.projection === 'mercator';
}

// Draws the map described by `spec` onto ctx, which covers the whole frame. A moving camera passes
// `planar`: the layers already projected into base pixels, and the frame's view of them; `user`
// is the --basemap, drawn over the layers and under the text (its place names are the cities).
export function drawBasemap(ctx: Context2D, spec: MapSpec, width: number, height: number, planar: PlanarLayers | null = null, user: UserBasemap | null = null): void {
  const { layers, colors } = spec;
  const rectangular = isRectangular(spec);
  ctx.fillStyle = rectangular ? colors.sea : colors.space;
  ctx.fillRect(0, 0, width, height);
  const anyLayer = Object.values(layers).some(Boolean) || spec.overlays.length > 0;
  const unit = Math.min(width, height) / 600;
  if (spec.projection === 'cartesian' || (rectangular && !anyLayer && !user)) return;
  // Clipped to the frame (plus a margin for line widths) so the world's 10m coastlines are not
  // all sent to Skia, one N-API call per point, for a harbour view.
  const projection = createProjection(spec).clipExtent([[-8, -8], [width + 8, height + 8]]);
  const path = geoPath(projection as Parameters<typeof geoPath>[0], ctx as unknown as Parameters<typeof geoPath>[1]);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  const stroke: Stroke = (color, layer, draw) => {
    ctx.beginPath();
    draw();
    ctx.strokeStyle = color;
    ctx.lineWidth = Math.max(0.5, spec.lineWidths[layer] * spec.lineScale);
    ctx.stroke();
  };
  // The globe's (or the world's) outline bounds the sea; outside it is space.
  if (!rectangular) {
    ctx.beginPath();
    path({ type: 'Sphere' });
    ctx.fillStyle = colors.sea;
    ctx.fill();
  }
  if (layers.graticule) stroke(colors.graticule, 'graticule', () => path(visibleGraticule(projection, width, height, spec.graticuleStepDeg)));
  const needsLayers = layers.land || layers.lakes || layers.borders || layers.states || layers.provinces || layers.coastlines;
  if (needsLayers) drawLayers(ctx, spec, projection, path, stroke, width, height, planar);
  const places = user ? drawUserBasemap(ctx, spec, width, height, user) : [];
  drawOverlays(ctx, spec, projection, width, height);
  if (!rectangular) stroke(colors.coastlines, 'coastlines', () => path({ type: 'Sphere' }));
  if (layers.graticuleLabels) drawGraticuleLabels(ctx, spec, width, height, unit);
  if (places.length > 0) drawCities(ctx, { ...spec, cities: places }, projection, width, height, unit);
  else if (layers.cities && spec.cities.length > 0) drawCities(ctx, spec, projection, width, height, unit);
}

const NO_LINES: MultiLineString = { type: 'MultiLineString', coordinates: [] };

// The layers at the map's detail, without what lies outside the frame's lon/lat box.
function clippedLayers(spec: MapSpec, projection: MapProjection, width: number, height: number) {
  const { layers } = spec;
  const all = basemapLayers(spec.detail);
  const extra = layers.lakes || layers.provinces ? extraLayers(spec.detail) : null;
  const box = visibleLonLatBox(projection, width, height);
  // OpenStreetMap land and coastlines replace Natural Earth's, whose land is then never read
  // (resolveMapSpec gives 'osm' only to views with a lon/lat box).
  const osmBox = spec.detail === 'osm' && (layers.land || layers.coastlines) ? paddedBox(visibleLonLatBox(projection, width, height, 0)) : null;
  const osm = osmBox ? osmLand(spec, projection, osmBox) : null;
  const clip = <T,>(all: T, clipTo: (value: T, b: NonNullable<typeof box>) => T): T => (box ? clipTo(all, box) : all);
  const data = {
    land: osm || !layers.land ? { type: 'FeatureCollection', features: [] } as FeatureCollection : clip(all.land, clipAreas),
    coastlines: osm ? osm.coastlines : layers.coastlines ? clip(all.coastlines, clipLines) : NO_LINES,
    borders: layers.borders ? clip(all.borders, clipLines) : NO_LINES, states: layers.states ? clip(all.states, clipLines) : NO_LINES,
  };
  const lakes = extra && layers.lakes ? (box ? clipAreas(extra.lakes, box) : extra.lakes) : null;
  const provinces = extra && layers.provinces ? (box ? clipLines(extra.provinces, box) : extra.provinces) : null;
  return { data: { ...data, osmLand: osm?.rings ?? null }, lakes, provinces };
}

function drawLayers(ctx: Context2D, spec: MapSpec, projection: MapProjection, path: GeoPath<unknown, GeoPermissibleObjects>,
  stroke: Stroke, width: number, height: number, planar: PlanarLayers | null): void {
  const { layers, colors } = spec;
  if (planar) path = geoPath(planarViewProjection(planar.view, width, height), ctx as unknown as Parameters<typeof geoPath>[1]);
  const { data, lakes, provinces } = planar
    ? { data: planar.data, lakes: planar.data.lakes, provinces: planar.data.provinces }
    : clippedLayers(spec, projection, width, height);
  if (layers.land) {
    ctx.beginPath();
    path(data.land);
    if (data.osmLand) createRingTracer(width, height).trace(ctx, data.osmLand, planar ? planar.view : IDENTITY_VIEW);
    ctx.fillStyle = colors.land;
    ctx.fill();
  }
  if (lakes) {
    ctx.beginPath();
    path(lakes);
    ctx.fillStyle = colors.lakes;
    ctx.fill();
    stroke(colors.coastlines, 'lakes', () => path(lakes));
  }
  if (layers.borders) stroke(colors.borders, 'borders', () => path(data.borders));
  if (layers.states) stroke(colors.states, 'states', () => path(data.states));
  if (provinces) stroke(colors.states, 'provinces', () => path(provinces));
  if (layers.coastlines) stroke(colors.coastlines, 'coastlines', () => path(data.coastlines));
}

// A short tick and the degrees where each graticule line leaves the bottom or left edge.
function drawGraticuleLabels(ctx: Context2D, spec: MapSpec, width: number, height: number, unit: number): void {
  const size = GRATICULE_LABEL_SIZE * unit;
  const tick = 4 * unit;
  ctx.font = `${size}px ${SANS_FAMILY}`;
  ctx.fillStyle = spec.colors.labels;
  ctx.strokeStyle = spec.colors.labels;
  ctx.lineWidth = Math.max(0.5, unit);
  let lastBottom = -Infinity;
  let lastLeft = Infinity;
  for (const label of graticuleEdgeLabels(spec, width, height)) {
    const w = ctx.measureText(label.text).width;
    ctx.beginPath();
    if (label.edge === 'bottom') {
      // Labels come west to east; one that would touch the previous is left out.
      if (label.x - w / 2 < lastBottom + 4 * unit) continue;
      lastBottom = label.x + w / 2;
      ctx.moveTo(label.x, height);
      ctx.lineTo(label.x, height - tick);
      ctx.stroke();
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      ctx.fillText(label.text, label.x, height - tick - unit);
    } else {
      // South to north, so upwards on the frame.
      if (label.y + size / 2 > lastLeft - 2 * unit) continue;
      lastLeft = label.y - size / 2;
      ctx.moveTo(0, label.y);
      ctx.lineTo(tick, label.y);
      ctx.stroke();
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      // A clear gap, or the tick would read as a minus sign.
      ctx.fillText(label.text, tick + 3 * unit, label.y);
    }
  }
}

// A dot and the name of each city whose name fits without overlapping another's (biggest cities
// first); a city left without a name is left out, as a row of nameless dots says nothing.
function drawCities(ctx: Context2D, spec: MapSpec, projection: MapProjection, width: number, height: number, unit: number): void {
  const project = projection as unknown as (p: [number, number]) => [number, number] | null;
  const size = CITY_LABEL_SIZE * unit;
  const radius = Math.max(1.5, CITY_DOT_RADIUS * unit);
  ctx.font = `${size}px ${SANS_FAMILY}`;
  const points = spec.cities.map((c) => ({ city: c, p: project([c.lon, c.lat]) })).filter((c): c is { city: typeof c.city; p: [number, number] } => c.p !== null);
  const spots = placeLabels(points.map(({ city, p }) => ({ x: p[0], y: p[1], w: ctx.measureText(city.name).width, h: size * 1.2 })), radius, 2 * unit, width, height);
  ctx.fillStyle = spec.colors.cities;
  for (const [i, { p }] of points.entries()) {
    if (!spots[i]) continue;
    ctx.beginPath();
    ctx.arc(p[0], p[1], radius, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  // A thin halo in the land colour keeps names legible over lines.
  ctx.lineWidth = 2.5 * unit;
  ctx.strokeStyle = spec.colors.land;
  points.forEach(({ city }, i) => {
    const spot = spots[i];
    if (!spot) return;
    ctx.strokeText(city.name, spot.x, spot.y + spot.h / 2);
    ctx.fillText(city.name, spot.x, spot.y + spot.h / 2);
  });
}
