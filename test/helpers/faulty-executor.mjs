// A local executor whose worker threads cause the given faults (see faults.mjs); pass it to
// renderMovie as hooks.executor, and close() it after.
import { LocalExecutor } from '../../dist/internals.js';

export function faultyExecutor(workers, faults) {
  return new LocalExecutor(workers, { workerScript: new URL('./faulty-batch-worker.mjs', import.meta.url), workerData: { faults } });
}

// Runs renderMovie(options, hooks) with an executor of `workers` threads causing `faults`.
export async function renderWithFaults(renderMovie, options, faults, workers = options.workers ?? 1, hooks = {}) {
  const executor = faultyExecutor(workers, faults);
  try { return await renderMovie(options, { ...hooks, executor }); } finally { await executor.close(); }
}
