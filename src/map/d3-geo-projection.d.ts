// d3-geo-projection ships no types; only what trackreel uses is declared.
declare module 'd3-geo-projection' {
  import type { GeoProjection } from 'd3-geo';
  export function geoRobinson(): GeoProjection;
  // Projects (clips, resamples) a GeoJSON object into planar GeoJSON.
  export function geoProject<T>(object: T, projection: { stream: GeoProjection['stream'] }): T;
}
