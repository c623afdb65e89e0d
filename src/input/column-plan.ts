// Which column of a delimited file is the id, the time and the position, and why: a column
// option, a header name from the synonym table (column-names.ts), a word of a header name
// ("ais_pos_timestamp"), the values (a column of dates under an unknown name), or tracktable's
// positional default (object_id, timestamp, x, y) for files without a header.
import { inputError } from '../errors/messages.js';
import { findColumn, normalizeColumnName, positionIsLonFirst, roleNames, type ColumnRole } from './column-names.js';
import type { InputOptions } from './input-options.js';
import { resolveColumn } from './resolve-column.js';
import type { TimestampParser } from './parse-timestamp.js';
import { parseCombinedPosition } from './combined-position.js';

export type ColumnWhy = 'option' | 'header name' | 'header word' | 'content' | 'position';

export interface ColumnChoice {
  index: number;
  // The header's name for it, or "column N" (1-based, as people count) when there is none.
  name: string;
  why: ColumnWhy;
}

export interface ColumnPlan {
  // Undefined: the file names no id column, so all its rows are one object named after the file.
  id?: ColumnChoice;
  time: ColumnChoice;
  // A date column joined with a time-of-day column ("date,time"): the text read is "date time".
  date?: ColumnChoice;
  // Milliseconds written apart from a whole-second time (AISdb's "Time,Millisecond").
  millisecond?: ColumnChoice;
  x?: ColumnChoice;
  y?: ColumnChoice;
  // One field with both coordinates ("lat,lon", "lon lat", WKT "POINT(x y)").
  position?: ColumnChoice & { lonFirst: boolean };
  // Sentences for `trackreel info` about choices the values made (position order, X/Y read as lon/lat, ...).
  notes: string[];
}

// Where the column names come from: a header row, a '#' line split by the data's delimiter (the
// DMA's "# Timestamp,..."), or none (a tracktable comment header split by spaces names properties only).
export type HeaderKind = 'row' | 'comment' | 'none';

export interface PlanInput {
  file: string;
  header: string[] | undefined;
  headerKind: HeaderKind;
  // The first data rows (up to ~50), as fields.
  samples: string[][];
  fieldCount: number;
  options: InputOptions;
  parseTime: TimestampParser;
}

const FLAGS = { id: '--id-column', time: '--time-column', x: '--x-column', y: '--y-column' } as const;
const OPTION = { id: 'idColumn', time: 'timeColumn', x: 'xColumn', y: 'yColumn' } as const;

const label = (header: string[] | undefined, i: number) => header?.[i]?.trim() || `column ${i + 1}`;

// A header name's words: "ais_pos_timestamp" -> ais, pos, timestamp; "gpsLongitude" -> gps, longitude.
function words(name: string): string[] {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

const WORDS: Partial<Record<ColumnRole, string[]>> = {
  time: ['timestamp', 'datetime', 'time'],
  x: ['lon', 'longitude', 'lng'],
  y: ['lat', 'latitude'],
};

// A column found by a word of its name when no full name matched ("ais_pos_timestamp", "gps_lat").
function byWord(header: string[], role: ColumnRole, taken: Set<number>): number {
  const wanted = WORDS[role] ?? [];
  for (const w of wanted) for (let i = 0; i < header.length; i++) if (!taken.has(i) && words(header[i]).includes(w)) return i;
  return -1;
}

// Share of the sample values of column c that satisfy ok (blank values are not counted).
function share(samples: string[][], c: number, ok: (v: string) => boolean): number {
  let n = 0, good = 0;
  for (const row of samples) {
    const v = row[c]?.trim();
    if (!v) continue;
    n++;
    if (ok(v)) good++;
  }
  return n === 0 ? 0 : good / n;
}

const isPlainNumber = (v: string) => /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v);

