// The local BatchExecutor: a pool of worker threads taking batches from one queue. A failed
// batch is retried (its chunk is rewritten from scratch); on a fatal error or a cancel, every
// running batch is stopped before run() settles, so the caller can delete the work directory
// without racing an ffmpeg that is still writing into it.
import { Worker } from 'node:worker_threads';
import { TrackreelError, deserializeError } from '../../errors/trackreel-error.js';
import type { Scene } from '../../scene/scene.js';
import type { BatchExecutor, BatchJob, BatchTimings, ChunkEncoding, ExecutorRunOptions } from '../batch-executor.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

// How many times one batch is tried before the render fails.
export const MAX_BATCH_ATTEMPTS = 3;
// How long a cancelled worker gets to stop its ffmpeg cleanly before it is terminated.
const STOP_GRACE_MS = 5_000;

interface Slot {
  worker: Worker;
  sceneId: number | null;
  job: BatchJob | null;
  attempt: number;
  framesThisAttempt: number;
  ffmpegPid: number | null;
  // Settles when the slot's current batch has stopped, whichever way.
  stopped: Promise<void> | null;
  onStopped: (() => void) | null;
}

let nextSceneId = 1;
const sceneIds = new WeakMap<Scene, number>();

export interface LocalExecutorOptions {
  // The worker threads' entry module: by default the batch loop as it is (batch-worker.js); a
  // module of one's own may call serveBatches() with a FrameWrapper (tests cause faults so).
  workerScript?: URL;
  // Handed to each worker thread as its workerData.
  workerData?: unknown;
}

const defaultWorkerScript = (): URL => new URL('./batch-worker.js', import.meta.url);

function killPid(pid: number | null): void {
  if (pid === null) return;
  try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
}

export class LocalExecutor implements BatchExecutor {
  private readonly slots: Slot[] = [];

