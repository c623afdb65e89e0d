// GeoJSON tracks: LineString / MultiLineString features with per-coordinate times in a property
// (times, timestamps, coordTimes, coordinateProperties.times: togeojson's output for GPX and KML),
// or as a 4th coordinate; and Point features with an id and a time property.
import { inputError } from '../errors/messages.js';
import { DocumentSink, describe } from './document-sink.js';

const ID_KEYS = ['id', 'object_id', 'objectId', 'track_id', 'trackId', 'mmsi', 'name'];
const POINT_TIME_KEYS = ['time', 'timestamp', 'datetime', 'when', 't'];
const LINE_TIME_KEYS = ['times', 'timestamps', 'coordTimes', 'coordinateTimes'];
// Keys that say where or when, not what: never copied as properties.
const NOT_PROPERTIES = new Set([...POINT_TIME_KEYS, ...LINE_TIME_KEYS, 'coordinateProperties', '_gpxType', 'styleUrl']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface GeoJsonReadOptions {
  // GPX/KML: untimed Point features are waypoints and placemarks, not track samples: ignored.
  ignoreUntimedPoints?: boolean;
  // Line of the n-th feature in the source, when the format can tell (XML); 0 otherwise.
  lineOf?: (featureIndex: number) => number;
  // Word for a feature in messages ("feature", "track").
  label?: (featureIndex: number) => string;
  // Name points "track 1 (name) point 3" instead of by their GeoJSON path (for GPX and KML).
  pointsByNumber?: boolean;
  // The element that holds a point's time ("<time>" in GPX), for the message about a track without times.
  timeElement?: string;
}

// Features of a FeatureCollection, a single Feature, or a bare array of Features.
function featuresOf(file: string, root: unknown): unknown[] {
  if (Array.isArray(root)) return root;
  if (isObject(root) && root.type === 'FeatureCollection' && Array.isArray(root.features)) return root.features;
  if (isObject(root) && root.type === 'Feature') return [root];
  throw inputError('INPUT_PARSE', `expected a GeoJSON FeatureCollection or Feature, found ${isObject(root) ? `type ${describe(root.type)}` : describe(root)}`, { file, field: 'type' });
}

function idOf(feature: Json, props: Json, fallback: string): string {
  if (typeof feature.id === 'string' || typeof feature.id === 'number') return String(feature.id);
  for (const key of ID_KEYS) {
    const v = props[key];
    if ((typeof v === 'string' && v.trim() !== '') || typeof v === 'number') return String(v).trim();
  }
  return fallback;
}

function lineTimes(props: Json): unknown[] | undefined {
  const cp = props.coordinateProperties;
  if (isObject(cp)) for (const key of ['times', 'coordTimes']) if (Array.isArray(cp[key])) return cp[key] as unknown[];
  for (const key of LINE_TIME_KEYS) if (Array.isArray(props[key])) return props[key] as unknown[];
  return undefined;
}

function scalarProperties(props: Json): Json {
  const out: Json = {};
  for (const key in props) {
    const v = props[key];
    if (NOT_PROPERTIES.has(key) || ID_KEYS.includes(key)) continue;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') out[key] = v;
  }
  return out;
}

export function readGeoJson(file: string, root: unknown, sink: DocumentSink, options: GeoJsonReadOptions = {}): void {
  const features = featuresOf(file, root);
  const label = options.label ?? ((i: number) => `features[${i}]`);
  for (let i = 0; i < features.length; i++) {
    const feature = features[i];
    const where = label(i);
    const line = options.lineOf?.(i) ?? 0;
    if (!isObject(feature) || feature.type !== 'Feature') { sink.rowsRead++; sink.fail(where, `expected a Feature, found ${describe(feature)}`, line); continue; }
    const props = isObject(feature.properties) ? feature.properties : {};
    const geometry = feature.geometry;
    if (!isObject(geometry)) { sink.rowsRead++; sink.fail(`${where}.geometry`, 'no geometry', line); continue; }
    const id = idOf(feature, props, `feature-${i + 1}`);
    const extra = scalarProperties(props);
    if (geometry.type === 'Point') {
      const key = POINT_TIME_KEYS.find((k) => props[k] !== undefined && props[k] !== null);
      if (key === undefined && options.ignoreUntimedPoints) continue;
      sink.point(id, key === undefined ? undefined : props[key], geometry.coordinates, options.pointsByNumber ? where : `${where}.geometry.coordinates`, extra, line);
      continue;
    }
    if (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString') {
      sink.rowsRead++;
      sink.fail(`${where}.geometry.type`, `${describe(geometry.type)} is not a track (expected Point, LineString or MultiLineString)`, line);
      continue;
    }
    const coordinates = geometry.coordinates;
    const parts = geometry.type === 'LineString' ? [coordinates] : coordinates;
    if (!Array.isArray(parts) || !parts.every(Array.isArray)) {
      sink.rowsRead++;
      sink.fail(`${where}.geometry.coordinates`, `expected ${geometry.type === 'LineString' ? 'an array of positions' : 'an array of arrays of positions'}`, line);
      continue;
    }
    const times = lineTimes(props);
    const total = (parts as unknown[][]).reduce((n, p) => n + p.length, 0);
    const nested = times !== undefined && times.length === parts.length && times.every(Array.isArray);
    const hasFourth = (parts as unknown[][]).every((p) => p.every((c) => Array.isArray(c) && c.length >= 4));
    if (times === undefined && !hasFourth && options.timeElement) {
      sink.rowsRead += total;
      sink.fail(where, `${total} track points without a time (trackreel needs a ${options.timeElement} on every point)`, line);
      continue;
    }
    if (times === undefined && !hasFourth) {
      sink.rowsRead += total;
      sink.fail(`${where}.properties`, `${total} positions but no per-position times (expected a "times", "timestamps" or "coordTimes" array, or [lon, lat, alt, time] positions)`, line);
      continue;
    }
    if (times !== undefined && !nested && times.length !== total) {
      sink.rowsRead += total;
      sink.fail(`${where}.properties`, `${times.length} times for ${total} positions`, line);
      continue;
    }
    let flat = 0;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p] as unknown[];
      const partTimes = nested ? times![p] as unknown[] : undefined;
      for (let k = 0; k < part.length; k++, flat++) {
        const position = part[k];
        const time = partTimes ? partTimes[k] : times ? times[flat] : (position as unknown[])[3];
        const at = options.pointsByNumber ? `${where} point ${flat + 1}` : geometry.type === 'LineString' ? `${where}.geometry.coordinates[${k}]` : `${where}.geometry.coordinates[${p}][${k}]`;
        sink.point(id, time, position, at, extra, line);
      }
    }
  }
}
