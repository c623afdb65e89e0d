// The map's scale at a pixel: for the scale bar and true-scale ship hulls.
import { geoDistance } from 'd3-geo';
import { createProjection } from './create-projection.js';
import type { MapSpec } from './map-spec.js';

const EARTH_RADIUS_KM = 6371.0088;

export type Invertible = ((p: [number, number]) => [number, number] | null) & { invert?: (p: [number, number]) => [number, number] | null };

// Ground distance of one horizontal pixel at (x, y), in km; NaN off the map.
export function kmPerPixel(spec: MapSpec, x: number, y: number, width: number): number {
  const projection = createProjection(spec) as unknown as Invertible;
  if (!projection.invert) return NaN;
  const dx = Math.max(1, width / 200);
  const a = projection.invert([x - dx / 2, y]);
  const b = projection.invert([x + dx / 2, y]);
  if (!a || !b || !a.every(Number.isFinite) || !b.every(Number.isFinite)) return NaN;
  return (geoDistance(a, b) * EARTH_RADIUS_KM) / dx;
}

