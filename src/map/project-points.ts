// Every point -> pixel position, once, into shared memory for all workers.
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { sharedFloat32 } from '../memory/shared-arrays.js';
import { createProjection } from './create-projection.js';
import type { MapSpec } from './map-spec.js';

const RAD = Math.PI / 180;
const TAU = 2 * Math.PI;
// Mercator's y is infinite at the poles; points beyond this latitude are pinned to it.
const MERCATOR_LAT_LIMIT = 89.5 * RAD;

// d3's equirectangular / mercator formulas inlined (x = tx + k*lambda, y = ty - k*f(phi)).
// Longitude is wrapped into (-pi, pi] around the map centre only at a trajectory's first point;
// later points take the 2*pi turn nearest to the previous one, so a ship crossing the map's
// seam leaves the frame instead of streaking across it.
// `cuts` (map/cut-at-seam.ts): after a point marked 1 the next one is wrapped again, as a first point is.
export function projectPoints(set: TrajectorySet, spec: MapSpec, cuts: Uint8Array | null = null): { screenX: Float32Array; screenY: Float32Array } {
  const n = set.t.length;
  const screenX = sharedFloat32(n);
  const screenY = sharedFloat32(n);
  const [tx, ty] = spec.translate;
  const k = spec.scale;
  const { lon, lat } = set;
  if (spec.projection === 'cartesian') {
    for (let i = 0; i < n; i++) { screenX[i] = tx + k * lon[i]; screenY[i] = ty - k * lat[i]; }
    return { screenX, screenY };
  }
  if (spec.projection !== 'equirectangular' && spec.projection !== 'mercator') {
    projectWithD3(set, spec, screenX, screenY, cuts);
    return { screenX, screenY };
  }
  const mercator = spec.projection === 'mercator';
  const dLambda = spec.rotate[0] * RAD;
  for (let tr = 0; tr < set.count; tr++) {
    let prev = NaN;
    for (let i = set.offsets[tr]; i < set.offsets[tr + 1]; i++) {
      let lambda = lon[i] * RAD + dLambda;
      if (cuts && i > set.offsets[tr] && cuts[i - 1]) prev = NaN;
      if (Number.isNaN(prev)) {
        lambda -= TAU * Math.round(lambda / TAU);
      } else {
        lambda -= TAU * Math.round((lambda - prev) / TAU);
      }
      prev = lambda;
      let phi = lat[i] * RAD;
      let y: number;
      if (mercator) {
        phi = Math.max(-MERCATOR_LAT_LIMIT, Math.min(MERCATOR_LAT_LIMIT, phi));
        y = Math.log(Math.tan((Math.PI / 2 + phi) / 2));
      } else {
        y = phi;
      }
      screenX[i] = tx + k * lambda;
      screenY[i] = ty - k * y;
    }
  }
  return { screenX, screenY };
}

// The other projections go through d3 itself (once per scene, ~0.3 us a point). A point is NaN,
// which the renderer skips, when it is hidden: on the far side of the globe (orthographic), or
// past the map's seam from where its trajectory started (the track leaves the map there rather
// than jumping to the opposite edge).
function projectWithD3(set: TrajectorySet, spec: MapSpec, screenX: Float32Array, screenY: Float32Array, cuts: Uint8Array | null): void {
  const projection = createProjection(spec) as (p: [number, number]) => [number, number] | null;
  const { lon, lat } = set;
  const orthographic = spec.projection === 'orthographic';
  const dLambda = spec.rotate[0] * RAD;
  const phi0 = -spec.rotate[1] * RAD;
  const sinPhi0 = Math.sin(phi0);
  const cosPhi0 = Math.cos(phi0);
  const point: [number, number] = [0, 0];
  for (let tr = 0; tr < set.count; tr++) {
    let prev = NaN;
    for (let i = set.offsets[tr]; i < set.offsets[tr + 1]; i++) {
      let lambda = lon[i] * RAD + dLambda;
      if (cuts && i > set.offsets[tr] && cuts[i - 1]) prev = NaN;
      lambda -= TAU * Math.round((Number.isNaN(prev) ? lambda : lambda - prev) / TAU);
      prev = lambda;
      const phi = lat[i] * RAD;
      const hidden = orthographic
        ? sinPhi0 * Math.sin(phi) + cosPhi0 * Math.cos(phi) * Math.cos(lambda) < 0
        : lambda > Math.PI || lambda < -Math.PI;
      point[0] = lon[i]; point[1] = lat[i];
      const p = hidden ? null : projection(point);
      screenX[i] = p ? p[0] : NaN;
      screenY[i] = p ? p[1] : NaN;
    }
  }
}
