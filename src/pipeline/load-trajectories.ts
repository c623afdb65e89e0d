// input -> trajectories: read every file into one PointTable, then assemble trajectories.
import type { PointTable, ReadReport } from '../input/point-table.js';
import { readPoints } from '../input/read-points.js';
import { assembleTrajectories } from '../trajectory/assemble-trajectories.js';
import type { AssemblyReport, TrajectorySet } from '../trajectory/trajectory-set.js';
import { TrackreelError } from '../errors/trackreel-error.js';
import type { ResolvedMovieOptions } from './resolve-movie-options.js';

export interface LoadedTrajectories {
  table: PointTable;
  readReport: ReadReport;
  trajectories: TrajectorySet;
  assemblyReport: AssemblyReport;
}

export async function loadTrajectories(paths: readonly string[], options: ResolvedMovieOptions): Promise<LoadedTrajectories> {
  const { table, report: readReport } = await readPoints([...paths], options.input);
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
