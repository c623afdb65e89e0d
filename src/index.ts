// trackreel's public API. Only what users need; stage internals live in internals.ts.
// A test locks this list, so additions are deliberate.
export { renderMovie } from './pipeline/render-movie.js';
export type { RenderHooks, RenderMovieResult, StageTimings } from './pipeline/render-movie.js';
export { renderStill } from './pipeline/render-still.js';
export type { RenderStillResult } from './pipeline/render-still.js';
export { describeInput } from './pipeline/describe-input.js';
export type { InputSummary } from './pipeline/describe-input.js';
export type { RenderProgress, RenderStage } from './pipeline/render-progress.js';
export type { MovieOptions, RenderMovieOptions, RenderStillOptions } from './options/render-options.js';
export { planBatches } from './plan/plan-batches.js';
export type { BatchSpec } from './plan/batch-spec.js';
export { frameTimeMs } from './clock/timeline.js';
export type { Timeline } from './clock/timeline.js';
export type { BatchExecutor, BatchJob, ChunkEncoding, ExecutorRunOptions } from './execute/batch-executor.js';
export { TrackreelError, isTrackreelError } from './errors/trackreel-error.js';
export type { TrackreelErrorCode, TrackreelErrorContext } from './errors/trackreel-error.js';
export type { ReadReport, SkippedRow } from './input/point-table.js';
export type { AssemblyReport } from './trajectory/trajectory-set.js';
