// Which way a compass bearing points on the frame, at a place: for heads turned to their heading.
// Equirectangular and mercator maps in closed form (north is up; an equirectangular map stretches
// east-west by 1 / cos(latitude)); other projections by projecting a step along the bearing.
import { createProjection } from './create-projection.js';
import type { MapSpec } from './map-spec.js';

const RAD = Math.PI / 180;
// The step projected for other projections (degrees of arc: ~1 km).
const STEP_DEG = 0.01;

export type BearingDirection = (lon: number, lat: number, bearingDeg: number) => [number, number];

export function createBearingDirection(spec: MapSpec): BearingDirection {
  const unit = (dx: number, dy: number): [number, number] => {
    const len = Math.hypot(dx, dy);
    return len > 0 && Number.isFinite(len) ? [dx / len, dy / len] : [0, -1];
  };
  // Plane data: the bearing is clockwise from +y, which is up.
  if (spec.projection === 'cartesian' || spec.projection === 'mercator') {
    return (_lon, _lat, b) => unit(Math.sin(b * RAD), -Math.cos(b * RAD));
  }
  if (spec.projection === 'equirectangular' && spec.rotate[1] === 0 && spec.rotate[2] === 0) {
    return (_lon, lat, b) => unit(Math.sin(b * RAD) / Math.max(1e-6, Math.cos(lat * RAD)), -Math.cos(b * RAD));
  }
  const project = createProjection(spec) as (p: [number, number]) => [number, number] | null;
  return (lon, lat, b) => {
    const a = project([lon, lat]);
    const dLat = STEP_DEG * Math.cos(b * RAD);
    const dLon = (STEP_DEG * Math.sin(b * RAD)) / Math.max(1e-6, Math.cos(lat * RAD));
    const c = project([lon + dLon, Math.max(-90, Math.min(90, lat + dLat))]);
    return a && c ? unit(c[0] - a[0], c[1] - a[1]) : [0, -1];
  };
}
