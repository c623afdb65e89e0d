// renderMovie: validate -> check ffmpeg and the output path -> read and assemble -> plan the
// timeline, segments and batches -> render batches (executor) into canonical segments in the final
// codec, or lossless chunks on the two-pass path -> join by stream copy (or encode once more) ->
// verify the frame count -> move the movie into place. Temporary files are removed in every case.
import type { Timeline } from '../clock/timeline.js';
import { checkFfmpeg } from '../encode/check-ffmpeg.js';
import { OUTPUT_FORMATS, outputEncoder, needsEvenSize, type OutputFormat } from '../encode/codecs.js';
import { resolveFfmpegBinaries } from '../encode/ffmpeg-binaries.js';
import { joinAndEncode } from '../encode/join-and-encode.js';
import { TrackreelError, toTrackreelError } from '../errors/trackreel-error.js';
import type { BatchExecutor } from '../execute/batch-executor.js';
import { LocalExecutor } from '../execute/local/local-executor.js';
import type { ReadReport } from '../input/point-table.js';
import { validateOptions, type RenderMovieOptions, type ValidatedMovieOptions } from '../options/render-options.js';
import { defaultBatchSize, planBatches } from '../plan/plan-batches.js';
import { segmentBatchSize } from '../plan/plan-segments.js';
import { chooseEncodePath, segmentEncoding } from './choose-encode-path.js';
import type { AssemblyReport } from '../trajectory/trajectory-set.js';
import { chooseDistributed } from './choose-distributed.js';
import { loadTrajectories } from './load-trajectories.js';
import { prepareOutput, readFiles, type OutputTarget } from './output-target.js';
import { planTimeline } from './plan-timeline.js';
import { prepareMovieScene } from './prepare-scene.js';
import { ProgressTracker, type RenderProgress } from './render-progress.js';
import { resolveMovieOptions, type ResolvedMovieOptions } from './resolve-movie-options.js';
import { resolveWithData } from './resolve-with-data.js';
import { idleFramesWarning } from './render-warnings.js';
import type { AppliedDefault } from '../options/apply-data-defaults.js';
import { openWorkDir } from './work-dir.js';
import { sweepLeftovers } from '../files/sweep-leftovers.js';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { renderChunks } from './render-chunks.js';
import { renderKey } from './render-key.js';
import { openSeekableInputs, type SeekableInputs } from '../input/seekable-inputs.js';
import type { SpeedUnit } from '../style/speed-units.js';

export interface RenderHooks {
  signal?: AbortSignal;
  onProgress?: (progress: RenderProgress) => void;
  // Another executor (e.g. a distributed queue); default: worker threads on this machine.
  executor?: BatchExecutor;
  // Called before the frames are rendered, once per warning (they are also in the result).
  onWarning?: (message: string) => void;
}

export interface RenderMovieResult {
  output: string;
  format: OutputFormat;
  width: number;
  height: number;
  frameCount: number;
  timeline: Timeline;
  // The movie's length and trail as used (given, or read from the data: then also in dataDefaults).
  durationMs: number;
  trailDurationMs: number;
  // The unit speeds are shown in (--speed-units, given or from the data); null when the frames
  // show no speed, or for x/y data (units/s).
  speedUnits: SpeedUnit | null;
  dataDefaults: AppliedDefault[];
  // Warnings given before the render (see RenderHooks.onWarning).
  warnings: string[];
  batches: number;
  // Batches whose chunks were reused from an interrupted render in the same --work-dir.
  reusedBatches: number;
  // 'segments': canonical segments in the final codec joined by stream copy (the same bytes
  // however the movie is rendered); 'two-pass': lossless chunks encoded once more, for `encodingReason`.
  encoding: 'segments' | 'two-pass';
  encodingReason: string | null;
  // Frames per canonical segment (null on the two-pass path).
  segmentFrames: number | null;
  workers: number;
  readReport: ReadReport;
  assemblyReport: AssemblyReport;
  elapsedMs: number;
  timings: StageTimings;
}

