// A temporary folder for one test file (made before its tests, removed after) and a helper that
// writes a named file into it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export function useTempFiles(prefix: string): (name: string, content: string | Buffer) => Promise<string> {
  let dir = '';
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), prefix)); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });
  return async (name, content) => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };
}
