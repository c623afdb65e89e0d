// input -> trajectories: read every file into one PointTable, then assemble trajectories.
import type { PointTable, ReadReport } from '../input/point-table.js';
import { checkTimeRange } from '../input/check-time-range.js';
import { readPoints } from '../input/read-points.js';
import { assembleTrajectories } from '../trajectory/assemble-trajectories.js';
import type { AssemblyReport, TrajectorySet } from '../trajectory/trajectory-set.js';
import { TrackreelError } from '../errors/trackreel-error.js';
import type { ResolvedMovieOptions } from './resolve-movie-options.js';
import { openSeekableInputs, type SeekableInputs } from '../input/seekable-inputs.js';

export interface LoadedTrajectories {
  table: PointTable;
  readReport: ReadReport;
  trajectories: TrajectorySet;
  assemblyReport: AssemblyReport;
}

// `inputs`: paths already made seekable by the caller (who needs them afterwards too); by default
// non-seekable inputs (stdin, pipes, FIFOs) are copied here and the copies removed after reading.
export async function loadTrajectories(
  paths: readonly string[], options: ResolvedMovieOptions, opts: { inputs?: SeekableInputs; signal?: AbortSignal } = {},
): Promise<LoadedTrajectories> {
  const inputs = opts.inputs ?? await openSeekableInputs(paths, opts.signal);
  let read;
  try {
    read = await readPoints([...inputs.paths], options.input);
  } catch (error) {
    throw inputs.renameIn(error);
  } finally {
    if (!opts.inputs) await inputs.close();
  }
  const { table, report: readReport } = read;
  readReport.files = readReport.files.map(inputs.nameOf);
  for (const row of readReport.skipped) row.file = inputs.nameOf(row.file);
  table.source = inputs.nameOf(table.source);
  checkTimeRange(table);
  // The table's columns are let go as they are copied (only its length and domain are used later).
  const { set, report: assemblyReport } = assembleTrajectories(table, options.assembly, { releaseTable: true });
  if (set.count === 0) {
    throw new TrackreelError('INPUT_NO_POINTS',
      `${table.source}: no trajectory has ${options.assembly.minPoints} or more points after splitting at gaps ` +
      `(${assemblyReport.droppedShort} too short); lower --min-points or raise --separation-time / --separation-distance`,
      { context: { file: table.source } });
  }
  return { table, readReport, trajectories: set, assemblyReport };
}
