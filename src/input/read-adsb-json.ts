// ADS-B JSON as people save it from the usual sources, one reader per shape:
// - OpenSky track (REST /tracks): {icao24, callsign, path: [[time s, lat, lon, baro_altitude m,
//   true_track, on_ground], ...]}, or an array of them;
// - OpenSky state vectors (REST /states/all): {time, states: [[icao24, callsign, origin_country,
//   time_position, last_contact, lon, lat, baro_altitude m, on_ground, velocity m/s, true_track,
//   vertical_rate m/s, sensors, geo_altitude m, squawk, spi, position_source], ...]}: one snapshot,
//   or many polled and saved as an array or as JSON Lines;
// - dump1090 / readsb / tar1090 aircraft.json: {now, aircraft: [{hex, flight, lat, lon, alt_baro
//   ft | "ground", gs kt, track, seen_pos s, ...}, ...]}: likewise one snapshot or many.
// The object is the aircraft's ICAO address (lower case, as readsb traces); the callsign is a property.
import { inputError } from '../errors/messages.js';
import { DocumentSink, describe } from './document-sink.js';
import { isObject, type Json } from './json-value.js';

export type AdsbJsonFormat = 'opensky-track' | 'opensky-states' | 'aircraft-json';

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export const isOpenSkyTrack = (v: unknown): boolean => isObject(v) && typeof v.icao24 === 'string' && Array.isArray(v.path);
export const isOpenSkyStates = (v: unknown): boolean => isObject(v) && typeof v.time === 'number' && (Array.isArray(v.states) || v.states === null);
export const isAircraftJson = (v: unknown): boolean => isObject(v) && typeof v.now === 'number' && Array.isArray(v.aircraft);

// One document or a list of them (an array, or JSON Lines read as one).
const documents = (root: unknown): unknown[] => (Array.isArray(root) ? root : [root]);

function openSkyTrack(file: string, track: Json, at: string, sink: DocumentSink): void {
  const id = (text(track.icao24) ?? 'aircraft').toLowerCase();
  const callsign = text(track.callsign);
  const path = track.path as unknown[];
  path.forEach((row, i) => {
    const where = `${at}path[${i}]`;
    if (!Array.isArray(row)) { sink.rowsRead++; sink.fail(where, `expected [time, latitude, longitude, altitude, track, on_ground], found ${describe(row)}`); return; }
    const properties: Json = {};
    const altitude = num(row[3]);
    if (altitude !== undefined) properties.baro_altitude = altitude;
    const course = num(row[4]);
    if (course !== undefined) properties.true_track = course;
    if (typeof row[5] === 'boolean') properties.on_ground = row[5] ? 1 : 0;
    if (callsign) properties.callsign = callsign;
    const t = num(row[0]);
    sink.pointAtMs(id, t === undefined ? NaN : Math.round(t * 1000), [row[2], row[1]], where, properties, 0, row[0]);
  });
}

function openSkyStates(snapshot: Json, at: string, sink: DocumentSink): number {
  let withoutPosition = 0;
  const states = (snapshot.states ?? []) as unknown[];
  states.forEach((row, i) => {
    const where = `${at}states[${i}]`;
    if (!Array.isArray(row)) { sink.rowsRead++; sink.fail(where, `expected a state vector array, found ${describe(row)}`); return; }
    // An aircraft heard but not located (no position message yet) is in every snapshot: not a bad row.
    if (row[5] === null || row[6] === null) { withoutPosition++; return; }
    const properties: Json = {};
    const callsign = text(row[1]);
    if (callsign) properties.callsign = callsign;
    for (const [index, name] of [[7, 'baro_altitude'], [9, 'velocity'], [10, 'true_track'], [11, 'vertical_rate'], [13, 'geo_altitude']] as const) {
      const v = num(row[index]);
      if (v !== undefined) properties[name] = v;
    }
    if (typeof row[8] === 'boolean') properties.on_ground = row[8] ? 1 : 0;
    // The time of the position, else the snapshot's.
    const t = num(row[3]) ?? num(snapshot.time);
    sink.pointAtMs((text(row[0]) ?? 'aircraft').toLowerCase(), t === undefined ? NaN : Math.round(t * 1000), [row[5], row[6]], where, properties, 0, row[3]);
  });
  return withoutPosition;
}

function aircraftJson(snapshot: Json, at: string, sink: DocumentSink): number {
  let withoutPosition = 0;
  const now = num(snapshot.now) ?? NaN;
  (snapshot.aircraft as unknown[]).forEach((plane, i) => {
    const where = `${at}aircraft[${i}]`;
    if (!isObject(plane)) { sink.rowsRead++; sink.fail(where, `expected an aircraft object, found ${describe(plane)}`); return; }
    if (plane.lat === undefined || plane.lon === undefined) { withoutPosition++; return; }
    const properties: Json = {};
    const flight = text(plane.flight);
    if (flight) properties.callsign = flight;
    const ground = plane.alt_baro === 'ground';
    const altitude = ground ? 0 : num(plane.alt_baro);
    if (altitude !== undefined) properties.altitude = altitude;
    properties.on_ground = ground ? 1 : 0;
    const speed = num(plane.gs);
    if (speed !== undefined) properties.speed = speed;
    const course = num(plane.track);
    if (course !== undefined) properties.course = course;
    // The position was heard seen_pos seconds before the snapshot.
    const t = Math.round((now - (num(plane.seen_pos) ?? 0)) * 1000);
    sink.pointAtMs((text(plane.hex) ?? 'aircraft').toLowerCase(), t, [plane.lon, plane.lat], where, properties, 0, snapshot.now);
  });
  return withoutPosition;
}

export function readAdsbJson(file: string, root: unknown, format: AdsbJsonFormat, sink: DocumentSink): void {
  const docs = documents(root);
  let withoutPosition = 0;
  docs.forEach((doc, i) => {
    const at = Array.isArray(root) ? `[${i}].` : '';
    const fits = format === 'opensky-track' ? isOpenSkyTrack(doc) : format === 'opensky-states' ? isOpenSkyStates(doc) : isAircraftJson(doc);
    if (!fits) {
      const needs = format === 'opensky-track' ? '"icao24" and "path"' : format === 'opensky-states' ? '"time" and "states"' : '"now" and "aircraft"';
      throw inputError('INPUT_PARSE', `expected an object with ${needs} (${format}) at ${at || 'the top'}, found ${describe(doc)}`, { file, field: at.replace(/\.$/, '') || undefined });
    }
    if (format === 'opensky-track') openSkyTrack(file, doc as Json, at, sink);
    else if (format === 'opensky-states') withoutPosition += openSkyStates(doc as Json, at, sink);
    else withoutPosition += aircraftJson(doc as Json, at, sink);
  });
  if (withoutPosition > 0) sink.notice(`${withoutPosition} aircraft entr${withoutPosition === 1 ? 'y' : 'ies'} without a position left out`);
  if (sink.rowsRead === 0) throw inputError('INPUT_NO_POINTS', `no aircraft positions in the ${format} document${docs.length === 1 ? '' : 's'}`, { file });
}
