// node bench/distributed.js (after npm run build; needs redis-server on PATH)
// 1. A 600-frame 800x600 movie (five canonical segments) rendered by the local worker-thread pool
//    and by 1, 2 and 3 `trackreel worker` processes through BullMQ on a local Redis.
// 2. The queue's cost per job: one worker process against one local thread, the same segments.
// 3. The coordinator's own share of a 10-minute 1080p movie (run c's data): building the scene,
//    enqueueing its 60 jobs and joining its 60 segments by stream copy, against the time one
//    machine takes for the whole movie (from the measured per-segment cost).
// 4. The speed-up that these measured costs predict for 8, 32 and 128 machines:
//    T(N) = coordinator + ceil(segments / N) x (segment cost + job overhead).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { renderMovie } from '../dist/index.js';
import { callFfmpeg, concatList, createFrameRenderer, generateDemoFlights, joinArgs, renderBatch, resolveFfmpegBinaries, segmentFrames } from '../dist/internals.js';
import { sceneFor } from './lib/encode-only.js';
import { freePort, startRedis, startWorker } from './lib/redis-processes.js';
import { summary } from './lib/stats.js';

const RUNS = Number(process.env.RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'trackreel-bench-dist-'));
const input = join(dir, 'flights.csv');
const store = join(dir, 'store');
writeFileSync(input, generateDemoFlights());
mkdirSync(store);
const movie = { input, fps: 30, durationMs: 20_000, size: [800, 600], map: 'world', trailDurationMs: '2h' };
let n = 0;

async function timed(options, runs = RUNS) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await renderMovie({ ...movie, ...options, output: join(dir, `m${n++}.mp4`) }));
  return results;
}

const redis = await startRedis(await freePort());
const workers = [];
try {
  // 1. Speed with 1, 2, 3 worker processes.
  const rows = [];
  const local = await timed({});
  const localMs = summary(local.map((r) => r.elapsedMs), 0);
  rows.push({ run: `local pool (${availableParallelism()} threads)`, 'ms (min-max)': localMs.text, 'frames/s': summary(local.map((r) => r.frameCount / (r.elapsedMs / 1000))).text });
  for (const count of [1, 2, 3]) {
    while (workers.length < count) workers.push(await startWorker(redis.url, store));
    const rs = await timed({ redis: redis.url, store });
    rows.push({ run: `${count} worker process${count > 1 ? 'es' : ''}`, 'ms (min-max)': summary(rs.map((r) => r.elapsedMs), 0).text,
      'frames/s': summary(rs.map((r) => r.frameCount / (r.elapsedMs / 1000))).text });
  }
  console.log(`\n600 frames, 800x600, ${local[0].batches} segments of ${local[0].segmentFrames} frames, Redis and workers on this ${availableParallelism()}-core machine:`);
  console.table(rows);

  // 2. Per-job overhead: 1 process vs 1 thread on 160x120 frames, 60 s at 30 fps (15 segments).
  while (workers.length > 1) await workers.pop().stop();
  const small = { size: [160, 120], durationMs: 60_000 };
  const thread = summary((await timed({ ...small, workers: 1 })).map((r) => r.timings.renderMs), 0);
  const queuedRuns = await timed({ ...small, redis: redis.url, store });
  const queued = summary(queuedRuns.map((r) => r.timings.renderMs), 0);
  const jobs = queuedRuns[0].batches;
  const overheadMs = Math.max(0, (queued.median - thread.median) / jobs);
  console.log(`\nper-job overhead: ${jobs} jobs of 120 frames at 160x120: 1 thread ${thread.text} ms, 1 worker process ${queued.text} ms: ` +
    `${overheadMs.toFixed(1)} ms per job`);

  // 3. The coordinator's share of a 10-minute 1080p movie.
  const shared = join(process.env.TRACKREEL_SHARED_DATA ?? fileURLToPath(new URL('../../shared/data/', import.meta.url)), 'NYHarbor_2020_12_08.traj');
  const big = { input: existsSync(shared) ? shared : input, size: [1920, 1080], fps: 30, durationMs: 600_000, trailDurationMs: '30m', output: join(dir, 'x.mp4') };
  const frames = 18_000;
  const length = segmentFrames(frames, 30);
  const segments = Math.ceil(frames / length);
  const buildStart = performance.now();
  const { scene } = await sceneFor(big);
  const sceneBuildMs = performance.now() - buildStart;
  // One real segment of this movie (its first 10 s), rendered and encoded as a worker does: the
  // per-segment cost (one worker, drawing on one thread beside its encoder).
  const { ffmpeg } = resolveFfmpegBinaries();
  const segmentPath = join(dir, 'segment.nut');
  const segment = { format: 'mp4', segmentFrames: length, crf: null, preset: 'veryfast', intermediateCodec: 'libx264rgb', encoderArgs: [] };
  const segmentStart = performance.now();
  await renderBatch(createFrameRenderer(scene), scene, { batch: { batchIndex: 0, start: 0, end: length }, pieces: [{ start: 0, end: length, path: segmentPath }] },
    { ffmpeg, codec: 'libx264rgb', segment });
  const segmentMs = performance.now() - segmentStart;
  const joinDir = join(dir, 'join');
  mkdirSync(joinDir);
  const entries = Array.from({ length: segments }, (_, i) => {
    const name = `s${i}.nut`;
    copyFileSync(segmentPath, join(joinDir, name));
    return { name, start: i * length, end: (i + 1) * length };
  });
  writeFileSync(join(joinDir, 'list.txt'), concatList(entries, 30));
  const joinStart = performance.now();
  await callFfmpeg(ffmpeg, joinArgs({ concatListPath: join(joinDir, 'list.txt'), outputPath: join(dir, 'joined.mp4'), format: 'mp4', metadata: {} })).done;
  const joinMs = performance.now() - joinStart;
  const queue = new Queue('bench-enqueue', { connection: { url: redis.url } });
  const enqueueStart = performance.now();
  await queue.addBulk(Array.from({ length: segments }, (_, i) => ({ name: 'batch', data: { version: 2, i }, opts: { jobId: `e-${i}` } })));
  const enqueueMs = performance.now() - enqueueStart;
  await queue.obliterate({ force: true });
  await queue.close();
  const coordinatorMs = sceneBuildMs + enqueueMs + joinMs;
  const singleMachineMs = coordinatorMs + segments * segmentMs;
  console.log(`\n10-minute 1080p movie (${frames} frames, ${segments} segments of ${length}): scene build ${sceneBuildMs.toFixed(0)} ms, ` +
    `enqueue ${enqueueMs.toFixed(0)} ms, join by stream copy ${joinMs.toFixed(0)} ms: coordinator ${(coordinatorMs / 1000).toFixed(1)} s; ` +
    `one segment on one worker process ${(segmentMs / 1000).toFixed(1)} s, so one machine ${(singleMachineMs / 1000).toFixed(0)} s; ` +
    `coordinator share ${((100 * coordinatorMs) / singleMachineMs).toFixed(1)}%`);

  // 4. Predicted speed-up for N machines, each like this one running one worker process.
  const t = (machines) => coordinatorMs + Math.ceil(segments / machines) * (segmentMs + overheadMs);
  console.table([1, 2, 3, 8, 32, 128].map((machines) => ({
    machines, 'predicted s': (t(machines) / 1000).toFixed(1), 'speed-up': `${(t(1) / t(machines)).toFixed(1)}x`,
    note: machines > segments ? `only ${segments} segments: ${segments} machines busy` : '',
  })));
} finally {
  await Promise.all(workers.map((w) => w.stop()));
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
