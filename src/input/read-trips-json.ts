// deck.gl TripsLayer data: [{path: [[lon, lat], ...], timestamps: [...], id?, vendor?, ...}, ...].
// Older examples use `segments: [[lon, lat, time], ...]`. Each entry is one trip; `vendor` is a
// category shared by many trips, so it becomes a property, never the id.
import { inputError } from '../errors/messages.js';
import { DocumentSink, describe } from './document-sink.js';
import { nameRecord } from '../memory/name-records.js';
import { isObject, type Json } from './json-value.js';

export function readTripsJson(file: string, root: unknown, sink: DocumentSink): void {
  const trips = Array.isArray(root) ? root : isObject(root) && Array.isArray(root.trips) ? root.trips : undefined;
  if (!trips) throw inputError('INPUT_PARSE', `expected an array of trips ({path, timestamps}), found ${describe(root)}`, { file, field: 'trips' });
  for (let i = 0; i < trips.length; i++) {
    const trip = trips[i];
    const where = `[${i}]`;
    if (!isObject(trip)) { sink.rowsRead++; sink.fail(where, `expected a trip object, found ${describe(trip)}`); continue; }
    const id = typeof trip.id === 'string' || typeof trip.id === 'number' ? String(trip.id) : `trip-${i + 1}`;
    const extra = nameRecord<unknown>();
    for (const key in trip) {
      const v = trip[key];
      if (key !== 'id' && (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')) extra[key] = v;
    }
    const segments = Array.isArray(trip.segments) && !Array.isArray(trip.path) ? trip.segments : undefined;
    const path = segments ?? trip.path;
    if (!Array.isArray(path)) { sink.rowsRead++; sink.fail(`${where}.path`, 'no path array'); continue; }
    const times = segments ? undefined : trip.timestamps;
    if (!segments && (!Array.isArray(times) || times.length !== path.length)) {
      sink.rowsRead += path.length;
      sink.fail(`${where}.timestamps`, Array.isArray(times) ? `${times.length} timestamps for ${path.length} positions` : 'no timestamps array');
      continue;
    }
    for (let k = 0; k < path.length; k++) {
      const position = path[k];
      const time = segments ? (Array.isArray(position) ? position[2] : undefined) : (times as unknown[])[k];
      sink.point(id, time, position, `${where}.${segments ? 'segments' : 'path'}[${k}]`, extra);
    }
  }
}
