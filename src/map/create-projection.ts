// MapSpec -> d3 projection, rebuilt from plain numbers only so every worker draws identical pixels.
import {
  geoConicConformal, geoConicEqualArea, geoEquirectangular, geoIdentity, geoMercator, geoNaturalEarth1, geoOrthographic,
  type GeoConicProjection, type GeoIdentityTransform, type GeoProjection,
} from 'd3-geo';
import { geoRobinson } from 'd3-geo-projection';
import type { MapSpec, TerrestrialProjectionName } from './map-spec.js';

export type MapProjection = GeoProjection | GeoIdentityTransform;

// The unfitted d3 projection for a name, rotated and (for conics) with its parallels.
export function baseProjection(name: TerrestrialProjectionName, rotate: [number, number, number], parallels: [number, number]): GeoProjection {
  const conic = (p: GeoConicProjection): GeoProjection => p.parallels(parallels).rotate(rotate);
  switch (name) {
    case 'mercator': return geoMercator().rotate(rotate);
    case 'lambert-conformal-conic': return conic(geoConicConformal());
    case 'albers': return conic(geoConicEqualArea());
    case 'orthographic': return geoOrthographic().rotate(rotate);
    case 'robinson': return geoRobinson().rotate(rotate);
    case 'natural-earth': return geoNaturalEarth1().rotate(rotate);
    default: return geoEquirectangular().rotate(rotate);
  }
}

export function createProjection(spec: MapSpec): MapProjection {
  if (spec.projection === 'cartesian') {
    return geoIdentity().reflectY(true).scale(spec.scale).translate(spec.translate);
  }
  return baseProjection(spec.projection, spec.rotate, spec.parallels).scale(spec.scale).translate(spec.translate);
}
