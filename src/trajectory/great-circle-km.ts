// Haversine distance on a sphere of the mean Earth radius (IUGG, 6371.0088 km): accurate to
// ~0.5% against the ellipsoid, plenty for deciding where a track has a gap.
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function greatCircleKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
