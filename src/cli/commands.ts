// The four commands. Each one turns flags (and an optional --config file) into library options,
// calls the library, and prints a summary; errors go to main's handler.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_DEMO_FLIGHTS, generateDemoFlights } from '../demo/generate-demo-flights.js';
import { removeOnExit } from '../files/remove-on-exit.js';
import { tempPrefix } from '../files/temp-names.js';
import { describeInput } from '../pipeline/describe-input.js';
import { renderMovie, type RenderMovieResult } from '../pipeline/render-movie.js';
import { renderStill } from '../pipeline/render-still.js';
import type { ReadReport, SkippedRow } from '../input/point-table.js';
import type { AssemblyReport } from '../trajectory/trajectory-set.js';
import { listIds } from '../trajectory/select-objects.js';
import { locate } from '../errors/messages.js';
import { TrackreelError } from '../errors/trackreel-error.js';
import { describeAppliedDefaults, type AppliedDefault } from '../options/apply-data-defaults.js';
import { loadConfig } from './load-config.js';
import { readingLines, relativeSpanText, RELATIVE_TIMES_LINE, separationText, skipNotices } from './describe-reading.js';
import { movieOptionsFromFlags } from './option-flags.js';
import { formatDuration, ProgressReporter } from './progress-reporter.js';

export interface GlobalFlags {
  quiet?: boolean;
  json?: boolean;
  verbose?: boolean;
  config?: string;
}

