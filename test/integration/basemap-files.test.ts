// --basemap with PMTiles and MBTiles files the test writes itself: vector tiles of a made-up city
// in both schemas, raster tiles of a lon/lat checkerboard.
import { rgb } from 'd3-color';
import { readFile, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { validateOptions, type ValidatedMovieOptions } from '../../src/options/render-options.js';
import { renderKey } from '../../src/pipeline/render-key.js';
import { resolveMovieOptions } from '../../src/pipeline/resolve-movie-options.js';
import { THEMES } from '../../src/style/themes.js';
import { backgroundAt, basemapScene, sameColour } from '../helpers/basemap-scene.js';
import { CITY_BOX, cityLayers } from '../helpers/city-fixture.js';
import { mvtTiles, pngTile, tilesCovering, writeMbtiles, writePmtiles, type FixtureTile } from '../helpers/tile-fixtures.js';
import { useTempFiles } from '../helpers/temp-files.js';

const file = useTempFiles('trackreel-basemap-');
const ZOOMS = [11, 12, 13, 14, 15];
const cityTiles = (schema: 'protomaps' | 'openmaptiles'): FixtureTile[] => mvtTiles(cityLayers(schema), ZOOMS.flatMap((z) => tilesCovering(CITY_BOX, z)));

async function pmtiles(name: string, tiles: FixtureTile[], tileType: 1 | 2, metadata: Record<string, unknown> = {}): Promise<string> {
  const path = await file(name, '');
  await writePmtiles(path, tiles, { tileType, gzipTiles: tileType === 1, bounds: CITY_BOX, metadata });
  return path;
}

// A lon/lat checkerboard of 0.01-degree cells.
const ORANGE = [230, 120, 30]; const BLUE = [40, 90, 200];
const cellColour = (lon: number, lat: number): number[] => ((Math.floor(lon * 100) + Math.floor(lat * 100)) % 2 === 0 ? ORANGE : BLUE);
const checkerTiles = (zooms: number[]): Promise<FixtureTile[]> => Promise.all(zooms.flatMap((z) => tilesCovering(CITY_BOX, z))
  .map(async (t) => ({ ...t, bytes: await pngTile(t.z, t.x, t.y, cellColour) })));

// Cell centres in view (well inside their cells, so any warp error of a pixel or two is inside).
function cellCentres(box: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let lon = Math.ceil(box[0] * 100) + 0.5; lon < box[2] * 100 - 0.5; lon++) for (let lat = Math.ceil(box[1] * 100) + 0.5; lat < box[3] * 100 - 0.5; lat++) out.push([lon / 100, lat / 100]);
  return out;
}

// The error a promise rejects with (the test fails if it resolves).
const rejection = (p: Promise<unknown>): Promise<Error> => p.then(() => expect.unreachable('expected a rejection'), (e: Error) => e);

const css = (c: string): number[] => { const v = rgb(c); return [v.r, v.g, v.b]; };
const LIGHT = THEMES.light.map;

