// A Store in a directory that every machine mounts (NFS or similar). Writes go to a unique
// temporary name in the same folder and are renamed into place, which is atomic on POSIX
// filesystems (NFS included), so a reader never sees half a file. Confinement is by real path,
// not by the key's text: the root is resolved (it may itself be a symlink, e.g. to a mount), and
// no existing part of a key below it may be a symbolic link, so a link planted in the store
// (renders/<id> -> /home/...) cannot make a read or a write land outside it.
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { TrackreelError } from '../../errors/trackreel-error.js';
import type { Store } from './store.js';
import { checkStoreKey } from './store-key.js';

export class DirectoryStore implements Store {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private textPath(key: string): string {
    const path = resolve(this.root, checkStoreKey(key));
    // Belt and braces: a valid key cannot escape, but check the resolved path anyway.
    if (!path.startsWith(this.root + sep)) throw new TrackreelError('INVALID_JOB', `Store key ${JSON.stringify(key)} leaves the store`);
    return path;
  }

  async localPath(key: string): Promise<string> {
    this.textPath(key);
    const root = await realpath(this.root).catch(() => this.root);
    let path = root;
    for (const segment of key.split('/')) {
      path = join(path, segment);
      const info = await lstat(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
        throw error;
      });
      if (!info) break; // the rest does not exist yet: mkdir and writes create real entries
      if (info.isSymbolicLink()) {
        throw new TrackreelError('INVALID_JOB', `Refused store key ${JSON.stringify(key)}: ${path} is a symbolic link, and everything a render touches must be inside the store at ${this.root}`);
      }
    }
    return join(root, key);
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const path = await this.localPath(key);
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
    return readFile(await this.localPath(key));
  }

  async exists(key: string): Promise<boolean> {
    return stat(await this.localPath(key)).then(() => true, () => false);
  }

  async rename(fromKey: string, toKey: string): Promise<void> {
    const to = await this.localPath(toKey);
    await mkdir(dirname(to), { recursive: true });
    await rename(await this.localPath(fromKey), to);
  }

  async list(folderKey: string): Promise<string[]> {
    const names = await readdir(await this.localPath(folderKey)).catch(() => [] as string[]);
    return names.sort().map((n) => `${folderKey}/${n}`);
  }

  async remove(key: string): Promise<void> {
    await rm(await this.localPath(key), { recursive: true, force: true, maxRetries: 3 });
  }
}