function say(flags: GlobalFlags, text: string): void {
  if (!flags.quiet && !flags.json) process.stderr.write(`${text}\n`);
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify({ ok: true, ...(value as object) }, null, 2)}\n`);
}

// "file:line: field: reason"; JSON, GPX and KML rows have no line number (0), so none is shown.
function skipLine(row: SkippedRow): string {
  return `${locate({ file: row.file, line: row.line || undefined, field: row.field })}: ${row.reason}`;
}

function sayNotices(flags: GlobalFlags, report: ReadReport): void {
  if (report.timesRelative) say(flags, `trackreel: note: ${RELATIVE_TIMES_LINE}`);
  for (const notice of report.notices) say(flags, `trackreel: note: ${notice}`);
  for (const notice of skipNotices(report)) say(flags, `trackreel: note: ${notice}`);
}

// Ids given to --objects / --exclude that the data does not have (likely typos).
function notFoundWarning(report: AssemblyReport): string | null {
  const ids = report.idsNotFound;
  if (ids.length === 0) return null;
  return `trackreel: warning: ${ids.length} id${ids.length === 1 ? '' : 's'} given to --objects/--exclude not in the data: ${listIds(ids)}`;
}

// Defaults of the command < the --config file < flags on the command line.
async function withConfig(
  flags: GlobalFlags, extra: readonly string[], cli: Record<string, unknown>, defaults: Record<string, unknown> = {}, signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  const config = flags.config ? await loadConfig(flags.config, extra, signal) : {};
  const merged: Record<string, unknown> = { ...defaults, ...config };
  for (const [k, v] of Object.entries(cli)) if (v !== undefined) merged[k] = v;
  return merged;
}

function movieSummary(r: RenderMovieResult): string {
  const fps = r.frameCount / (r.elapsedMs / 1000);
  return `Wrote ${r.output}: ${r.frameCount} frames, ${r.width}x${r.height}, ${r.format} in ${formatDuration(r.elapsedMs)} ` +
    `(${fps.toFixed(1)} frames/s, ${r.workers} worker${r.workers === 1 ? '' : 's'}, ${r.batches} batches); ` +
    `${r.assemblyReport.points} points in ${r.assemblyReport.trajectories} trajectories; ` +
    (r.encoding === 'segments' ? `encoded once, in segments of ${r.segmentFrames} frames joined by stream copy`
      : `two passes (lossless chunks, then one encode of the whole movie): ${r.encodingReason}`);
}

// The defaults read from the data, and the frame size when none was given, with their flags.
function defaultsLine(applied: readonly AppliedDefault[], options: Record<string, unknown>, width: number, height: number): string | null {
  const fixed = options.size === undefined ? [{ key: 'size', flag: '--size', value: [width, height], text: `${width}x${height}` }] : [];
  return describeAppliedDefaults(applied, fixed);
}

function requirePaths(options: Record<string, unknown>, usage: string): void {
  const missing = !options.input || (Array.isArray(options.input) && options.input.length === 0) ? 'no input file' : !options.output ? 'no output file (-o)' : null;
  if (missing) throw new TrackreelError('INVALID_OPTION', `${missing}; usage: ${usage}`);
}

async function runMovie(options: Record<string, unknown>, flags: GlobalFlags, signal: AbortSignal): Promise<void> {
  const reporter = new ProgressReporter(ProgressReporter.modeFor(flags));
  try {
    const result = await renderMovie(options as never, { signal, onProgress: reporter.update, onWarning: (m) => say(flags, `trackreel: warning: ${m}`) });
    reporter.stop();
    if (flags.json) printJson({ result });
    else {
      say(flags, movieSummary(result));
      const defaults = defaultsLine(result.dataDefaults, options, result.width, result.height);
      if (defaults) say(flags, defaults);
      const notFound = notFoundWarning(result.assemblyReport);
      if (notFound) say(flags, notFound);
      sayNotices(flags, result.readReport);
    }
  } finally {
    reporter.stop();
  }
}

export async function renderCommand(inputs: string[], command: Command, flags: GlobalFlags, signal: AbortSignal): Promise<void> {
  const own = command.opts<{ output?: string }>();
  const options = await withConfig(flags, ['input', 'output'], {
    ...movieOptionsFromFlags(command), input: inputs.length ? inputs : undefined, output: own.output,
  }, {}, signal);
  requirePaths(options, 'trackreel render points.csv -o movie.mp4');
  await runMovie(options, flags, signal);
}

export async function stillCommand(inputs: string[], command: Command, flags: GlobalFlags, signal?: AbortSignal): Promise<void> {
  const own = command.opts<{ output?: string; at?: string; frame?: string }>();
  const options = await withConfig(flags, ['input', 'output', 'at', 'frame'], {
    ...movieOptionsFromFlags(command), input: inputs.length ? inputs : undefined, output: own.output, at: own.at,
    frame: own.frame === undefined ? undefined : Number(own.frame),
  }, {}, signal);
  requirePaths(options, 'trackreel still points.csv --at 2020-06-30T00:30:00Z -o frame.png');
  const result = await renderStill(options as never, { signal, onWarning: (m) => say(flags, `trackreel: warning: ${m}`) });
  if (flags.json) printJson({ result });
  else {
    const which = result.frame === null ? '' : ` (frame ${result.frame}${options.frame === undefined ? ', the busiest moment; --at or --frame to choose' : ''})`;
    const shown = result.readReport.timesRelative ? `${result.timeMs / 1000} s from 0${result.clockText ? ` (clock ${result.clockText})` : ''}` : new Date(result.timeMs).toISOString();
    say(flags, `Wrote ${result.output}: ${result.width}x${result.height}, showing ${shown}${which}`);
    const defaults = defaultsLine(result.dataDefaults, options, result.width, result.height);
    if (defaults) say(flags, defaults);
    const notFound = notFoundWarning(result.assemblyReport);
    if (notFound) say(flags, notFound);
    sayNotices(flags, result.readReport);
  }
}

export async function infoCommand(inputs: string[], command: Command, flags: GlobalFlags, signal?: AbortSignal): Promise<void> {
  const options = await withConfig(flags, ['input'], { ...movieOptionsFromFlags(command), input: inputs.length ? inputs : undefined }, {}, signal);
  if (!options.input) throw new TrackreelError('INVALID_OPTION', 'no input file; usage: trackreel info points.csv');
  const s = await describeInput(options as never, { signal });
  if (flags.json) { printJson({ summary: s }); return; }
  // The shortest-arc box differs from the plain one only for data crossing the antimeridian.
  const crosses180 = s.mapBox[0] !== s.bbox[0] || s.mapBox[2] !== s.bbox[2];
  const [x0, y0, x1, y1] = (crosses180 ? s.mapBox : s.bbox).map((v) => Number(v.toFixed(4)));
  const lines = [
    `files:         ${s.files.join(', ')}`,
    `format:        ${s.format} (${s.domain})`,
    `points:        ${s.points} read, ${s.assembly.points} in trajectories`,
    `objects:       ${s.objects}${s.assembly.objectsFiltered ? ` (${s.assembly.objectsFiltered} left out by --objects/--exclude)` : ''}`,
    `trajectories:  ${s.trajectories} (split by time ${s.assembly.splitsByTime}, by distance ${s.assembly.splitsByDistance}${separationText(s.assembly, s.domain, s.speedUnits ?? undefined)}; ` +
      `dropped ${s.assembly.droppedShort} short, ${s.assembly.duplicatesDropped} duplicate points)` +
      (s.assembly.pointObjects ? `; ${s.assembly.pointObjects} of them one position (objects seen once), drawn as dots` : ''),
    s.timeSpan[0] === s.timeSpan[1]
      ? `time span:     ${s.timesRelative ? `${s.timeSpanMs[0] / 1000} s` : s.timeSpan[0]} only: every point has this one time, so nothing moves (a still, or --movie-type heatmap, shows them)`
      : `time span:     ${s.timesRelative ? relativeSpanText(s.timeSpanMs) : `${s.timeSpan[0]} .. ${s.timeSpan[1]}`}`,
    ...(s.timesRelative ? [`clock:         ${RELATIVE_TIMES_LINE}`] : []),
    `bounding box:  ${x0},${y0},${x1},${y1} (${s.domain === 'cartesian' ? 'minX,minY,maxX,maxY' : 'minLon,minLat,maxLon,maxLat'})` +
      (crosses180 ? `; the data cross 180°, so maxLon is past 180 (${x1} is ${Number((x1 - 360).toFixed(4))})` : ''),
    `properties:    ${[...s.numericProperties.map((p) => `${p} (number)`), ...s.textProperties.map((p) => `${p} (text)`)].join(', ') || 'none'}`,
    s.speedUnits === null ? 'speeds:        in units/s (x/y data)'
      : `speeds:        in ${s.speedUnits}${s.knotsProperties.length ? ` (${s.knotsProperties.join(', ')}: knots${s.speedUnits === 'kn' ? '' : ', converted'})` : ''}; --speed-units changes it`,
    `skipped rows:  ${s.read.skippedCount}`,
    ...s.read.skipped.slice(0, 10).map((r) => `  ${skipLine(r)}`),
  ];
  if (s.read.skippedCount > 10) lines.push(`  … and ${s.read.skippedCount - 10} more`);
  const skipTallies = skipNotices(s.read);
  if (s.read.notices.length + skipTallies.length > 0) lines.push('notes:', ...[...s.read.notices, ...skipTallies].map((n) => `  ${n}`));
  lines.push('reading:', ...readingLines(s.read.readings));
  const notFound = notFoundWarning(s.assembly);
  if (notFound) say(flags, notFound);
  process.stdout.write(`${lines.join('\n')}\n`);
}

export async function demoCommand(command: Command, flags: GlobalFlags, signal: AbortSignal): Promise<void> {
  const own = command.opts<{ output?: string; saveData?: string }>();
  const dir = await mkdtemp(join(tmpdir(), tempPrefix('demo')));
  const forget = removeOnExit(dir);
  try {
    const dataPath = own.saveData ?? join(dir, 'demo-flights.csv');
    await writeFile(dataPath, generateDemoFlights());
    say(flags, `Generated ${DEFAULT_DEMO_FLIGHTS.flights} great-circle flights between real cities${own.saveData ? ` in ${dataPath}` : ''}`);
    const defaults = { durationMs: 20_000, trailDurationMs: 90 * 60_000, map: 'world', title: 'trackreel demo: one day of generated flights' };
    const options = await withConfig(flags, ['input', 'output'], {
      ...movieOptionsFromFlags(command), input: dataPath, output: own.output,
    }, { ...defaults, output: 'demo.mp4' }, signal);
    await runMovie(options, flags, signal);
  } finally {
    await rm(dir, { recursive: true, force: true });
    forget();
  }
}
