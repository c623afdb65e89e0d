// Tiles from an XYZ URL template (https://.../{z}/{x}/{y}.png), as tile servers' usage policies
// ask: a User-Agent naming trackreel, a few requests at a time, retries with back-off for
// transient failures (429, 5xx, network errors), and a disk cache reused across renders.
// --offline reads the cache alone.
import { readFileSync } from 'node:fs';
import pLimit from 'p-limit';
import { basemapError } from './basemap-error.js';
import { openTileDiskCache } from './tile-disk-cache.js';
import { sniffTileFormat, type TileSource } from './tile-source.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
export const USER_AGENT = `trackreel/${VERSION} (+https://github.com/trackreel/trackreel)`;

export interface XyzOptions {
  cacheDir: string;
  offline: boolean;
  // Requests in flight at once.
  concurrency?: number;
  // Attempts per tile (the first and its retries), and the first back-off; it doubles each retry.
  attempts?: number;
  backoffMs?: number;
  timeoutMs?: number;
  maxZoom?: number;
}

export const isTileUrl = (value: string): boolean => /^https?:\/\//i.test(value);

export function tileUrl(template: string, z: number, x: number, y: number): string {
  return template.replaceAll('{z}', String(z)).replaceAll('{x}', String(x)).replaceAll('{y}', String(y))
    .replaceAll('{-y}', String(2 ** z - 1 - y));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const transient = (status: number): boolean => status === 408 || status === 429 || status >= 500;

export function openXyzSource(template: string, options: XyzOptions): TileSource {
  if (!/\{z\}/.test(template) || !/\{x\}/.test(template) || !/\{-?y\}/.test(template)) {
    throw basemapError('BASEMAP_UNSUPPORTED', template, 'a tile URL needs {z}, {x} and {y} (or {-y} for TMS rows) in it');
  }
  const cache = openTileDiskCache(options.cacheDir, template);
  const limit = pLimit(options.concurrency ?? 4);
  const attempts = options.attempts ?? 4;
  const backoffMs = options.backoffMs ?? 500;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const offlineHint = `tiles fetched so far are cached in ${cache.dir}, and --offline renders from that cache alone`;

  const download = async (z: number, x: number, y: number): Promise<Uint8Array | null> => {
    const url = tileUrl(template, z, x, y);
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await sleep(backoffMs * 2 ** (attempt - 2));
      let response: Response;
      try {
        response = await fetch(url, { headers: { 'user-agent': USER_AGENT }, signal: AbortSignal.timeout(timeoutMs) });
      } catch (e) {
        last = (e as Error).name === 'TimeoutError' ? `no answer in ${timeoutMs / 1000} s` : `${(e as Error).message}${(e as { cause?: Error }).cause ? ` (${(e as { cause: Error }).cause.message})` : ''}`;
        continue;
      }
      // 404 and 204: the server has no tile there (outside its coverage), which is not a failure.
      if (response.status === 404 || response.status === 204) { await response.body?.cancel(); return null; }
      if (response.ok) return new Uint8Array(await response.arrayBuffer());
      last = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      await response.body?.cancel();
      if (!transient(response.status)) break;
    }
    throw basemapError('BASEMAP_FETCH_FAILED', template, `tile ${z}/${x}/${y} (${url}) failed: ${last}${attempts > 1 ? ` (${attempts} attempts)` : ''}; ${offlineHint}`);
  };

  const tile = async (z: number, x: number, y: number): Promise<Uint8Array | null> => {
    const cached = await cache.get(z, x, y);
    if (cached.kind === 'tile') return cached.bytes;
    if (cached.kind === 'none') return null;
    if (options.offline) {
      throw basemapError('BASEMAP_FETCH_FAILED', template, `tile ${z}/${x}/${y} is not in the cache (${cache.dir}) and --offline forbids downloading it; render once without --offline to fill the cache`);
    }
    const bytes = await limit(() => download(z, x, y));
    await cache.put(z, x, y, bytes);
    return bytes;
  };

  return {
    // The format is known from the first tile (probeFormat); raster is the common case.
    info: { name: template, format: /\.(pbf|mvt)(\?|$)/i.test(template) ? 'mvt' : 'png', minZoom: 0, maxZoom: options.maxZoom ?? 19, bounds: null, attribution: null, vectorLayers: [] },
    tile,
    close: () => Promise.resolve(),
  };
}

// The source's info with the format of an actual tile (a template need not end in .png).
export function withSniffedFormat(source: TileSource, sample: Uint8Array | null): TileSource {
  if (!sample) return source;
  return { ...source, info: { ...source.info, format: sniffTileFormat(sample) } };
}
