// The execution seam: something that renders a list of batches of one scene into chunk files.
// The local worker pool implements it now; a distributed queue implements it later.
import type { IntermediateCodec } from '../encode/codecs.js';
import type { BatchSpec } from '../plan/batch-spec.js';
import type { Scene } from '../render/scene.js';

// One batch and the chunk file it must produce (written atomically: complete or absent).
export interface BatchJob {
  batch: BatchSpec;
  chunkPath: string;
}

// How chunks are encoded; the same for every batch of a movie.
export interface ChunkEncoding {
  ffmpeg: string;
  codec: IntermediateCodec;
}

export interface ExecutorRunOptions {
  signal?: AbortSignal;
  // Called with the number of frames just finished (negative when a failed attempt is rolled back).
  onFrames?: (delta: number) => void;
  onBatchDone?: (batch: BatchSpec) => void;
}

export interface BatchExecutor {
  // Resolves when every job's chunk exists; rejects with a TrackreelError otherwise.
  run(jobs: readonly BatchJob[], scene: Scene, encoding: ChunkEncoding, options?: ExecutorRunOptions): Promise<void>;
  close(): Promise<void>;
}
