// The record of finished chunks in a resumable work directory. A chunk is listed only after its
// encoder exited cleanly, its frame count was checked and it was renamed into place; on resume,
// a listed chunk whose file still has the recorded size is not rendered again.
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { fileSystemError } from '../files/file-system-error.js';
import { join } from 'node:path';
import { uniqueName } from '../files/unique-name.js';

export interface ChunkRecord {
  start: number;
  end: number;
  bytes: number;
}

interface ManifestFile {
  key: string;
  chunks: Record<string, ChunkRecord>;
}

export const MANIFEST_NAME = 'manifest.json';

export class ChunkManifest {
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  private constructor(private readonly dir: string, private readonly data: ManifestFile) {}

  static async open(dir: string, key: string): Promise<ChunkManifest> {
    let data: ManifestFile = { key, chunks: {} };
    try {
      const parsed = JSON.parse(await readFile(join(dir, MANIFEST_NAME), 'utf8')) as ManifestFile;
      if (parsed.key === key && parsed.chunks && typeof parsed.chunks === 'object') data = parsed;
    } catch { /* no manifest yet, or a damaged one: start afresh */ }
    return new ChunkManifest(dir, data);
  }

  // True when `name` was recorded and its file is still there with the recorded size.
  async has(name: string, start: number, end: number): Promise<boolean> {
    const record = this.data.chunks[name];
    if (!record || record.start !== start || record.end !== end) return false;
    const info = await stat(join(this.dir, name)).catch(() => null);
    return info !== null && info.size === record.bytes;
  }

  // Records a finished chunk; writes are serialised and atomic (temp file + rename). Never
  // rejects (callers need not await it): the first failure is kept and thrown by flush().
  record(name: string, start: number, end: number): Promise<void> {
    this.writing = this.writing.then(async () => {
      if (this.failure) return;
      const temp = join(this.dir, uniqueName(MANIFEST_NAME, '.tmp'));
      try {
        const info = await stat(join(this.dir, name));
        this.data.chunks[name] = { start, end, bytes: info.size };
        await writeFile(temp, JSON.stringify(this.data));
        await rename(temp, join(this.dir, MANIFEST_NAME));
      } catch (error) {
        this.failure = fileSystemError(error, join(this.dir, MANIFEST_NAME), 'record a finished chunk in');
        await rm(temp, { force: true });
      }
    });
    return this.writing;
  }

  // Waits for the writes; throws the first one that failed.
  async flush(): Promise<void> {
    await this.writing;
    if (this.failure) throw this.failure;
  }
}
