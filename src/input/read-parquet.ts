// Parquet and GeoParquet points, read with hyparquet one row group at a time and column by column
// (no row objects): id, time and lon/lat columns found by name (or the column options), or a
// GeoParquet Point geometry column for the position. Other flat columns become properties.
// Decoding runs in a worker with a time limit (see parquet-worker.ts).
// Problems are located by row: "file:row: field: ..." with the 1-based row number as the line.
import { stat } from 'node:fs/promises';
import { inputError } from '../errors/messages.js';
import { DocumentSink } from './document-sink.js';
import { ParquetWorker, type ParquetChunk } from './parquet-worker.js';
import type { FileReadResult, ReadContext } from './read-context.js';
import { resolveColumn } from './resolve-column.js';
import { readHead } from './read-head.js';
import { withGunzippedFile } from './gunzip-to-temp.js';
import { findColumn, type ColumnRole } from './column-names.js';
import { nameRecord } from '../memory/name-records.js';
import type { FileReading } from './point-table.js';

// A time cell: Date (TIMESTAMP columns), bigint or number (epoch s/ms), or text.
function timeValue(v: unknown, ctx: ReadContext): unknown {
  if (v instanceof Date) { ctx.pointTimes.fromDates(); return v.getTime(); }
  if (typeof v === 'bigint') return Number(v);
  return v;
}

// Decoding budget: generous for real files (~1 s per uncompressed MB), short enough that a damaged one fails fast.
const timeoutMs = (bytes: number) => 5000 + bytes / 1000;

// A gzip-compressed file (.parquet.gz) is inflated to a temporary file first: Parquet is read
// from its footer backwards, which a stream cannot do. maxGunzippedBytes caps that copy.
export async function readParquet(file: string, ctx: ReadContext, maxGunzippedBytes?: number): Promise<FileReadResult> {
  if ((await readHead(file, 2)).gzip) return withGunzippedFile(file, (path) => readParquetAt(path, file, ctx), maxGunzippedBytes);
  return readParquetAt(file, file, ctx);
}

// Reads `path`; messages name `file` (the same file, or the .gz it was inflated from).
async function readParquetAt(path: string, file: string, ctx: ReadContext): Promise<FileReadResult> {
  const worker = new ParquetWorker(timeoutMs);
  try {
    return await readWith(worker, path, file, ctx);
  } finally {
    await worker.close();
  }
}

