// A full disk under the work folder (issue 14 item 6): one clear DISK_FULL error naming the path,
// never an unhandled rejection, and no half-written files left.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChunkManifest } from '../../../src/pipeline/chunk-manifest.js';
import { renderChunks } from '../../../src/pipeline/render-chunks.js';
import { ProgressTracker } from '../../../src/pipeline/render-progress.js';
import type { BatchExecutor } from '../../../src/execute/batch-executor.js';
import type { Scene } from '../../../src/scene/scene.js';
import { fillDisk, mountSmallDisk } from '../../helpers/small-disk.js';

const disk = mountSmallDisk(256);
afterAll(() => disk?.unmount());

describe.skipIf(!disk)('a full disk under the work folder', () => {
  it('ChunkManifest.record() never rejects; flush() throws DISK_FULL naming manifest.json and leaves no .tmp', async () => {
    const dir = join(disk!.path, 'manifest-case');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'chunk.mkv'), 'x');
    const manifest = await ChunkManifest.open(dir, 'key');
    fillDisk(disk!, 'manifest-case/filler');
    await expect(manifest.record('chunk.mkv', 0, 1)).resolves.toBeUndefined();
    const e = await manifest.flush().catch((x) => x);
    expect(e.code).toBe('DISK_FULL');
    expect(e.message).toBe(`${join(dir, 'manifest.json')}: cannot record a finished chunk in: no space left on the device`);
    expect(readdirSync(dir).sort()).toEqual(['chunk.mkv', 'filler']);
  });

  it('renderChunks() rejects with DISK_FULL when the manifest cannot be written (was an unhandled rejection)', async () => {
    const dir = join(disk!.path, 'chunks-case');
    const { mkdirSync, rmSync } = await import('node:fs');
    rmSync(join(disk!.path, 'manifest-case'), { recursive: true, force: true });
    mkdirSync(dir);
    const filler = fillDisk(disk!, 'chunks-case/filler');
    // Writes each chunk as an empty file (which a full tmpfs still allows) and reports it done.
    const executor: BatchExecutor = {
      run: async (jobs, _scene, _encoding, hooks) => {
        for (const job of jobs) {
          for (const piece of job.pieces) writeFileSync(piece.path, '');
          hooks.onBatchDone?.(job.batch, undefined);
          await new Promise((r) => setTimeout(r, 5));
        }
      },
      close: async () => {},
    } as BatchExecutor;
    const batches = [0, 1, 2].map((i) => ({ batchIndex: i, start: i * 2, end: i * 2 + 2 }));
    const e = await renderChunks({
      scene: { timeline: { frameCount: 6 } } as unknown as Scene, batches, executor, renderKey: 'key',
      work: { path: dir, resumable: true, finish: async () => {} },
      encoding: { ffmpeg: 'ffmpeg', codec: 'libx264rgb', segment: null }, progress: new ProgressTracker(), onTimings: () => {},
    }).catch((x) => x);
    expect(e.code).toBe('DISK_FULL');
    expect(e.message).toContain(join(dir, 'manifest.json'));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    rmSync(filler);
  });
});
