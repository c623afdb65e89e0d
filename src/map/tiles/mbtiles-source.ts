// An MBTiles file (SQLite: a metadata table and tiles in TMS rows), read with node-sqlite3-wasm,
// which reads pages from the file as SQLite asks for them rather than loading the whole file, and
// installs without a native build. Vector tiles are usually gzip-compressed in the blob.
import { gunzipSync } from 'node:zlib';
import { accessSync } from 'node:fs';
import sqlite from 'node-sqlite3-wasm';
import { basemapError } from './basemap-error.js';
import { isGzip, sniffTileFormat, type TileFormat, type TileSource } from './tile-source.js';

const FORMATS: Record<string, TileFormat> = { pbf: 'mvt', mvt: 'mvt', png: 'png', jpg: 'jpeg', jpeg: 'jpeg', webp: 'webp' };

function parseBounds(text: string | undefined): [number, number, number, number] | null {
  const parts = (text ?? '').split(',').map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) && parts[0] < parts[2] && parts[1] < parts[3]
    ? [parts[0], parts[1], parts[2], parts[3]] : null;
}

function vectorLayerIds(json: string | undefined): string[] {
  try {
    const layers = (JSON.parse(json ?? '{}') as { vector_layers?: Array<{ id?: unknown }> }).vector_layers ?? [];
    return layers.map((l) => l.id).filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}

export async function openMbtilesSource(path: string): Promise<TileSource> {
  try { accessSync(path); } catch (e) {
    throw basemapError('BASEMAP_UNREADABLE', path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot open the file (${(e as Error).message})`, e);
  }
  let db: InstanceType<typeof sqlite.Database>;
  const metadata: Record<string, string> = {};
  try {
    db = new sqlite.Database(path, { fileMustExist: true, readOnly: true });
  } catch (e) {
    throw basemapError('BASEMAP_UNREADABLE', path, `not an MBTiles (SQLite) file (${(e as Error).message})`, e);
  }
  try {
    for (const row of db.all('SELECT name, value FROM metadata')) metadata[String(row.name)] = String(row.value);
    const zooms = db.get('SELECT MIN(zoom_level) AS lo, MAX(zoom_level) AS hi FROM tiles');
    const first = db.get('SELECT tile_data FROM tiles LIMIT 1');
    const sample = first?.tile_data instanceof Uint8Array ? first.tile_data : null;
    const declared = metadata.format ? FORMATS[metadata.format.toLowerCase()] : undefined;
    if (metadata.format && !declared) throw basemapError('BASEMAP_UNSUPPORTED', path, `tile format "${metadata.format}" is not supported (pbf, png, jpg or webp are)`);
    const format = declared ?? (sample ? sniffTileFormat(isGzip(sample) ? gunzipSync(sample) : sample) : 'png');
    const number = (text: string | undefined, fallback: unknown): number => (text !== undefined && Number.isFinite(Number(text)) ? Number(text) : Number(fallback ?? 0));
    const statement = db.prepare('SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?');
    return {
      info: {
        name: path, format, minZoom: number(metadata.minzoom, zooms?.lo), maxZoom: number(metadata.maxzoom, zooms?.hi),
        bounds: parseBounds(metadata.bounds), attribution: metadata.attribution ?? null, vectorLayers: vectorLayerIds(metadata.json),
      },
      tile(z, x, y) {
        // MBTiles rows count from the south (TMS).
        const row = statement.get([z, x, 2 ** z - 1 - y]);
        const data = row?.tile_data;
        if (!(data instanceof Uint8Array)) return Promise.resolve(null);
        try {
          return Promise.resolve(isGzip(data) ? new Uint8Array(gunzipSync(data)) : new Uint8Array(data));
        } catch (e) {
          return Promise.reject(basemapError('BASEMAP_UNREADABLE', path, `tile ${z}/${x}/${y} is corrupt (${(e as Error).message})`, e));
        }
      },
      close() {
        statement.finalize();
        db.close();
        return Promise.resolve();
      },
    };
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code?.startsWith('BASEMAP_')) throw e;
    throw basemapError('BASEMAP_UNREADABLE', path, `not an MBTiles file (${(e as Error).message})`, e);
  }
}
