// Golden frames over a --basemap: a bus in a city drawn from vector tiles (Protomaps schema, both
// themes), and the same track over raster tiles warped into a conic projection.
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { createFrameRenderer } from '../../src/render/create-frame-renderer.js';
import { basemapScene } from '../helpers/basemap-scene.js';
import { CITY_BOX, cityLayers } from '../helpers/city-fixture.js';
import { compareToGolden } from '../helpers/golden.js';
import { useTempFiles } from '../helpers/temp-files.js';
import { mvtTiles, pngTile, tilesCovering, writePmtiles } from '../helpers/tile-fixtures.js';

const file = useTempFiles('trackreel-basemap-golden-');
const golden = (name: string): string => join(import.meta.dirname, `${name}.png`);

// Rolling hills west of a coast: green to brown with height, sea east of 8.62.
function terrain(lon: number, lat: number): number[] {
  if (lon > 8.62 + 0.004 * Math.sin(lat * 300)) return [70, 110, 150];
  const h = 0.5 + 0.25 * Math.sin(lon * 240) * Math.cos(lat * 310) + 0.25 * Math.sin((lon + lat) * 90);
  return [Math.round(90 + 100 * h), Math.round(130 + 50 * h), Math.round(70 + 40 * h)];
}

describe('basemap snapshots', () => {
  it.each(['light', 'dark'] as const)('a city-scale track over vector tiles matches its golden frame (%s)', async (theme) => {
    const path = await file(`city-${theme}.pmtiles`, '');
    await writePmtiles(path, mvtTiles(cityLayers('protomaps'), [12, 13, 14, 15, 16].flatMap((z) => tilesCovering(CITY_BOX, z))), { tileType: 1, gzipTiles: true, bounds: CITY_BOX });
    const { scene } = await basemapScene({ basemap: path, bbox: [8.565, 53.535, 8.625, 53.575], theme, size: [480, 320], trailDurationMs: '20m', title: 'Line 4' });
    await compareToGolden(golden(`basemap-vector-${theme}`), await createFrameRenderer(scene).renderFramePng(scene.timeline.frameCount - 1));
  });

  it('a track over raster tiles warped into Lambert conformal conic matches its golden frame', async () => {
    const path = await file('terrain.pmtiles', '');
    const tiles = await Promise.all([12, 13, 14].flatMap((z) => tilesCovering(CITY_BOX, z)).map(async (t) => ({ ...t, bytes: await pngTile(t.z, t.x, t.y, terrain) })));
    await writePmtiles(path, tiles, { tileType: 2, bounds: CITY_BOX });
    const { scene } = await basemapScene({ basemap: path, bbox: [8.55, 53.53, 8.65, 53.58], projection: 'lambert-conformal-conic', size: [480, 320], trailDurationMs: '20m' });
    await compareToGolden(golden('basemap-raster-lambert'), await createFrameRenderer(scene).renderFramePng(scene.timeline.frameCount - 1));
  });
});
