// Movies started from the preview page: one render at a time, written into the server's own
// output folder under a plain file name (a fresh one when that name is taken: a page never
// replaces a file, and the final move refuses to as well), with progress kept for server-sent events and an
// AbortController per job so DELETE (or stopping the server) cancels it and renderMovie cleans up.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { TrackreelError, toTrackreelError } from '../errors/trackreel-error.js';
import type { ValidatedMovieOptions } from '../options/render-options.js';
import { renderMovie } from '../pipeline/render-movie.js';
import type { RenderProgress } from '../pipeline/render-progress.js';

export type RenderEvent =
  | { type: 'progress'; progress: RenderProgress }
  | { type: 'done'; frameCount: number; file: string; url: string }
  | { type: 'failed'; message: string; code: string }
  | { type: 'cancelled' };

export interface RenderJob {
  id: string;
  file: string;
  path: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  last: RenderEvent | null;
  listeners: Set<(event: RenderEvent) => void>;
  controller: AbortController;
  finished: Promise<void>;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9 _-]{0,99}\.(mp4|webm|gif|mov|mkv)$/;

export class RenderJobs {
  private readonly jobs = new Map<string, RenderJob>();

  constructor(private readonly inputs: string[], readonly outputDir: string) {}

  get(id: string): RenderJob | undefined { return this.jobs.get(id); }

  async start(options: ValidatedMovieOptions, file: unknown): Promise<RenderJob> {
    if (typeof file !== 'string' || !NAME.test(file)) {
      throw new TrackreelError('INVALID_OPTION',
        `Expected a file name such as movie.mp4 (letters, digits, space, _ or -, then .mp4, .webm, .gif, .mov or .mkv) for file but received ${JSON.stringify(String(file).slice(0, 80))}`,
        { context: { option: 'file' } });
    }
    if ([...this.jobs.values()].some((j) => j.state === 'running')) {
      throw new TrackreelError('INVALID_OPTION', 'A movie is already rendering; wait for it or cancel it first', { context: { option: 'file' } });
    }
    await mkdir(this.outputDir, { recursive: true });
    const fresh = await this.freshName(file);
    const controller = new AbortController();
    const job: RenderJob = {
      id: randomUUID(), file: fresh, path: join(this.outputDir, fresh), state: 'running', last: null, listeners: new Set(), controller,
      finished: Promise.resolve(),
    };
    const emit = (event: RenderEvent): void => {
      job.last = event;
      for (const listener of job.listeners) listener(event);
    };
    job.finished = renderMovie({ ...options, input: this.inputs, output: job.path, overwrite: false } as never, {
      signal: controller.signal, onProgress: (progress) => emit({ type: 'progress', progress }),
    }).then((result) => {
      job.state = 'done';
      emit({ type: 'done', frameCount: result.frameCount, file: fresh, url: `/api/render/${job.id}/movie` });
    }, (error: unknown) => {
      const e = toTrackreelError(error);
      job.state = controller.signal.aborted ? 'cancelled' : 'failed';
      emit(job.state === 'cancelled' ? { type: 'cancelled' } : { type: 'failed', message: e.message, code: e.code });
    });
    this.jobs.set(job.id, job);
    return job;
  }

  // `name`, else name-1, name-2, ...: the first not in the folder nor given to an earlier job.
  private async freshName(name: string): Promise<string> {
    const taken = new Set((await readdir(this.outputDir)).map((f) => f.toLowerCase()));
    for (const job of this.jobs.values()) taken.add(job.file.toLowerCase());
    const ext = extname(name);
    const stem = name.slice(0, -ext.length);
    for (let i = 0; ; i++) {
      const candidate = i === 0 ? name : `${stem}-${i}${ext}`;
      if (!taken.has(candidate.toLowerCase())) return candidate;
    }
  }

  cancel(job: RenderJob): void {
    if (job.state === 'running') job.controller.abort();
  }

  // Cancels every running render and waits (at most `timeoutMs`) for them to clean up.
  async closeAll(timeoutMs: number): Promise<void> {
    const running = [...this.jobs.values()].filter((j) => j.state === 'running');
    for (const job of running) job.controller.abort();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(running.map((j) => j.finished)),
      new Promise<void>((resolve) => { timer = setTimeout(resolve, timeoutMs); }),
    ]);
    clearTimeout(timer);
  }
}
