// CSVs with a whole trip per row (the Porto taxi data: ",TRIP_ID,...,TIMESTAMP,...,POLYLINE"):
// one field holds the trip as a JSON array of [lon, lat] positions, another the time of its first
// position; the others are taken every --trip-step (15 s, the Porto sampling). Positions written
// [lon, lat, time] carry their own times. The id is the row's id column (TRIP_ID before TAXI_ID).
import { inputError } from '../errors/messages.js';
import { findColumn, normalizeColumnName } from './column-names.js';
import { DocumentSink, describe } from './document-sink.js';
import type { ChunkSource, FileReadResult, ReadContext } from './read-context.js';
import { splitDelimited } from './split-delimited.js';
import { nameRecord } from '../memory/name-records.js';

// The header has no JSON in it, so the delimiter it uses most is the file's (the rows' paths are full of commas).
function headerDelimiter(header: string): string {
  let best = ',';
  let most = 0;
  for (const d of [',', '\t', ';', '|']) {
    const n = header.split(d).length - 1;
    if (n > most) { best = d; most = n; }
  }
  return best;
}

// The header names a path column and the first data row's value there is a JSON array of arrays.
export function isTripsCsv(lines: string[], skipLines: number, firstLine = 1): boolean {
  const data = lines.filter((l, i) => firstLine + i > skipLines && l.trim() !== '' && !l.startsWith('#'));
  if (data.length < 2) return false;
  const delimiter = headerDelimiter(data[0]);
  const header = splitDelimited(data[0], delimiter, []);
  const path = findColumn(header, 'path');
  if (path < 0) return false;
  const value = splitDelimited(data[1], delimiter, [])[path]?.trim() ?? '';
  return value.startsWith('[[') || value === '[]';
}

interface Layout { id: number; time: number; path: number; names: string[] }

function layoutOf(file: string, header: string[], ctx: ReadContext): Layout {
  const pick = (option: number | string | undefined, found: number): number => {
    if (option === undefined) return found;
    if (typeof option === 'number') return option;
    return header.findIndex((h) => normalizeColumnName(h) === normalizeColumnName(option));
  };
  const path = findColumn(header, 'path');
  const taken = new Set([path]);
  const start = findColumn(header, 'startTime', taken);
  const time = pick(ctx.options.timeColumn, start >= 0 ? start : findColumn(header, 'time', taken));
  const id = pick(ctx.options.idColumn, findColumn(header, 'id', new Set([path, time])));
  if (time < 0) throw inputError('INPUT_COLUMN', `no start time column found in the header (${header.join(', ')}); name it with --time-column`, { file, field: 'timeColumn' });
  return { id, time, path, names: header };
}

export async function readTripsCsv(file: string, chunks: ChunkSource, ctx: ReadContext): Promise<FileReadResult> {
  const sink = new DocumentSink(file, ctx);
  const step = ctx.options.tripStepMs;
  let delimiter = ctx.options.delimiter === 'auto' ? undefined : ctx.options.delimiter;
  let layout: Layout | undefined;
  let hasContent = false;
  let stepped = 0;
  const fields: string[] = [];
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.count; i++) {
      const line = chunk.firstLine + i;
      const text = chunk.text.slice(chunk.starts[i], chunk.ends[i]);
      if (line <= ctx.options.skipLines || text.trim() === '' || text.startsWith('#')) continue;
      hasContent = true;
      delimiter ??= headerDelimiter(text);
      splitDelimited(text, delimiter, fields);
      if (!layout) { layout = layoutOf(file, fields.map((f) => f.trim()), ctx); continue; }
      const row = fields.map((f) => f.trim());
      const id = layout.id >= 0 && row[layout.id] ? row[layout.id] : `trip-${line}`;
      const pathName = layout.names[layout.path];
      let path: unknown;
      try {
        path = JSON.parse(row[layout.path] ?? '');
      } catch {
        sink.rowsRead++;
        sink.fail(pathName, `${describe(row[layout.path] ?? '')} is not a JSON array of positions`, line);
        continue;
      }
      if (!Array.isArray(path)) { sink.rowsRead++; sink.fail(pathName, `expected a JSON array of positions, found ${describe(path)}`, line); continue; }
      if (path.length === 0) continue;
      const startText = row[layout.time] ?? '';
      const start = ctx.pointTimes.note(ctx.parseTime(startText), startText);
      if (Number.isNaN(start)) {
        sink.rowsRead += path.length;
        sink.fail(layout.names[layout.time], startText === '' ? 'empty timestamp' : `cannot read ${JSON.stringify(startText)} as a time`, line);
        continue;
      }
      // The row's other fields describe the whole trip (CALL_TYPE, TAXI_ID...): text properties.
      const properties = nameRecord<unknown>();
      row.forEach((v, c) => { if (c !== layout!.path && c !== layout!.time && c !== layout!.id && layout!.names[c] && v !== '') properties[layout!.names[c]] = v; });
      for (let k = 0; k < path.length; k++) {
        const position = path[k];
        const own = Array.isArray(position) && position.length >= 3 ? sink.time(position[2]) : NaN;
        if (Number.isNaN(own)) stepped++;
        sink.pointAtMs(id, Number.isNaN(own) ? start + k * step : own, position, `${pathName}[${k}]`, properties, line);
      }
    }
  }
  if (stepped > 0) sink.notice(`${stepped} positions of ${layout?.names[layout.path] ?? 'the path'} timed from each row's start, ${step / 1000} s apart (--trip-step)`);
  return { rowsRead: sink.rowsRead, pointsKept: sink.pointsKept, hasContent, domainHint: 'terrestrial', format: 'trips-csv' };
}
