// `trackreel worker`: a BullMQ Worker that renders batches of any render on the queue. Every
// payload is validated before use; store keys are built here from validated names, so a job can
// only touch renders/<its render id>/. Non-retryable errors fail the job at once
// (UnrecoverableError); retryable ones go back to the queue with exponential back-off, and a
// worker that dies mid-job has its job taken over through BullMQ's stalled-job check.
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { checkFfmpeg } from '../../encode/check-ffmpeg.js';
import { resolveFfmpegBinaries } from '../../encode/ffmpeg-binaries.js';
import { isTrackreelError, TrackreelError } from '../../errors/trackreel-error.js';
import { pieceFrames, type BatchTimings } from '../batch-executor.js';
import { renderBatch } from '../render-batch.js';
import { sceneFileName } from '../../scene/scene-file.js';
import { DirectoryStore } from '../store/directory-store.js';
import { joinKey } from '../store/store-key.js';
import { describeFailure, encodeFailure } from './job-failure.js';
import { parseJobPayload, renderFolderKey } from './job-payload.js';
import { DEFAULT_QUEUE_NAME, redactRedisUrl, redisConnection } from './redis-connection.js';
import { SceneCache } from './scene-cache.js';
import { withTimeout } from './with-timeout.js';

export interface RenderWorkerOptions {
  redisUrl: string;
  storeRoot: string;
  /** Batches rendered at once by this process (drawing shares one thread; ffmpeg runs beside it). @defaultValue 1 */
  concurrency?: number;
  /** @defaultValue 'trackreel' */
  queueName?: string;
  /** How long a job's lock lasts without renewal before another worker may take the job over. @defaultValue 30000 */
  lockDurationMs?: number;
  /** How often stalled jobs (their worker died) are looked for. @defaultValue 30000 */
  stalledIntervalMs?: number;
  ffmpegPath?: string | null;
  ffprobePath?: string | null;
  log?: (line: string) => void;
}

export interface RenderWorker {
  // Stops taking jobs and waits for the running ones to finish.
  close(): Promise<void>;
}

// Frame progress is reported at most this often.
const PROGRESS_INTERVAL_MS = 200;
const NO_TIMINGS: BatchTimings = { drawMs: 0, encodeWaitMs: 0, encodeTailMs: 0 };

export async function startRenderWorker(o: RenderWorkerOptions): Promise<RenderWorker> {
  const log = o.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store = new DirectoryStore(o.storeRoot);
  const binaries = resolveFfmpegBinaries({ ffmpegPath: o.ffmpegPath, ffprobePath: o.ffprobePath });
  await checkFfmpeg(binaries.ffmpeg, []);
  const scenes = new SceneCache();

  const renderJob = async (job: Job): Promise<BatchTimings> => {
    let payload;
    try {
      payload = parseJobPayload(job.data);
    } catch (error) {
      log(`trackreel worker: rejected job ${JSON.stringify(job.id)}: ${(error as Error).message}`);
      throw new UnrecoverableError(encodeFailure(error));
    }
    const folder = renderFolderKey(payload.renderId);
    const sceneKey = joinKey(folder, sceneFileName(payload.sceneHash));
    // Pieces an earlier attempt finished (renamed atomically, so complete) are not rendered again.
    const pieces = [];
    for (const piece of payload.pieces) {
      const key = joinKey(folder, piece.name);
      if (!await store.exists(key)) pieces.push({ start: piece.start, end: piece.end, path: await store.localPath(key) });
    }
    if (pieces.length === 0) return NO_TIMINGS;
    if (!await store.exists(sceneKey)) {
      throw new UnrecoverableError(encodeFailure(new TrackreelError('INVALID_JOB',
        `${sceneKey} is not in the store at ${store.root} (the render ended, or this worker mounts another store)`)));
    }
    const { scene, renderer } = await scenes.get(store, sceneKey, payload.sceneHash);
    // Frames of pieces finished earlier count as done.
    let frames = pieceFrames(payload.pieces) - pieceFrames(pieces);
    let lastSent = 0;
    const report = (): void => { lastSent = Date.now(); job.updateProgress(frames).catch(() => {}); };
    return renderBatch(renderer, scene, { batch: payload.batch, pieces },
      { ffmpeg: binaries.ffmpeg, codec: payload.codec, segment: payload.segment },
      { attempt: job.attemptsMade + 1, onFrame: () => { frames++; if (Date.now() - lastSent >= PROGRESS_INTERVAL_MS) report(); } });
  };

  const worker = new Worker(o.queueName ?? DEFAULT_QUEUE_NAME, async (job) => {
    try {
      return await renderJob(job);
    } catch (error) {
      if (error instanceof UnrecoverableError) throw error;
      const reason = encodeFailure(error);
      log(`trackreel worker: job ${job.id} attempt ${job.attemptsMade + 1} failed: ${describeFailure(reason)}`);
      throw isTrackreelError(error) && !error.retryable ? new UnrecoverableError(reason) : new Error(reason);
    }
  }, {
    connection: redisConnection(o.redisUrl),
    concurrency: o.concurrency ?? 1,
    lockDuration: o.lockDurationMs ?? 30_000,
    stalledInterval: o.stalledIntervalMs ?? 30_000,
    // A batch may lose two workers (crash, power-off) before it fails the render.
    maxStalledCount: 2,
  });
  worker.on('error', (error) => log(`trackreel worker: queue error: ${error.message}`));
  try {
    await withTimeout(worker.waitUntilReady(), 30_000, `Redis at ${redactRedisUrl(o.redisUrl)}`);
  } catch (error) {
    await withTimeout(worker.close(true), 5_000, 'Closing the worker').catch(() => worker.disconnect());
    throw error;
  }
  log(`trackreel worker: ready (queue ${o.queueName ?? DEFAULT_QUEUE_NAME} on ${redactRedisUrl(o.redisUrl)}, store ${store.root}, concurrency ${o.concurrency ?? 1})`);
  return { close: () => worker.close() };
}
