// The distributed BatchExecutor: one BullMQ job per batch on Redis, rendered by `trackreel worker`
// processes on any machine that mounts the store. Progress and completion come from QueueEvents;
// a poll of the jobs' states backs the events up (events can be missed across a Redis restart)
// and bounds every wait, so a lost Redis or a queue without workers fails the render, never hangs.
// Workers that report themselves unhealthy (they cannot see the render's files) do not count as
// workers: with only those connected, the render fails naming them.
import { randomBytes } from 'node:crypto';
import { Queue, QueueEvents, type JobsOptions } from 'bullmq';
import { TrackreelError } from '../../errors/trackreel-error.js';
import type { Scene } from '../../scene/scene.js';
import { pieceFrames, type BatchExecutor, type BatchJob, type BatchTimings, type ChunkEncoding, type ExecutorRunOptions } from '../batch-executor.js';
import { MAX_BATCH_ATTEMPTS } from '../local/local-executor.js';
import { writeSceneFile } from '../store/scene-store.js';
import { DirectoryStore } from '../store/directory-store.js';
import { locateChunks } from './chunk-location.js';
import { decodeFailure } from './job-failure.js';
import { renderFolderKey, type JobPayload } from './job-payload.js';
import { DEFAULT_QUEUE_NAME, isAuthError, redactRedisUrl, redisConnection } from './redis-connection.js';
import type { UnhealthyReport } from './render-worker.js';
import { withTimeout } from './with-timeout.js';

export interface BullmqExecutorOptions {
  // redis:// or rediss:// URL, optionally with user and password.
  redisUrl: string;
  // The directory every worker mounts (the same files, possibly at another path).
  storeRoot: string;
  /** @defaultValue 'trackreel' */
  queueName?: string;
  /** How long Redis may be unreachable before the render fails. @defaultValue 30000 */
  redisTimeoutMs?: number;
  /** How long the queue may have no worker connected before the render fails. @defaultValue 60000 */
  noWorkerTimeoutMs?: number;
  /** How often job states are polled as a backstop to events. @defaultValue 1000 */
  pollIntervalMs?: number;
}

interface Tracked { job: BatchJob; frames: number; done: boolean; lost: number }

const BACKOFF_DELAY_MS = 1_000;
const KEEP_FAILED_JOBS_S = 7 * 24 * 3600;
const CLOSE_TIMEOUT_MS = 5_000;

export class BullmqExecutor implements BatchExecutor {
  private readonly store: DirectoryStore;
  private readonly o: Required<BullmqExecutorOptions>;
  private connected: Promise<{ queue: Queue; events: QueueEvents }> | null = null;

  constructor(options: BullmqExecutorOptions) {
    redisConnection(options.redisUrl); // validates the URL now rather than at the first render
    this.o = { queueName: DEFAULT_QUEUE_NAME, redisTimeoutMs: 30_000, noWorkerTimeoutMs: 60_000, pollIntervalMs: 1_000, ...options };
    this.store = new DirectoryStore(options.storeRoot);
  }

  private connect(): Promise<{ queue: Queue; events: QueueEvents }> {
    this.connected ??= (async () => {
      let gaveUp = false;
      const connection = redisConnection(this.o.redisUrl, this.o.redisTimeoutMs, () => gaveUp);
      const queue = new Queue(this.o.queueName, { connection });
      const events = new QueueEvents(this.o.queueName, { connection });
      // Connection errors are handled by the timeouts below; without listeners they would throw.
      // A refused password fails at once (waitUntilReady would wait for ever).
      const refused = new Promise<never>((_, reject) => {
        const onError = (error: Error): void => {
          if (isAuthError(error)) {
            reject(new TrackreelError('QUEUE_UNAVAILABLE', `Redis at ${redactRedisUrl(this.o.redisUrl)} refused the credentials in the URL (${error.message.split(' ')[0]})`));
          }
        };
        queue.on('error', onError);
        events.on('error', onError);
      });
      refused.catch(() => {});
      try {
        await withTimeout(Promise.race([Promise.all([queue.waitUntilReady(), events.waitUntilReady()]), refused]),
          this.o.redisTimeoutMs, `Redis at ${redactRedisUrl(this.o.redisUrl)}`);
      } catch (error) {
        gaveUp = true;
        await closeQuietly(queue, events);
        this.connected = null;
        throw error;
      }
      return { queue, events };
    })();
    return this.connected;
  }

