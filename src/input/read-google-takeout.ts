// Google location history as Takeout and the phone export write it, one person = one object:
// - Records.json: {locations: [{latitudeE7, longitudeE7, timestampMs | timestamp, accuracy, ...}]};
// - Semantic Location History (monthly files): {timelineObjects: [{placeVisit} | {activitySegment}]}:
//   a visit is its place at arrival and at departure; a segment is its start location, its
//   simplifiedRawPath points (timed), else its waypointPath spread between start and end time by
//   distance, then its end location. Coordinates are E7 integers named latitudeE7/longitudeE7 or latE7/lngE7;
// - the phone's Timeline.json: {semanticSegments: [{timelinePath: [{point: "37.4°, -122.1°", time}], visit, activity}]}.
import { DocumentSink } from './document-sink.js';
import { spreadByDistance } from './geojson-track-parts.js';
import { isObject, type Json } from './json-value.js';

export const LOCATION_HISTORY_ID = 'location-history';

// Old exports wrote some E7 values as unsigned 32-bit integers: 4294967296 - x is the negative value.
function e7(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isFinite(n)) return undefined;
  return (n > 1_800_000_000 ? n - 4_294_967_296 : n) / 1e7;
}

// [lon, lat] of an object with E7 fields under either naming, or undefined.
function lonLat(o: unknown): [number, number] | undefined {
  if (!isObject(o)) return undefined;
  const lat = e7(o.latitudeE7 ?? o.latE7);
  const lon = e7(o.longitudeE7 ?? o.lngE7);
  return lat === undefined || lon === undefined ? undefined : [lon, lat];
}

// "37.4219983°, -122.084°" (the phone export) -> [lon, lat].
function degreesText(v: unknown): [number, number] | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(-?[\d.]+)°?\s*,\s*(-?[\d.]+)°?\s*$/.exec(v);
  return m ? [Number(m[2]), Number(m[1])] : undefined;
}

function readRecords(locations: unknown[], sink: DocumentSink): void {
  for (let i = 0; i < locations.length; i++) {
    const r = locations[i];
    const where = `locations[${i}]`;
    const position = lonLat(r);
    const rec = isObject(r) ? r : {};
    const time = rec.timestampMs !== undefined ? Number(rec.timestampMs) : rec.timestamp;
    const properties: Json = {};
    for (const key of ['accuracy', 'altitude', 'velocity', 'heading', 'verticalAccuracy']) if (typeof rec[key] === 'number') properties[key] = rec[key];
    if (rec.timestampMs !== undefined) sink.pointAtMs(LOCATION_HISTORY_ID, Number.isFinite(time) ? time as number : NaN, position ?? rec, where, properties, 0, rec.timestampMs);
    else sink.point(LOCATION_HISTORY_ID, time, position ?? rec, where, properties);
  }
}

function readSegment(segment: Json, where: string, sink: DocumentSink): void {
  const duration = isObject(segment.duration) ? segment.duration : {};
  const start = sink.time(duration.startTimestamp ?? duration.startTimestampMs);
  const end = sink.time(duration.endTimestamp ?? duration.endTimestampMs);
  const from = lonLat(segment.startLocation);
  const to = lonLat(segment.endLocation);
  const raw = isObject(segment.simplifiedRawPath) && Array.isArray(segment.simplifiedRawPath.points) ? segment.simplifiedRawPath.points : [];
  const waypoints = isObject(segment.waypointPath) && Array.isArray(segment.waypointPath.waypoints) ? segment.waypointPath.waypoints : [];
  const rawTimed = raw.filter((p) => lonLat(p) && isObject(p) && (p.timestamp !== undefined || p.timestampMs !== undefined));
  const activity = typeof segment.activityType === 'string' ? { activity: segment.activityType } : undefined;
  if (rawTimed.length > 0) {
    if (from) sink.pointAtMs(LOCATION_HISTORY_ID, start, from, `${where}.startLocation`, activity);
    rawTimed.forEach((p, k) => {
      const q = p as Json;
      sink.point(LOCATION_HISTORY_ID, q.timestamp ?? Number(q.timestampMs), lonLat(q), `${where}.simplifiedRawPath.points[${k}]`, activity);
    });
    if (to) sink.pointAtMs(LOCATION_HISTORY_ID, end, to, `${where}.endLocation`, activity);
    return;
  }
  const path: [number, number][] = [];
  if (from) path.push(from);
  for (const w of waypoints) { const p = lonLat(w); if (p) path.push(p); }
  if (to) path.push(to);
  if (path.length === 0) return;
  const times = Number.isFinite(start) && Number.isFinite(end) && end >= start ? spreadByDistance([path], start, end) : path.map(() => NaN);
  path.forEach((p, k) => sink.pointAtMs(LOCATION_HISTORY_ID, times[k], p, `${where} point ${k + 1}`, activity, 0, duration.startTimestamp));
}

