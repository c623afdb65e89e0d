// Messages between the coordinator and a batch worker thread: plain, structured-cloneable data.
// The scene's typed arrays are SharedArrayBuffer views, so sending a scene shares, not copies.
import type { TrackreelErrorData } from '../../errors/trackreel-error.js';
import type { Scene } from '../../scene/scene.js';
import type { BatchJob, BatchTimings, ChunkEncoding } from '../batch-executor.js';

export type ToWorker =
  | { type: 'batch'; sceneId: number; scene: Scene | null; job: BatchJob; encoding: ChunkEncoding; attempt: number }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'spawned'; pid: number }
  | { type: 'frames'; count: number }
  | { type: 'done'; batchIndex: number; timings: BatchTimings }
  | { type: 'failed'; batchIndex: number; error: TrackreelErrorData };
