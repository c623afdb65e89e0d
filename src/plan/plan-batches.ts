import type { BatchSpec } from './batch-spec.js';

// Default batch size: about four batches per worker so a slow batch does not leave a core idle
// at the end, but not so small that ffmpeg start-up (~50 ms per chunk) dominates.
export function defaultBatchSize(frameCount: number, workers: number): number {
  const target = Math.ceil(frameCount / Math.max(1, workers * 4));
  return Math.min(600, Math.max(30, target));
}

// Cuts [0, frameCount) into consecutive half-open batches of at most batchSize frames.
export function planBatches(frameCount: number, batchSize: number): BatchSpec[] {
  if (!Number.isInteger(frameCount) || frameCount < 1) throw new RangeError(`frameCount must be a positive integer, got ${frameCount}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const batches: BatchSpec[] = [];
  for (let start = 0, i = 0; start < frameCount; start += batchSize, i++) {
    batches.push({ batchIndex: i, start, end: Math.min(frameCount, start + batchSize) });
  }
  return batches;
}