describe('--basemap files', () => {
  it('prepareMovieScene() draws a Protomaps PMTiles city: sea, river, park and land where the tiles put them', async () => {
    const basemap = await pmtiles('city-pm.pmtiles', cityTiles('protomaps'), 1, { attribution: '© test city' });
    const { scene, warnings } = await basemapScene({ basemap, bbox: CITY_BOX, theme: 'light', size: [480, 320] });
    expect(warnings).toEqual([]);
    expect(scene.basemapTiles).toMatchObject({ format: 'mvt', schema: 'protomaps', attribution: '© test city' });
    expect(backgroundAt(scene, 8.64, 53.55)).toEqual(css(LIGHT.sea));
    expect(backgroundAt(scene, 8.56, 53.5425)).toEqual(css(LIGHT.sea));
    const park = backgroundAt(scene, 8.587, 53.565);
    expect(park[1]).toBeGreaterThan(park[0] + 10);
    expect(backgroundAt(scene, 8.56, 53.55)).toEqual(css(LIGHT.land));
    // The set's own attribution is drawn on the frame; --basemap-attribution replaces it.
    expect(scene.overlays.attribution?.texts).toContain('© test city');
    expect(scene.decorationLayer.boxes.attribution).toBeDefined();
    const credited = await basemapScene({ basemap, bbox: CITY_BOX, basemapAttribution: '© Protomaps © OpenStreetMap' });
    expect(credited.scene.overlays.attribution?.texts).toContain('© Protomaps © OpenStreetMap');
    expect(credited.scene.overlays.attribution?.texts).not.toContain('© test city');
  });

  it('prepareMovieScene() draws the same city from OpenMapTiles layers as from Protomaps layers', async () => {
    const pm = await basemapScene({ basemap: await pmtiles('a.pmtiles', cityTiles('protomaps'), 1), bbox: CITY_BOX });
    const omt = await basemapScene({ basemap: await pmtiles('b.pmtiles', cityTiles('openmaptiles'), 1), bbox: CITY_BOX });
    expect(omt.scene.basemapTiles?.schema).toBe('openmaptiles');
    let differing = 0;
    for (let i = 0; i < pm.scene.background.length; i += 4) if (pm.scene.background[i] !== omt.scene.background[i]) differing++;
    // The Protomaps fixture also has an earth polygon, drawn in the land colour the OpenMapTiles
    // tiles start from: its antialiased edge along the coast is all that may differ.
    expect(differing).toBeLessThan(0.01 * pm.scene.width * pm.scene.height);
  });

  it('prepareMovieScene() reads MBTiles (gzip-compressed vector tiles, TMS rows) to the same pixels as PMTiles', async () => {
    const tiles = cityTiles('protomaps');
    const mb = await file('city.mbtiles', '');
    await rm(mb);
    writeMbtiles(mb, tiles, { format: 'pbf', minzoom: '11', maxzoom: '15', bounds: CITY_BOX.join(','), attribution: '© mb' }, true);
    const fromMb = await basemapScene({ basemap: mb, bbox: CITY_BOX });
    const fromPm = await basemapScene({ basemap: await pmtiles('c.pmtiles', tiles, 1), bbox: CITY_BOX });
    expect(fromMb.scene.basemapTiles?.attribution).toBe('© mb');
    expect(Buffer.from(fromMb.scene.background).equals(Buffer.from(fromPm.scene.background))).toBe(true);
  });

  it.each(['equirectangular', 'mercator', 'orthographic', 'lambert-conformal-conic'])('prepareMovieScene() warps raster tiles into the %s projection', async (projection) => {
    const basemap = await pmtiles(`checker-${projection}.pmtiles`, await checkerTiles([12, 13, 14]), 2);
    const box = [8.57, 53.53, 8.63, 53.57];
    const { scene } = await basemapScene({ basemap, bbox: box, projection, size: [400, 300] });
    expect(scene.basemapTiles?.format).toBe('png');
    const centres = cellCentres(box);
    expect(centres.length).toBeGreaterThan(10);
    const wrong = centres.filter(([lon, lat]) => !sameColour(backgroundAt(scene, lon, lat), cellColour(lon, lat), 12));
    expect(wrong).toEqual([]);
  });

  it('prepareMovieScene() warns when the tiles cover only part of the view and draws Natural Earth around them', async () => {
    const basemap = await pmtiles('small.pmtiles', cityTiles('protomaps'), 1);
    const { scene, warnings } = await basemapScene({ basemap, bbox: [8.3, 53.4, 8.9, 53.7], theme: 'light' });
    expect(warnings.join('\n')).toMatch(/tiles in view are not in the set .* the rest of the map is Natural Earth/);
    // Far west of the fixture (inland Lower Saxony): Natural Earth land.
    expect(backgroundAt(scene, 8.32, 53.45)).toEqual(css(LIGHT.land));
    expect(backgroundAt(scene, 8.64, 53.55)).toEqual(css(LIGHT.sea));
  });

  it('prepareMovieScene() draws an unknown vector schema with the generic style and warns', async () => {
    const layers = { lakes_and_sea: cityLayers('protomaps').water, streets: cityLayers('protomaps').roads };
    const basemap = await pmtiles('odd.pmtiles', mvtTiles(layers, ZOOMS.flatMap((z) => tilesCovering(CITY_BOX, z))), 1);
    const { scene, warnings } = await basemapScene({ basemap, bbox: CITY_BOX, theme: 'light' });
    expect(warnings.join('\n')).toMatch(/unknown vector tile schema \(layers: lakes_and_sea, streets\); drawn with a generic style/);
    expect(backgroundAt(scene, 8.64, 53.55)).toEqual(css(LIGHT.sea));
  });

  it('renderKey() changes with the bytes of the tiles in view, not with other tiles of the archive or --offline', async () => {
    const tiles = cityTiles('protomaps');
    const base = await basemapScene({ basemap: await pmtiles('k1.pmtiles', tiles, 1), bbox: CITY_BOX });
    const used = new Set(base.scene.basemapTiles!.tiles.map((t) => `${t.z}/${t.x}/${t.y}`));
    const other = mvtTiles({ earth: cityLayers('protomaps').earth }, tiles);
    const touch = (keep: (key: string) => boolean): FixtureTile[] => tiles.map((t, i) => (keep(`${t.z}/${t.x}/${t.y}`) ? t : other[i]));
    const unusedChanged = await basemapScene({ basemap: await pmtiles('k2.pmtiles', touch((k) => used.has(k)), 1), bbox: CITY_BOX });
    const usedChanged = await basemapScene({ basemap: await pmtiles('k3.pmtiles', touch((k) => !used.has(k) || k !== [...used][0]), 1), bbox: CITY_BOX });
    expect(unusedChanged.scene.basemapTiles!.digest).toBe(base.scene.basemapTiles!.digest);
    expect(usedChanged.scene.basemapTiles!.digest).not.toBe(base.scene.basemapTiles!.digest);
    const o = resolveMovieOptions(validateOptions<ValidatedMovieOptions>({ basemap: 'x.pmtiles' }, []));
    const offline = resolveMovieOptions(validateOptions<ValidatedMovieOptions>({ basemap: 'x.pmtiles', offline: true }, []));
    const key = (opts: typeof o, digest: string): Promise<string> => renderKey([], opts, null, digest);
    expect(await key(o, 'a')).not.toBe(await key(o, 'b'));
    expect(await key(o, 'a')).toBe(await key(offline, 'a'));
  });

  it('prepareMovieScene() names the file and what is wrong for a missing, corrupt or unknown basemap', async () => {
    const missing = await rejection(basemapScene({ basemap: '/nonexistent/city.pmtiles' }));
    expect(missing).toMatchObject({ code: 'BASEMAP_UNREADABLE', message: '--basemap /nonexistent/city.pmtiles: no such file' });
    const corrupt = await file('corrupt.pmtiles', 'PMTiles but not really an archive');
    expect(await rejection(basemapScene({ basemap: corrupt }))).toMatchObject({ code: 'BASEMAP_UNREADABLE', message: expect.stringMatching(/corrupt\.pmtiles: not a PMTiles v3 archive/) });
    const badDb = await file('bad.mbtiles', 'not sqlite at all, just text');
    expect(await rejection(basemapScene({ basemap: badDb }))).toMatchObject({ code: 'BASEMAP_UNREADABLE', message: expect.stringMatching(/bad\.mbtiles: not an MBTiles/) });
    const other = await file('notes.txt', 'hello');
    expect(await rejection(basemapScene({ basemap: other }))).toMatchObject({ code: 'BASEMAP_UNSUPPORTED', message: expect.stringMatching(/notes\.txt: not a basemap trackreel reads; expected a PMTiles/) });
    const truncated = await pmtiles('whole.pmtiles', cityTiles('protomaps'), 1);
    const bytes = await readFile(truncated);
    const cut = await file('truncated.pmtiles', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await rejection(basemapScene({ basemap: cut, bbox: [8.585, 53.55, 8.59, 53.553] }))).toMatchObject({ code: 'BASEMAP_UNREADABLE', message: expect.stringMatching(/truncated\.pmtiles: tile \d+\/\d+\/\d+ cannot be read \(the file ends before byte \d+ that its directory points to/) });
  });
});
