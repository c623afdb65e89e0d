// Distributed renders through BullMQ on a real Redis with real worker processes: the movie must be
// frame-identical to a local render, also when a worker is killed mid-batch; hostile payloads are
// rejected; a Redis restart ends the render one way or the other within a bounded time.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMovie, TrackreelError, type RenderProgress } from '../../dist/index.js';
import { generateDemoFlights } from '../../dist/internals.js';
import { createHash } from 'node:crypto';
import { frameHashes } from '../helpers/ffmpeg-tools.js';
import { freePort, HAVE_REDIS, startRedis, startWorker, stopProcess, type RedisServer, type WorkerProcess } from './redis-fixture.js';

if (!HAVE_REDIS) console.warn('skipping distributed tests: redis-server not found (install it, e.g. apt-get install redis-server)');
const suite = HAVE_REDIS ? describe : describe.skip;

// Created in beforeAll, so that a skipped suite leaves nothing behind.
let dir: string;
let input: string;
let store: string;
const look = { fps: 12, durationMs: 3000, size: [160, 120] as [number, number], trailDurationMs: '2h', map: 'world', batchSize: 6,
  // Lossless chunks of 6 frames: batch seams every few frames (segments are tested in determinism.test.ts).
  twoPass: true };
let redis: RedisServer;
let reference: string[];
const movie = (): typeof look & { input: string } => ({ ...look, input });
const workers: WorkerProcess[] = [];
let n = 0;
const output = (): string => join(dir, `movie-${n++}.mkv`);
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

async function worker(faults: object[] = [], url = redis.url): Promise<WorkerProcess> {
  const w = await startWorker(url, store, faults);
  workers.push(w);
  return w;
}

