// Points from parsed documents (GeoJSON, trips JSON, GPX, KML) into the builder, with the same
// checks as delimited rows. Documents have no line per point: problems are located by a field path
// such as "features[3].geometry.coordinates[12]" (and a line when the format knows one).
import { inputError } from '../errors/messages.js';
import type { ReadContext } from './read-context.js';
import type { TimestampParser } from './parse-timestamp.js';

export class DocumentSink {
  rowsRead = 0;
  pointsKept = 0;
  private readonly checkRange: boolean;
  private readonly parseTime: TimestampParser;

  // names: fixed field names for x, y and time (Parquet column names) instead of path-derived ones.
  constructor(private readonly file: string, private readonly ctx: ReadContext, private readonly names?: { x: string; y: string; time: string }) {
    this.checkRange = ctx.domain !== 'cartesian';
    this.parseTime = ctx.pointTimes.tracked(ctx.parseTime);
  }

  // A located error (strict) or a counted skip (lenient) for one point or one feature.
  fail(where: string, reason: string, line = 0): false {
    if (!this.ctx.options.lenient) throw inputError('INPUT_PARSE', reason, { file: this.file, line: line || undefined, field: where });
    this.ctx.skips.add(this.file, line, where, reason);
    return false;
  }

  // A one-line notice for the report, naming the file.
  notice(text: string): void {
    this.ctx.notices.push(`${this.file}: ${text}`);
  }

  // Times in documents are ISO strings or Unix seconds/milliseconds as numbers.
  time(value: unknown): number {
    if (typeof value === 'number') return Number.isFinite(value) ? this.parseTime(String(value)) : NaN;
    return typeof value === 'string' ? this.parseTime(value) : NaN;
  }

  // One point; `properties` are constant over a feature (scalars only; other values are ignored).
  point(id: string, time: unknown, position: unknown, where: string, properties?: Record<string, unknown>, line = 0): boolean {
    return this.pointAtMs(id, undefined, position, where, properties, line, time);
  }

  // The same with the time already in epoch ms (formats whose times are computed: offsets from a
  // base time, NMEA time of day + date); `time` is the value to parse when tMs is undefined.
  pointAtMs(id: string, tMs: number | undefined, position: unknown, where: string, properties?: Record<string, unknown>, line = 0, time?: unknown): boolean {
    this.rowsRead++;
    if (!Array.isArray(position) || position.length < 2) return this.fail(where, `expected a position [longitude, latitude], found ${describe(position)}`, line);
    const [x, y] = position as unknown[];
    // A JSON path gets the index ("...coordinates[3][1]"), a numbered point the name ("track 1 point 4 latitude").
    const xAt = this.names?.x ?? (where.endsWith(']') ? `${where}[0]` : `${where} longitude`);
    const yAt = this.names?.y ?? (where.endsWith(']') ? `${where}[1]` : `${where} latitude`);
    if (typeof x !== 'number' || !Number.isFinite(x)) return this.fail(xAt, `longitude ${describe(x)} is not a number`, line);
    if (typeof y !== 'number' || !Number.isFinite(y)) return this.fail(yAt, `latitude ${describe(y)} is not a number`, line);
    if (this.checkRange && (x < -180 || x > 180)) return this.fail(xAt, `longitude ${x} is outside [-180, 180]`, line);
    if (this.checkRange && (y < -90 || y > 90)) return this.fail(yAt, `latitude ${y} is outside [-90, 90]`, line);
    const t = tMs ?? this.time(time);
    if (Number.isNaN(t)) return this.fail(this.names?.time ?? `${where} time`, time === undefined || time === null || time === '' ? 'no time for this point' : `cannot read ${describe(time)} as a time`, line);
    const { builder } = this.ctx;
    // Columns first: a new column is back-filled up to the current length, which must not include this point yet.
    if (properties) for (const name in properties) builder.property(name);
    builder.push(builder.objectFor(id), t, x, y, line);
    if (properties) {
      for (const name in properties) {
        const v = properties[name];
        if (typeof v === 'number') builder.property(name).pushNumberValue(v);
        else if (typeof v === 'string') builder.property(name).pushString(v);
        else if (typeof v === 'boolean') builder.property(name).pushString(String(v));
      }
    }
    builder.padProperties();
    this.pointsKept++;
    return true;
  }
}

// A short description of a JSON value for messages.
// Never stringifies containers: a deeply nested one would overflow the stack.
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
