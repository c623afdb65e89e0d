// A stop signal ends a worker within seconds whatever the queue's state (issue 14, item 16): with
// its Redis gone, graceful close would wait for a connection that never comes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, HAVE_REDIS, startRedis, startWorker, stopProcess, type RedisServer, type WorkerProcess } from './redis-fixture.js';

if (!HAVE_REDIS) console.warn('skipping the worker stop test: redis-server not found');
const dir = mkdtempSync(join(tmpdir(), 'trackreel-worker-stop-'));
let redis: RedisServer | undefined;
let worker: WorkerProcess | undefined;
afterAll(async () => {
  if (worker) await stopProcess(worker.process, 'SIGKILL');
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const exitWithin = (w: WorkerProcess, ms: number): Promise<boolean> => new Promise((resolve) => {
  if (w.process.exitCode !== null || w.process.signalCode !== null) { resolve(true); return; }
  const timer = setTimeout(() => resolve(false), ms);
  w.process.once('exit', () => { clearTimeout(timer); resolve(true); });
});

describe.skipIf(!HAVE_REDIS)('trackreel worker and a stop signal', () => {
  it('SIGTERM stops a worker whose Redis is gone within a few seconds', async () => {
    redis = await startRedis(await freePort());
    worker = await startWorker(redis.url, join(dir, 'store'));
    await redis.stop();
    // Let it notice (it logs connection errors and retries).
    await new Promise((r) => setTimeout(r, 1500));
    const started = Date.now();
    worker.process.kill('SIGTERM');
    const exited = await exitWithin(worker, 10_000);
    expect(exited, worker.log()).toBe(true);
    expect(Date.now() - started).toBeLessThan(8_000);
  });
});
