// The execution seam: something that renders a list of batches of one scene into chunk files.
// The local worker pool implements it now; a distributed queue implements it later.
import type { IntermediateCodec } from '../encode/codecs.js';
import type { DirectEncoding } from '../encode/ffmpeg-args.js';
import type { BatchSpec } from '../plan/batch-spec.js';
import type { Scene } from '../scene/scene.js';

// One batch and the chunk file it must produce (written atomically: complete or absent).
export interface BatchJob {
  batch: BatchSpec;
  chunkPath: string;
}

// How chunks are encoded; the same for every batch of a movie.
export interface ChunkEncoding {
  ffmpeg: string;
  codec: IntermediateCodec;
  // Set in direct mode: chunks go straight to the final codec (see DirectEncoding).
  direct?: DirectEncoding | null;
}

// Where one batch's time went (for the benchmark's stage split), in milliseconds.
export interface BatchTimings {
  // Drawing frames and reading their pixels.
  drawMs: number;
  // Waiting for ffmpeg to take frames (the encoder is the bottleneck when this is large).
  encodeWaitMs: number;
  // From the last frame written to the chunk being complete.
  encodeTailMs: number;
}

export interface ExecutorRunOptions {
  signal?: AbortSignal;
  // Called with the number of frames just finished (negative when a failed attempt is rolled back).
  onFrames?: (delta: number) => void;
  onBatchDone?: (batch: BatchSpec, timings: BatchTimings | null) => void;
}

export interface BatchExecutor {
  // Resolves when every job's chunk exists; rejects with a TrackreelError otherwise.
  run(jobs: readonly BatchJob[], scene: Scene, encoding: ChunkEncoding, options?: ExecutorRunOptions): Promise<void>;
  close(): Promise<void>;
}
