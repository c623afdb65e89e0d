// Runs a render whose worker threads cause the given faults (test/helpers/faults.mjs): `run` gets
// the hooks to pass to renderMovie, with an executor of `workers` faulty threads, closed after.
import type { BatchExecutor } from '../../dist/index.js';
// @ts-expect-error a plain JavaScript helper (worker threads load it as it is)
import { faultyExecutor } from './faulty-executor.mjs';

export interface Fault { kind: 'worker-exit' | 'draw-throws' | 'kill-ffmpeg' | 'hang'; batch?: number; attempt?: number; frame?: number; ms?: number }

export async function withFaults<T>(faults: readonly Fault[], workers: number, run: (hooks: { executor: BatchExecutor }) => Promise<T>): Promise<T> {
  const executor = faultyExecutor(workers, faults) as BatchExecutor;
  try { return await run({ executor }); } finally { await executor.close(); }
}