function readTimelineObjects(objects: unknown[], sink: DocumentSink): void {
  let spread = 0;
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    const where = `timelineObjects[${i}]`;
    if (!isObject(o)) continue;
    if (isObject(o.placeVisit)) {
      const visit = o.placeVisit;
      const place = lonLat(visit.location) ?? lonLat({ latE7: visit.centerLatE7, lngE7: visit.centerLngE7 });
      const duration = isObject(visit.duration) ? visit.duration : {};
      if (!place) continue;
      const name = isObject(visit.location) && typeof visit.location.name === 'string' ? { place: visit.location.name } : undefined;
      sink.point(LOCATION_HISTORY_ID, duration.startTimestamp ?? duration.startTimestampMs, place, `${where}.placeVisit arrival`, name);
      sink.point(LOCATION_HISTORY_ID, duration.endTimestamp ?? duration.endTimestampMs, place, `${where}.placeVisit departure`, name);
    } else if (isObject(o.activitySegment)) {
      const seg = o.activitySegment;
      const raw = isObject(seg.simplifiedRawPath) && Array.isArray(seg.simplifiedRawPath.points) && seg.simplifiedRawPath.points.length > 0;
      if (!raw && isObject(seg.waypointPath)) spread++;
      readSegment(seg, `${where}.activitySegment`, sink);
    }
  }
  if (spread > 0) sink.notice(`${spread} activity segment${spread === 1 ? '' : 's'} with only a waypointPath: times spread between the segment's start and end by distance`);
}

function readSemanticSegments(segments: unknown[], sink: DocumentSink): void {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const where = `semanticSegments[${i}]`;
    if (!isObject(s)) continue;
    if (Array.isArray(s.timelinePath)) {
      s.timelinePath.forEach((p, k) => sink.point(LOCATION_HISTORY_ID, isObject(p) ? p.time : undefined, isObject(p) ? degreesText(p.point) : p, `${where}.timelinePath[${k}]`));
    } else if (isObject(s.visit) && isObject(s.visit.topCandidate) && isObject(s.visit.topCandidate.placeLocation)) {
      const place = degreesText(s.visit.topCandidate.placeLocation.latLng);
      sink.point(LOCATION_HISTORY_ID, s.startTime, place, `${where}.visit arrival`);
      sink.point(LOCATION_HISTORY_ID, s.endTime, place, `${where}.visit departure`);
    } else if (isObject(s.activity)) {
      const a = s.activity;
      if (isObject(a.start)) sink.point(LOCATION_HISTORY_ID, s.startTime, degreesText(a.start.latLng), `${where}.activity.start`);
      if (isObject(a.end)) sink.point(LOCATION_HISTORY_ID, s.endTime, degreesText(a.end.latLng), `${where}.activity.end`);
    }
  }
}

export function readGoogleTakeout(root: Json, sink: DocumentSink): void {
  if (Array.isArray(root.locations)) readRecords(root.locations, sink);
  if (Array.isArray(root.timelineObjects)) readTimelineObjects(root.timelineObjects, sink);
  if (Array.isArray(root.semanticSegments)) readSemanticSegments(root.semanticSegments, sink);
}
