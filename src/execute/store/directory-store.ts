// A Store in a directory that every machine mounts (NFS or similar). Writes go to a unique
// temporary name in the same folder and are renamed into place, which is atomic on POSIX
// filesystems (NFS included), so a reader never sees half a file.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { TrackreelError } from '../../errors/trackreel-error.js';
import type { Store } from './store.js';
import { checkStoreKey } from './store-key.js';

export class DirectoryStore implements Store {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  localPath(key: string): string {
    const path = resolve(this.root, checkStoreKey(key));
    // Belt and braces: a valid key cannot escape, but check the resolved path anyway.
    if (!path.startsWith(this.root + sep)) throw new TrackreelError('INVALID_JOB', `Store key ${JSON.stringify(key)} leaves the store`);
    return path;
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const path = this.localPath(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, data);
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Uint8Array> {
    return readFile(this.localPath(key));
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.localPath(key)).then(() => true, () => false);
  }

  async rename(fromKey: string, toKey: string): Promise<void> {
    const to = this.localPath(toKey);
    await mkdir(dirname(to), { recursive: true });
    await rename(this.localPath(fromKey), to);
  }

  async list(folderKey: string): Promise<string[]> {
    const names = await readdir(this.localPath(folderKey)).catch(() => [] as string[]);
    return names.sort().map((n) => `${folderKey}/${n}`);
  }

  async remove(key: string): Promise<void> {
    await rm(this.localPath(key), { recursive: true, force: true, maxRetries: 3 });
  }
}
