// Raster basemap tiles decoded by Skia (once per tile per thread) and warped into the frame.
import type { MapSpec } from '../../map/map-spec.js';
import { basemapError } from '../../map/tiles/basemap-error.js';
import type { BasemapTiles } from '../../map/tiles/basemap-tiles.js';
import { tileKey, wrapTileX } from '../../map/tiles/tile-math.js';
import { decodeImageRgba, drawRgbaOver, type Context2D } from '../raster/canvas.js';
import { tilesForView } from './draw-vector-tiles.js';
import { warpRasterTiles, type DecodedRasterTile } from './warp-raster-tiles.js';

export type DecodedRasterCache = Map<string, DecodedRasterTile>;

export function drawRasterTiles(ctx: Context2D, spec: MapSpec, width: number, height: number, basemap: BasemapTiles, cache: DecodedRasterCache): void {
  const byKey = new Map(basemap.tiles.map((t) => [tileKey(t), t]));
  const wanted = tilesForView(basemap, spec, width, height);
  const decoded: DecodedRasterTile[] = [];
  for (const t of wanted) {
    const key = tileKey(t);
    const tile = byKey.get(key);
    if (!tile) continue;
    let d = cache.get(key);
    if (!d) {
      const image = decodeImageRgba(tile.bytes);
      if (!image) throw basemapError('BASEMAP_UNREADABLE', basemap.source, `tile ${t.z}/${wrapTileX(t.x, t.z)}/${t.y} is not a ${basemap.format.toUpperCase()} image Skia can decode`);
      d = { x: t.x, y: t.y, size: image.width, rgba: image.data };
      cache.set(key, d);
    }
    decoded.push(d);
  }
  if (decoded.length === 0) return;
  drawRgbaOver(ctx, warpRasterTiles(spec, width, height, wanted[0].z, basemap.tileSizePx, decoded), width, height);
}
