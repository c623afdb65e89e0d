// renderStill: one frame as a PNG, for previews. With `at`, the frame shows exactly that time
// (a one-frame timeline at `at`); with `frame`, frame k of the movie the same options would make.
import { writeFile } from 'node:fs/promises';
import { clockTextAt } from '../clock/skip-idle.js';
import { frameTimeMs, type Timeline } from '../clock/timeline.js';
import { TrackreelError, toTrackreelError } from '../errors/trackreel-error.js';
import type { ReadReport } from '../input/point-table.js';
import { parseInstantMs } from '../options/parse-values.js';
import { validateOptions, type RenderStillOptions, type ValidatedMovieOptions } from '../options/render-options.js';
import { createFrameRenderer } from '../render/create-frame-renderer.js';
import type { AssemblyReport } from '../trajectory/trajectory-set.js';
import { loadTrajectories } from './load-trajectories.js';
import { prepareOutput, readFiles, type OutputTarget } from './output-target.js';
import { sweepLeftovers } from '../files/sweep-leftovers.js';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { planTimeline } from './plan-timeline.js';
import { prepareMovieScene } from './prepare-scene.js';
import { resolveMovieOptions } from './resolve-movie-options.js';
import { resolveWithData } from './resolve-with-data.js';
import { stillTimeWarning } from './render-warnings.js';
import { busiestFrame } from '../options/data-defaults.js';
import type { AppliedDefault } from '../options/apply-data-defaults.js';
import type { SpeedUnit } from '../style/speed-units.js';

export interface RenderStillResult {
  output: string;
  timeMs: number;
  // The text of the digital clock on the frame ("2020-06-30 00:30:00 UTC", "00:12:30" for
  // relative times); null without one (--no-clock, --clock-style analog).
  clockText: string | null;
  // The movie's frame shown (null with `at`); by default its busiest one.
  frame: number | null;
  trailDurationMs: number;
  // The unit speeds are shown in (--speed-units, given or from the data); null when the frames
  // show no speed, or for x/y data (units/s).
  speedUnits: SpeedUnit | null;
  dataDefaults: AppliedDefault[];
  warnings: string[];
  width: number;
  height: number;
  readReport: ReadReport;
  assemblyReport: AssemblyReport;
}

// `signal` ends a wait for input (a FIFO with no writer yet, a quiet pipe).
export async function renderStill(
  options: RenderStillOptions, hooks: { signal?: AbortSignal; onWarning?: (message: string) => void } = {},
): Promise<RenderStillResult> {
  const warnings: string[] = [];
  const warn = (message: string): void => { warnings.push(message); hooks.onWarning?.(message); };
  try {
    const validated = validateOptions<ValidatedMovieOptions & { input: string | string[]; output: string; at?: string | number; frame?: number }>(
      options, ['input', 'output', 'at', 'frame']);
    if (!validated.input || !validated.output) {
      throw new TrackreelError('INVALID_OPTION', `renderStill needs ${validated.input ? 'an output' : 'an input'} path`);
    }
    if (validated.at !== undefined && validated.frame !== undefined) {
      throw new TrackreelError('INVALID_OPTION', 'Give either at (a time) or frame (a frame number), not both', { context: { option: 'at' } });
    }
    const target = await prepareOutput(validated.output, { overwrite: validated.overwrite ?? false, extensions: ['png'], inputs: readFiles(validated) });
    try {
      await sweepLeftovers({ outputDirs: [dirname(target.path)], tempDirs: [tmpdir()] });
      return await renderToTarget(validated, target, hooks, warn, warnings);
    } catch (error) {
      await target.discard();
      throw error;
    }
  } catch (error) {
    throw toTrackreelError(error);
  }
}

async function renderToTarget(
  validated: ValidatedMovieOptions & { input: string | string[]; at?: string | number; frame?: number },
  target: OutputTarget, hooks: { signal?: AbortSignal }, warn: (message: string) => void, warnings: string[],
): Promise<RenderStillResult> {
  {
    const inputs = Array.isArray(validated.input) ? validated.input : [validated.input];
    const loaded = await loadTrajectories(inputs, resolveMovieOptions(validated), { signal: hooks.signal });
    const { resolved, dataDefaults, facts } = resolveWithData(validated, loaded.trajectories);
    const movieTimeline = planTimeline(loaded.trajectories, resolved.timeline);
    let timeline: Timeline = movieTimeline;
    // Neither a time nor a frame: the movie's busiest moment.
    let k = busiestFrame((f) => frameTimeMs(movieTimeline, f), movieTimeline.frameCount, facts, resolved.timeline.trailDurationMs);
    if (validated.frame !== undefined) {
      if (validated.frame >= movieTimeline.frameCount) {
        throw new TrackreelError('INVALID_OPTION', `Frame ${validated.frame} is past the movie's last frame (${movieTimeline.frameCount - 1})`,
          { context: { option: 'frame' } });
      }
      k = validated.frame;
    } else if (validated.at !== undefined) {
      let atMs: number;
      try { atMs = parseInstantMs(validated.at); } catch (error) {
        throw new TrackreelError('INVALID_OPTION', `Expected an ISO 8601 time for at but received ${JSON.stringify(validated.at)}`,
          { context: { option: 'at' }, cause: error });
      }
      timeline = { fps: movieTimeline.fps, frameCount: 1, startMs: atMs, endMs: atMs };
      const outside = stillTimeWarning(loaded.trajectories, atMs, resolved.timeline.trailDurationMs);
      if (outside) warn(outside);
      k = 0;
    }
    const scene = await prepareMovieScene(loaded.trajectories, timeline, resolved, warn);
    const renderer = createFrameRenderer(scene);
    try {
      await writeFile(target.tempPath, await renderer.renderFramePng(k));
      await target.commit();
    } finally {
      renderer.dispose();
    }
    return {
      output: target.path, timeMs: frameTimeMs(timeline, k),
      clockText: scene.decorations.clock.show && scene.decorations.clock.kind === 'digital' ? clockTextAt(timeline, k, scene.decorations.clock) : null,
      frame: validated.at === undefined ? k : null,
      trailDurationMs: resolved.timeline.trailDurationMs, speedUnits: loaded.trajectories.domain === 'cartesian' ? null : resolved.style.speedUnits, dataDefaults, warnings,
      width: scene.width, height: scene.height, readReport: loaded.readReport, assemblyReport: loaded.assemblyReport,
    };
  }
}