// Wall-clock time of each stage, and the summed worker time inside rendering (benchmark figures).
export interface StageTimings {
  loadMs: number;
  prepareMs: number;
  renderMs: number;
  finalEncodeMs: number;
  verifyMs: number;
  // Summed over batches (across workers, so up to workers x renderMs).
  drawMs: number;
  encodeWaitMs: number;
  encodeTailMs: number;
}

export async function renderMovie(options: RenderMovieOptions, hooks: RenderHooks = {}): Promise<RenderMovieResult> {
  const started = Date.now();
  try {
    return await renderMovieUnchecked(options, hooks, started);
  } catch (error) {
    throw toTrackreelError(error);
  }
}

async function renderMovieUnchecked(options: RenderMovieOptions, hooks: RenderHooks, started: number): Promise<RenderMovieResult> {
  const validated = validateOptions<ValidatedMovieOptions & { input: string | string[]; output: string }>(options, ['input', 'output']);
  if (!validated.input || !validated.output) {
    throw new TrackreelError('INVALID_OPTION', `renderMovie needs ${validated.input ? 'an output' : 'an input'} path`);
  }
  // Input, output and execution options; the timeline's are final once the data is read.
  const resolved = resolveMovieOptions(validated);
  const target = await prepareOutput(validated.output, { overwrite: resolved.output.overwrite, extensions: OUTPUT_FORMATS, inputs: readFiles(validated) });
  try {
    return await renderToTarget(validated, resolved, target, hooks, started);
  } catch (error) {
    await target.discard();
    throw error;
  }
}

async function renderToTarget(
  validated: ValidatedMovieOptions & { input: string | string[] }, resolved: ResolvedMovieOptions, target: OutputTarget, hooks: RenderHooks, started: number,
): Promise<RenderMovieResult> {
  const { width, height } = resolved.map;
  // What killed renders left (partial movies, temp folders); ours are named so they are skipped.
  await sweepLeftovers({ outputDirs: [dirname(target.path)], tempDirs: [tmpdir(), ...(resolved.execution.workDir ? [resolved.execution.workDir] : [])] });
  const format = target.extension as OutputFormat;
  if (needsEvenSize(format) && (width % 2 || height % 2)) {
    throw new TrackreelError('INVALID_OPTION',
      `${format.toUpperCase()} output needs an even width and height, got ${width}x${height}; use e.g. --size ${width + (width % 2)}x${height + (height % 2)}`,
      { context: { option: 'size' } });
  }
  const binaries = resolveFfmpegBinaries(resolved.execution);
  const { intermediateCodec } = resolved.output;
  const path = chooseEncodePath(format, resolved.output);
  await checkFfmpeg(binaries.ffmpeg, path.kind === 'segments' ? [outputEncoder(format, intermediateCodec)] : [intermediateCodec, outputEncoder(format, intermediateCodec)]);

  const progress = new ProgressTracker(hooks.onProgress);
  progress.setStage('reading');
  const inputs = await openSeekableInputs(Array.isArray(validated.input) ? validated.input : [validated.input], hooks.signal);
  try {
    return await renderInputs(inputs, { validated, resolved, target, format, binaries, path, progress, hooks, started });
  } finally {
    await inputs.close();
  }
}

interface Prepared {
  validated: ValidatedMovieOptions;
  resolved: ResolvedMovieOptions;
  target: OutputTarget;
  format: OutputFormat;
  binaries: ReturnType<typeof resolveFfmpegBinaries>;
  path: ReturnType<typeof chooseEncodePath>;
  progress: ProgressTracker;
  hooks: RenderHooks;
  started: number;
}

