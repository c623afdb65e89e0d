// The tiles one movie's basemap is drawn from, fetched once by the coordinator for every view the
// movie shows (one for a fixed map; each frame's for a moving camera): plain data (bytes per tile),
// so it crosses to workers and into the scene file, and its digest goes into the resume key (the
// bytes of the tiles used, not the whole archive).
import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import type { MapSpec } from '../map-spec.js';
import { basemapError } from './basemap-error.js';
import { layerNames } from './decode-vector-tile.js';
import { imageWidth } from './image-size.js';
import { tileKey, wrapTileX, type TileId } from './tile-math.js';
import { isRasterFormat, type TileFormat, type TileSource } from './tile-source.js';
import { detectSchema, type VectorSchema } from './vector-schema.js';
import { chooseZoom, viewTiles } from './view-tiles.js';
import { withSniffedFormat } from './xyz-source.js';

export interface BasemapTile extends TileId {
  // Decompressed tile bytes (MVT, PNG, JPEG or WebP); x is unwrapped (see ViewTiles).
  bytes: Uint8Array;
}

export interface BasemapTiles {
  source: string;
  format: TileFormat;
  // Vector tiles: the schema the style reads them with.
  schema: VectorSchema | null;
  minZoom: number;
  maxZoom: number;
  // Raster tiles' pixel size (vector tiles: 512, their nominal display size).
  tileSizePx: number;
  tiles: BasemapTile[];
  // Tiles in view the set does not have (drawn over Natural Earth).
  missing: TileId[];
  attribution: string | null;
  digest: string;
  // What a user should hear about (a view the set does not cover, an unknown schema).
  warnings: string[];
}

// Beyond this many tiles the zoom choice or the tile set is wrong for the view (a 4K frame
// needs about 100; a camera over a city some hundreds).
const MAX_TILES = 4000;
const VECTOR_TILE_PX = 512;

export async function loadBasemapTiles(source: TileSource, views: readonly MapSpec[], width: number, height: number): Promise<BasemapTiles> {
  let { info } = source;
  const name = info.name;
  const [first] = views;
  // Raster tile sets: the tile size (and, for a URL template, the format) from one tile.
  let tileSizePx = VECTOR_TILE_PX;
  const provisional = chooseZoom(first, width, height, isRasterFormat(info.format) ? 256 : VECTOR_TILE_PX, info.minZoom, info.maxZoom);
  const probeTile = viewTiles(first, width, height, provisional).tiles[0];
  const probe = probeTile ? await source.tile(probeTile.z, wrapTileX(probeTile.x, probeTile.z), probeTile.y) : null;
  if (probe) info = withSniffedFormat(source, probe).info;
  if (isRasterFormat(info.format)) tileSizePx = (probe && imageWidth(probe)) || 256;
  const wanted = new Map<string, TileId>();
  for (const view of views) {
    const zoom = chooseZoom(view, width, height, tileSizePx, info.minZoom, info.maxZoom);
    for (const t of viewTiles(view, width, height, zoom).tiles) wanted.set(tileKey(t), t);
    if (wanted.size > MAX_TILES) {
      throw basemapError('BASEMAP_UNSUPPORTED', name, `the view needs more than ${MAX_TILES} tiles at zoom ${zoom} (the set's zooms are ${info.minZoom}-${info.maxZoom}); use a tile set with lower zoom levels for a view this wide`);
    }
  }
  const limit = pLimit(16);
  const fetched = await Promise.all([...wanted.values()].map((t) => limit(async () => ({ ...t, bytes: await source.tile(t.z, wrapTileX(t.x, t.z), t.y) }))));
  const tiles = fetched.filter((t): t is BasemapTile => t.bytes !== null && t.bytes.length > 0);
  const missing = fetched.filter((t) => t.bytes === null).map(({ z, x, y }) => ({ z, x, y }));
  const warnings: string[] = [];
  if (missing.length > 0) {
    warnings.push(`--basemap ${name}: ${missing.length} of ${fetched.length} tiles in view are not in the set (it covers ${info.bounds ? info.bounds.map((v) => v.toFixed(3)).join(', ') : 'less than the view'}); the rest of the map is Natural Earth`);
  }
  let schema: VectorSchema | null = null;
  if (!isRasterFormat(info.format)) {
    const layers = new Set(info.vectorLayers);
    for (const t of tiles.slice(0, 16)) {
      try { for (const l of layerNames(t.bytes)) layers.add(l); } catch (e) {
        throw basemapError('BASEMAP_UNREADABLE', name, `tile ${t.z}/${wrapTileX(t.x, t.z)}/${t.y} is not a valid vector tile (${(e as Error).message})`, e);
      }
    }
    schema = detectSchema([...layers]);
    if (schema === 'generic' && layers.size > 0) {
      warnings.push(`--basemap ${name}: unknown vector tile schema (layers: ${[...layers].sort().join(', ')}); drawn with a generic style (the built-in style knows Protomaps and OpenMapTiles layers)`);
    }
  }
  const hash = createHash('sha256').update(`${info.format}\0${tileSizePx}\0`);
  for (const t of tiles) hash.update(`${t.z}/${t.x}/${t.y}:${t.bytes.length}\0`).update(t.bytes);
  return {
    source: name, format: info.format, schema, minZoom: info.minZoom, maxZoom: info.maxZoom, tileSizePx, tiles, missing,
    attribution: info.attribution, digest: hash.digest('hex'), warnings,
  };
}