  async run(jobs: readonly BatchJob[], scene: Scene, encoding: ChunkEncoding, options: ExecutorRunOptions = {}): Promise<void> {
    if (options.signal?.aborted) throw new TrackreelError('CANCELLED', 'The render was cancelled');
    if (jobs.length === 0) return;
    const { renderId, pieceNames } = locateChunks(this.store.root, jobs);
    // Job ids are unique per run: a resumed render (same render folder) must not collide with the
    // failed jobs an interrupted run left in Redis.
    const runId = randomBytes(4).toString('hex');
    const { hash } = await writeSceneFile(this.store, renderFolderKey(renderId), scene);
    const { queue, events } = await this.connect();
    const o = this.o;
    const tracked = new Map<string, Tracked>(jobs.map((job) => [`${renderId}-${runId}-${job.batch.batchIndex}`, { job, frames: 0, done: false, lost: 0 }]));
    let remaining = jobs.length;

    return new Promise<void>((resolve, reject) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (error: TrackreelError | null): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        events.off('progress', onProgress).off('completed', onCompleted).off('failed', onFailed);
        options.signal?.removeEventListener('abort', onAbort);
        if (!error) { resolve(); return; }
        // Waiting and delayed jobs of this render are removed; a job already running on a worker
        // is locked and finishes or fails on its own, harmlessly (its render folder is gone).
        const unfinished = [...tracked].filter(([, t]) => !t.done).map(([id]) => id);
        void withTimeout(Promise.allSettled(unfinished.map((id) => queue.remove(id))), CLOSE_TIMEOUT_MS, 'Removing jobs')
          .catch(() => {}).then(() => reject(error));
      };
      const markDone = (id: string, returnvalue: unknown): void => {
        const t = tracked.get(id);
        if (!t || t.done) return; // a duplicate completion (a stalled job finished twice) is harmless
        t.done = true;
        options.onFrames?.(pieceFrames(t.job.pieces) - t.frames);
        options.onBatchDone?.(t.job.batch, parseTimings(returnvalue));
        if (--remaining === 0) finish(null);
      };
      const failBatch = (id: string, reason: string | undefined, attempts?: number): void => {
        const t = tracked.get(id);
        if (!t || t.done) return;
        const { batchIndex, start, end } = t.job.batch;
        const e = decodeFailure(reason, batchIndex);
        finish(new TrackreelError(e.code, `${e.message} (batch ${batchIndex}, frames ${start}-${end - 1}, ` +
          `failed on a worker${attempts ? ` after ${attempts} attempt${attempts === 1 ? '' : 's'}` : ''})`,
        { context: { ...e.context, batchIndex, attempt: attempts }, cause: e }));
      };
      // Progress is the frame count of the current attempt: a retry starting over gives a negative delta.
      const unhealthy = new Map<string, string>();
      const onProgress = ({ jobId, data }: { jobId: string; data: unknown }): void => {
        const t = tracked.get(jobId);
        const report = data as Partial<UnhealthyReport> | null;
        if (t && typeof report?.unhealthyWorker === 'string') unhealthy.set(report.unhealthyWorker, String(report.reason));
        if (!t || t.done || typeof data !== 'number') return;
        options.onFrames?.(data - t.frames);
        t.frames = data;
      };
      const onCompleted = ({ jobId, returnvalue }: { jobId: string; returnvalue: unknown }): void => markDone(jobId, returnvalue);
      const onFailed = ({ jobId, failedReason }: { jobId: string; failedReason: string }): void => {
        if (!tracked.has(jobId)) return;
        // 'failed' is only emitted when BullMQ gives up (retries go back to waiting quietly).
        void queue.getJob(jobId).then((job) => failBatch(jobId, failedReason, job?.attemptsMade), () => failBatch(jobId, failedReason));
      };
      const onAbort = (): void => finish(new TrackreelError('CANCELLED', 'The render was cancelled'));
      events.on('progress', onProgress).on('completed', onCompleted).on('failed', onFailed);
      options.signal?.addEventListener('abort', onAbort, { once: true });

      let lastContact = Date.now();
      let noWorkerSince: number | null = null;
      const poll = async (): Promise<void> => {
        try {
          const pending = [...tracked].filter(([, t]) => !t.done);
          const states = await withTimeout(Promise.all(pending.map(([id]) => queue.getJobState(id))), o.redisTimeoutMs, 'Redis');
          const workers = healthyWorkers(await withTimeout(queue.getWorkers(), o.redisTimeoutMs, 'Redis'), unhealthy);
          lastContact = Date.now();
          for (const [i, [id, t]] of pending.entries()) {
            if (settled) return;
            if (states[i] === 'failed') {
              const job = await queue.getJob(id);
              failBatch(id, job?.failedReason, job?.attemptsMade);
            } else if (states[i] === 'unknown') {
              // Completed jobs are removed at once; the chunk in the store is the proof of work.
              const names = pieceNames[jobs.indexOf(t.job)];
              if ((await Promise.all(names.map((name) => this.store.exists(`${renderFolderKey(renderId)}/${name}`)))).every(Boolean)) markDone(id, null);
              else if (++t.lost >= 3) {
                finish(new TrackreelError('QUEUE_UNAVAILABLE', `The job of batch ${t.job.batch.batchIndex} disappeared from Redis (restarted without persistence?)`,
                  { context: { batchIndex: t.job.batch.batchIndex } }));
              }
            }
          }
          noWorkerSince = workers > 0 ? null : (noWorkerSince ?? Date.now());
          if (noWorkerSince !== null && Date.now() - noWorkerSince > o.noWorkerTimeoutMs) {
            const seconds = Math.round(o.noWorkerTimeoutMs / 1000);
            finish(new TrackreelError('QUEUE_UNAVAILABLE', unhealthy.size > 0
              ? `No healthy trackreel worker on queue "${o.queueName}" for ${seconds} s: ${[...unhealthy].map(([name, why]) => `worker ${name}: ${why}`).join('; ')}. ` +
                `Start it with the coordinator's store (--store ${this.store.root} as mounted there)`
              : `No trackreel worker has been connected to queue "${o.queueName}" for ${seconds} s; start one with: trackreel worker --redis <url> --store <dir>`));
          }
        } catch (error) {
          if (Date.now() - lastContact > o.redisTimeoutMs) {
            finish(new TrackreelError('QUEUE_UNAVAILABLE', `Lost contact with Redis at ${redactRedisUrl(o.redisUrl)} for more than ` +
              `${Math.round(o.redisTimeoutMs / 1000)} s: ${(error as Error).message}`, { cause: error }));
          }
        }
        if (!settled) timer = setTimeout(() => void poll(), o.pollIntervalMs);
      };

      const payloads = jobs.map((job, i): { name: string; data: JobPayload; opts: JobsOptions } => ({
        name: 'batch',
        data: {
          version: 2, renderId, sceneHash: hash, batch: { ...job.batch }, codec: encoding.codec,
          segment: encoding.segment ? { ...encoding.segment, encoderArgs: [...encoding.segment.encoderArgs] } : null,
          pieces: job.pieces.map((piece, p) => ({ start: piece.start, end: piece.end, name: pieceNames[i][p] })),
        },
        opts: {
          jobId: `${renderId}-${runId}-${job.batch.batchIndex}`, attempts: MAX_BATCH_ATTEMPTS,
          backoff: { type: 'exponential', delay: BACKOFF_DELAY_MS },
          removeOnComplete: true, removeOnFail: { age: KEEP_FAILED_JOBS_S },
        },
      }));
      withTimeout(queue.addBulk(payloads), o.redisTimeoutMs, 'Redis').then(
        () => { if (!settled) timer = setTimeout(() => void poll(), o.pollIntervalMs); },
        (error) => finish(new TrackreelError('QUEUE_UNAVAILABLE', `Could not enqueue the batches: ${(error as Error).message}`, { cause: error })),
      );
    });
  }

  async close(): Promise<void> {
    const connected = this.connected;
    this.connected = null;
    if (connected) await connected.then(({ queue, events }) => closeQuietly(queue, events), () => {});
  }
}

