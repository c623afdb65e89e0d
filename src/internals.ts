// The stages on their own, for the CLI, workers, tests and advanced users who build their own
// pipeline. Not re-exported by index.ts: these may change between minor versions.
export { readPoints } from './input/read-points.js';
export { assembleTrajectories } from './trajectory/assemble-trajectories.js';
export { buildFrameIndex } from './trajectory/frame-index.js';
export { createTimeline, frameTimeMs } from './clock/timeline.js';
export { resolveMovieOptions } from './pipeline/resolve-movie-options.js';
export { loadTrajectories } from './pipeline/load-trajectories.js';
export { planTimeline } from './pipeline/plan-timeline.js';
export { prepareScene } from './pipeline/prepare-scene.js';
export { createFrameRenderer } from './render/create-frame-renderer.js';
export { LocalExecutor } from './execute/local/local-executor.js';
export { renderBatch } from './execute/render-batch.js';
export { resolveFfmpegBinaries } from './encode/ffmpeg-binaries.js';
export { probeVideo } from './encode/probe-video.js';
export { callFfmpeg } from './encode/call-ffmpeg.js';
export { generateDemoFlights } from './demo/generate-demo-flights.js';
export { validateOptions } from './options/render-options.js';
export { OPTION_DEFINITIONS } from './options/option-definitions.js';
export { joinAndEncode } from './encode/join-and-encode.js';
export { chunkArgs } from './encode/ffmpeg-args.js';
export { planBatches, defaultBatchSize } from './plan/plan-batches.js';
export { writeTraj } from './trajectory/write-traj.js';