export function planColumns(input: PlanInput): ColumnPlan {
  const { file, header, headerKind, samples, fieldCount, options, parseTime } = input;
  const named = headerKind !== 'none' && header !== undefined;
  const taken = new Set<number>();
  const notes: string[] = [];
  const choose = (role: keyof typeof FLAGS, fallback: number): ColumnChoice | undefined => {
    const value = options[OPTION[role]];
    if (value !== undefined) {
      const index = resolveColumn(file, OPTION[role], value, value, header, Math.max(fieldCount, header?.length ?? 0));
      return { index, name: label(header, index), why: 'option' };
    }
    if (!named) return fallback < fieldCount ? { index: fallback, name: label(header, fallback), why: 'position' } : undefined;
    let index = findColumn(header, role, taken);
    if (index >= 0) return { index, name: label(header, index), why: 'header name' };
    index = byWord(header, role, taken);
    if (index >= 0) return { index, name: label(header, index), why: 'header word' };
    return undefined;
  };
  const take = (c: ColumnChoice | undefined) => { if (c) taken.add(c.index); return c; };

  const id = take(choose('id', 0));
  const x = take(choose('x', 2));
  const y = take(choose('y', 3));
  let position: ColumnPlan['position'];
  if (named && (!x || !y) && options.xColumn === undefined && options.yColumn === undefined) {
    const c = findColumn(header, 'position', taken);
    if (c >= 0 && share(samples, c, (v) => parseCombinedPosition(v) !== null) >= 0.5) {
      position = { index: c, name: label(header, c), why: 'header name', lonFirst: positionOrder(samples, c, header[c], notes) };
      taken.add(c);
    }
  }
  let time = take(choose('time', 1));
  let date: ColumnChoice | undefined;
  if (named && options.timeColumn === undefined) {
    const d = findColumn(header, 'date', taken);
    const readable = (c: number) => share(samples, c, (v) => !Number.isNaN(parseTime(v)));
    // "date,time": a time-of-day column that does not read alone but does after its date.
    if (d >= 0 && time && readable(time.index) < 0.5) {
      const joined = share(samples.map((r) => [`${r[d]} ${r[time!.index]}`]), 0, (v) => !Number.isNaN(parseTime(v)));
      if (joined >= 0.5) { date = { index: d, name: label(header, d), why: 'header name' }; taken.add(d); }
    }
    if (!time && d >= 0) time = take({ index: d, name: label(header, d), why: 'header name' });
    if (!time) {
      // A column of dates under a name the table does not know ("when", "Zeit"): found by its values.
      for (let c = 0; c < fieldCount && !time; c++) {
        if (!taken.has(c) && share(samples, c, (v) => !isPlainNumber(v) && !Number.isNaN(parseTime(v))) >= 0.9) {
          time = take({ index: c, name: label(header, c), why: 'content' });
        }
      }
    }
  }
  if (!time || (!position && (!x || !y))) throw missingColumns(file, header, headerKind, samples, { time, x, y });
  let millisecond: ColumnChoice | undefined;
  if (named && time.why !== 'option') {
    const m = findColumn(header, 'millisecond', taken);
    if (m >= 0 && share(samples, m, (v) => /^\d{1,3}$/.test(v)) === 1) millisecond = { index: m, name: label(header, m), why: 'header name' };
  }
  if (named && !id) notes.push(`no column names an object id (looked for ${roleNames('id').slice(0, 8).join(', ')}, ...): all rows are one object named after the file; name one with --id-column`);
  return { id, time, date, millisecond, x: position ? undefined : x, y: position ? undefined : y, position, notes };
}

// Latitude first ("lat,lon", as Flightradar24 writes it) unless the name says lon first, WKT
// (always x y) is used, or the values show it (a first value beyond ±90 with a second within).
function positionOrder(samples: string[][], c: number, name: string, notes: string[]): boolean {
  let lonFirstSeen = 0, latFirstSeen = 0;
  for (const row of samples) {
    const p = parseCombinedPosition(row[c] ?? "");
    if (!p) continue;
    if (p.wkt) return true;
    if (Math.abs(p.a) > 90 && Math.abs(p.b) <= 90) lonFirstSeen++;
    if (Math.abs(p.b) > 90 && Math.abs(p.a) <= 90) latFirstSeen++;
  }
  if (lonFirstSeen > latFirstSeen) {
    notes.push(`${name}: values beyond ±90 come first, so the field is read as "lon,lat"`);
    return true;
  }
  if (latFirstSeen > 0) return false;
  return positionIsLonFirst(name);
}

function missingColumns(file: string, header: string[] | undefined, kind: HeaderKind, samples: string[][], found: { time?: ColumnChoice; x?: ColumnChoice; y?: ColumnChoice }) {
  const missing = [!found.time && 'time', !found.x && 'longitude/x', !found.y && 'latitude/y'].filter(Boolean).join(', ');
  const named = header !== undefined && kind !== 'none';
  const known = named ? `the header is: ${header.map((h) => h.trim() || '(unnamed)').join(', ')}` : 'the file has no header naming its columns';
  // Suggest columns whose values fit (numbers within ±180 / ±90), else placeholders.
  const taken = new Set([found.time, found.x, found.y].filter(Boolean).map((c) => c!.index));
  const fits = (limit: number) => {
    for (let c = 0; c < (samples[0]?.length ?? 0); c++) {
      if (taken.has(c)) continue;
      if (share(samples, c, (v) => isPlainNumber(v) && Math.abs(Number(v)) <= limit && !Number.isInteger(Number(v))) >= 0.9) { taken.add(c); return c; }
    }
    return -1;
  };
  const name = (c: number, placeholder: string) => (c < 0 ? placeholder : named ? quote(header[c]?.trim() || String(c)) : String(c));
  const flags = [
    !found.time && `--time-column ${name(-1, 'NAME')}`,
    !found.x && `--x-column ${name(fits(180), 'NAME')}`,
    !found.y && `--y-column ${name(fits(90), 'NAME')}`,
  ].filter(Boolean).join(' ');
  return inputError('INPUT_COLUMN',
    `no column can be the ${missing} (looked for time names such as timestamp, time, datetime, BaseDateTime, t; longitude lon, lng, longitude, x, location-long; latitude lat, latitude, y, location-lat; or one position field: position, coordinates, WKT POINT; in any case, ignoring spaces and punctuation); ${known}; name the columns: ${flags} (0-based index or header name)`,
    { file, field: !found.time ? 'timeColumn' : !found.x ? 'xColumn' : 'yColumn' });
}

const quote = (s: string) => (/^[\w.-]+$/.test(s) ? s : JSON.stringify(s));

// True when the header name is a known name of some core role (used to tell a header from data).
export function isKnownColumnName(name: string): boolean {
  const n = normalizeColumnName(name);
  return n !== '' && (['id', 'time', 'x', 'y', 'position', 'date'] as const).some((r) => findColumn([n], r) === 0);
}

export { FLAGS as COLUMN_FLAGS };
