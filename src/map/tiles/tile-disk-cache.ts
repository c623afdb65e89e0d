// Downloaded tiles on disk, one file per tile under a folder per URL template, so a second render
// (or --offline) reads them instead of the network. A tile the server does not have is kept as an
// empty ".none" marker, so an offline render sees the same holes. Writes are temp file + rename:
// two renders filling the cache at once never leave a half tile.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type CachedTile = { kind: 'tile'; bytes: Uint8Array } | { kind: 'none' } | { kind: 'absent' };

export interface TileDiskCache {
  dir: string;
  get(z: number, x: number, y: number): Promise<CachedTile>;
  put(z: number, x: number, y: number, bytes: Uint8Array | null): Promise<void>;
}

export function openTileDiskCache(root: string, template: string): TileDiskCache {
  const dir = join(root, 'tiles', createHash('sha256').update(template).digest('hex').slice(0, 16));
  const file = (z: number, x: number, y: number, suffix: string): string => join(dir, String(z), String(x), `${y}${suffix}`);
  const readOrNull = (path: string): Promise<Buffer | null> => readFile(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  const writeAtomic = async (path: string, bytes: Uint8Array): Promise<void> => {
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, path);
  };
  return {
    dir,
    async get(z, x, y) {
      const bytes = await readOrNull(file(z, x, y, '.tile'));
      if (bytes) return { kind: 'tile', bytes: new Uint8Array(bytes) };
      return (await readOrNull(file(z, x, y, '.none'))) ? { kind: 'none' } : { kind: 'absent' };
    },
    async put(z, x, y, bytes) {
      // Best effort: a full disk or a read-only cache costs the next render a download, not this one.
      await (bytes ? writeAtomic(file(z, x, y, '.tile'), bytes) : writeAtomic(file(z, x, y, '.none'), new Uint8Array(0))).catch(() => undefined);
    },
  };
}
