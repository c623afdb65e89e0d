// tracktable delimited point files: object_id, timestamp, x (lon), y (lat), then extra columns
// that become properties. '#' lines are comments; the first one before the data may name the columns.
import type { ReadContext, FileReadResult, ChunkSource } from './read-context.js';
import { domainFromHeader, looksLikeHeader, sampleDataLines, sniffDelimiter } from './detect-format.js';
import { resolveColumn } from './resolve-column.js';
import { RowSink, type PropertySlot } from './row-sink.js';
import { WHITESPACE, splitDelimited } from './split-delimited.js';
import { FieldSpans } from './field-spans.js';
import { chunkLines } from './read-lines.js';
import type { Domain } from './point-table.js';

// "# object_id timestamp x y" or "#id,time,lon,lat" -> names; a commented-out data row -> undefined.
export function parseHeaderComment(body: string, delimiter: string): string[] | undefined {
  const text = body.trim();
  const tokens = delimiter !== WHITESPACE && text.includes(delimiter)
    ? splitDelimited(text, delimiter).map((t) => t.trim())
    : splitDelimited(text, WHITESPACE);
  return tokens.length >= 2 && looksLikeHeader(tokens) ? tokens : undefined;
}

export async function readTracktablePoints(file: string, chunks: ChunkSource, ctx: ReadContext): Promise<FileReadResult> {
  const { options } = ctx;
  let delimiter = options.delimiter === 'auto' ? undefined : options.delimiter;
  let header: string[] | undefined;
  let sink: RowSink | undefined;
  let hasContent = false;
  let domainHint: Domain | undefined;
  // Rows with fewer than 4 fields (id, time, x, y) before the first data row are free text (PointsWithSkippableHeaders.csv).
  const minFields = 4;
  const fields = new FieldSpans();

  for await (const chunk of chunks) {
    if (delimiter === undefined) delimiter = sniffDelimiter(sampleDataLines(chunkLines(chunk), chunk.firstLine, options.skipLines));
    const { text, starts, ends } = chunk;
    fields.setText(text, chunk.bytes ?? null);
    for (let i = 0; i < chunk.count; i++) {
      const lineNo = chunk.firstLine + i;
      if (lineNo <= options.skipLines) continue;
      const end = ends[i];
      let k = starts[i];
      while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k === end) continue;
      hasContent = true;
      if (text.charCodeAt(k) === 35) {
        if (!sink && !header) header = parseHeaderComment(text.slice(k + 1, end), delimiter);
        continue;
      }
      fields.scanRange(starts[i], end, delimiter);
      if (sink) { sink.add(fields, lineNo); continue; }
      if (fields.count < minFields) continue;
      const texts = fields.toArray();
      if (looksLikeHeader(texts)) { header ??= texts.map((f) => f.trim()); continue; }
      if (delimiter === WHITESPACE) {
        fields.mergeAt = splitTimestampAt(texts, header, ctx);
        if (fields.mergeAt >= 0) fields.scanRange(starts[i], end, delimiter);
      }
      const made = makeSink(file, ctx, header, fields.count);
      sink = made.sink;
      domainHint = made.domainHint;
      sink.add(fields, lineNo);
    }
  }
  return { rowsRead: sink?.rowsRead ?? 0, pointsKept: sink?.pointsKept ?? 0, hasContent, domainHint };
}

// In whitespace-delimited rows a "date time" stamp is two tokens: the index to join with the
// next token when the pair parses as a time (a date alone parses too, so the pair decides), else -1.
function splitTimestampAt(texts: string[], header: string[] | undefined, ctx: ReadContext): number {
  const option = ctx.options.timeColumn;
  const t = typeof option === 'number' ? option : option === undefined ? 1 : header?.findIndex((h) => h.toLowerCase() === option.toLowerCase()) ?? -1;
  if (t < 0 || t + 1 >= texts.length) return -1;
  return Number.isNaN(ctx.parseTime(`${texts[t]} ${texts[t + 1]}`)) ? -1 : t;
}

// Column layout from the options, the header (if any) and the first data row's width.
function makeSink(file: string, ctx: ReadContext, header: string[] | undefined, fieldCount: number) {
  const { options } = ctx;
  const id = resolveColumn(file, 'idColumn', options.idColumn, 0, header, fieldCount);
  const time = resolveColumn(file, 'timeColumn', options.timeColumn, 1, header, fieldCount);
  const x = resolveColumn(file, 'xColumn', options.xColumn, 2, header, fieldCount);
  const y = resolveColumn(file, 'yColumn', options.yColumn, 3, header, fieldCount);
  // Only a header matching the chosen columns can hint the domain; the default order wins over its names.
  const domainHint = header ? domainFromHeader(header[x], header[y]) : undefined;
  const domain = ctx.domain ?? domainHint;
  const cartesian = domain === 'cartesian';
  const core = new Set([id, time, x, y]);
  const used = new Set<string>();
  const properties: PropertySlot[] = [];
  for (let c = 0; c < Math.max(fieldCount, header?.length ?? 0); c++) {
    if (core.has(c)) continue;
    let name = header?.[c]?.trim() || `column_${c}`;
    if (used.has(name)) name = `${name}_${c}`;
    used.add(name);
    properties.push({ index: c, column: ctx.builder.property(name) });
  }
  const sink = new RowSink(file, ctx.builder, ctx.skips, options.lenient, ctx.parseTime, {
    id, time, x, y,
    names: {
      id: header?.[id] ?? 'object id',
      time: header?.[time] ?? 'timestamp',
      // The header's names can be wrong for x/y (SampleFlightsUS.csv), so name them by role.
      x: cartesian ? 'x' : 'longitude',
      y: cartesian ? 'y' : 'latitude',
    },
    properties,
    expectedFields: fieldCount,
  }, domain === 'terrestrial' ? 'terrestrial' : 'none');
  return { sink, domainHint };
}
