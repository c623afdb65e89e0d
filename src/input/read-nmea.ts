// NMEA 0183 logs (a GPS receiver's sentences, one per line): each time of day with a valid
// RMC, GGA, GLL or GNS fix is one point; sentences of the same time are merged (RMC gives speed
// and course, GGA altitude). Dates come from RMC or ZDA; a fix before the first date waits for
// it, and a time of day that jumps back by more than 12 hours is the next day. Sentences with a
// bad checksum are skipped and counted, in strict mode too (the log says itself they are damaged).
import { inputError } from '../errors/messages.js';
import { DocumentSink } from './document-sink.js';
import { fileObjectId } from './file-object-id.js';
import { readSentence, type NmeaFix } from './nmea-fix.js';
import type { ChunkSource, FileReadResult, ReadContext } from './read-context.js';

const DAY_MS = 86_400_000;


export async function readNmea(file: string, chunks: ChunkSource, ctx: ReadContext): Promise<FileReadResult> {
  const sink = new DocumentSink(file, ctx);
  // Times of day on the dates of RMC or ZDA sentences.
  ctx.pointTimes.fromDates();
  // The receiver has no id in the log: the file's name stands for it.
  const id = fileObjectId(file, 'gps');
  let hasContent = false;
  let dayMs: number | undefined;
  let lastTod = -1;
  let current: NmeaFix | undefined;
  const waiting: NmeaFix[] = [];
  let badChecksums = 0;
  let badSentences = 0;

  const emit = (fix: NmeaFix, day: number): void => {
    const properties: Record<string, unknown> = {};
    if (fix.altitude !== undefined) properties.altitude = fix.altitude;
    if (fix.speed !== undefined) properties.speed = fix.speed;
    if (fix.course !== undefined) properties.course = fix.course;
    sink.pointAtMs(id, day + fix.todMs, [fix.lon, fix.lat], `fix at line ${fix.line}`, properties, fix.line);
  };
  const flush = (): void => {
    if (!current) return;
    const fix = current;
    current = undefined;
    if (dayMs === undefined) { waiting.push(fix); return; }
    if (lastTod >= 0 && fix.todMs < lastTod - DAY_MS / 2) dayMs += DAY_MS;
    lastTod = fix.todMs;
    emit(fix, dayMs);
  };
  const setDay = (day: number): void => {
    if (dayMs === undefined) {
      // Fixes that came before the first date: the same day, or the day before if they are later in the day.
      const first = current?.todMs ?? waiting[0]?.todMs ?? 0;
      for (const fix of waiting) emit(fix, fix.todMs > first + DAY_MS / 2 ? day - DAY_MS : day);
      waiting.length = 0;
    }
    dayMs = day;
    lastTod = -1;
  };

  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.count; i++) {
      const text = chunk.text.slice(chunk.starts[i], chunk.ends[i]);
      const line = chunk.firstLine + i;
      if (line <= ctx.options.skipLines || text.trim() === '') continue;
      hasContent = true;
      const start = text.indexOf('$');
      if (start < 0) continue;
      const result = readSentence(text.slice(start).trim(), line);
      if (result === undefined || result.kind === 'no-fix') continue;
      if (result.kind === 'bad') {
        if (result.reason.startsWith('bad checksum')) badChecksums++; else badSentences++;
        ctx.skips.add(file, line, undefined, result.reason);
        continue;
      }
      if (result.kind === 'date') { if (current === undefined || result.dayMs !== dayMs) { flush(); setDay(result.dayMs); } continue; }
      const { fix } = result;
      if (current && current.todMs !== fix.todMs) flush();
      if (result.dayMs !== undefined && result.dayMs !== dayMs) setDay(result.dayMs);
      if (!current) current = fix;
      else {
        current.altitude ??= fix.altitude;
        current.speed ??= fix.speed;
        current.course ??= fix.course;
      }
    }
  }
  flush();
  if (waiting.length > 0) {
    throw inputError('INPUT_PARSE', `${waiting.length} position fixes but no date: the log has no RMC or ZDA sentence with a date (GGA and GLL give only the time of day)`, { file });
  }
  if (hasContent && sink.rowsRead === 0) {
    throw inputError('INPUT_NO_POINTS', 'no position fixes: no valid RMC, GGA, GLL or GNS sentence (a receiver without a fix writes them with status V or quality 0)', { file });
  }
  if (badChecksums > 0) sink.notice(`${badChecksums} sentence${badChecksums === 1 ? '' : 's'} with a bad checksum skipped`);
  if (badSentences > 0) sink.notice(`${badSentences} unreadable position sentence${badSentences === 1 ? '' : 's'} skipped`);
  return { rowsRead: sink.rowsRead, pointsKept: sink.pointsKept, hasContent, domainHint: 'terrestrial' };
}
