// Faults caused on purpose (test/helpers/faults.mjs, through the executor's worker threads): the movie must
// come out identical to an undisturbed render, or fail with a clear error and leave nothing behind.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMovie, TrackreelError } from '../../dist/index.js';
import { generateDemoFlights } from '../../dist/internals.js';
import { frameHashes } from '../helpers/ffmpeg-tools.js';
import { withFaults, type Fault } from '../helpers/with-faults.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-rel-'));
const input = join(dir, 'flights.csv');
// Two-pass (lossless chunks) so that batch sizes cut this short movie into several batches; the
// segment path's retries and resume are in determinism.test.ts and test/distributed/.
const movie = { input, fps: 12, durationMs: 3000, size: [160, 120] as [number, number], trailDurationMs: '2h', map: 'world', twoPass: true };
let reference: string[];
let n = 0;

function fresh(): { output: string; work: string } {
  const base = join(dir, `case-${n++}`);
  mkdirSync(join(base, 'work'), { recursive: true });
  return { output: join(base, 'movie.mkv'), work: join(base, 'work') };
}


beforeAll(async () => {
  writeFileSync(input, generateDemoFlights());
  const { output } = fresh();
  await renderMovie({ ...movie, output, workers: 1 });
  reference = frameHashes(output);
  expect(reference).toHaveLength(36);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a batch that fails is retried and the movie is unchanged', () => {
  for (const fault of [
    { kind: 'worker-exit', batch: 1, frame: 2 },
    { kind: 'draw-throws', batch: 2, frame: 4 },
    { kind: 'kill-ffmpeg', batch: 0, frame: 3 },
  ]) {
    it(fault.kind, async () => {
      const { output, work } = fresh();
      const r = await withFaults([fault as Fault], 2, (hooks) => renderMovie({ ...movie, output, workers: 2, batchSize: 7, workDir: work }, hooks));
      expect(r.frameCount).toBe(36);
      expect(frameHashes(output)).toEqual(reference);
      expect(readdirSync(work)).toEqual([]);
    });
  }

  it('gives up after three attempts with an error naming the batch, its frames and the cause', async () => {
    const { output, work } = fresh();
    const faults = [1, 2, 3].map((attempt) => ({ kind: 'draw-throws', batch: 3, attempt }));
    const error = await withFaults(faults as Fault[], 2, (hooks) => renderMovie({ ...movie, output, workers: 2, batchSize: 7, workDir: join(work, 'no-resume') }, hooks).catch((e) => e));
    expect(error).toBeInstanceOf(TrackreelError);
    expect(error.code).toBe('RENDER_FAILED');
    expect(error.message).toMatch(/Drawing frame 21 failed: injected fault.*batch 3, frames 21-27, gave up after 3 attempts/);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(join(output, '..')).sort()).toEqual(['work']);
  });
});

// The determinism matrix (workers x batch sizes x formats, a fault injected) is in determinism.test.ts.

describe('resume', () => {
  it('an interrupted render in --work-dir resumes, re-rendering only missing chunks, with identical frames', async () => {
    const { output, work } = fresh();
    const controller = new AbortController();
    const first = await renderMovie({ ...movie, output, workers: 1, batchSize: 6, workDir: work }, {
      signal: controller.signal,
      onProgress: (p) => { if (p.batchesDone >= 2) controller.abort(); },
    }).catch((e) => e);
    expect(first.code).toBe('CANCELLED');
    expect(existsSync(output)).toBe(false);
    const [keyed] = readdirSync(work);
    expect(keyed).toMatch(/^trackreel-[0-9a-f]{20}$/);
    const kept = readdirSync(join(work, keyed));
    expect(kept).toContain('manifest.json');
    expect(kept.filter((f) => f.endsWith('.part'))).toEqual([]);
    const done = kept.filter((f) => f.endsWith('.nut')).length;
    expect(done).toBeGreaterThanOrEqual(2);

    const second = await renderMovie({ ...movie, output, workers: 2, batchSize: 6, workDir: work });
    expect(second.reusedBatches).toBe(done);
    expect(frameHashes(output)).toEqual(reference);
    expect(readdirSync(work)).toEqual([]); // removed after success
  });

  it('does not reuse chunks when anything that changes the pixels differs', async () => {
    const { output, work } = fresh();
    const controller = new AbortController();
    await renderMovie({ ...movie, output, workers: 1, batchSize: 6, workDir: work }, {
      signal: controller.signal, onProgress: (p) => { if (p.batchesDone >= 2) controller.abort(); },
    }).catch(() => {});
    const r = await renderMovie({ ...movie, colormap: 'viridis', output, workers: 2, batchSize: 6, workDir: work, keepWork: true });
    expect(r.reusedBatches).toBe(0);
    expect(readdirSync(work)).toHaveLength(2); // the interrupted key and the new one
  });
});

describe('ffmpeg that cannot do the job is refused before rendering', () => {
  const fake = fileURLToPath(new URL('../fixtures/fake-ffmpeg/ffmpeg-limited.mjs', import.meta.url));
  chmodSync(fake, 0o755);
  const attempt = async (ffmpegPath: string, mode?: string) => {
    if (mode) process.env.FAKE_FFMPEG_MODE = mode;
    try {
      const { output } = fresh();
      return await renderMovie({ ...movie, output: output.replace('.mkv', '.mp4'), ffmpegPath }).catch((e) => e);
    } finally { delete process.env.FAKE_FFMPEG_MODE; }
  };

  it('missing', async () => {
    const e = await attempt(join(dir, 'no-ffmpeg-here'));
    expect(e.code).toBe('FFMPEG_MISSING');
    expect(e.message).toMatch(/not found or is not executable/);
  });

  it('too old', async () => {
    const e = await attempt(fake, 'old');
    expect(e.code).toBe('FFMPEG_TOO_OLD');
    expect(e.message).toMatch(/version 3\.4\.8; trackreel needs 4\.0 or newer/);
  });

  it('lacking the encoder', async () => {
    const e = await attempt(fake, 'no-x264');
    expect(e.code).toBe('FFMPEG_ENCODER_MISSING');
    expect(e.message).toMatch(/lacks the encoder libx264/);
  });
});

describe('the work directory', () => {
  it('cannot be created: a clear error naming it', async () => {
    const { output } = fresh();
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const e = await renderMovie({ ...movie, output, workDir: join(file, 'sub') }).catch((x) => x);
    expect(e.code).toBe('OUTPUT_UNWRITABLE');
    expect(e.message).toMatch(/Cannot create a work directory in .*a-file\/sub/);
  });
});
