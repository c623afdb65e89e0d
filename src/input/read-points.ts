// The input stage's entry point: one or more files -> one columnar PointTable plus a report.
import { inputError } from '../errors/messages.js';
import { domainFromValues } from './detect-format.js';
import { detectFileKind } from './detect-file-kind.js';
import type { InputFormat, InputOptions } from './input-options.js';
import { readDocument, type DocumentFormat } from './read-document.js';
import { readIgcFile } from './read-igc.js';
import { readPlt } from './read-plt.js';
import { readAisNmea } from './read-ais-nmea.js';
import { readNmea } from './read-nmea.js';
import { isTripsCsv, readTripsCsv } from './read-trips-csv.js';
import { readHead } from './read-head.js';
import { readParquet } from './read-parquet.js';
import { MAX_TRAJ_LINE_CHARS, readTraj } from './read-traj.js';
import { makeTimestampParser } from './parse-timestamp.js';
import type { Domain, FileReading, PointTable, ReadReport } from './point-table.js';
import { PointTableBuilder } from './point-table-builder.js';
import type { ChunkSource, FileReadResult, ReadContext } from './read-context.js';
import { checkInputFile, chunkLines, readLineChunks, type LineChunk } from './read-lines.js';
import { readDelimited } from './read-delimited.js';
import { checkFile, checkTable } from './check-sanity.js';
import { SkipLog } from './skip-log.js';
import { PointTimeSources, timesAreRelative } from './point-times.js';
import { normalizeDelimiter } from './split-delimited.js';

// Yields an already-read first chunk, then the rest of the stream; closing it closes the file
// (a reader that stops early on a strict error must not leak the file handle).
async function* withFirst(first: LineChunk, rest: AsyncIterator<LineChunk>): AsyncGenerator<LineChunk> {
  try {
    yield first;
    for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
  } finally {
    await rest.return?.();
  }
}

// Formats read as one document (JSON by structure, XML by togeojson).
const DOCUMENT_FORMATS: ReadonlySet<string> = new Set(['json', 'geojson', 'trips-json', 'tracktable-json', 'moving-features', 'google-takeout', 'readsb-trace', 'opensky-track', 'opensky-states', 'aircraft-json', 'gpx', 'kml', 'tcx']);

export async function readPoints(paths: string[], options: InputOptions): Promise<{ table: PointTable; report: ReadReport }> {
  if (paths.length === 0) throw inputError('INPUT_NOT_FOUND', 'no input files given', {});
  // Fail on a missing file before spending time on the others.
  for (const path of paths) await checkInputFile(path);
  const builder = new PointTableBuilder();
  const skips = new SkipLog();
  const ctx: ReadContext = {
    builder, skips, options: { ...options, delimiter: normalizeDelimiter(options.delimiter) },
    parseTime: makeTimestampParser(options.timeFormat, options.inputTimeZone),
    pointTimes: new PointTimeSources(),
    domain: options.domain === 'auto' ? undefined : options.domain,
    notices: [],
  };
  const formats = new Set<string>();
  const readings: FileReading[] = [];
  // Point index where each file starts, to name the file of a point rejected after reading.
  const fileStarts: number[] = [];
  let rowsRead = 0;

  for (const path of paths) {
    fileStarts.push(builder.length);
    const objectsBefore = builder.objectIds.length;
    let format: InputFormat | 'json' = options.format;
    if (format === 'auto') {
      const kind = detectFileKind(path, (await readHead(path)).text);
      if (kind !== 'delimited') format = kind;
    }
    let result: FileReadResult;
    if (format === 'parquet') {
      result = await readParquet(path, ctx);
    } else if (format === 'igc') {
      result = await readIgcFile(path, ctx);
    } else if (DOCUMENT_FORMATS.has(format)) {
      const read = await readDocument(path, format as DocumentFormat, ctx);
      format = read.format as InputFormat;
      result = read;
    } else {
      const iterator = readLineChunks(path, format === 'traj' ? MAX_TRAJ_LINE_CHARS : undefined)[Symbol.asyncIterator]();
      const first = await iterator.next();
      if (first.done) throw inputError('INPUT_EMPTY', 'the file is empty', { file: path });
      const isTrips = format === 'trips-csv' || (format === 'auto' && isTripsCsv(chunkLines(first.value, 100), options.skipLines, first.value.firstLine));
      const chunks: ChunkSource = withFirst(first.value, iterator);
      result = format === 'traj' ? await readTraj(path, chunks, ctx)
        : format === 'nmea' ? await readNmea(path, chunks, ctx)
        : format === 'plt' ? await readPlt(path, chunks, ctx)
        : format === 'ais-nmea' ? await readAisNmea(path, chunks, ctx)
        : isTrips ? await readTripsCsv(path, chunks, ctx)
        : await readDelimited(path, chunks, ctx);
    }
    const detected = result.format ?? format;
    formats.add(detected);
    readings.push(result.reading ?? { file: path, format: detected, columns: [], notes: [] });
    builder.padProperties();
    rowsRead += result.rowsRead;
    if (!result.hasContent) throw inputError('INPUT_EMPTY', 'the file is empty', { file: path });
    await checkFile(path, result, builder, fileStarts[fileStarts.length - 1], objectsBefore, skips, options, ctx.notices);
    if (result.pointsKept === 0) throw noPoints(path, result.rowsRead, skips);
    ctx.domain ??= result.domainHint;
  }

  const domain = settleDomain(ctx.domain, builder, skips, options.lenient, paths, fileStarts);
  if (builder.length === 0) throw noPoints(paths[0], rowsRead, skips);
  const source = paths.length === 1 ? paths[0] : `${paths.length} files`;
  const table = builder.finish(source, domain);
  const timesRelative = timesAreRelative(table.t, ctx.pointTimes);
  table.timesRelative = timesRelative;
  checkTable(table, readings, ctx.notices, timesRelative);
  const report: ReadReport = {
    files: [...paths], format: [...formats].join('+'), rowsRead, pointsKept: table.length, timesRelative,
    skippedCount: skips.count, skipped: skips.rows, skipTallies: skips.tallies, readings, notices: ctx.notices,
  };
  return { table, report };
}

