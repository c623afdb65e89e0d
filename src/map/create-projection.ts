// MapSpec -> d3 projection, rebuilt from plain numbers only so every worker draws identical pixels.
import { geoEquirectangular, geoIdentity, geoMercator, type GeoIdentityTransform, type GeoProjection } from 'd3-geo';
import type { MapSpec } from './map-spec.js';

export type MapProjection = GeoProjection | GeoIdentityTransform;

export function createProjection(spec: MapSpec): MapProjection {
  if (spec.projection === 'cartesian') {
    return geoIdentity().reflectY(true).scale(spec.scale).translate(spec.translate);
  }
  const base = spec.projection === 'mercator' ? geoMercator() : geoEquirectangular();
  return base.rotate(spec.rotate).scale(spec.scale).translate(spec.translate);
}
