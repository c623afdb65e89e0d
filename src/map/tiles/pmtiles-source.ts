// A PMTiles v3 archive on disk, read with the pmtiles package through a file-handle Source (its
// own FileSource is the browser's File API): the header and directories once, then one read a tile.
import { open, type FileHandle } from 'node:fs/promises';
import { PMTiles, TileType, type Source } from 'pmtiles';
import { basemapError } from './basemap-error.js';
import type { TileFormat, TileSource } from './tile-source.js';

const FORMATS: Partial<Record<number, TileFormat>> = {
  [TileType.Mvt]: 'mvt', [TileType.Png]: 'png', [TileType.Jpeg]: 'jpeg', [TileType.Webp]: 'webp',
};

class FileHandleSource implements Source {
  constructor(private readonly handle: FileHandle, private readonly path: string) {}
  getKey(): string { return this.path; }
  async getBytes(offset: number, length: number): Promise<{ data: ArrayBuffer }> {
    const data = new Uint8Array(length);
    const { bytesRead } = await this.handle.read(data, 0, length, offset);
    // The header read asks for 16 KiB whatever the file's length; any other short read is a
    // directory or tile the archive lists past its end.
    if (bytesRead < length && offset > 0) throw new Error(`the file ends before byte ${offset + length} that its directory points to (a truncated download?)`);
    return { data: data.buffer.slice(0, bytesRead) };
  }
}

interface PmtilesMetadata { attribution?: unknown; vector_layers?: Array<{ id?: unknown }> }

export async function openPmtilesSource(path: string): Promise<TileSource> {
  const handle = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    throw basemapError('BASEMAP_UNREADABLE', path, e.code === 'ENOENT' ? 'no such file' : `cannot open the file (${e.code ?? e.message})`, e);
  });
  try {
    const archive = new PMTiles(new FileHandleSource(handle, path));
    const header = await archive.getHeader().catch((e: Error) => {
      throw basemapError('BASEMAP_UNREADABLE', path, `not a PMTiles v3 archive (${e.message})`, e);
    });
    const format = FORMATS[header.tileType];
    if (!format) throw basemapError('BASEMAP_UNSUPPORTED', path, `tile type ${TileType[header.tileType] ?? header.tileType} is not supported (vector MVT, PNG, JPEG or WebP tiles are)`);
    const metadata = (await archive.getMetadata().catch(() => ({}))) as PmtilesMetadata;
    const bounds: [number, number, number, number] | null = header.minLon < header.maxLon && header.minLat < header.maxLat
      ? [header.minLon, header.minLat, header.maxLon, header.maxLat] : null;
    return {
      info: {
        name: path, format, minZoom: header.minZoom, maxZoom: header.maxZoom, bounds,
        attribution: typeof metadata.attribution === 'string' ? metadata.attribution : null,
        vectorLayers: (metadata.vector_layers ?? []).map((l) => l.id).filter((id): id is string => typeof id === 'string'),
      },
      async tile(z, x, y) {
        try {
          const response = await archive.getZxy(z, x, y);
          return response ? new Uint8Array(response.data) : null;
        } catch (e) {
          throw basemapError('BASEMAP_UNREADABLE', path, `tile ${z}/${x}/${y} cannot be read (${(e as Error).message}); the archive may be truncated`, e);
        }
      },
      close: () => handle.close(),
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
