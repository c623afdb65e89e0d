// GeoJSON tracks: LineString / MultiLineString features (and togeojson's GeometryCollections of
// lines for gx:MultiTrack) with per-position times (see geojson-track-parts.ts), and Point
// features with an id and a time property.
import { inputError } from '../errors/messages.js';
import { DocumentSink, describe } from './document-sink.js';
import { fileObjectId } from './file-object-id.js';
import { LINE_TIME_KEYS, lineTimes, perPositionArrays, spreadByDistance, timeSpanOf, trackParts } from './geojson-track-parts.js';
import { nameRecord } from '../memory/name-records.js';
import { isObject, type Json } from './json-value.js';

const ID_KEYS = ['id', 'object_id', 'objectId', 'track_id', 'trackId', 'mmsi', 'name'];
const POINT_TIME_KEYS = ['time', 'timestamp', 'datetime', 'when', 't'];
// Keys that say where or when, not what: never copied as properties.
const NOT_PROPERTIES = new Set([...POINT_TIME_KEYS, ...LINE_TIME_KEYS, 'coordinateProperties', '_gpxType', 'styleUrl', 'timespan']);

export interface GeoJsonReadOptions {
  // GPX/KML/TCX: Point features are waypoints and placemarks (start/end markers), not track
  // samples: ignored when untimed or when the document has tracks; a track without times among
  // tracks with times is left out with a notice.
  tracksFromXml?: boolean;
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

// Names from KML carry the document's line breaks and indentation ("\n  12/04/2014 11:24 AM\n ").
export const cleanName = (v: string): string => v.replace(/\s+/g, ' ').trim();

function idOf(feature: Json, props: Json, fallback: string): string {
  if (typeof feature.id === 'string' || typeof feature.id === 'number') return String(feature.id);
  for (const key of ID_KEYS) {
    const v = props[key];
    if ((typeof v === 'string' && v.trim() !== '') || typeof v === 'number') return cleanName(String(v));
  }
  return fallback;
}

function scalarProperties(props: Json): Json {
  const out = nameRecord<unknown>();
  for (const key in props) {
    const v = props[key];
    // gpxtpx_hr etc. on a GPX track are togeojson's copy of one point's extension values, not the track's.
    if (NOT_PROPERTIES.has(key) || ID_KEYS.includes(key) || key.startsWith('gpxtpx_')) continue;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') out[key] = v;
  }
  return out;
}

const hasTimes = (t: unknown[] | undefined): t is unknown[] => t !== undefined && t.some((v) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
const geometryOf = (f: unknown): Json | undefined => (isObject(f) && isObject(f.geometry) ? f.geometry : undefined);
const isTrack = (f: unknown): boolean => { const g = geometryOf(f); return g !== undefined && !!trackParts(g); };
const isTimedTrack = (f: unknown): boolean => isTrack(f) && isObject((f as Json).properties) && hasTimes(lineTimes((f as Json).properties as Json));

export function readGeoJson(file: string, root: unknown, sink: DocumentSink, options: GeoJsonReadOptions = {}): void {
  const features = featuresOf(file, root);
  const label = options.label ?? ((i: number) => `features[${i}]`);
  const xml = options.tracksFromXml === true;
  const documentHasTracks = xml && features.some(isTrack);
  const someTrackTimed = xml && features.some(isTimedTrack);
  const seriesId = xml && !documentHasTracks ? placemarkSeriesId(file, features, sink) : undefined;
  for (let i = 0; i < features.length; i++) {
    const feature = features[i];
    const where = label(i);
    const line = options.lineOf?.(i) ?? 0;
    if (!isObject(feature) || feature.type !== 'Feature') { sink.rowsRead++; sink.fail(where, `expected a Feature, found ${describe(feature)}`, line); continue; }
    const props = isObject(feature.properties) ? feature.properties : {};
    const geometry = feature.geometry;
    // A KML placemark without geometry (a folder note, a style holder) is nothing to draw.
    if (!isObject(geometry)) { if (xml) continue; sink.rowsRead++; sink.fail(`${where}.geometry`, 'no geometry', line); continue; }
    const id = seriesId ?? idOf(feature, props, `feature-${i + 1}`);
    const extra = scalarProperties(props);
    if (geometry.type === 'Point') {
      const key = POINT_TIME_KEYS.find((k) => props[k] !== undefined && props[k] !== null);
      if (xml && (key === undefined || documentHasTracks)) continue;
      sink.point(id, key === undefined ? undefined : props[key], geometry.coordinates, options.pointsByNumber ? where : `${where}.geometry.coordinates`, extra, line);
      continue;
    }
    const parts = trackParts(geometry);
    if (parts === undefined) {
      sink.rowsRead++;
      sink.fail(`${where}.geometry.type`, `${describe(geometry.type)} is not a track (expected Point, LineString or MultiLineString)`, line);
      continue;
    }
    if (parts === null) {
      sink.rowsRead++;
      sink.fail(`${where}.geometry.coordinates`, `expected ${geometry.type === 'LineString' ? 'an array of positions' : 'an array of arrays of positions'}`, line);
      continue;
    }
    readTrack(sink, { id, where, line, props, parts, extra, geometryType: String(geometry.type) }, options, someTrackTimed);
  }
}

const pointTime = (f: unknown): unknown => {
  const props = isObject(f) && isObject(f.properties) ? f.properties : {};
  const key = POINT_TIME_KEYS.find((k) => props[k] !== undefined && props[k] !== null);
  return key === undefined ? undefined : props[key];
};

// A logger's KML/GPX of one placemark or waypoint per fix (names "1", "2"... or their times, no
// track): the timed points follow each other in time under names that are nearly all different,
// so they are one object, named after the file. A snapshot of many objects at one time is not.
function placemarkSeriesId(file: string, features: unknown[], sink: DocumentSink): string | undefined {
  const timed = features.filter((f) => geometryOf(f)?.type === 'Point' && pointTime(f) !== undefined);
  if (timed.length < 3) return undefined;
  const times = timed.map((f) => sink.time(pointTime(f)));
  let forward = 0;
  for (let k = 1; k < times.length; k++) if (times[k] > times[k - 1]) forward++;
  const names = new Set(timed.map((f, k) => idOf(f as Json, isObject((f as Json).properties) ? (f as Json).properties as Json : {}, `#${k}`)));
  if (forward < 0.9 * (times.length - 1) || names.size < 0.5 * timed.length) return undefined;
  const id = fileObjectId(file, 'track');
  sink.notice(`${timed.length} timed placemarks or waypoints, one after another in time and nearly all differently named: read as one track, ${id}`);
  return id;
}

interface Track { id: string; where: string; line: number; props: Json; parts: unknown[][]; extra: Json; geometryType: string }

function readTrack(sink: DocumentSink, track: Track, options: GeoJsonReadOptions, someTrackTimed: boolean): void {
  const { id, where, line, props, parts, extra } = track;
  const total = parts.reduce((n, p) => n + p.length, 0);
  if (total === 0) return;
  let times = lineTimes(props);
  if (times !== undefined && !hasTimes(times)) times = undefined;
  const hasFourth = parts.every((p) => p.every((c) => Array.isArray(c) && c.length >= 4));
  const span = timeSpanOf(props);
  let spread: number[] | undefined;
  if (times === undefined && !hasFourth && span) {
    const begin = sink.time(span.begin);
    const end = sink.time(span.end);
    if (Number.isFinite(begin) && Number.isFinite(end) && end >= begin) {
      spread = spreadByDistance(parts, begin, end);
      sink.notice(`${where}: ${total} positions with only a TimeSpan (${String(span.begin)} .. ${String(span.end)}): times spread along the line by distance`);
    }
  }
  if (times === undefined && !hasFourth && !spread && options.tracksFromXml && someTrackTimed) {
    sink.notice(`${where}: ${total} track points without a time, left out (the other tracks have times)`);
    return;
  }
  if (times === undefined && !hasFourth && !spread && options.timeElement) {
    sink.rowsRead += total;
    sink.fail(where, `${total} track points without a time (trackreel needs a ${options.timeElement} on every point)`, line);
    return;
  }
  if (times === undefined && !hasFourth && !spread) {
    sink.rowsRead += total;
    sink.fail(`${where}.properties`, `${total} positions but no per-position times (expected a "times", "timestamps", "datetimes" or "coordTimes" array, or [lon, lat, alt, time] positions)`, line);
    return;
  }
  const nested = times !== undefined && times.length === parts.length && times.every(Array.isArray);
  if (times !== undefined && !nested && times.length !== total) {
    sink.rowsRead += total;
    // togeojson lists only the times there are, so which points lack one cannot be told.
    if (options.timeElement && times.length < total) sink.fail(where, `only ${times.length} of ${total} track points have a ${options.timeElement} (trackreel needs one on every point)`, line);
    else sink.fail(`${where}.properties`, `${times.length} times for ${total} positions`, line);
    return;
  }
  const timeAt = (p: number, k: number, flat: number): unknown =>
    spread ? spread[flat] : nested ? (times![p] as unknown[])[k] : times ? times[flat] : (parts[p][k] as unknown[])[3];
  const partIds = partObjectIds(sink, track, timeAt);
  const perPosition = perPositionArrays(props, parts, total);
  const perNames = Object.keys(perPosition);
  let flat = 0;
  let empty = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    for (let k = 0; k < part.length; k++, flat++) {
      // An empty <gx:coord/> (togeojson gives a position of fewer than 2 numbers) is no position.
      if (options.tracksFromXml && Array.isArray(part[k]) && (part[k] as unknown[]).length < 2) { empty++; continue; }
      let properties = extra;
      if (perNames.length > 0) {
        properties = Object.assign(nameRecord<unknown>(), extra);
        for (const name of perNames) properties[name] = perPosition[name](p, k, flat);
      }
      const at = options.pointsByNumber ? `${where} point ${flat + 1}` : track.geometryType === 'LineString' ? `${where}.geometry.coordinates[${k}]` : `${where}.geometry.coordinates[${p}][${k}]`;
      sink.point(partIds[p], timeAt(p, k, flat), part[k], at, properties, line);
    }
  }
  if (empty > 0) sink.notice(`${where}: ${empty} empty position${empty === 1 ? '' : 's'} (<gx:coord/>) ignored`);
}

// One object per feature, unless its parts overlap in time (two tracks recorded side by side
// in one gx:MultiTrack): then each part is its own object ("name", "name #2", ...).
function partObjectIds(sink: DocumentSink, track: Track, timeAt: (p: number, k: number, flat: number) => unknown): string[] {
  const { parts, id } = track;
  const same = parts.map(() => id);
  if (parts.length < 2) return same;
  let flat = 0;
  let prevEnd = -Infinity;
  let overlap = false;
  for (let p = 0; p < parts.length; p++) {
    const n = parts[p].length;
    if (n > 0) {
      const first = sink.time(timeAt(p, 0, flat));
      const last = sink.time(timeAt(p, n - 1, flat + n - 1));
      if (first < prevEnd) overlap = true;
      if (Number.isFinite(last)) prevEnd = Math.max(prevEnd, last);
    }
    flat += n;
  }
  if (!overlap) return same;
  sink.notice(`${track.where}: its ${parts.length} parts overlap in time, so each is its own object (${id}, ${id} #2, ...)`);
  return parts.map((_, p) => (p === 0 ? id : `${id} #${p + 1}`));
}
