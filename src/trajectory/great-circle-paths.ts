// Long segments of lon/lat tracks follow the great circle instead of a straight line in the map's
// projection: sparse tracks (ADS-B gaps over oceans, schedules, animal fixes hours apart) then
// curve as the path flown does, in every projection, and a head between two far points sits on
// the arc. Points are added along each segment longer than maxStepKm, evenly in distance and so in
// time (constant ground speed between the two real points).
import { geoInterpolate } from 'd3-geo';
import { greatCircleKm, greatCircleKmExceeds } from './great-circle-km.js';
import type { PointInsertion } from './insert-points.js';
import type { TrajectorySet } from './trajectory-set.js';

// A segment is never cut into more pieces than this (a pole-to-pole hop at a 50 km step: ~400).
const MAX_PIECES = 1024;

export function greatCircleInsertions(set: TrajectorySet, maxStepKm: number): PointInsertion[] {
  const out: PointInsertion[] = [];
  if (set.domain !== 'terrestrial' || !(maxStepKm > 0)) return out;
  const { lon, lat } = set;
  for (let tr = 0; tr < set.count; tr++) {
    for (let j = set.offsets[tr]; j + 1 < set.offsets[tr + 1]; j++) {
      if (!greatCircleKmExceeds(lon[j], lat[j], lon[j + 1], lat[j + 1], maxStepKm)) continue;
      const pieces = Math.min(MAX_PIECES, Math.ceil(greatCircleKm(lon[j], lat[j], lon[j + 1], lat[j + 1]) / maxStepKm));
      const along = geoInterpolate([lon[j], lat[j]], [lon[j + 1], lat[j + 1]]);
      for (let p = 1; p < pieces; p++) {
        const [x, y] = along(p / pieces);
        out.push({ after: j, fraction: p / pieces, lon: x, lat: y });
      }
    }
  }
  return out;
}
