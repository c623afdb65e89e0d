// Lon/lat tracks as they move on a round Earth, before projection: long segments follow the great
// circle (trajectory/great-circle-paths.ts), and tracks crossing the map's seam are cut there to
// go on from the other edge (map/cut-at-seam.ts). Per-point arrays computed on the input set
// (colour scalars, widths) are expanded with it. Plane data and short segments are left as they are.
import { seamInsertions } from '../map/cut-at-seam.js';
import type { MapSpec } from '../map/map-spec.js';
import { greatCircleInsertions } from '../trajectory/great-circle-paths.js';
import { expandPerPoint, insertPoints } from '../trajectory/insert-points.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';

export interface RoundEarthInput {
  trajectories: TrajectorySet;
  scalar: Float32Array | null;
  lineWidths: Float32Array | null;
  // Categories and cyclic scalars keep the value of the point before (never averaged).
  steppedScalar: boolean;
  // Segments longer than this follow the great circle (0: straight in the projection).
  greatCircleStepKm: number;
}

export interface RoundEarthPaths {
  trajectories: TrajectorySet;
  scalar: Float32Array | null;
  lineWidths: Float32Array | null;
  // Per point: 1 where the trail must not join it to the next point (the seam); null when none.
  cuts: Uint8Array | null;
}

export function roundEarthPaths(input: RoundEarthInput, map: MapSpec): RoundEarthPaths {
  let { trajectories, scalar, lineWidths } = input;
  const arcs = greatCircleInsertions(trajectories, input.greatCircleStepKm);
  if (arcs.length > 0) {
    const expanded = insertPoints(trajectories, arcs);
    trajectories = expanded.set;
    scalar = scalar && expandPerPoint(scalar, expanded, input.steppedScalar);
    lineWidths = lineWidths && expandPerPoint(lineWidths, expanded, false);
  }
  const seams = seamInsertions(trajectories, map);
  if (seams.length === 0) return { trajectories, scalar, lineWidths, cuts: null };
  const expanded = insertPoints(trajectories, seams);
  return {
    trajectories: expanded.set,
    scalar: scalar && expandPerPoint(scalar, expanded, input.steppedScalar),
    lineWidths: lineWidths && expandPerPoint(lineWidths, expanded, false),
    cuts: expanded.cuts,
  };
}
