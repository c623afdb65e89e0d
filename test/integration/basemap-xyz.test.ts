// --basemap https://.../{z}/{x}/{y}.png against a real HTTP server on 127.0.0.1 serving a tile
// folder written by the test: a tile that always fails, one that fails once, a slow one, the
// User-Agent, the concurrency limit, the disk cache on a second render and --offline.
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backgroundAt, basemapScene, sameColour } from '../helpers/basemap-scene.js';
import { CITY_BOX } from '../helpers/city-fixture.js';
import { pngTile, tilesCovering } from '../helpers/tile-fixtures.js';

const ORANGE = [230, 120, 30]; const BLUE = [40, 90, 200];
const cellColour = (lon: number, lat: number): number[] => ((Math.floor(lon * 100) + Math.floor(lat * 100)) % 2 === 0 ? ORANGE : BLUE);
const VIEW = [8.57, 53.53, 8.63, 53.57];
const SIZE = [400, 300];

interface Behaviour { failAlways?: boolean; failOnce?: boolean; delayMs?: number }
let server: Server;
let base = '';
let cacheDir = '';
const tiles = new Map<string, Uint8Array>();
const behaviour = new Map<string, Behaviour>();
const requests: string[] = [];
const agents = new Set<string>();
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'trackreel-tile-cache-'));
  process.env.TRACKREEL_CACHE_DIR = cacheDir;
  for (const t of [12, 13, 14].flatMap((z) => tilesCovering(CITY_BOX, z))) tiles.set(`${t.z}/${t.x}/${t.y}`, await pngTile(t.z, t.x, t.y, cellColour));
  server = createServer((req, res) => {
    const key = (req.url ?? '').replace(/^\/tiles\//, '').replace(/\.png$/, '');
    requests.push(key);
    agents.add(String(req.headers['user-agent']));
    inFlight++; maxInFlight = Math.max(maxInFlight, inFlight);
    const b = behaviour.get(key) ?? {};
    const finish = (status: number, body?: Uint8Array): void => {
      inFlight--;
      res.writeHead(status, { 'content-type': 'image/png' }).end(body);
    };
    setTimeout(() => {
      if (b.failAlways) return finish(500);
      if (b.failOnce) { b.failOnce = false; return finish(503); }
      const bytes = tiles.get(key);
      return bytes ? finish(200, bytes) : finish(404);
    }, b.delayMs ?? 5);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/tiles/{z}/{x}/{y}.png`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  delete process.env.TRACKREEL_CACHE_DIR;
  await rm(cacheDir, { recursive: true, force: true });
});

const rejection = (p: Promise<unknown>): Promise<Error> => p.then(() => expect.unreachable('expected a rejection'), (e: Error) => e);

describe('--basemap tile URL', () => {
  it('prepareMovieScene() fetches the view\'s tiles (a slow one, one retried after a 503) a few at a time with trackreel\'s User-Agent, and caches them', async () => {
    const first = await basemapScene({ basemap: base, bbox: VIEW, size: SIZE });
    const used = first.scene.basemapTiles!.tiles.map((t) => `${t.z}/${t.x}/${t.y}`);
    expect(first.warnings).toEqual([expect.stringMatching(/no --basemap-attribution given; most tile servers' terms require their credit/)]);
    expect(used.length).toBeGreaterThan(3);
    expect(first.scene.basemapTiles!.format).toBe('png');
    // Again, with one tile slow and one failing once: the same pixels, after a retry.
    await rm(cacheDir, { recursive: true, force: true });
    behaviour.set(used[0], { delayMs: 1500 });
    behaviour.set(used[1], { failOnce: true });
    requests.length = 0;
    const second = await basemapScene({ basemap: base, bbox: VIEW, size: SIZE });
    expect(requests.filter((k) => k === used[1])).toHaveLength(2);
    expect(Buffer.from(second.scene.background).equals(Buffer.from(first.scene.background))).toBe(true);
    expect(maxInFlight).toBeLessThanOrEqual(4);
    expect([...agents]).toEqual([expect.stringMatching(/^trackreel\/\d+\.\d+\.\d+ /)]);
    const wrong = [[8.585, 53.545], [8.615, 53.555], [8.595, 53.565]].filter(([lon, lat]) => !sameColour(backgroundAt(second.scene, lon, lat), cellColour(lon, lat), 12));
    expect(wrong).toEqual([]);
    // A third render asks the server nothing: every tile (and the 404s) comes from the cache.
    requests.length = 0;
    const third = await basemapScene({ basemap: base, bbox: VIEW, size: SIZE });
    expect(requests).toEqual([]);
    expect(third.scene.basemapTiles!.digest).toBe(first.scene.basemapTiles!.digest);
    behaviour.clear();
  }, 30_000);

  it('prepareMovieScene() with --offline draws from the cache and names a tile the cache lacks', async () => {
    const cached = await basemapScene({ basemap: base, bbox: VIEW, size: SIZE });
    requests.length = 0;
    const offline = await basemapScene({ basemap: base, bbox: VIEW, size: SIZE, offline: true });
    expect(requests).toEqual([]);
    expect(Buffer.from(offline.scene.background).equals(Buffer.from(cached.scene.background))).toBe(true);
    const error = await rejection(basemapScene({ basemap: base, bbox: VIEW, size: [800, 600], offline: true }));
    expect(error).toMatchObject({ code: 'BASEMAP_FETCH_FAILED', message: expect.stringMatching(/tile \d+\/\d+\/\d+ is not in the cache \(.*\) and --offline forbids downloading it; render once without --offline/) });
    expect(requests).toEqual([]);
  }, 30_000);

  it('prepareMovieScene() names the tile, its URL and the HTTP status of a tile that keeps failing, and says --offline uses the cache', async () => {
    const [victim] = tilesCovering(VIEW as [number, number, number, number], 14);
    behaviour.set(`${victim.z}/${victim.x}/${victim.y}`, { failAlways: true });
    const error = await rejection(basemapScene({ basemap: base, bbox: VIEW, size: [800, 600] }));
    expect(error).toMatchObject({ code: 'BASEMAP_FETCH_FAILED', retryable: true });
    expect(error.message).toContain(`tile ${victim.z}/${victim.x}/${victim.y} (${base.replace('{z}/{x}/{y}', `${victim.z}/${victim.x}/${victim.y}`)}) failed: HTTP 500 Internal Server Error (4 attempts)`);
    expect(error.message).toMatch(/--offline renders from that cache alone/);
    behaviour.clear();
  }, 30_000);

  it('prepareMovieScene() refuses a URL without {z}, {x} and {y} and a server that is not there', async () => {
    expect(await rejection(basemapScene({ basemap: 'https://tile.example.org/tiles.png' }))).toMatchObject({ code: 'BASEMAP_UNSUPPORTED', message: expect.stringMatching(/needs \{z\}, \{x\} and \{y\}/) });
  });
});
