// node bench/distributed.js (after npm run build; needs redis-server on PATH)
// A ~300-frame 800x600 movie rendered by the local worker-thread pool and by 1, 2 and 3
// `trackreel worker` processes through BullMQ on a local Redis; and the queue's cost per job:
// one worker process against one local thread, with the same batches, divided by the batch count.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderMovie } from '../dist/index.js';
import { generateDemoFlights } from '../dist/internals.js';
import { freePort, startRedis, startWorker } from './lib/redis-processes.js';

const RUNS = Number(process.env.RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'trackreel-bench-dist-'));
const input = join(dir, 'flights.csv');
const store = join(dir, 'store');
writeFileSync(input, generateDemoFlights());
mkdirSync(store);
const movie = { input, fps: 30, durationMs: 10_000, size: [800, 600], map: 'world', trailDurationMs: '2h' };
let n = 0;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(options) {
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await renderMovie({ ...movie, ...options, output: join(dir, `m${n++}.mp4`) });
    ms.push(r.timings.renderMs);
  }
  return median(ms);
}

const redis = await startRedis(await freePort());
const workers = [];
try {
  const batchSize = 30;
  const rows = [];
  const local = await timed({ batchSize });
  rows.push({ run: `local pool (${availableParallelism()} threads)`, renderMs: local });
  for (const count of [1, 2, 3]) {
    while (workers.length < count) workers.push(await startWorker(redis.url, store));
    rows.push({ run: `${count} worker process${count > 1 ? 'es' : ''}`, renderMs: await timed({ batchSize, redis: redis.url, store }) });
  }
  for (const r of rows) r.speedUpVsLocal = Number((local / r.renderMs).toFixed(2));
  console.table(rows);

  // Per-job overhead: 1 process vs 1 thread, small batches so that the overhead shows.
  while (workers.length > 1) workers.pop().stop();
  // Tiny frames and one-frame batches: the time is then mostly per-batch cost (ffmpeg start-up,
  // probe, and for the queue: enqueue, pick-up, progress and completion events).
  for (const [size, frameSize] of [[1, [160, 120]], [10, [800, 600]], [30, [800, 600]]]) {
    const batches = Math.ceil(300 / size);
    const thread = await timed({ batchSize: size, size: frameSize, workers: 1 });
    const queued = await timed({ batchSize: size, size: frameSize, redis: redis.url, store });
    console.log(`${frameSize.join('x')}, batch size ${size} (${batches} jobs): 1 thread ${thread.toFixed(0)} ms, 1 worker process ${queued.toFixed(0)} ms, ` +
      `difference ${((queued - thread) / batches).toFixed(1)} ms per job`);
  }
} finally {
  await Promise.all(workers.map((w) => w.stop()));
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
