// Batches -> chunk files in the work directory, through an executor. In a resumable work
// directory, chunks already recorded in the manifest are reused and only the rest are rendered.
import { join } from 'node:path';
import type { BatchExecutor, BatchJob, BatchTimings, ChunkEncoding } from '../execute/batch-executor.js';
import type { BatchSpec } from '../plan/batch-spec.js';
import type { Scene } from '../scene/scene.js';
import { ChunkManifest } from './chunk-manifest.js';
import type { ProgressTracker } from './render-progress.js';
import type { WorkDir } from './work-dir.js';

export interface RenderChunksInput {
  scene: Scene;
  batches: readonly BatchSpec[];
  work: WorkDir;
  renderKey: string | null;
  executor: BatchExecutor;
  encoding: ChunkEncoding;
  progress: ProgressTracker;
  signal?: AbortSignal;
  onTimings: (timings: BatchTimings) => void;
}

const pad = (n: number): string => String(n).padStart(7, '0');

// Named by frame range, so chunks of a render with another batch size never collide.
export function chunkName(batch: BatchSpec): string {
  return `chunk-${pad(batch.start)}-${pad(batch.end)}.mkv`;
}

// Returns the chunk paths in frame order and how many were reused from an earlier run.
export async function renderChunks(o: RenderChunksInput): Promise<{ chunkPaths: string[]; reused: number }> {
  const jobs: BatchJob[] = o.batches.map((batch) => ({ batch, chunkPath: join(o.work.path, chunkName(batch)) }));
  const manifest = o.work.resumable && o.renderKey ? await ChunkManifest.open(o.work.path, o.renderKey) : null;
  const todo: BatchJob[] = [];
  let reusedFrames = 0;
  for (const job of jobs) {
    if (manifest && await manifest.has(chunkName(job.batch), job.batch.start, job.batch.end)) reusedFrames += job.batch.end - job.batch.start;
    else todo.push(job);
  }
  o.progress.setStage('rendering', { frames: o.scene.timeline.frameCount, batches: jobs.length });
  if (reusedFrames > 0) {
    o.progress.addFrames(reusedFrames);
    for (let i = 0; i < jobs.length - todo.length; i++) o.progress.addBatch();
  }
  try {
    await o.executor.run(todo, o.scene, o.encoding, {
      signal: o.signal,
      onFrames: (delta) => o.progress.addFrames(delta),
      onBatchDone: (batch, timings) => {
        o.progress.addBatch();
        if (timings) o.onTimings(timings);
        void manifest?.record(chunkName(batch), batch.start, batch.end);
      },
    });
  } finally {
    await manifest?.flush();
  }
  return { chunkPaths: jobs.map((j) => j.chunkPath), reused: jobs.length - todo.length };
}
