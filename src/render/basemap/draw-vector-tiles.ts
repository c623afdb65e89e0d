// Vector basemap tiles drawn with d3-geo into Skia in the map's projection: the tiles' area in the
// land colour, then each role (water, parks, roads by class...) across all tiles at once, so a
// tile's buffer never paints over its neighbour's later layers and no seams show between tiles.
import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import { createProjection } from '../../map/create-projection.js';
import type { MapSpec } from '../../map/map-spec.js';
import type { BasemapTiles } from '../../map/tiles/basemap-tiles.js';
import { decodeVectorTile, type DecodedVectorTile } from '../../map/tiles/decode-vector-tile.js';
import { tileBounds, tileKey, wrapTileX, zoomForResolution, type TileId } from '../../map/tiles/tile-math.js';
import { FEATURE_ROLES, type PlaceLabel } from '../../map/tiles/vector-schema.js';
import { chooseZoom, metresPerPixel, viewTiles } from '../../map/tiles/view-tiles.js';
import type { Context2D } from '../raster/canvas.js';
import { vectorTileStyle, zoomWidthFactor } from './vector-tile-style.js';

// Buildings are drawn from this zoom (of a 600-pixel-high frame) on: below, they are grey noise.
const BUILDINGS_FROM_ZOOM = 14;

export type DecodedTileCache = Map<string, DecodedVectorTile>;

// The tiles of the set a view uses, at the zoom its scale asks for.
export function tilesForView(basemap: BasemapTiles, spec: MapSpec, width: number, height: number): TileId[] {
  const zoom = chooseZoom(spec, width, height, basemap.tileSizePx, basemap.minZoom, basemap.maxZoom);
  return viewTiles(spec, width, height, zoom).tiles;
}

export function tilePolygon(t: TileId): MultiPolygon {
  const [w, s, e, n] = tileBounds(t);
  // Clockwise, as d3-geo wants an exterior ring.
  return { type: 'MultiPolygon', coordinates: [[[[w, n], [e, n], [e, s], [w, s], [w, n]]]] };
}

// Draws the vector tiles under ctx's map and returns their place names for labelling.
export function drawVectorTiles(ctx: Context2D, spec: MapSpec, width: number, height: number, basemap: BasemapTiles, cache: DecodedTileCache): PlaceLabel[] {
  const scale = metresPerPixel(spec, width, height);
  const referenceZoom = scale ? zoomForResolution(scale.mpp, scale.lat, 512) - Math.log2(spec.lineScale) : 0;
  const withBuildings = referenceZoom >= BUILDINGS_FROM_ZOOM;
  const byKey = new Map(basemap.tiles.map((t) => [tileKey(t), t]));
  const decoded: DecodedVectorTile[] = [];
  const present: TileId[] = [];
  for (const t of tilesForView(basemap, spec, width, height)) {
    const tile = byKey.get(tileKey(t));
    if (!tile) continue;
    const key = `${tileKey(t)}${withBuildings ? '+b' : ''}`;
    let d = cache.get(key);
    if (!d) { d = decodeVectorTile(tile.bytes, t, basemap.schema ?? 'generic', withBuildings); cache.set(key, d); }
    decoded.push(d);
    present.push(t);
  }
  if (present.length === 0) return [];
  const projection = createProjection(spec).clipExtent([[-8, -8], [width + 8, height + 8]]);
  const path = geoPath(projection as Parameters<typeof geoPath>[0], ctx as unknown as Parameters<typeof geoPath>[1]);
  const style = vectorTileStyle(spec.colors);
  const widthFactor = zoomWidthFactor(referenceZoom) * spec.lineScale;
  ctx.save();
  ctx.lineJoin = 'round';
  // Butt ends: a line is cut at each tile's edge (decode-vector-tile.ts), and round caps would
  // overlap there, a darker dot on a thin line at every tile border.
  ctx.lineCap = 'butt';
  // One path for all tiles' squares: shared edges are inside it, so no seam is antialiased there.
  ctx.beginPath();
  for (const t of present) path(tilePolygon(t));
  ctx.fillStyle = spec.colors.land;
  ctx.fill();
  const draw = (objects: Array<GeoPermissibleObjects | undefined>): boolean => {
    let any = false;
    ctx.beginPath();
    for (const o of objects) if (o) { path(o); any = true; }
    return any;
  };
  for (const role of FEATURE_ROLES) {
    const look = style[role];
    if (look.fill && draw(decoded.map((d) => d.areas[role]))) { ctx.fillStyle = look.fill; ctx.fill(); }
    if (look.stroke && draw(decoded.map((d) => d.lines[role]))) {
      ctx.strokeStyle = look.stroke;
      const lineWidth = Math.max(0.75, (look.widthPx ?? 1) * widthFactor);
      ctx.lineWidth = lineWidth;
      ctx.setLineDash((look.dash ?? []).map((v) => v * Math.max(1.5, lineWidth)));
      ctx.stroke();
    }
  }
  ctx.restore();
  return decoded.flatMap((d) => d.places);
}
