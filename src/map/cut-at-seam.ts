// Tracks that cross the map's seam (the meridian opposite its centre) are cut there and go on from
// the other edge of the map, so an object that crosses the dateline on a Greenwich-centred world
// map stays on it: two points are added where the segment meets the seam (one each side, at the
// same time) and the trail is not drawn between them. The seam is found as projectPoints unwraps
// longitudes: a trajectory's first point in (-pi, pi] around the centre, each next one the turn
// nearest to the one before; a crossing is where that turn changes.
import type { PointInsertion } from '../trajectory/insert-points.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import type { MapSpec } from './map-spec.js';

const RAD = Math.PI / 180;
const TAU = 2 * Math.PI;
// How far inside the seam the two added points sit (radians; ~6 mm on the ground).
const EPSILON = 1e-9;

// Maps with a seam: every lon/lat projection but the globe, whose far side is hidden instead.
export function mapHasSeam(spec: MapSpec): boolean {
  return spec.projection !== 'cartesian' && spec.projection !== 'orthographic';
}

const toLon = (lambda: number, dLambda: number): number => {
  const deg = (lambda - dLambda) / RAD;
  return deg - 360 * Math.floor((deg + 180) / 360);
};

export function seamInsertions(set: TrajectorySet, spec: MapSpec): PointInsertion[] {
  const out: PointInsertion[] = [];
  if (set.domain !== 'terrestrial' || !mapHasSeam(spec)) return out;
  const dLambda = spec.rotate[0] * RAD;
  const { lon, lat } = set;
  for (let tr = 0; tr < set.count; tr++) {
    const begin = set.offsets[tr];
    const end = set.offsets[tr + 1];
    if (end - begin < 2) continue;
    let prev = lon[begin] * RAD + dLambda;
    prev -= TAU * Math.ceil((prev - Math.PI) / TAU);
    for (let j = begin + 1; j < end; j++) {
      let lambda = lon[j] * RAD + dLambda;
      lambda -= TAU * Math.round((lambda - prev) / TAU);
      // prev is always inside the map, (-pi, pi]; a next point past +-pi has crossed the seam.
      if (lambda > Math.PI || lambda <= -Math.PI) {
        const east = lambda > Math.PI;
        const boundary = east ? Math.PI : -Math.PI;
        const f = (boundary - prev) / (lambda - prev);
        const y = lat[j - 1] + (lat[j] - lat[j - 1]) * f;
        const inside = east ? -EPSILON : EPSILON;
        out.push({ after: j - 1, fraction: f, lon: toLon(boundary + inside, dLambda), lat: y, cut: true });
        out.push({ after: j - 1, fraction: f, lon: toLon(boundary - inside, dLambda), lat: y });
        lambda -= east ? TAU : -TAU;
      }
      prev = lambda;
    }
  }
  return out;
}
