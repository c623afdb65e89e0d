// Small tile sets written by the tests themselves, from known geometry: Mapbox Vector Tiles
// (geojson-vt slices lon/lat features, vt-pbf encodes them), PMTiles v3 archives (header and one
// root directory, encoded here: the pmtiles package only reads), MBTiles files (node-sqlite3-wasm)
// and PNG raster tiles (Skia).
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Feature } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import sqlite from 'node-sqlite3-wasm';
import { zxyToTileId } from 'pmtiles';
import vtpbf from 'vt-pbf';
import { createSurface } from '../../src/render/raster/canvas.js';
import { lonOfWorldX, latOfWorldY } from '../../src/map/tiles/tile-math.js';

export interface FixtureTile { z: number; x: number; y: number; bytes: Uint8Array }

// Vector tiles: each layer's lon/lat features cut to each of the tiles (one index per layer).
export function mvtTiles(layers: Record<string, Feature[]>, tiles: Array<{ z: number; x: number; y: number }>): FixtureTile[] {
  const maxZoom = Math.max(...tiles.map((t) => t.z));
  const indexes = Object.entries(layers).map(([name, features]) => [name, new GeoJSONVT({ type: 'FeatureCollection', features }, { maxZoom, indexMaxZoom: maxZoom, indexMaxPoints: 0, buffer: 64, tolerance: 0 })] as const);
  return tiles.map((t) => {
    const sliced: Record<string, unknown> = {};
    for (const [name, index] of indexes) sliced[name] = index.getTile(t.z, t.x, t.y) ?? { features: [] };
    return { ...t, bytes: new Uint8Array(vtpbf.fromGeojsonVt(sliced as never, { version: 2 })) };
  });
}

// Every tile of zoom z covering the lon/lat box.
export function tilesCovering(box: [number, number, number, number], z: number): Array<{ z: number; x: number; y: number }> {
  const n = 2 ** z;
  const tx = (lon: number): number => Math.floor(((lon + 180) / 360) * n);
  const ty = (lat: number): number => {
    const s = Math.sin((lat * Math.PI) / 180);
    return Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n);
  };
  const out = [];
  for (let y = ty(box[3]); y <= ty(box[1]); y++) for (let x = tx(box[0]); x <= tx(box[2]); x++) out.push({ z, x, y });
  return out;
}

function varints(values: number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) { out.push((v % 0x80) | 0x80); v = Math.floor(v / 0x80); }
    out.push(v);
  }
  return out;
}

export interface PmtilesOptions {
  tileType: 1 | 2 | 3 | 4; // MVT, PNG, JPEG, WebP
  gzipTiles?: boolean;
  metadata?: Record<string, unknown>;
  bounds?: [number, number, number, number];
}

// A PMTiles v3 archive: 127-byte header, root directory, JSON metadata, tile data.
export async function writePmtiles(path: string, tiles: FixtureTile[], o: PmtilesOptions): Promise<void> {
  const entries = tiles.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), bytes: o.gzipTiles ? new Uint8Array(gzipSync(t.bytes)) : t.bytes })).sort((a, b) => a.id - b.id);
  let offset = 0;
  const placed = entries.map((e) => { const at = offset; offset += e.bytes.length; return { ...e, at }; });
  let last = 0;
  const directory = Uint8Array.from([
    ...varints([placed.length]),
    ...varints(placed.map((e) => { const d = e.id - last; last = e.id; return d; })),
    ...varints(placed.map(() => 1)),
    ...varints(placed.map((e) => e.bytes.length)),
    ...varints(placed.map((e) => e.at + 1)),
  ]);
  const metadata = new TextEncoder().encode(JSON.stringify(o.metadata ?? {}));
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const u64 = (at: number, v: number): void => { header.writeBigUInt64LE(BigInt(v), at); };
  const rootAt = 127; const metaAt = rootAt + directory.length; const dataAt = metaAt + metadata.length;
  u64(8, rootAt); u64(16, directory.length); u64(24, metaAt); u64(32, metadata.length); u64(40, 0); u64(48, 0);
  u64(56, dataAt); u64(64, offset); u64(72, placed.length); u64(80, placed.length); u64(88, placed.length);
  header.writeUInt8(1, 96); // clustered
  header.writeUInt8(1, 97); // internal compression: none
  header.writeUInt8(o.gzipTiles ? 2 : 1, 98);
  header.writeUInt8(o.tileType, 99);
  const zooms = tiles.map((t) => t.z);
  header.writeUInt8(Math.min(...zooms), 100);
  header.writeUInt8(Math.max(...zooms), 101);
  const b = o.bounds ?? [-180, -85, 180, 85];
  header.writeInt32LE(Math.round(b[0] * 1e7), 102); header.writeInt32LE(Math.round(b[1] * 1e7), 106);
  header.writeInt32LE(Math.round(b[2] * 1e7), 110); header.writeInt32LE(Math.round(b[3] * 1e7), 114);
  header.writeUInt8(Math.min(...zooms), 118);
  header.writeInt32LE(Math.round(((b[0] + b[2]) / 2) * 1e7), 119); header.writeInt32LE(Math.round(((b[1] + b[3]) / 2) * 1e7), 123);
  await writeFile(path, Buffer.concat([header, directory, metadata, ...placed.map((e) => e.bytes)]));
}

// An MBTiles file: the metadata table and the tiles (rows counted from the south, TMS).
export function writeMbtiles(path: string, tiles: FixtureTile[], metadata: Record<string, string>, gzipTiles = false): void {
  const db = new sqlite.Database(path);
  try {
    db.exec('BEGIN; CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);');
    for (const [name, value] of Object.entries(metadata)) db.run('INSERT INTO metadata VALUES (?, ?)', [name, value]);
    for (const t of tiles) db.run('INSERT INTO tiles VALUES (?, ?, ?, ?)', [t.z, t.x, 2 ** t.z - 1 - t.y, gzipTiles ? new Uint8Array(gzipSync(t.bytes)) : t.bytes]);
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}

// A PNG raster tile whose pixels are colour(lon, lat) ([r, g, b]) at their centres.
export async function pngTile(z: number, x: number, y: number, colour: (lon: number, lat: number) => number[], size = 256): Promise<Uint8Array> {
  const { surface, ctx } = createSurface(size, size);
  const n = 2 ** z;
  const image = ctx.createImageData(size, size);
  for (let py = 0; py < size; py++) {
    const lat = latOfWorldY((y + (py + 0.5) / size) / n);
    for (let px = 0; px < size; px++) {
      const c = colour(lonOfWorldX((x + (px + 0.5) / size) / n), lat);
      image.data.set([c[0], c[1], c[2], 255], (py * size + px) * 4);
    }
  }
  ctx.putImageData(image, 0, 0);
  return new Uint8Array(await surface.encode('png'));
}
