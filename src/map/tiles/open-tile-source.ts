// --basemap FILE_OR_URL -> the tile source that reads it: an XYZ URL template, a PMTiles archive
// or an MBTiles file (by extension, else by the file's first bytes).
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { basemapError } from './basemap-error.js';
import { openMbtilesSource } from './mbtiles-source.js';
import { openPmtilesSource } from './pmtiles-source.js';
import type { TileSource } from './tile-source.js';
import { isTileUrl, openXyzSource } from './xyz-source.js';

export interface BasemapSourceOptions {
  // Where downloaded tiles are kept (XYZ).
  cacheDir: string;
  offline: boolean;
}

const KINDS = 'a PMTiles (.pmtiles) or MBTiles (.mbtiles) file, or a tile URL such as https://tile.example.org/{z}/{x}/{y}.png';

async function sniffFile(path: string): Promise<'pmtiles' | 'mbtiles' | null> {
  const handle = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    throw basemapError('BASEMAP_UNREADABLE', path, e.code === 'ENOENT' ? 'no such file' : `cannot open the file (${e.code ?? e.message})`, e);
  });
  try {
    const head = new Uint8Array(16);
    const { bytesRead } = await handle.read(head, 0, 16, 0);
    const text = String.fromCharCode(...head.subarray(0, bytesRead));
    if (text.startsWith('PMTiles')) return 'pmtiles';
    if (text.startsWith('SQLite format 3')) return 'mbtiles';
    return null;
  } finally {
    await handle.close();
  }
}

export async function openTileSource(value: string, options: BasemapSourceOptions): Promise<TileSource> {
  if (isTileUrl(value)) {
    if (/\.pmtiles(\?|$)/i.test(value)) throw basemapError('BASEMAP_UNSUPPORTED', value, 'a PMTiles archive over HTTP is not supported; download it (or `pmtiles extract` your region) and pass the file');
    return openXyzSource(value, options);
  }
  const ext = extname(value).toLowerCase();
  const kind = ext === '.pmtiles' ? 'pmtiles' : ext === '.mbtiles' ? 'mbtiles' : await sniffFile(value);
  if (kind === 'pmtiles') return openPmtilesSource(value);
  if (kind === 'mbtiles') return openMbtilesSource(value);
  throw basemapError('BASEMAP_UNSUPPORTED', value, `not a basemap trackreel reads; expected ${KINDS}`);
}
