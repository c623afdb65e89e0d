// A camera that follows an object across the map's seam (the meridian opposite the map's centre)
// would pan past the end of the map's geometry into empty sea: land, coasts and graticule stop at
// the seam, and d3 projections hide points beyond it. A moving camera only ever shows views of the
// map around what it looks at, so the map is turned instead to centre on the longitudes the camera
// visits (the followed object's, or the keyframes'), which puts the seam where the camera never
// goes. Maps whose seam the camera does not cross are left exactly as they are.
import type { MapSpec } from '../map/map-spec.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { hasCamera, type CameraKeyframeInput, type CameraRequest } from './camera-plan.js';

// Degrees in [-180, 180).
export function wrapLongitude(lon: number): number {
  return lon - 360 * Math.floor((lon + 180) / 360);
}

// The shortest arc of longitudes holding every one of `lons` (degrees): where it starts (going
// east) and its width; null when there are none or they leave no gap (they circle the globe).
export function longitudeArc(lons: ArrayLike<number>): { start: number; width: number } | null {
  const sorted = Float64Array.from(lons, (lon) => wrapLongitude(lon)).filter(Number.isFinite).sort();
  const n = sorted.length;
  if (n === 0) return null;
  // The largest gap between neighbours, counting the one across +-180; the arc is the rest.
  let gap = sorted[0] + 360 - sorted[n - 1];
  let start = sorted[0];
  for (let i = 1; i < n; i++) {
    if (sorted[i] - sorted[i - 1] > gap) { gap = sorted[i] - sorted[i - 1]; start = sorted[i]; }
  }
  const width = 360 - gap;
  return width >= 359.999 ? null : { start, width };
}

function objectLongitudes(set: TrajectorySet, id: string): number[] {
  const o = set.objectIds.indexOf(id);
  const lons: number[] = [];
  if (o < 0) return lons;
  for (let i = 0; i < set.count; i++) {
    if (set.objectIndex[i] === o) for (let j = set.offsets[i]; j < set.offsets[i + 1]; j++) lons.push(set.lon[j]);
  }
  return lons;
}

// Keyframe centres, and boxes along their width (a box 170..190 spans the antimeridian).
function keyframeLongitudes(keyframes: readonly CameraKeyframeInput[]): number[] {
  return keyframes.flatMap((kf) => ('center' in kf
    ? [kf.center[0]]
    : Array.from({ length: 9 }, (_, i) => kf.bbox[0] + ((kf.bbox[2] - kf.bbox[0]) * i) / 8)));
}

// The map the camera's views are cut from: `map` itself, or `map` turned about the pole so that
// the camera's longitudes do not straddle its seam. Globes (turned only with --projection-center)
// and plane data are never turned.
export function seamFreeMap(map: MapSpec, set: TrajectorySet, request: CameraRequest | null | undefined): MapSpec {
  if (!request || !hasCamera(request) || map.projection === 'cartesian' || map.projection === 'orthographic') return map;
  const lons = request.follow !== null ? objectLongitudes(set, request.follow) : keyframeLongitudes(request.keyframes ?? []);
  const arc = longitudeArc(lons);
  if (!arc) return map;
  // The arc relative to the map's centre meridian: inside [-180, 180] means no seam in it.
  if (wrapLongitude(arc.start + map.rotate[0]) + arc.width <= 180) return map;
  const center = wrapLongitude(arc.start + arc.width / 2);
  return { ...map, rotate: [-center, map.rotate[1], map.rotate[2]] };
}
