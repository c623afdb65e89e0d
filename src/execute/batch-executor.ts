// The execution seam: something that renders a list of batches of one scene into chunk files:
// the worker-thread pool on this machine, or a BullMQ queue of worker processes.
import type { IntermediateCodec } from '../encode/codecs.js';
import type { SegmentEncoding } from '../encode/segment-encoding.js';
import type { BatchSpec } from '../plan/batch-spec.js';
import type { Scene } from '../scene/scene.js';

// One file a batch writes: frames [start, end), each piece by an encoder of its own.
export interface ChunkPiece {
  start: number;
  end: number;
  path: string;
}

// One batch and the files it must produce, in frame order (each written atomically: complete or
// absent): one lossless chunk, or one file per canonical segment of the batch.
export interface BatchJob {
  batch: BatchSpec;
  pieces: ChunkPiece[];
}

// Frames the pieces hold.
export function pieceFrames(pieces: ReadonlyArray<{ start: number; end: number }>): number {
  return pieces.reduce((sum, p) => sum + p.end - p.start, 0);
}

// How chunks are encoded; the same for every batch of a movie.
export interface ChunkEncoding {
  ffmpeg: string;
  codec: IntermediateCodec;
  // Set for canonical segments in the final codec; null for lossless chunks (two-pass path).
  segment?: SegmentEncoding | null;
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
