// A Redis that wants a password: the URL's password is used by the coordinator and the workers,
// and a wrong one fails the render with a clear error that does not print the password.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMovie } from '../../dist/index.js';
import { generateDemoFlights } from '../../dist/internals.js';
import { probe } from '../helpers/ffmpeg-tools.js';
import { freePort, HAVE_REDIS, startRedis, startWorker, type RedisServer, type WorkerProcess } from './redis-fixture.js';

if (!HAVE_REDIS) console.warn('skipping Redis password tests: redis-server not found');
const PASSWORD = 'tr@ck reel/s3cret';

describe.skipIf(!HAVE_REDIS)('Redis with a password', () => {
  let dir: string;
  let redis: RedisServer;
  let worker: WorkerProcess | null = null;
  const movie = () => ({ input: join(dir, 'flights.csv'), store: join(dir, 'store'), fps: 12, durationMs: 2000, size: [160, 120] as [number, number], trailDurationMs: '2h', map: 'world', batchSize: 8 });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trackreel-auth-'));
    writeFileSync(join(dir, 'flights.csv'), generateDemoFlights());
    mkdirSync(join(dir, 'store'));
    redis = await startRedis(await freePort(), null, PASSWORD);
  });
  afterAll(async () => {
    await worker?.stop();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders when the URL carries the password', async () => {
    expect(redis.url).toContain(encodeURIComponent(PASSWORD));
    worker = await startWorker(redis.url, join(dir, 'store'));
    const output = join(dir, 'movie.mp4');
    const r = await renderMovie({ ...movie(), output, redis: redis.url });
    expect(r.frameCount).toBe(24);
    expect(probe(output).frames).toBe(24);
  });

  it('fails clearly, without printing the password, when it is wrong', async () => {
    const wrong = `redis://:wrong-${encodeURIComponent(PASSWORD)}@127.0.0.1:${redis.port}`;
    const error = await renderMovie({ ...movie(), output: join(dir, 'never.mp4'), redis: wrong }).catch((e) => e);
    expect(error.code).toMatch(/QUEUE_UNAVAILABLE|INVALID_OPTION/);
    expect(error.message).not.toContain('s3cret');
    expect(error.message.length).toBeGreaterThan(10);
  }, 60_000);
});
