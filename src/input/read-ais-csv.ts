// MarineCadastre AIS CSV: a header row (BaseDateTime,LON,LAT,MMSI,SOG,COG,Heading,VesselName,...),
// columns found by name, case-insensitively. Empty optional fields are normal; empty core fields are bad rows.
import type { ReadContext, FileReadResult, ChunkSource } from './read-context.js';
import { sampleDataLines, sniffDelimiter } from './detect-format.js';
import { resolveColumn } from './resolve-column.js';
import { RowSink, type PropertySlot } from './row-sink.js';
import { FieldSpans } from './field-spans.js';
import { chunkLines } from './read-lines.js';

// Friendly names beside the original ones, so --color-by speed works on AIS data (shared arrays, not re-parsed).
// AIS heading 511 means "not available".
const ALIASES: { alias: string; source: string; nullValue?: number }[] = [
  { alias: 'speed', source: 'sog' },
  { alias: 'course', source: 'cog' },
  { alias: 'heading', source: 'heading', nullValue: 511 },
];

export async function readAisCsv(file: string, chunks: ChunkSource, ctx: ReadContext): Promise<FileReadResult> {
  const { options } = ctx;
  let delimiter = options.delimiter === 'auto' ? undefined : options.delimiter;
  let sink: RowSink | undefined;
  let hasContent = false;
  const fields = new FieldSpans();
  for await (const chunk of chunks) {
    if (delimiter === undefined) delimiter = sniffDelimiter(sampleDataLines(chunkLines(chunk), chunk.firstLine, options.skipLines));
    const { text, starts, ends } = chunk;
    fields.setText(text);
    for (let i = 0; i < chunk.count; i++) {
      const lineNo = chunk.firstLine + i;
      if (lineNo <= options.skipLines) continue;
      const start = starts[i];
      const end = ends[i];
      if (start === end || text.charCodeAt(start) === 35 || isBlank(text, start, end)) continue;
      hasContent = true;
      fields.scanRange(start, end, delimiter);
      if (sink) sink.add(fields, lineNo);
      else sink = makeSink(file, ctx, fields.toArray().map((f) => f.trim()));
    }
  }
  return { rowsRead: sink?.rowsRead ?? 0, pointsKept: sink?.pointsKept ?? 0, hasContent, domainHint: 'terrestrial' };
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) > 32) return false;
  return true;
}

function makeSink(file: string, ctx: ReadContext, header: string[]): RowSink {
  const { options } = ctx;
  const id = resolveColumn(file, 'idColumn', options.idColumn, 'MMSI', header, header.length);
  const time = resolveColumn(file, 'timeColumn', options.timeColumn, 'BaseDateTime', header, header.length);
  const x = resolveColumn(file, 'xColumn', options.xColumn, 'LON', header, header.length);
  const y = resolveColumn(file, 'yColumn', options.yColumn, 'LAT', header, header.length);
  const core = new Set([id, time, x, y]);
  const properties: PropertySlot[] = [];
  const lower = header.map((h) => h.toLowerCase());
  for (let c = 0; c < header.length; c++) {
    if (core.has(c) || header[c] === '') continue;
    properties.push({ index: c, column: ctx.builder.property(header[c]) });
  }
  for (const { alias, source, nullValue } of ALIASES) {
    const c = lower.indexOf(source);
    if (c < 0 || core.has(c) || header.includes(alias)) continue;
    ctx.builder.alias(alias, header[c], nullValue);
  }
  const cartesian = ctx.domain === 'cartesian';
  return new RowSink(file, ctx.builder, ctx.skips, options.lenient, ctx.parseTime, {
    id, time, x, y,
    names: { id: header[id], time: header[time], x: header[x], y: header[y] },
    properties,
    expectedFields: header.length,
  }, cartesian ? 'none' : 'terrestrial');
}