async function readWith(worker: ParquetWorker, path: string, file: string, ctx: ReadContext): Promise<FileReadResult> {
  let meta;
  try {
    meta = await worker.open(path, (await stat(path)).size);
  } catch (error) {
    throw inputError('INPUT_PARSE', `not a valid Parquet file (${(error as Error).message})`, { file });
  }
  const { columns } = meta;
  // A damaged footer can still parse, with nameless columns or impossible row counts.
  if (!columns.every((c) => typeof c === 'string' && c !== '') || !meta.rowGroups.every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw inputError('INPUT_PARSE', 'not a valid Parquet file (damaged schema or row group metadata)', { file });
  }
  const { options } = ctx;
  const pick = (option: 'idColumn' | 'timeColumn' | 'xColumn' | 'yColumn', value: number | string | undefined, role: ColumnRole, required: boolean) => {
    if (value !== undefined) return resolveColumn(file, option, value, value, columns, columns.length);
    const i = findColumn(columns, role);
    if (i < 0 && required) throw inputError('INPUT_COLUMN', `no ${option.replace('Column', '')} column found; known columns: ${columns.join(', ')}`, { file, field: option });
    return i;
  };
  const id = pick('idColumn', options.idColumn, 'id', true);
  const time = pick('timeColumn', options.timeColumn, 'time', true);
  const geometry = options.xColumn === undefined ? findColumn(columns, 'position') : -1;
  const x = pick('xColumn', options.xColumn, 'x', geometry < 0);
  const y = pick('yColumn', options.yColumn, 'y', geometry < 0);
  const usePoint = x < 0 || y < 0;
  const core = new Set([id, time, x, y, geometry]);
  const extra = columns.filter((_, i) => !core.has(i));
  const wanted = [columns[id], columns[time], ...(usePoint ? [columns[geometry]] : [columns[x], columns[y]]), ...extra];

  const sink = new DocumentSink(file, ctx, {
    x: usePoint ? columns[geometry] : columns[x], y: usePoint ? columns[geometry] : columns[y], time: columns[time],
  });
  let rowStart = 0;
  for (let g = 0; g < meta.rowGroups.length; g++) {
    const rowEnd = rowStart + meta.rowGroups[g];
    const data = new Map<string, ParquetChunk[]>();
    try {
      const { chunks } = await worker.read(wanted, rowStart, rowEnd, meta.bytes[g]);
      for (const chunk of chunks) { const list = data.get(chunk.name) ?? []; list.push(chunk); data.set(chunk.name, list); }
    } catch (error) {
      throw inputError('INPUT_PARSE', `cannot read the row group starting at row ${rowStart + 1}: ${(error as Error).message}`, { file, line: rowStart + 1 });
    }
    // A corrupt footer can claim any row count; never loop over rows the columns do not hold.
    const held = (data.get(columns[id]) ?? []).reduce((n, part) => Math.max(n, part.start + part.values.length), rowStart);
    if (held < rowEnd) throw inputError('INPUT_PARSE', `a row group claims ${rowEnd - rowStart} rows but its ${columns[id]} column holds ${held - rowStart}`, { file, line: held + 1 });
    const cell = (name: string, row: number): unknown => {
      for (const part of data.get(name) ?? []) if (row >= part.start && row < part.start + part.values.length) return part.values[row - part.start];
      return undefined;
    };
    for (let row = rowStart; row < rowEnd; row++) {
      const line = row + 1;
      const rawId = cell(columns[id], row);
      const props = nameRecord<unknown>();
      for (const name of extra) { const v = cell(name, row); props[name] = typeof v === 'bigint' ? Number(v) : v; }
      const position = usePoint ? pointCoordinates(cell(columns[geometry], row)) : [cell(columns[x], row), cell(columns[y], row)];
      if (rawId === null || rawId === undefined || String(rawId).trim() === '') { sink.rowsRead++; sink.fail(columns[id], 'empty object id', line); continue; }
      sink.point(String(rawId).trim(), timeValue(cell(columns[time], row), ctx), position, usePoint ? columns[geometry] : 'position', props, line);
    }
    rowStart = rowEnd;
  }
  const why = (option: unknown) => (option === undefined ? 'header name' : 'given by the option');
  const reading: FileReading = {
    file, format: 'Parquet', header: 'the schema', notes: [],
    columns: [
      { role: 'id', column: columns[id], why: why(options.idColumn), flag: '--id-column' },
      { role: 'time', column: columns[time], why: `${why(options.timeColumn)}; TIMESTAMP columns as they are, numbers as Unix s/ms/us/ns by magnitude`, flag: '--time-column' },
      ...(usePoint ? [{ role: 'position', column: columns[geometry], why: 'header name (a GeoParquet Point)' }]
        : [{ role: 'longitude/x', column: columns[x], why: why(options.xColumn), flag: '--x-column' }, { role: 'latitude/y', column: columns[y], why: why(options.yColumn), flag: '--y-column' }]),
    ],
  };
  return { rowsRead: sink.rowsRead, pointsKept: sink.pointsKept, hasContent: rowStart > 0, domainHint: 'terrestrial', reading };
}

// A GeoParquet Point (hyparquet decodes WKB geometry to GeoJSON) -> [lon, lat]; anything else as is, for the message.
function pointCoordinates(g: unknown): unknown {
  if (typeof g === 'object' && g !== null && (g as { type?: unknown }).type === 'Point') return (g as { coordinates: unknown }).coordinates;
  return g;
}
