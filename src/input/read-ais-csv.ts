// AIS CSV exports: a header row naming the columns (MarineCadastre "BaseDateTime,LON,LAT,MMSI,SOG,...",
// the DMA's "# Timestamp,Type of mobile,MMSI,Latitude,Longitude,...", lower-case "mmsi,timestamp,lon,lat"),
// core columns found by the names in ais-columns.ts or by the column options. Every column is a
// property under its own name. Empty optional fields are normal; empty core fields are bad rows.
import type { ReadContext, FileReadResult, ChunkSource } from './read-context.js';
import { looksLikeHeader, sampleDataLines, sniffDelimiter } from './detect-format.js';
import { resolveColumn } from './resolve-column.js';
import { RowSink, type PropertySlot } from './row-sink.js';
import { FieldSpans } from './field-spans.js';
import { chunkLines } from './read-lines.js';
import { inputError } from '../errors/messages.js';
import { makeTimestampParser, type TimestampParser } from './parse-timestamp.js';
import {
  AIS_COLUMN_NAMES, AIS_DAY_FIRST_TIME, AIS_UNAVAILABLE_LAT, AIS_UNAVAILABLE_LON, findAisColumn, headerNames,
} from './ais-columns.js';

// Friendly names beside the original ones, so --color-by speed works on AIS data (shared arrays, not re-parsed).
// AIS heading 511 means "not available".
const ALIASES: { alias: 'speed' | 'course' | 'heading'; nullValue?: number }[] = [
  { alias: 'speed' },
  { alias: 'course' },
  { alias: 'heading', nullValue: 511 },
];

export async function readAisCsv(file: string, chunks: ChunkSource, ctx: ReadContext): Promise<FileReadResult> {
  const { options } = ctx;
  let delimiter = options.delimiter === 'auto' ? undefined : options.delimiter;
  let sink: RowSink | undefined;
  let hasContent = false;
  let commentHeader: string[] | undefined;
  const fields = new FieldSpans();
  for await (const chunk of chunks) {
    if (delimiter === undefined) delimiter = sniffDelimiter(sampleDataLines(chunkLines(chunk), chunk.firstLine, options.skipLines));
    const { text, starts, ends } = chunk;
    fields.setText(text, chunk.bytes ?? null);
    for (let i = 0; i < chunk.count; i++) {
      const lineNo = chunk.firstLine + i;
      if (lineNo <= options.skipLines) continue;
      const start = starts[i];
      const end = ends[i];
      if (start === end || isBlank(text, start, end)) continue;
      if (text.charCodeAt(start) === 35) {
        // A delimited '#' line before the data may be the header (the DMA writes "# Timestamp,...").
        if (!sink) {
          const names = headerNames(text.slice(start, end), delimiter);
          if (names.length >= 4) { commentHeader = names; hasContent = true; }
        }
        continue;
      }
      hasContent = true;
      fields.scanRange(start, end, delimiter);
      if (sink) { sink.add(fields, lineNo); continue; }
      const names = fields.toArray().map((f) => f.trim());
      // The first row is the header unless a '#' header came before and this row is data.
      if (commentHeader && !looksLikeHeader(names)) {
        sink = makeSink(file, ctx, commentHeader);
        sink.add(fields, lineNo);
      } else {
        sink = makeSink(file, ctx, names);
      }
    }
  }
  return { rowsRead: sink?.rowsRead ?? 0, pointsKept: sink?.pointsKept ?? 0, hasContent, domainHint: 'terrestrial' };
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) > 32) return false;
  return true;
}

const ROLE_OPTIONS = {
  id: { option: 'idColumn', flag: '--id-column', what: 'object id (MMSI)' },
  time: { option: 'timeColumn', flag: '--time-column', what: 'time' },
  x: { option: 'xColumn', flag: '--x-column', what: 'longitude' },
  y: { option: 'yColumn', flag: '--y-column', what: 'latitude' },
} as const;

// A core column: the option's (by name or index) when given, else the first known AIS name.
function coreColumn(file: string, ctx: ReadContext, role: keyof typeof ROLE_OPTIONS, header: string[]): number {
  const { option, flag, what } = ROLE_OPTIONS[role];
  const value = ctx.options[option];
  if (value !== undefined) return resolveColumn(file, option, value, value, header, header.length);
  const found = findAisColumn(header, role);
  if (found >= 0) return found;
  throw inputError('INPUT_COLUMN',
    `no ${what} column found (looked for ${AIS_COLUMN_NAMES[role].join(', ')}, in any case, ignoring spaces and punctuation); known columns: ${header.join(', ')}; name it with ${flag}`,
    { file, field: option });
}

// 'auto' times, then day-first "dd/mm/yyyy HH:MM:SS" (the DMA's) for what 'auto' cannot read.
function aisTimeParser(ctx: ReadContext): TimestampParser {
  if (ctx.options.timeFormat !== 'auto') return ctx.parseTime;
  const auto = ctx.parseTime;
  const dayFirst = makeTimestampParser(AIS_DAY_FIRST_TIME, ctx.options.inputTimeZone);
  return (text, from = 0, to = text.length) => {
    const t = auto(text, from, to);
    return Number.isNaN(t) ? dayFirst(text, from, to) : t;
  };
}

function makeSink(file: string, ctx: ReadContext, header: string[]): RowSink {
  const { options } = ctx;
  const id = coreColumn(file, ctx, 'id', header);
  const time = coreColumn(file, ctx, 'time', header);
  const x = coreColumn(file, ctx, 'x', header);
  const y = coreColumn(file, ctx, 'y', header);
  const core = new Set([id, time, x, y]);
  const properties: PropertySlot[] = [];
  for (let c = 0; c < header.length; c++) {
    if (core.has(c) || header[c] === '') continue;
    properties.push({ index: c, column: ctx.builder.property(header[c]) });
  }
  for (const { alias, nullValue } of ALIASES) {
    const c = findAisColumn(header, alias);
    if (c < 0 || core.has(c) || header.includes(alias)) continue;
    ctx.builder.alias(alias, header[c], nullValue);
  }
  const cartesian = ctx.domain === 'cartesian';
  return new RowSink(file, ctx.builder, ctx.skips, options.lenient, aisTimeParser(ctx), {
    id, time, x, y,
    names: { id: header[id], time: header[time], x: header[x], y: header[y] },
    properties,
    expectedFields: header.length,
    unavailable: cartesian ? undefined : { x: AIS_UNAVAILABLE_LON, y: AIS_UNAVAILABLE_LAT },
  }, cartesian ? 'none' : 'terrestrial');
}
