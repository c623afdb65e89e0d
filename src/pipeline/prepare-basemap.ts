// The --basemap step of preparing a scene, after the camera is known and before the static layers
// are painted: open the source and fetch the tiles of every view the movie shows, once, here on
// the coordinator (workers and the scene file get the tiles' bytes, never the source).
import { TrackreelError } from '../errors/trackreel-error.js';
import { basemapError } from '../map/tiles/basemap-error.js';
import { loadBasemapTiles } from '../map/tiles/basemap-tiles.js';
import { openTileSource } from '../map/tiles/open-tile-source.js';
import { userCacheDir } from '../map/tiles/user-cache-dir.js';
import { isTileUrl } from '../map/tiles/xyz-source.js';
import { sceneViews } from '../scene/build-scene.js';
import { withAttribution } from '../scene/map-overlays.js';
import type { UnpaintedScene } from '../scene/scene.js';
import type { ResolvedMovieOptions } from './resolve-movie-options.js';

export async function prepareBasemap(scene: UnpaintedScene, options: ResolvedMovieOptions, warn: (message: string) => void): Promise<UnpaintedScene> {
  const request = options.map.basemap;
  if (!request) return scene;
  if (scene.map.projection === 'cartesian') {
    throw basemapError('BASEMAP_UNSUPPORTED', request.source, 'the data are planar x/y (cartesian), not lon/lat, so a basemap cannot be placed under them');
  }
  const source = await openTileSource(request.source, { cacheDir: userCacheDir(), offline: request.offline });
  try {
    const tiles = await loadBasemapTiles(source, sceneViews(scene), scene.width, scene.height);
    // The credit the tiles' licence asks for, on every frame (--basemap-attribution, else the set's own).
    const attribution = request.attribution ?? tiles.attribution;
    const overlays = attribution ? withAttribution(scene.overlays, attribution, options.decorations.attributionAnchor) : scene.overlays;
    for (const warning of tiles.warnings) warn(warning);
    if (!attribution && isTileUrl(request.source)) warn(`--basemap ${request.source}: no --basemap-attribution given; most tile servers' terms require their credit on the frame`);
    return { ...scene, overlays, basemapTiles: { ...tiles, attribution } };
  } catch (e) {
    if (e instanceof TrackreelError) throw e;
    throw basemapError('BASEMAP_UNREADABLE', request.source, (e as Error).message, e);
  } finally {
    await source.close();
  }
}
