// Frames for the preview: an LRU cache in front of one worker thread with at most one render in
// flight. While the user scrubs, requests arrive faster than frames are drawn; only the newest
// waiting request is kept (a waiting one that is replaced fails with FRAME_SUPERSEDED, which the
// server answers with 409), so the frame shown always catches up with the slider.
import { Worker } from 'node:worker_threads';
import { deserializeError, TrackreelError } from '../errors/trackreel-error.js';
import type { ResolvedMovieOptions } from '../pipeline/resolve-movie-options.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import type { FrameReply, FrameRequest } from './frame-worker.js';
import { LruCache } from './lru-cache.js';

interface Job {
  request: FrameRequest;
  cacheKey: string;
  waiters: { resolve: (png: Buffer) => void; reject: (error: Error) => void }[];
}

export const SUPERSEDED_MESSAGE = 'A newer frame request replaced this one';

export class FrameService {
  private worker: Worker | null = null;
  private inFlight: Job | null = null;
  private pending: Job | null = null;
  private nextId = 1;
  private closed = false;
  private readonly cache = new LruCache<Buffer>(128 << 20);

  constructor(private readonly trajectories: TrajectorySet) {}

  render(key: string, resolved: ResolvedMovieOptions, timeMs: number): Promise<Buffer> {
    const cacheKey = `${timeMs}|${key}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return Promise.resolve(cached);
    if (this.closed) return Promise.reject(new TrackreelError('CANCELLED', 'The preview server is stopping'));
    return new Promise<Buffer>((resolve, reject) => {
      const waiter = { resolve, reject };
      for (const job of [this.inFlight, this.pending]) {
        if (job?.cacheKey === cacheKey) { job.waiters.push(waiter); return; }
      }
      if (this.pending) this.fail(this.pending, new TrackreelError('CANCELLED', SUPERSEDED_MESSAGE));
      this.pending = { request: { id: this.nextId++, key, resolved, timeMs }, cacheKey, waiters: [waiter] };
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const error = new TrackreelError('CANCELLED', 'The preview server is stopping');
    if (this.pending) this.fail(this.pending, error);
    if (this.inFlight) this.fail(this.inFlight, error);
    this.pending = this.inFlight = null;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private pump(): void {
    if (this.inFlight || !this.pending || this.closed) return;
    this.inFlight = this.pending;
    this.pending = null;
    this.ensureWorker().postMessage(this.inFlight.request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./frame-worker.js', import.meta.url), { workerData: { trajectories: this.trajectories } });
    worker.on('message', (reply: FrameReply) => this.onReply(reply));
    const onDeath = (error: Error): void => {
      if (this.worker !== worker) return;
      this.worker = null;
      if (this.inFlight) this.fail(this.inFlight, new TrackreelError('WORKER_CRASHED', `The frame worker stopped: ${error.message}`, { cause: error }));
      this.inFlight = null;
      this.pump();
    };
    worker.on('error', onDeath);
    worker.on('exit', (code) => onDeath(new Error(`exit code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private onReply(reply: FrameReply): void {
    const job = this.inFlight;
    if (!job || job.request.id !== reply.id) return;
    this.inFlight = null;
    if (reply.ok) {
      const png = Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength);
      this.cache.set(job.cacheKey, png);
      for (const w of job.waiters) w.resolve(png);
    } else {
      this.fail(job, deserializeError(reply.error));
    }
    this.pump();
  }

  private fail(job: Job, error: Error): void {
    for (const w of job.waiters) w.reject(error);
    job.waiters = [];
  }
}
