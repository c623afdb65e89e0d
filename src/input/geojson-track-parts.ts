// The parts of a GeoJSON track feature and the time of each position: from a per-position times
// array, a 4th coordinate, or (KML) a TimeSpan spread along the line by distance.
import { isObject, type Json } from './json-value.js';
import { nameRecord } from '../memory/name-records.js';

// movingpandas writes "datetimes" (OGC MF-JSON's trajectory encoding); togeojson "times"/"coordTimes".
export const LINE_TIME_KEYS = ['times', 'timestamps', 'datetimes', 'coordTimes', 'coordinateTimes'];

// LineString -> [line]; MultiLineString -> its lines; a GeometryCollection of lines (togeojson's
// gx:MultiTrack) -> all their lines. undefined: not a track geometry; null: malformed coordinates.
export function trackParts(geometry: Json): unknown[][] | undefined | null {
  if (geometry.type === 'LineString') return Array.isArray(geometry.coordinates) ? [geometry.coordinates] : null;
  if (geometry.type === 'MultiLineString') {
    const c = geometry.coordinates;
    return Array.isArray(c) && c.every(Array.isArray) ? c as unknown[][] : null;
  }
  if (geometry.type === 'GeometryCollection' && Array.isArray(geometry.geometries)) {
    const parts: unknown[][] = [];
    for (const g of geometry.geometries) {
      const p = isObject(g) ? trackParts(g) : undefined;
      if (p === undefined || p === null) return p;
      parts.push(...p);
    }
    return parts.length > 0 ? parts : undefined;
  }
  return undefined;
}

// The per-position times array(s) of a feature: flat (one per position) or one array per part.
export function lineTimes(props: Json): unknown[] | undefined {
  const cp = props.coordinateProperties;
  if (isObject(cp)) for (const key of ['times', 'coordTimes']) if (Array.isArray(cp[key])) return cp[key] as unknown[];
  for (const key of LINE_TIME_KEYS) if (Array.isArray(props[key])) return props[key] as unknown[];
  return undefined;
}

// togeojson's names for Garmin's per-point extensions -> the names properties get here.
const PER_POSITION_NAMES: Record<string, string> = { heart: 'heart_rate', cads: 'cadence', atemps: 'temperature', powers: 'power', speeds: 'speed' };

// Per-position values other than times (togeojson's heart, cadence, power...; movingpandas'
// per-point property arrays): arrays as long as the positions, flat or nested like the parts.
export function perPositionArrays(props: Json, parts: unknown[][], total: number): Record<string, (p: number, k: number, flat: number) => unknown> {
  // Keyed by names from the data: no prototype, so "__proto__" is a name like any other.
  const out = nameRecord<(p: number, k: number, flat: number) => unknown>();
  const add = (name: string, values: unknown) => {
    if (!Array.isArray(values) || LINE_TIME_KEYS.includes(name) || name === 'times') return;
    const as = PER_POSITION_NAMES[name] ?? name;
    if (values.length === total && values.every((v) => !Array.isArray(v) && !isObject(v))) out[as] = (_p, _k, flat) => values[flat];
    else if (parts.length > 1 && values.length === parts.length && values.every((v, p) => Array.isArray(v) && v.length === parts[p].length)) {
      out[as] = (p, k) => (values[p] as unknown[])[k];
    }
  };
  const cp = props.coordinateProperties;
  if (isObject(cp)) for (const key in cp) add(key, cp[key]);
  for (const key in props) if (key !== 'coordinateProperties') add(key, props[key]);
  return out;
}

// A KML TimeSpan as togeojson gives it ({begin, end}), when it has both ends.
export function timeSpanOf(props: Json): { begin: unknown; end: unknown } | undefined {
  const span = props.timespan ?? props.timeSpan;
  return isObject(span) && span.begin !== undefined && span.end !== undefined ? { begin: span.begin, end: span.end } : undefined;
}

// Distance between nearby lon/lat points in degrees of latitude (equirectangular): only ratios of
// distances along one line are needed, and for consecutive track points it is within 0.1%.
function stepLength(lon1: number, lat1: number, lon2: number, lat2: number): number {
  let dLon = Math.abs(lon2 - lon1);
  if (dLon > 180) dLon = 360 - dLon;
  const x = dLon * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return Math.hypot(x, lat2 - lat1);
}

// Times in ms from begin to end in proportion to the distance along the parts (evenly by index
// when the line has no length); positions that are not [x, y] numbers count as no distance.
export function spreadByDistance(parts: unknown[][], beginMs: number, endMs: number): number[] {
  const along: number[] = [];
  let total = 0;
  let prev: [number, number] | undefined;
  for (const part of parts) {
    for (const c of part) {
      const ok = Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number';
      if (ok && prev) total += stepLength(prev[0], prev[1], c[0] as number, c[1] as number);
      if (ok) prev = [c[0] as number, c[1] as number];
      along.push(total);
    }
  }
  const n = along.length;
  return along.map((d, i) => {
    const share = total > 0 ? d / total : n > 1 ? i / (n - 1) : 0;
    return i === n - 1 ? endMs : Math.round(beginMs + (endMs - beginMs) * share);
  });
}
