// What `trackreel info` prints: a summary of the input after reading and assembly.
import { toTrackreelError, TrackreelError } from '../errors/trackreel-error.js';
import type { Domain, ReadReport } from '../input/point-table.js';
import { validateOptions, type MovieOptions, type ValidatedMovieOptions } from '../options/render-options.js';
import type { AssemblyReport } from '../trajectory/trajectory-set.js';
import { dataBox } from '../map/data-box.js';
import { loadTrajectories } from './load-trajectories.js';
import { resolveMovieOptions } from './resolve-movie-options.js';
import { defaultSpeedUnit, knotsProperties, type SpeedUnit } from '../style/speed-units.js';

export interface InputSummary {
  files: string[];
  format: string;
  domain: Domain;
  // Objects taking part (after objects / exclude; assembly.objectsFiltered were left out).
  objects: number;
  points: number;
  trajectories: number;
  // ISO 8601 times of the first and last point.
  timeSpan: [string, string];
  // The times count seconds from 0 (plain numbers under 1e8 s): the clock shows elapsed time.
  timesRelative: boolean;
  // The same span in epoch ms (seconds from 0 x 1000 for relative times).
  timeSpanMs: [number, number];
  // Plain min/max box.
  bbox: [number, number, number, number];
  // The box --map auto fits: the same as bbox, except for data crossing the antimeridian, where it
  // spans the shortest arc with maxLon past 180 (e.g. 170..190).
  mapBox: [number, number, number, number];
  numericProperties: string[];
  textProperties: string[];
  // The unit speeds are shown in (--speed-units, else kn for AIS SOG data, else km/h); null for
  // x/y data (units/s); and the properties in knots.
  speedUnits: SpeedUnit | null;
  knotsProperties: string[];
  read: ReadReport;
  assembly: AssemblyReport;
}

// `signal` ends a wait for input (a FIFO with no writer yet, a quiet pipe).
export async function describeInput(options: MovieOptions & { input: string | string[] }, hooks: { signal?: AbortSignal } = {}): Promise<InputSummary> {
  try {
    const validated = validateOptions<ValidatedMovieOptions & { input: string | string[] }>(options, ['input']);
    if (!validated.input) throw new TrackreelError('INVALID_OPTION', 'describeInput needs an input path');
    const inputs = Array.isArray(validated.input) ? validated.input : [validated.input];
    const loaded = await loadTrajectories(inputs, resolveMovieOptions(validated), { signal: hooks.signal });
    const { table, trajectories: set } = loaded;
    const knots = knotsProperties(set);
    return {
      files: loaded.readReport.files, format: loaded.readReport.format, domain: table.domain,
      objects: set.objectIds.length, points: table.length, trajectories: set.count,
      timeSpan: [new Date(set.timeSpanMs[0]).toISOString(), new Date(set.timeSpanMs[1]).toISOString()],
      timesRelative: loaded.readReport.timesRelative, timeSpanMs: [set.timeSpanMs[0], set.timeSpanMs[1]],
      bbox: set.bbox, mapBox: dataBox(set), numericProperties: Object.keys(set.numeric), textProperties: Object.keys(set.text),
      speedUnits: set.domain === 'cartesian' ? null : validated.speedUnits ?? defaultSpeedUnit(knots), knotsProperties: knots,
      read: loaded.readReport, assembly: loaded.assemblyReport,
    };
  } catch (error) {
    throw toTrackreelError(error);
  }
}
