// Delimited text: tracktable point files, AIS CSV exports and any CSV/TSV whose header names its
// columns. The header (a first row of names, or a '#' line split by the data's delimiter, as the
// DMA writes "# Timestamp,...") gives the id, time and position columns by name (column-plan.ts);
// without one, tracktable's order applies (object_id, timestamp, x, y). A tracktable comment header
// split by spaces ("# object_id timestamp latitude longitude") only names the extra columns: its
// names can be wrong (SampleFlightsUS.csv), and tracktable itself never reorders by it.
import type { ReadContext, FileReadResult, ChunkSource } from './read-context.js';
import { looksLikeHeader, sampleDataLines, sniffDelimiter } from './detect-format.js';
import { FieldSpans } from './field-spans.js';
import { chunkLines, type LineChunk } from './read-lines.js';
import { WHITESPACE, splitDelimited } from './split-delimited.js';
import { planColumns, type HeaderKind } from './column-plan.js';
import { makeDelimitedSink } from './delimited-sink.js';
import { naTokens } from './missing-values.js';
import type { RowSink } from './row-sink.js';
import type { FileReading } from './point-table.js';

// "# object_id timestamp x y" or "#id,time,lon,lat" -> names; a commented-out data row -> undefined.
export function parseHeaderComment(body: string, delimiter: string): { names: string[]; delimited: boolean } | undefined {
  const text = body.trim();
  const delimited = delimiter !== WHITESPACE && text.includes(delimiter);
  const tokens = delimited ? splitDelimited(text, delimiter).map((t) => t.trim()) : splitDelimited(text, WHITESPACE);
  return tokens.length >= 2 && looksLikeHeader(tokens) ? { names: tokens, delimited } : undefined;
}

interface HeaderSeen { line: number; names: string[]; delimited: boolean }

export async function readDelimited(file: string, chunks: ChunkSource, ctx: ReadContext): Promise<FileReadResult> {
  const { options } = ctx;
  let delimiter = options.delimiter === 'auto' ? undefined : options.delimiter;
  let sink: RowSink | undefined;
  let hasContent = false;
  let comment: HeaderSeen | undefined;
  let row: HeaderSeen | undefined;
  let result: Pick<FileReadResult, 'domainHint' | 'format' | 'reading'> = { domainHint: undefined };
  const fields = new FieldSpans().setNaTokens(naTokens(options.naValues));

  for await (const chunk of chunks) {
    if (delimiter === undefined) delimiter = sniffDelimiter(sampleDataLines(chunkLines(chunk, 200), chunk.firstLine, options.skipLines));
    const { text, starts, ends } = chunk;
    fields.setText(text, chunk.bytes ?? null);
    for (let i = 0; i < chunk.count; i++) {
      const lineNo = chunk.firstLine + i;
      if (lineNo <= options.skipLines) continue;
      const end = ends[i];
      let k = starts[i];
      while (k < end && text.charCodeAt(k) <= 32) k++;
      if (k === end) continue;
      hasContent = true;
      if (text.charCodeAt(k) === 35) {
        if (!sink && !comment) {
          const parsed = parseHeaderComment(text.slice(k + 1, end), delimiter);
          if (parsed) comment = { line: lineNo, ...parsed };
        }
        continue;
      }
      fields.scanRange(starts[i], end, delimiter);
      if (sink) { sink.add(fields, lineNo); continue; }
      // Before the data: rows of names are the header (the widest one, should free text come first);
      // rows too short to hold a point are free text (PointsWithSkippableHeaders.csv).
      if (fields.count < (row ? 2 : 4) && !(fields.count >= 2 && looksLikeHeader(fields.toArray()))) continue;
      const texts = fields.toArray();
      if (looksLikeHeader(texts)) {
        if (!row || texts.length > row.names.length) row = { line: lineNo, names: texts.map((f) => f.trim()), delimited: true };
        continue;
      }
      if (delimiter === WHITESPACE) {
        fields.mergeAt = splitTimestampAt(texts, (row ?? comment)?.names, ctx);
        if (fields.mergeAt >= 0) fields.scanRange(starts[i], end, delimiter);
      }
      const made = startSink(file, ctx, chunk, i, delimiter, fields.count, row, comment);
      sink = made.sink;
      result = made;
      sink.add(fields, lineNo);
    }
  }
  return { rowsRead: sink?.rowsRead ?? 0, pointsKept: sink?.pointsKept ?? 0, hasContent, ...result };
}

// The column plan and the sink for a file, from its header and the first data rows of the chunk.
function startSink(
  file: string, ctx: ReadContext, chunk: LineChunk, first: number, delimiter: string, fieldCount: number,
  row: HeaderSeen | undefined, comment: HeaderSeen | undefined,
): { sink: RowSink; domainHint: FileReadResult['domainHint']; format: string; reading: FileReading } {
  let kind: HeaderKind = 'none';
  let header: string[] | undefined;
  let headerText = 'none';
  // A row of names much narrower than the data is free text before it, not the header.
  if (row && row.names.length < fieldCount - 1) row = undefined;
  if (row) {
    kind = 'row';
    header = row.names;
    headerText = `line ${row.line}`;
  } else if (comment) {
    header = comment.names;
    // A '#' line split by the data's delimiter into (about) the data's fields names them (the DMA's);
    // a tracktable comment header split by spaces names the extra columns only.
    kind = comment.delimited && comment.names.length >= fieldCount - 1 ? 'comment' : 'none';
    headerText = kind === 'comment' ? `the '#' line ${comment.line}` : `the '#' line ${comment.line} (names the extra columns only; tracktable's column order applies)`;
  }
  const samples = sampleRows(chunk, first, delimiter);
  const planInput = { file, header, headerKind: kind, samples, fieldCount, options: ctx.options, parseTime: ctx.parseTime };
  let plan;
  try {
    plan = planColumns(planInput);
  } catch (error) {
    // A '#' line that does not name the columns is a comment after all: tracktable's order applies.
    if (kind !== 'comment') throw error;
    kind = 'none';
    headerText = `the '#' line ${comment!.line} (its names do not say which column is which; tracktable's column order applies)`;
    plan = planColumns({ ...planInput, headerKind: kind });
  }
  return makeDelimitedSink({ file, ctx, plan, header, headerKind: kind, headerText, samples, fieldCount, delimiter });
}

// Up to 50 data rows from the chunk, starting at the first one, as fields (for content checks).
function sampleRows(chunk: LineChunk, first: number, delimiter: string): string[][] {
  const out: string[][] = [];
  for (let i = first; i < chunk.count && out.length < 50; i++) {
    const line = chunk.text.slice(chunk.starts[i], chunk.ends[i]);
    const t = line.trim();
    if (t === '' || t.charCodeAt(0) === 35) continue;
    out.push(splitDelimited(line, delimiter).map((f) => f.trim()));
  }
  return out;
}

// In whitespace-delimited rows a "date time" stamp is two tokens: the index to join with the
// next token when the pair parses as a time (a date alone parses too, so the pair decides), else -1.
function splitTimestampAt(texts: string[], header: string[] | undefined, ctx: ReadContext): number {
  const option = ctx.options.timeColumn;
  const t = typeof option === 'number' ? option : option === undefined ? 1 : header?.findIndex((h) => h.toLowerCase() === option.toLowerCase()) ?? -1;
  if (t < 0 || t + 1 >= texts.length) return -1;
  return Number.isNaN(ctx.parseTime(`${texts[t]} ${texts[t + 1]}`)) ? -1 : t;
}
