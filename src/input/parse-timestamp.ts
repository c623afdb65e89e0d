// Timestamp parsing on the hot path: charCode loops, no regexes, no Date objects per row.
// Every parser returns epoch milliseconds or NaN; callers turn NaN into a located error.
// 'auto' reads ISO 8601 / SQL-style times (parse-iso-time.ts), Unix times by magnitude, compact
// "20210701_185151" stamps and slashed dates (parse-loose-time.ts); a pattern is compiled
// (compile-time-format.ts).
import { zoneOffsetFunction } from '../clock/zone-offset.js';
import { compileTimeFormat } from './compile-time-format.js';
import { PlainUtcTimes, parseIsoRange } from './parse-iso-time.js';
import { parseCompactRange, parseEpochRange, parseSlashDateRange, type DateOrder } from './parse-loose-time.js';

export { compileTimeFormat } from './compile-time-format.js';
export { PlainUtcTimes, parseIsoTimestamp } from './parse-iso-time.js';
export { epochToMs, slashDateOrder, type DateOrder } from './parse-loose-time.js';
export { localToUtc, wallClockMs } from './time-fields.js';

// Parses text.slice(from, to) (default: all of it) without making the slice.
export type TimestampParser = (text: string, from?: number, to?: number) => number;

// The 'auto' parser for one text: ISO / SQL-style first, then Unix time, compact and slashed dates.
export function parseTimestamp(text: string, timeZone = 'UTC', dateOrder: DateOrder = 'day-first'): number {
  return makeTimestampParser('auto', timeZone, dateOrder)(text);
}

// The parser for the options: 'auto' or a compiled pattern. dateOrder says how 'auto' reads
// "03/04/2021" (the readers choose it per file from the values; see chooseDateOrder).
export function makeTimestampParser(timeFormat: string, timeZone = 'UTC', dateOrder: DateOrder = 'day-first'): TimestampParser {
  if (timeFormat !== 'auto') return compileTimeFormat(timeFormat, timeZone);
  const offsetAt = timeZone === 'UTC' ? undefined : zoneOffsetFunction(timeZone, 'inputTimeZone');
  const plain = offsetAt === undefined ? new PlainUtcTimes() : undefined;
  return (text: string, from = 0, to = text.length): number => {
    if (plain !== undefined) {
      const fast = plain.read(text, from, to);
      if (fast >= 0) return fast;
    }
    const iso = parseIsoRange(text, from, to, offsetAt);
    if (!Number.isNaN(iso)) return iso;
    const epoch = parseEpochRange(text, from, to);
    if (!Number.isNaN(epoch)) return epoch;
    const compact = parseCompactRange(text, from, to, offsetAt);
    if (!Number.isNaN(compact)) return compact;
    return parseSlashDateRange(text, from, to, dateOrder, offsetAt);
  };
}