// Connected workers not reported unhealthy. A worker has several connections, all named
// "<prefix>:w:<name>"; unnamed ones (older workers) count one each.
function healthyWorkers(clients: { rawname?: string }[], unhealthy: ReadonlyMap<string, string>): number {
  const names = new Set<string>();
  let unnamed = 0;
  for (const c of clients) {
    const at = c.rawname?.indexOf(':w:') ?? -1;
    if (at < 0) unnamed++;
    else names.add(c.rawname!.slice(at + 3));
  }
  return unnamed + [...names].filter((n) => !unhealthy.has(n)).length;
}

function parseTimings(value: unknown): BatchTimings | null {
  try {
    const t = (typeof value === 'string' ? JSON.parse(value) : value) as BatchTimings | null;
    return t && typeof t.drawMs === 'number' ? t : null;
  } catch {
    return null;
  }
}

async function closeQuietly(queue: Queue, events: QueueEvents): Promise<void> {
  await withTimeout(Promise.allSettled([queue.close(), events.close()]), CLOSE_TIMEOUT_MS, 'Closing the queue').catch(async () => {
    // close() can wait for a connection that never comes; disconnecting is bounded too.
    await withTimeout(Promise.allSettled([queue.disconnect(), events.disconnect()]), CLOSE_TIMEOUT_MS, 'Disconnecting').catch(() => {});
  });
}
