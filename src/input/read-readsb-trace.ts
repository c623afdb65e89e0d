// readsb / tar1090 trace JSON (globe_history "trace_full_<hex>.json"): {icao, r?, t?, timestamp,
// trace: [[seconds after timestamp, lat, lon, altitude ft | "ground" | null, ground speed kt,
// track deg, flags, vertical rate ft/min, {flight, ...} | null, ...], ...]}. One aircraft per file.
import { inputError } from '../errors/messages.js';
import { DocumentSink, describe } from './document-sink.js';
import { isObject, type Json } from './json-value.js';

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function readReadsbTrace(file: string, root: Json, sink: DocumentSink): void {
  const base = typeof root.timestamp === 'number' ? root.timestamp : Number(root.timestamp);
  if (!Number.isFinite(base)) throw inputError('INPUT_PARSE', `the trace's base timestamp ${describe(root.timestamp)} is not a number of seconds`, { file, field: 'timestamp' });
  const id = typeof root.icao === 'string' && root.icao.trim() !== '' ? root.icao.trim().toLowerCase() : 'aircraft';
  const constant: Json = {};
  if (typeof root.r === 'string') constant.registration = root.r;
  if (typeof root.t === 'string') constant.type = root.t;
  const trace = root.trace as unknown[];
  let callsign: string | undefined;
  for (let i = 0; i < trace.length; i++) {
    const row = trace[i];
    const where = `trace[${i}]`;
    if (!Array.isArray(row)) { sink.rowsRead++; sink.fail(where, `expected a trace row array, found ${describe(row)}`); continue; }
    const offset = num(row[0]);
    // The aircraft details object comes only when they change; the callsign holds until then.
    const details = row[8];
    if (isObject(details) && typeof details.flight === 'string' && details.flight.trim() !== '') callsign = details.flight.trim();
    const properties: Json = { ...constant };
    const ground = row[3] === 'ground';
    // Altitude on the ground is reported as a word: 0 ft, with on_ground 1 to tell it from 0 ft in the air.
    const altitude = ground ? 0 : num(row[3]);
    if (altitude !== undefined) properties.altitude = altitude;
    properties.on_ground = ground ? 1 : 0;
    const speed = num(row[4]);
    if (speed !== undefined) properties.speed = speed;
    const track = num(row[5]);
    if (track !== undefined) properties.course = track;
    const rate = num(row[7]);
    if (rate !== undefined) properties.vertical_rate = rate;
    if (callsign !== undefined) properties.callsign = callsign;
    const t = offset === undefined ? NaN : Math.round((base + offset) * 1000);
    sink.pointAtMs(id, t, [row[2], row[1]], where, properties, 0, row[0]);
  }
  if (sink.rowsRead === 0) throw inputError('INPUT_PARSE', 'the trace has no positions', { file, field: 'trace' });
}