async function renderInputs(inputs: SeekableInputs, p: Prepared): Promise<RenderMovieResult> {
  const { validated, target, format, binaries, path, progress, hooks, started } = p;
  let { resolved } = p;
  const { width, height } = resolved.map;
  const { intermediateCodec } = resolved.output;
  const timings: StageTimings = { loadMs: 0, prepareMs: 0, renderMs: 0, finalEncodeMs: 0, verifyMs: 0, drawMs: 0, encodeWaitMs: 0, encodeTailMs: 0 };
  let mark = performance.now();
  const lap = (): number => { const now = performance.now(); const ms = now - mark; mark = now; return ms; };
  const loaded = await loadTrajectories(inputs.paths, resolved, { inputs });
  timings.loadMs = lap();
  const withData = resolveWithData(validated, loaded.trajectories);
  resolved = withData.resolved;
  const timeline = planTimeline(loaded.trajectories, resolved.timeline);
  const warnings: string[] = [];
  const warn = (message: string): void => { warnings.push(message); hooks.onWarning?.(message); };
  const idle = idleFramesWarning(loaded.trajectories, timeline, resolved.timeline.trailDurationMs);
  if (idle) warn(idle);
  const scene = await prepareMovieScene(loaded.trajectories, timeline, resolved, warn);
  timings.prepareMs = lap();
  const workers = resolved.execution.workers;
  const segment = path.kind === 'segments' ? segmentEncoding(format, resolved.output, timeline.frameCount, timeline.fps) : null;
  const { batchSize } = resolved.execution;
  const batches = planBatches(timeline.frameCount, segment
    ? segmentBatchSize(batchSize, segment.segmentFrames) : batchSize ?? defaultBatchSize(timeline.frameCount, workers));
  if (hooks.signal?.aborted) throw new TrackreelError('CANCELLED', 'The render was cancelled');

  const key = resolved.execution.workDir ? await renderKey(inputs.paths, resolved, segment, scene.basemapTiles?.digest ?? null, format) : null;
  const distributed = await chooseDistributed(resolved.execution);
  const work = await openWorkDir(distributed?.workParent ?? resolved.execution.workDir, key, { signal: hooks.signal, onWait: () => progress.setStage('waiting') });
  const executor = hooks.executor ?? distributed?.executor ?? new LocalExecutor(Math.min(workers, batches.length));
  let succeeded = false;
  try {
    const { pieces, reused } = await renderChunks({
      scene, batches, work, renderKey: key, executor, progress, signal: hooks.signal,
      encoding: { ffmpeg: binaries.ffmpeg, codec: intermediateCodec, segment },
      onTimings: (t) => { timings.drawMs += t.drawMs; timings.encodeWaitMs += t.encodeWaitMs; timings.encodeTailMs += t.encodeTailMs; },
    });
    timings.renderMs = lap();
    progress.setStage('encoding');
    await joinAndEncode({
      copy: segment !== null,
      ffmpeg: binaries.ffmpeg, ffprobe: binaries.ffprobe, pieces, workDir: work.path,
      outputPath: target.tempPath, format, fps: timeline.fps, expectedFrames: timeline.frameCount,
      crf: resolved.output.crf, preset: resolved.output.preset, encoderArgs: resolved.output.encoderArgs,
      metadata: { title: resolved.decorations.title, artist: resolved.output.artist, comment: resolved.output.comment },
      signal: hooks.signal,
      onEncoded: () => { timings.finalEncodeMs = lap(); },
    });
    timings.verifyMs = lap();
    await target.commit();
    succeeded = true;
    progress.setStage('done');
    return {
      reusedBatches: reused, encoding: path.kind, encodingReason: path.reason, segmentFrames: segment?.segmentFrames ?? null,
      output: target.path, format, width, height, frameCount: timeline.frameCount, timeline, batches: batches.length,
      durationMs: resolved.timeline.durationMs, trailDurationMs: resolved.timeline.trailDurationMs, speedUnits: loaded.trajectories.domain === 'cartesian' ? null : resolved.style.speedUnits, dataDefaults: withData.dataDefaults, warnings,
      workers: Math.min(workers, batches.length), readReport: loaded.readReport, assemblyReport: loaded.assemblyReport,
      elapsedMs: Date.now() - started, timings,
    };
  } catch (error) {
    await target.discard();
    throw error;
  } finally {
    if (!hooks.executor) await executor.close();
    await work.finish(succeeded, resolved.execution.keepWork);
  }
}
