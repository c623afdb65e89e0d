// `trackreel worker`: a BullMQ Worker that renders batches of any render on the queue. Every
// payload is validated before use; store keys are built here from validated names, so a job can
// only touch renders/<its render id>/. Non-retryable errors fail the job at once
// (UnrecoverableError); retryable ones go back to the queue with exponential back-off, and a
// worker that dies mid-job has its job taken over through BullMQ's stalled-job check.
// A worker that cannot see a render's files (started with another --store) gives the job back
// untouched and reports itself unhealthy (its log, and the job's progress, which the coordinator
// reads) rather than failing a render that a healthy worker can do. A stop signal ends the
// worker within seconds whatever Redis does (see close()).
import { hostname } from 'node:os';
import { UnrecoverableError, WaitingError, Worker, type Job } from 'bullmq';
import { checkFfmpeg } from '../../encode/check-ffmpeg.js';
import { resolveFfmpegBinaries } from '../../encode/ffmpeg-binaries.js';
import { isTrackreelError, TrackreelError } from '../../errors/trackreel-error.js';
import { pieceFrames, type BatchTimings } from '../batch-executor.js';
import { renderBatch, type FrameWrapper } from '../render-batch.js';
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
  /** Wraps the frames of every batch (see FrameWrapper; tests cause faults with it). */
  wrapFrames?: FrameWrapper;
}

export interface RenderWorker {
  // This worker's name in the queue (host:pid), as the coordinator's messages give it.
  name: string;
  // Stops taking jobs and lets the running ones finish for up to `graceMs`; then gives them back
  // (or, with Redis gone, leaves them to lapse to another worker) and disconnects. Bounded.
  close(graceMs?: number): Promise<void>;
}

// What a worker reports, as its job's progress, when it gives a job back because it cannot see
// the render's files. Parsed by the coordinator (bullmq-executor.ts).
export interface UnhealthyReport { unhealthyWorker: string; reason: string }
export const CLOSE_GRACE_MS = 4_000;
// How long an unhealthy worker stays paused before it tries again (the store may get mounted).
const UNHEALTHY_PAUSE_MS = 30_000;

// Frame progress is reported at most this often.
const PROGRESS_INTERVAL_MS = 200;
const NO_TIMINGS: BatchTimings = { drawMs: 0, encodeWaitMs: 0, encodeTailMs: 0 };

export async function startRenderWorker(o: RenderWorkerOptions): Promise<RenderWorker> {
  const log = o.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store = new DirectoryStore(o.storeRoot);
  const binaries = resolveFfmpegBinaries({ ffmpegPath: o.ffmpegPath, ffprobePath: o.ffprobePath });
  await checkFfmpeg(binaries.ffmpeg, []);
  const scenes = new SceneCache();
  const name = `${hostname()}:${process.pid}`;
  // Running jobs, so that close() can stop their ffmpeg and hand them back.
  const active = new Map<Job, { token: string | undefined; controller: AbortController }>();
  let resumeTimer: NodeJS.Timeout | undefined;

  // Gives the job back to the queue (no attempt used up) and pauses this worker for a while.
  const giveBack = async (job: Job, token: string | undefined, reason: string): Promise<never> => {
    log(`trackreel worker: UNHEALTHY (${name}): ${reason}; gave job ${job.id} back to the queue and paused for ${UNHEALTHY_PAUSE_MS / 1000} s`);
    await job.updateProgress({ unhealthyWorker: name, reason } satisfies UnhealthyReport).catch(() => {});
    await job.moveToWait(token);
    void worker.pause(true);
    clearTimeout(resumeTimer);
    resumeTimer = setTimeout(() => { if (!worker.closing) worker.resume(); }, UNHEALTHY_PAUSE_MS);
    resumeTimer.unref();
    throw new WaitingError();
  };

  const renderJob = async (job: Job, token: string | undefined, signal: AbortSignal): Promise<BatchTimings> => {
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
      // No renders/ at all: this is not the coordinator's store. Otherwise the render has ended.
      if (!await store.exists('renders')) {
        return giveBack(job, token, `${sceneKey} is not in its store at ${store.root} (started with another --store than the coordinator's?)`);
      }
      throw new UnrecoverableError(encodeFailure(new TrackreelError('INVALID_JOB', `${sceneKey} is not in the store at ${store.root} (the render ended)`)));
    }
    const { scene, renderer } = await scenes.get(store, sceneKey, payload.sceneHash);
    // Frames of pieces finished earlier count as done.
    let frames = pieceFrames(payload.pieces) - pieceFrames(pieces);
    let lastSent = 0;
    const report = (): void => { lastSent = Date.now(); job.updateProgress(frames).catch(() => {}); };
    return renderBatch(renderer, scene, { batch: payload.batch, pieces },
      { ffmpeg: binaries.ffmpeg, codec: payload.codec, segment: payload.segment },
      { attempt: job.attemptsMade + 1, signal, wrapFrames: o.wrapFrames, onFrame: () => { frames++; if (Date.now() - lastSent >= PROGRESS_INTERVAL_MS) report(); } });
  };

  const worker: Worker = new Worker(o.queueName ?? DEFAULT_QUEUE_NAME, async (job, token) => {
    const controller = new AbortController();
    active.set(job, { token, controller });
    try {
      return await renderJob(job, token, controller.signal);
    } catch (error) {
      if (error instanceof UnrecoverableError || error instanceof WaitingError) throw error;
      // Stopped by close(): hand the job back unharmed (when Redis answers).
      if (controller.signal.aborted) { await job.moveToWait(token); throw new WaitingError(); }
      const reason = encodeFailure(error);
      log(`trackreel worker: job ${job.id} attempt ${job.attemptsMade + 1} failed: ${describeFailure(reason)}`);
      throw isTrackreelError(error) && !error.retryable ? new UnrecoverableError(reason) : new Error(reason);
    } finally {
      active.delete(job);
    }
  }, {
    name,
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
  return {
    name,
    async close(graceMs = CLOSE_GRACE_MS) {
      clearTimeout(resumeTimer);
      const closing = worker.close();
      closing.catch(() => {});
      try {
        // Without a running job, closing only tells Redis goodbye: a second is plenty.
        await withTimeout(closing, active.size > 0 ? graceMs : 1_000, 'Finishing the running jobs');
        return;
      } catch { /* a batch still running, or Redis away: stop it */ }
      const running = active.size > 0;
      for (const { controller } of active.values()) controller.abort();
      try {
        if (!running) throw new Error('nothing to give back');
        await withTimeout(closing, 1_500, 'Giving the running jobs back');
      } catch {
        log('trackreel worker: Redis does not answer; stopping anyway (a running job goes to another worker when its lock lapses)');
        await withTimeout(worker.disconnect(), 1_000, 'Disconnecting').catch(() => {});
      }
    },
  };
}
