// The user's --basemap tiles over the Natural Earth layers (which show only where the set has no
// tiles): vector tiles styled in the map's colours, raster tiles warped into its projection. The
// decoded tiles are kept per thread, so a moving camera decodes each tile once.
import type { MapCity, MapSpec } from '../../map/map-spec.js';
import type { BasemapTiles } from '../../map/tiles/basemap-tiles.js';
import type { PlaceLabel } from '../../map/tiles/vector-schema.js';
import type { Context2D } from '../raster/canvas.js';
import { drawRasterTiles, type DecodedRasterCache } from './draw-raster-tiles.js';
import { drawVectorTiles, type DecodedTileCache } from './draw-vector-tiles.js';

export interface UserBasemap {
  tiles: BasemapTiles;
  vectorCache: DecodedTileCache;
  rasterCache: DecodedRasterCache;
}

// Place names drawn per view at most: more is clutter at any frame size.
const MAX_PLACES = 60;

export function userBasemap(tiles: BasemapTiles): UserBasemap {
  return { tiles, vectorCache: new Map(), rasterCache: new Map() };
}

// Draws the tiles and returns the vector tiles' place names as cities for the cities layer's
// labelling (most important first, each name once: tiles repeat their neighbours' in the buffer).
export function drawUserBasemap(ctx: Context2D, spec: MapSpec, width: number, height: number, user: UserBasemap): MapCity[] {
  if (user.tiles.format !== 'mvt') {
    drawRasterTiles(ctx, spec, width, height, user.tiles, user.rasterCache);
    return [];
  }
  const places = drawVectorTiles(ctx, spec, width, height, user.tiles, user.vectorCache);
  const seen = new Set<string>();
  const unique: PlaceLabel[] = [];
  for (const p of [...places].sort((a, b) => b.rank - a.rank || a.name.localeCompare(b.name))) {
    const key = `${p.name}\0${p.lon.toFixed(3)}\0${p.lat.toFixed(3)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(p);
  }
  return unique.slice(0, MAX_PLACES).map((p) => ({ name: p.name, lon: p.lon, lat: p.lat, population: p.rank }));
}
