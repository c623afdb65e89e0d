// The record of finished chunks in a resumable work directory. A chunk is listed only after its
// encoder exited cleanly, its frame count was checked and it was renamed into place; on resume,
// a listed chunk whose file still has the recorded size is not rendered again.
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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

  // Records a finished chunk; writes are serialised and atomic (temp file + rename).
  record(name: string, start: number, end: number): Promise<void> {
    this.writing = this.writing.then(async () => {
      const info = await stat(join(this.dir, name));
      this.data.chunks[name] = { start, end, bytes: info.size };
      const temp = join(this.dir, `${MANIFEST_NAME}.tmp`);
      await writeFile(temp, JSON.stringify(this.data));
      await rename(temp, join(this.dir, MANIFEST_NAME));
    });
    return this.writing;
  }

  flush(): Promise<void> {
    return this.writing;
  }
}