// "no usable points" with a hint: why rows were rejected, or that there were no data rows at all.
function noPoints(file: string, rowsRead: number, skips: SkipLog) {
  const firstSkip = skips.rows.find((r) => r.file === file);
  const hint = rowsRead === 0
    ? 'no data rows found (only a header, comments, blank or free-text lines); check --skip-lines and --delimiter'
    : `all ${rowsRead} data rows were skipped${firstSkip ? `; the first${firstSkip.line ? ` at line ${firstSkip.line}` : ''}: ${firstSkip.field ? `${firstSkip.field}: ` : ''}${firstSkip.reason}` : ''}`;
  return inputError('INPUT_NO_POINTS', `no usable points: ${hint}`, { file });
}

// Decides the domain when nothing did yet (see domainFromValues), and for terrestrial data rejects
// points that were read without a range check because the domain was still open.
function settleDomain(
  decided: Domain | undefined, builder: PointTableBuilder, skips: SkipLog, lenient: boolean, paths: string[], fileStarts: number[],
): Domain {
  const { length, outsideGlobe: outside } = builder;
  const lon = (i: number): number => builder.lon.get(i);
  const lat = (i: number): number => builder.lat.get(i);
  const domain = decided ?? domainFromValues(outside, length);
  if (domain === 'cartesian' || outside === 0) return domain;
  const keep = new Uint8Array(length);
  let file = 0;
  for (let i = 0; i < length; i++) {
    while (file + 1 < fileStarts.length && i >= fileStarts[file + 1]) file++;
    const badLon = lon(i) < -180 || lon(i) > 180;
    const badLat = !badLon && (lat(i) < -90 || lat(i) > 90);
    if (!badLon && !badLat) { keep[i] = 1; continue; }
    const field = badLon ? 'longitude' : 'latitude';
    const reason = badLon ? `longitude ${lon(i)} is outside [-180, 180]` : `latitude ${lat(i)} is outside [-90, 90]`;
    // Line 0: a point from a JSON or XML document, which has no line of its own.
    if (!lenient) throw inputError('INPUT_PARSE', reason, { file: paths[file], line: builder.line.get(i) || undefined, field });
    skips.add(paths[file], builder.line.get(i), field, reason);
  }
  builder.compact(keep);
  return domain;
}
