// The options once the data is read: the defaults read from the data are filled in, then resolved.
import { applyDataDefaults, type AppliedDefault } from '../options/apply-data-defaults.js';
import type { ValidatedMovieOptions } from '../options/render-options.js';
import { dataFacts, type DataFacts } from '../trajectory/data-facts.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { resolveMovieOptions, type ResolvedMovieOptions } from './resolve-movie-options.js';

export interface ResolvedWithData {
  resolved: ResolvedMovieOptions;
  // The options whose default came from the data, with the values they took.
  dataDefaults: AppliedDefault[];
  facts: DataFacts;
}

export function resolveWithData(validated: ValidatedMovieOptions, trajectories: TrajectorySet): ResolvedWithData {
  const facts = dataFacts(trajectories);
  const { options, applied } = applyDataDefaults(validated, facts);
  return { resolved: resolveMovieOptions(options), dataDefaults: applied, facts };
}
