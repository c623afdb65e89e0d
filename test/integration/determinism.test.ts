// The determinism matrix: one movie rendered with 1, 2 and 3 workers, batch sizes 1, 7 and 64
// (rounded up to whole segments) and the whole movie in one batch, a worker crash injected and
// retried, must give the very same file (sha256) in every segment format, with exactly the
// planned frames at exactly k/fps; the two-pass path must give the same decoded frames.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMovie, type RenderMovieResult } from '../../dist/index.js';
import { generateDemoFlights } from '../../dist/internals.js';
import { frameHashes, frameTiming, keyFrames } from '../helpers/ffmpeg-tools.js';
import { withFaults } from '../helpers/with-faults.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-det-'));
const input = join(dir, 'flights.csv');
// 300 frames at 12 fps: canonical segments of 120, 120 and 60 frames.
const FPS = 12;
const FRAMES = 300;
const movie = { input, fps: FPS, durationMs: 25_000, size: [96, 64] as [number, number], trailDurationMs: '2h', map: 'world' };
const WAYS = [1, 2, 3].flatMap((workers) => [1, 7, 64].map((batchSize) => ({ workers, batchSize }))).concat([{ workers: 2, batchSize: 1000 }]);
let n = 0;

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');


async function render(format: string, options: object, hooks: object = {}): Promise<{ output: string; result: RenderMovieResult }> {
  const output = join(dir, `movie-${n++}.${format}`);
  const result = await renderMovie({ ...movie, ...options, output }, hooks);
  return { output, result };
}

beforeAll(() => writeFileSync(input, generateDemoFlights()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('determinism', () => {
  for (const format of ['mp4', 'webm', 'mov', 'mkv']) {
    it(`${format}: the same bytes for workers 1/2/3 x batch sizes 1/7/64 and one batch, a worker crash retried; ${FRAMES} frames at exactly k/${FPS} s`, async () => {
      const reference = await render(format, { workers: 1 });
      expect(reference.result).toMatchObject({ encoding: 'segments', segmentFrames: 120, frameCount: FRAMES, batches: 3 });
      const timing = frameTiming(reference.output, FPS);
      expect(timing).toMatchObject({ frames: FRAMES });
      expect(timing.maxErrorS).toBe(0);
      const hash = sha256(reference.output);
      for (const way of WAYS) {
        const { output, result } = await withFaults([{ kind: 'worker-exit', batch: 0, frame: 0 }], way.workers, (hooks) => render(format, way, hooks));
        expect(result.batches).toBe(way.batchSize === 1000 ? 1 : 3);
        expect({ ...way, hash: sha256(output) }).toEqual({ ...way, hash });
        rmSync(output);
      }
    });
  }

  it('an interrupted render resumes from its finished segments (--work-dir) and gives the same bytes', async () => {
    const workDir = mkdtempSync(join(dir, 'work-'));
    const reference = await render('mp4', { workers: 2 });
    const output = join(dir, 'resumed.mp4');
    const controller = new AbortController();
    const first = await renderMovie({ ...movie, output, workers: 1, workDir }, {
      signal: controller.signal, onProgress: (p) => { if (p.batchesDone >= 1) controller.abort(); },
    }).catch((e) => e);
    expect(first.code).toBe('CANCELLED');
    const second = await renderMovie({ ...movie, output, workers: 2, batchSize: 7, workDir });
    expect(second.reusedBatches).toBeGreaterThanOrEqual(1);
    expect(sha256(output)).toBe(sha256(reference.output));
    expect(readdirSync(workDir)).toEqual([]);
  });

  it('mp4 segments each start with a key frame and hold no other', async () => {
    const { output } = await render('mp4', { workers: 2 });
    expect(keyFrames(output)).toEqual([0, 120, 240]);
  });

  it('two-pass (GIF, --two-pass, encoder arguments that need the whole movie): same frames and exact timing whatever the batching, and says why', async () => {
    const serial = await render('mp4', { workers: 1, twoPass: true });
    expect(serial.result).toMatchObject({ encoding: 'two-pass', encodingReason: '--two-pass was given', segmentFrames: null });
    const frames = frameHashes(serial.output);
    expect(frames).toHaveLength(FRAMES);
    const { output } = await withFaults([{ kind: 'worker-exit', batch: 0, frame: 0 }], 3, (hooks) => render('mp4', { workers: 3, batchSize: 7, twoPass: true }, hooks));
    expect(frameHashes(output)).toEqual(frames);
    expect(frameTiming(output, FPS)).toMatchObject({ frames: FRAMES, maxErrorS: 0 });
    // Lossless chunks copied into .mkv: exact timing even with one-frame batches (Matroska
    // chunks' rounded timestamps made such a movie short by a frame per few batches before).
    const short = { durationMs: 5000 };
    const mkv = await render('mkv', { ...short, fps: 30, workers: 2, batchSize: 1, twoPass: true });
    expect(frameTiming(mkv.output, 30)).toMatchObject({ frames: 150, maxErrorS: 0 });
    const gif = await render('gif', { ...short, workers: 2 });
    expect(gif.result).toMatchObject({ encoding: 'two-pass', encodingReason: 'GIF needs one palette for the whole movie' });
    const bitrate = await render('mp4', { ...short, workers: 2, encoderArgs: ['-b:v', '200k'] });
    expect(bitrate.result.encodingReason).toMatch(/encoder-args "-b:v 200k" may change key frames/);
  });

  it('--direct is an alias of the default, refused where segments cannot be used', async () => {
    const direct = await render('webm', { durationMs: 5000, workers: 2, direct: true });
    expect(direct.result.encoding).toBe('segments');
    const error = await render('gif', { direct: true }).catch((e) => e);
    expect(error).toMatchObject({ code: 'INVALID_OPTION' });
    expect(error.message).toMatch(/--direct .* cannot be used here: GIF needs one palette/);
  });
});
