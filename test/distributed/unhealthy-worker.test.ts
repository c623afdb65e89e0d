// One misconfigured worker must not fail every render (issue 14, item 10): a worker started with
// the wrong --store cannot see a render's files, so it gives the job back and reports itself
// unhealthy; a healthy worker renders the movie; with only unhealthy workers the coordinator's
// error names them.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMovie } from '../../dist/index.js';
import { generateDemoFlights } from '../../dist/internals.js';
import { freePort, HAVE_REDIS, startRedis, startWorker, type RedisServer, type WorkerProcess } from './redis-fixture.js';

const { BullmqExecutor } = await import('../../dist/execute/bullmq/bullmq-executor.js');
if (!HAVE_REDIS) console.warn('skipping the unhealthy worker tests: redis-server not found');

let dir: string;
let redis: RedisServer;
const workers: WorkerProcess[] = [];
const look = { fps: 4, durationMs: 2000, size: [96, 64] as [number, number], trailDurationMs: '2h', map: 'world', batchSize: 4 };

describe.skipIf(!HAVE_REDIS)('a worker that cannot see the store', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trackreel-unhealthy-'));
    writeFileSync(join(dir, 'flights.csv'), generateDemoFlights());
    for (const s of ['store', 'wrong-store']) mkdirSync(join(dir, s));
    redis = await startRedis(await freePort());
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const render = (name: string, noWorkerTimeoutMs = 60_000) => {
    const executor = new BullmqExecutor({ redisUrl: redis.url, storeRoot: join(dir, 'store'), noWorkerTimeoutMs, pollIntervalMs: 200 });
    return renderMovie({ ...look, input: join(dir, 'flights.csv'), output: join(dir, name), redis: redis.url, store: join(dir, 'store') }, { executor })
      .finally(() => executor.close());
  };

  it('with only such a worker, the render fails naming it, and no job was failed by it', async () => {
    const wrong = await startWorker(redis.url, join(dir, 'wrong-store'));
    workers.push(wrong);
    const error = await render('alone.mkv', 3000).then(() => null, (e: unknown) => e as { code: string; message: string });
    expect(error?.code).toBe('QUEUE_UNAVAILABLE');
    expect(error?.message).toMatch(/No healthy trackreel worker/);
    expect(error?.message).toMatch(/worker [^ ]+:\d+: renders\/[^ ]+\/scene-[0-9a-f]+\.bin is not in its store at .*wrong-store/);
    expect(wrong.log()).toMatch(/UNHEALTHY/);
    expect(wrong.log()).not.toMatch(/failed:/);
    expect(existsSync(join(dir, 'alone.mkv'))).toBe(false);
  });

  it('beside a healthy worker, the movie is rendered', async () => {
    workers.push(await startWorker(redis.url, join(dir, 'store')));
    const result = await render('together.mkv');
    expect(result.frameCount).toBe(8);
    expect(existsSync(join(dir, 'together.mkv'))).toBe(true);
  });
});
