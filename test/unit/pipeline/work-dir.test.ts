import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChunkManifest } from '../../../src/pipeline/chunk-manifest.js';
import { openWorkDir } from '../../../src/pipeline/work-dir.js';

const parent = () => mkdtempSync(join(tmpdir(), 'trackreel-wd-'));

describe('work directories', () => {
  it('a temporary one is removed whatever happens', async () => {
    const p = parent();
    const w = await openWorkDir(p, null);
    writeFileSync(join(w.path, 'chunk.mkv'), 'x');
    await w.finish(false, false);
    expect(readdirSync(p)).toEqual([]);
  });

  it('a keyed one survives failure (minus partial files) and goes after success', async () => {
    const p = parent();
    const w = await openWorkDir(p, 'abc123');
    expect(w.path).toBe(join(p, 'trackreel-abc123'));
    writeFileSync(join(w.path, 'chunk-a.mkv'), 'done');
    writeFileSync(join(w.path, 'chunk-b.mkv.part'), 'half');
    await w.finish(false, false);
    expect(readdirSync(w.path)).toEqual(['chunk-a.mkv']);
    const again = await openWorkDir(p, 'abc123');
    await again.finish(true, false);
    expect(existsSync(again.path)).toBe(false);
  });

  it('--keep-work keeps it after success', async () => {
    const p = parent();
    const w = await openWorkDir(p, 'k');
    await w.finish(true, true);
    expect(existsSync(w.path)).toBe(true);
  });
});

describe('chunk manifest', () => {
  it('lists a chunk only while its file has the recorded size, and only under the same key', async () => {
    const dir = parent();
    writeFileSync(join(dir, 'c.mkv'), '12345');
    const m = await ChunkManifest.open(dir, 'key1');
    expect(await m.has('c.mkv', 0, 10)).toBe(false);
    await m.record('c.mkv', 0, 10);
    const reopened = await ChunkManifest.open(dir, 'key1');
    expect(await reopened.has('c.mkv', 0, 10)).toBe(true);
    expect(await reopened.has('c.mkv', 0, 11)).toBe(false);
    expect(await (await ChunkManifest.open(dir, 'key2')).has('c.mkv', 0, 10)).toBe(false);
    writeFileSync(join(dir, 'c.mkv'), '123');
    expect(await reopened.has('c.mkv', 0, 10)).toBe(false);
  });
});
