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

// greatCircleKm(...) > km, without trigonometry for points that are obviously close: going along
// the meridian and then the parallel is never shorter than the great circle, and is at most
// R * (|dLat| + |dLon|), so when that is within km so is the distance (most consecutive points).
export function greatCircleKmExceeds(lon1: number, lat1: number, lon2: number, lat2: number, km: number): boolean {
  let dLon = Math.abs(lon2 - lon1);
  if (dLon > 180) dLon = 360 - dLon;
  if (EARTH_RADIUS_KM * RAD * (Math.abs(lat2 - lat1) + dLon) <= km) return false;
  return greatCircleKm(lon1, lat1, lon2, lat2) > km;
}
