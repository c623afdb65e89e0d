// Which JSON format a parsed document is, from its structure (the keys each format writes).
import { describe } from './document-sink.js';
import { isObject, type Json } from './json-value.js';
import { isAircraftJson, isOpenSkyStates, isOpenSkyTrack, type AdsbJsonFormat } from './read-adsb-json.js';

export type JsonFormat = 'geojson' | 'trips-json' | 'tracktable-json' | 'moving-features' | 'google-takeout' | 'readsb-trace' | AdsbJsonFormat;

const isTracktable = (v: unknown): boolean => isObject(v) && Array.isArray(v.coordinates) && Array.isArray(v.timestamps);
const isMovingFeature = (v: unknown): boolean => isObject(v) && isObject(v.temporalGeometry);
const isTrip = (v: unknown): boolean => isObject(v) && (Array.isArray(v.path) || Array.isArray(v.segments));

export function classifyJson(root: unknown): JsonFormat | undefined {
  if (Array.isArray(root)) {
    const first = root.find((v) => v !== null);
    if (isMovingFeature(first)) return 'moving-features';
    // Before trips: an OpenSky track has a "path" too, of [time, lat, lon, ...] rows.
    if (isOpenSkyTrack(first)) return 'opensky-track';
    if (isOpenSkyStates(first)) return 'opensky-states';
    if (isAircraftJson(first)) return 'aircraft-json';
    if (isTracktable(first)) return 'tracktable-json';
    if (isTrip(first)) return 'trips-json';
    if (isObject(first) && first.type === 'Feature') return 'geojson';
    return root.length === 0 ? 'trips-json' : undefined;
  }
  if (!isObject(root)) return undefined;
  if (isMovingFeature(root)) return 'moving-features';
  if (isOpenSkyTrack(root)) return 'opensky-track';
  if (isOpenSkyStates(root)) return 'opensky-states';
  if (isAircraftJson(root)) return 'aircraft-json';
  if (Array.isArray(root.features) && root.features.some(isMovingFeature)) return 'moving-features';
  if (root.type === 'FeatureCollection' || root.type === 'Feature') return 'geojson';
  if (Array.isArray(root.timelineObjects) || Array.isArray(root.locations) || Array.isArray(root.semanticSegments)) return 'google-takeout';
  if (Array.isArray(root.trace) && (typeof root.timestamp === 'number' || typeof root.timestamp === 'string')) return 'readsb-trace';
  if (isTracktable(root) || (Array.isArray(root.trajectories) && isTracktable(root.trajectories[0]))) return 'tracktable-json';
  if (Array.isArray(root.trips)) return 'trips-json';
  return undefined;
}

// The message for JSON that is none of them: what was found and what each format needs.
export function unknownJsonMessage(root: unknown): string {
  const found = isObject(root) ? `an object with keys ${Object.keys(root).slice(0, 8).join(', ') || '(none)'}` : describe(root);
  return `not a JSON format trackreel knows: found ${found}; expected GeoJSON ("type": "FeatureCollection"), OGC Moving Features ("temporalGeometry"), ` +
    'deck.gl trips ([{"path", "timestamps"}]), tracktable ("coordinates" + "timestamps"), Google Takeout ("locations" or "timelineObjects"), ' +
    'a readsb trace ("timestamp" + "trace"), an OpenSky track ("icao24" + "path") or state vectors ("time" + "states"), ' +
    'or a dump1090/readsb aircraft.json ("now" + "aircraft"); --format names one';
}