suite('distributed rendering with BullMQ', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trackreel-dist-'));
    input = join(dir, 'flights.csv');
    store = join(dir, 'store');
    writeFileSync(input, generateDemoFlights());
    mkdirSync(store);
    redis = await startRedis(await freePort());
    const local = output();
    await renderMovie({ ...movie(), output: local, workers: 2 });
    reference = frameHashes(local);
    expect(reference).toHaveLength(36);
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renderMovie() with redis and two worker processes gives the same frames as a local render', async () => {
    const [a, b] = [await worker(), await worker()];
    const seen: RenderProgress[] = [];
    const out = output();
    const result = await renderMovie({ ...movie(), output: out, redis: redis.url, store }, { onProgress: (p) => seen.push(p) });
    expect(result.batches).toBe(6);
    expect(frameHashes(out)).toEqual(reference);
    const rendering = seen.filter((p) => p.stage === 'rendering');
    expect(rendering.at(-1)).toMatchObject({ framesDone: 36, batchesDone: 6 });
    // The render's folder (scene file, chunks) is gone; nothing else was left in the store.
    expect(readdirSync(join(store, 'renders'))).toEqual([]);
    await Promise.all([a.stop(), b.stop()]);
  });

  it('canonical segments through BullMQ: two worker processes (one failing a batch once) give the same bytes as a local render, and --work-dir resumes', async () => {
    // 300 frames at 12 fps: three segments of 120, 120 and 60 frames, written by the workers.
    const segmented = { ...movie(), twoPass: false, durationMs: 25_000, size: [96, 64] as [number, number], batchSize: 1 };
    for (const format of ['mp4', 'mkv']) {
      const local = join(dir, `segments-local.${format}`);
      await renderMovie({ ...segmented, output: local, workers: 2 });
      const a = await worker([{ kind: 'draw-throws', batch: 1, frame: 5 }]);
      const b = await worker();
      const out = join(dir, `segments-queue.${format}`);
      const result = await renderMovie({ ...segmented, output: out, redis: redis.url, store });
      expect(result).toMatchObject({ encoding: 'segments', batches: 3, frameCount: 300 });
      expect(sha256(out)).toBe(sha256(local));
      await Promise.all([a.stop(), b.stop()]);
    }
    // Resume: a render cancelled after its first batch, then the same command again.
    const w = await worker();
    const controller = new AbortController();
    const workDir = join(store, 'renders');
    const out = join(dir, 'segments-resumed.mp4');
    const first = await renderMovie({ ...segmented, output: out, redis: redis.url, store, workDir }, {
      signal: controller.signal, onProgress: (p) => { if (p.batchesDone >= 1) controller.abort(); },
    }).catch((e) => e);
    expect(first.code).toBe('CANCELLED');
    const second = await renderMovie({ ...segmented, output: out, redis: redis.url, store, workDir });
    expect(second.reusedBatches).toBeGreaterThanOrEqual(1);
    expect(sha256(out)).toBe(sha256(join(dir, 'segments-local.mp4')));
    expect(readdirSync(workDir)).toEqual([]);
    await w.stop();
  });

  it('a worker killed with SIGKILL mid-batch has its job taken over; the movie is still identical', async () => {
    // The first worker blocks in the middle of whatever batch it takes, then is killed.
    const hang = Array.from({ length: 6 }, (_, batch) => ({ kind: 'hang', batch, frame: 2, ms: 120_000 }));
    const doomed = await worker(hang);
    const queue = new Queue('trackreel', { connection: { url: redis.url } });
    const out = output();
    const render = renderMovie({ ...movie(), output: out, redis: redis.url, store });
    try {
      // A blocked worker reports no progress, so watch the queue for its active job instead.
      while (await queue.getActiveCount() === 0) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      expect(await queue.getActiveCount()).toBe(1);
    } finally {
      await queue.close();
    }
    doomed.process.kill('SIGKILL');
    await worker();
    await render;
    expect(doomed.process.signalCode).toBe('SIGKILL');
    expect(frameHashes(out)).toEqual(reference);
  });

  it('hostile or malformed job payloads are rejected and logged, and nothing outside the store is touched', async () => {
    const w = await worker();
    const outside = join(dir, 'outside');
    mkdirSync(outside);
    const victim = join(outside, 'chunk-0000000-0000006.nut');
    writeFileSync(victim, 'precious');
    const before = statSync(victim).mtimeMs;
    const connection = { url: redis.url };
    const queue = new Queue('trackreel', { connection });
    const events = new QueueEvents('trackreel', { connection });
    try {
      await events.waitUntilReady();
      const valid = { version: 2, renderId: 'trackreel-x', sceneHash: 'a'.repeat(64), batch: { batchIndex: 0, start: 0, end: 6 }, codec: 'libx264rgb', segment: null, pieces: [{ start: 0, end: 6, name: 'chunk-0000000-0000006.nut' }] };
      const hostile = [
        { ...valid, renderId: '../../outside' },
        { ...valid, renderId: '../outside', pieces: [{ start: 0, end: 6, name: '../../outside/chunk-0000000-0000006.nut' }] },
        { ...valid, batch: { batchIndex: 'zero', start: '0', end: 6 } },
        { ...valid, codec: 'libx264rgb -y /tmp/owned' },
        { ...valid, sceneHash: '../../../../etc/passwd' },
        'not even an object',
      ];
      for (const [i, data] of hostile.entries()) {
        const job = await queue.add('batch', data, { jobId: `hostile-${i}`, attempts: 3 });
        await expect(job.waitUntilFinished(events, 20_000)).rejects.toThrow(/INVALID_JOB/);
        const failed = await queue.getJob(job.id!);
        expect(failed?.attemptsMade).toBe(1); // UnrecoverableError: not retried
      }
      // A well-formed job for a render that does not exist fails at once too.
      const orphan = await queue.add('batch', valid, { jobId: 'orphan', attempts: 3 });
      await expect(orphan.waitUntilFinished(events, 20_000)).rejects.toThrow(/not in the store/);
    } finally {
      await queue.obliterate({ force: true }).catch(() => {});
      await Promise.all([queue.close(), events.close()]);
    }
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(statSync(victim).mtimeMs).toBe(before);
    expect(readdirSync(outside)).toEqual(['chunk-0000000-0000006.nut']);
    expect(existsSync('/tmp/owned')).toBe(false);
    // Any worker on the queue may have taken a job; together they logged every rejection.
    const logs = workers.map((x) => x.log()).join('');
    for (let i = 0; i < 6; i++) expect(logs).toMatch(new RegExp(`rejected job "hostile-${i}": Rejected job payload: `));
    expect(logs).toMatch(/rejected job "hostile-0": Rejected job payload: renderId/);
    await w.stop();
  });

  it('a Redis restart mid-render (with persistence) ends the render, completed or with a clear error, within a bounded time', async () => {
    const dataDir = join(dir, 'redis-data');
    mkdirSync(dataDir);
    const durable = await startRedis(await freePort(), dataDir);
    let restarted: RedisServer | null = null;
    try {
      await worker([], durable.url);
      await worker([], durable.url);
      let restarting: Promise<void> | null = null;
      const out = output();
      const started = Date.now();
      const outcome = await renderMovie({ ...movie(), durationMs: 9000, batchSize: 3, size: [320, 240], output: out, redis: durable.url, store }, {
        onProgress: (p) => {
          if (!restarting && p.stage === 'rendering' && p.framesDone >= 12) {
            restarting = (async () => {
              await stopProcess(durable.process, 'SIGTERM');
              await new Promise((r) => setTimeout(r, 1000));
              restarted = await startRedis(durable.port, dataDir);
            })();
          }
        },
      }).then((r) => r, (e: unknown) => e);
      console.info(`Redis restart mid-render: ${outcome instanceof Error ? `failed: ${outcome.message}` : 'completed'} in ${Date.now() - started} ms`);
      await restarting;
      expect(restarting).not.toBeNull();
      expect(Date.now() - started).toBeLessThan(90_000);
      if (outcome instanceof TrackreelError) {
        expect(['QUEUE_UNAVAILABLE', 'RENDER_FAILED']).toContain(outcome.code);
        expect(outcome.message).toMatch(/Redis|batch/);
      } else {
        expect(outcome).toMatchObject({ frameCount: 108 });
        const local = output();
        await renderMovie({ ...movie(), durationMs: 9000, batchSize: 3, size: [320, 240], output: local, workers: 2 });
        expect(frameHashes(out)).toEqual(frameHashes(local));
      }
    } finally {
      await stopProcess(durable.process, 'SIGTERM');
      if (restarted) await (restarted as RedisServer).stop();
    }
  });
});