  constructor(private readonly workers: number, private readonly options: LocalExecutorOptions = {}) {
    if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${workers}`);
  }

  async run(jobs: readonly BatchJob[], scene: Scene, encoding: ChunkEncoding, options: ExecutorRunOptions = {}): Promise<void> {
    let sceneId = sceneIds.get(scene);
    if (sceneId === undefined) { sceneId = nextSceneId++; sceneIds.set(scene, sceneId); }
    const queue: Array<{ job: BatchJob; attempt: number }> = jobs.map((job) => ({ job, attempt: 1 }));
    let remaining = jobs.length;
    if (remaining === 0) return;
    let failure: TrackreelError | null = null;

    return new Promise<void>((resolve, reject) => {
      const settleIfIdle = (): void => {
        if (this.slots.some((s) => s.job !== null)) return;
        options.signal?.removeEventListener('abort', onAbort);
        if (failure) reject(failure);
        else if (remaining === 0) resolve();
      };

      const fail = (error: TrackreelError): void => {
        if (!failure) failure = error;
        queue.length = 0;
        for (const slot of this.slots) if (slot.job) this.stopSlot(slot);
        settleIfIdle();
      };

      const onAbort = (): void => fail(new TrackreelError('CANCELLED', 'The render was cancelled'));
      if (options.signal?.aborted) { reject(new TrackreelError('CANCELLED', 'The render was cancelled')); return; }
      options.signal?.addEventListener('abort', onAbort, { once: true });

      const dispatch = (slot: Slot): void => {
        const next = failure ? undefined : queue.shift();
        if (!next) { slot.job = null; settleIfIdle(); return; }
        slot.job = next.job;
        slot.attempt = next.attempt;
        slot.framesThisAttempt = 0;
        slot.ffmpegPid = null;
        slot.stopped = new Promise((r) => { slot.onStopped = r; });
        const message: ToWorker = { type: 'batch', sceneId: sceneId!, scene: slot.sceneId === sceneId ? null : scene, job: next.job, encoding, attempt: next.attempt };
        slot.sceneId = sceneId!;
        slot.worker.postMessage(message);
      };

      const finishAttempt = (slot: Slot, error: TrackreelError | null, timings: BatchTimings | null = null): void => {
        const job = slot.job!;
        slot.onStopped?.();
        if (error === null) {
          remaining--;
          options.onBatchDone?.(job.batch, timings);
        } else {
          // Frames of a failed attempt are drawn again by the retry: take them off the progress.
          if (slot.framesThisAttempt > 0) options.onFrames?.(-slot.framesThisAttempt);
          error.context.attempt = slot.attempt;
          if (!failure && error.retryable && error.code !== 'CANCELLED' && slot.attempt < MAX_BATCH_ATTEMPTS) {
            queue.unshift({ job, attempt: slot.attempt + 1 });
          } else if (!failure) {
            slot.job = null;
            fail(error.code === 'CANCELLED' || !error.retryable ? error : new TrackreelError(error.code,
              `${error.message} (batch ${job.batch.batchIndex}, frames ${job.batch.start}-${job.batch.end - 1}, gave up after ${slot.attempt} attempts)`,
              { context: error.context, cause: error }));
            return;
          }
        }
        dispatch(slot);
      };

      const attach = (slot: Slot): void => {
        slot.worker.on('message', (message: FromWorker) => {
          if (message.type === 'spawned') slot.ffmpegPid = message.pid;
          else if (message.type === 'frames') { slot.framesThisAttempt += message.count; options.onFrames?.(message.count); }
          else if (message.type === 'done') finishAttempt(slot, null, message.timings);
          else finishAttempt(slot, deserializeError(message.error));
        });
        // A thread that dies (out of memory, native crash) is replaced and its batch retried.
        const onDeath = (why: string): void => {
          killPid(slot.ffmpegPid);
          const index = this.slots.indexOf(slot);
          if (index >= 0) this.slots.splice(index, 1);
          const job = slot.job;
          if (!job) return;
          const replacement = this.newSlot();
          attach(replacement);
          replacement.job = job; // keeps settleIfIdle waiting until the retry is decided
          replacement.attempt = slot.attempt;
          replacement.framesThisAttempt = slot.framesThisAttempt;
          replacement.onStopped = slot.onStopped;
          finishAttempt(replacement, new TrackreelError('WORKER_CRASHED', `A render worker stopped unexpectedly (${why})`,
            { retryable: true, context: { batchIndex: job.batch.batchIndex } }));
        };
        slot.worker.on('error', (error) => onDeath(error.message));
        slot.worker.on('exit', (code) => { if (slot.job) onDeath(`exit code ${code}`); });
      };

      while (this.slots.length < Math.min(this.workers, jobs.length)) attach(this.newSlot());
      for (const slot of this.slots) {
        slot.worker.removeAllListeners('message');
        slot.worker.removeAllListeners('error');
        slot.worker.removeAllListeners('exit');
        attach(slot);
      }
      for (const slot of [...this.slots]) dispatch(slot);
    });
  }

  private newSlot(): Slot {
    const slot: Slot = {
      worker: new Worker(this.options.workerScript ?? defaultWorkerScript(), { workerData: this.options.workerData }), sceneId: null, job: null, attempt: 0, framesThisAttempt: 0,
      ffmpegPid: null, stopped: null, onStopped: null,
    };
    this.slots.push(slot);
    return slot;
  }

  // Asks the worker to cancel its batch; if it does not report back in time, terminates the
  // thread and kills its ffmpeg (the 'exit' handler then settles the batch).
  private stopSlot(slot: Slot): void {
    slot.worker.postMessage({ type: 'cancel' } satisfies ToWorker);
    const timer = setTimeout(() => {
      killPid(slot.ffmpegPid);
      void slot.worker.terminate();
    }, STOP_GRACE_MS);
    void slot.stopped?.then(() => clearTimeout(timer));
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => { killPid(s.ffmpegPid); return s.worker.terminate(); }));
  }
}
