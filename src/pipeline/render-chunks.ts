// Batches -> chunk files in the work directory, through an executor: one lossless chunk per batch
// (two-pass path), or one file per canonical segment. In a resumable work directory, pieces
// already recorded in the manifest are reused and only the rest are rendered.
import { basename, join } from 'node:path';
import type { BatchExecutor, BatchJob, BatchTimings, ChunkEncoding, ChunkPiece } from '../execute/batch-executor.js';
import { pieceName } from '../execute/piece-name.js';
import type { BatchSpec } from '../plan/batch-spec.js';
import { segmentsOf } from '../plan/plan-segments.js';
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

// The pieces of a batch: itself as one lossless chunk, or its canonical segments.
export function batchPieces(batch: BatchSpec, encoding: ChunkEncoding, dir: string): ChunkPiece[] {
  const ranges = encoding.segment ? segmentsOf(batch, encoding.segment.segmentFrames) : [batch];
  const kind = encoding.segment ? 'segment' : 'chunk';
  return ranges.map(({ start, end }) => ({ start, end, path: join(dir, pieceName(kind, start, end)) }));
}

const nameOf = (piece: ChunkPiece): string => basename(piece.path);

// Returns every piece in frame order and how many batches were reused from an earlier run.
export async function renderChunks(o: RenderChunksInput): Promise<{ pieces: ChunkPiece[]; reused: number }> {
  const jobs: BatchJob[] = o.batches.map((batch) => ({ batch, pieces: batchPieces(batch, o.encoding, o.work.path) }));
  const manifest = o.work.resumable && o.renderKey ? await ChunkManifest.open(o.work.path, o.renderKey) : null;
  const todo: BatchJob[] = [];
  let reusedFrames = 0;
  let reused = 0;
  for (const job of jobs) {
    const missing: ChunkPiece[] = [];
    for (const piece of job.pieces) {
      if (manifest && await manifest.has(nameOf(piece), piece.start, piece.end)) reusedFrames += piece.end - piece.start;
      else missing.push(piece);
    }
    if (missing.length === 0) reused++;
    else todo.push({ batch: job.batch, pieces: missing });
  }
  o.progress.setStage('rendering', { frames: o.scene.timeline.frameCount, batches: jobs.length });
  if (reusedFrames > 0) o.progress.addFrames(reusedFrames);
  for (let i = 0; i < reused; i++) o.progress.addBatch();
  const pending = new Map(todo.map((job) => [job.batch.batchIndex, job]));
  let failure: unknown = null;
  try {
    await o.executor.run(todo, o.scene, o.encoding, {
      signal: o.signal,
      onFrames: (delta) => o.progress.addFrames(delta),
      onBatchDone: (batch, timings) => {
        o.progress.addBatch();
        if (timings) o.onTimings(timings);
        for (const piece of pending.get(batch.batchIndex)?.pieces ?? []) void manifest?.record(nameOf(piece), piece.start, piece.end);
      },
    });
  } catch (error) {
    failure = error;
  }
  // A manifest that could not be written (a full disk) explains a failed render better than the
  // encoder's own error, unless the render was cancelled.
  const manifestFailure = await manifest?.flush().then(() => null, (error: unknown) => error) ?? null;
  if (manifestFailure && (failure === null || (failure as { code?: string }).code !== 'CANCELLED')) throw manifestFailure;
  if (failure) throw failure;
  return { pieces: jobs.flatMap((j) => j.pieces), reused };
}
