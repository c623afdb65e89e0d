// Relative times (issue 15): deck.gl trips and simulation outputs count seconds from 0, so their
// times are plain numbers far below any real Unix time. They are relative when every point's time
// came from a plain number ("0", 1800.5) and every time is under 1e8 s; a date written as a date
// ("1970-01-01T00:10:00Z", an IGC or NMEA date, a Parquet TIMESTAMP) is never relative.
import type { TimestampParser } from './parse-timestamp.js';

// 1e8 s in ms: above this (1973-03-03 as Unix time) numbers are taken as real Unix times.
export const RELATIVE_LIMIT_MS = 1e11;

// True for text.slice(from, to) that is a plain decimal number, spaces around allowed.
export function isPlainNumberText(s: string, from = 0, to = s.length): boolean {
  while (from < to && s.charCodeAt(from) <= 32) from++;
  while (to > from && s.charCodeAt(to - 1) <= 32) to--;
  let p = from;
  const sign = s.charCodeAt(p);
  if (sign === 43 || sign === 45) p++;
  const digitsFrom = p;
  while (p < to && isDigit(s.charCodeAt(p))) p++;
  let digits = p - digitsFrom;
  if (p < to && s.charCodeAt(p) === 46) {
    const f = ++p;
    while (p < to && isDigit(s.charCodeAt(p))) p++;
    digits += p - f;
  }
  if (digits === 0) return false;
  if (p < to && (s.charCodeAt(p) | 32) === 101) {
    p++;
    if (s.charCodeAt(p) === 43 || s.charCodeAt(p) === 45) p++;
    const e = p;
    while (p < to && isDigit(s.charCodeAt(p))) p++;
    if (p === e) return false;
  }
  return p === to;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// Where the points' times came from, noted while they are read (the readers' sniffing of columns
// uses the untracked parser, so only the times that become points count).
export class PointTimeSources {
  // Some point time came from a date rather than a plain number (checked only for times under
  // RELATIVE_LIMIT_MS: larger ones are never relative anyway).
  dated = false;

  // The parser, noting times that are small but were not written as plain numbers.
  tracked(parse: TimestampParser): TimestampParser {
    return (text, from = 0, to = text.length) => this.note(parse(text, from, to), text, from, to);
  }

  // t, read from text.slice(from, to).
  note(t: number, text: string, from = 0, to = text.length): number {
    if (!this.dated && Math.abs(t) < RELATIVE_LIMIT_MS && !isPlainNumberText(text, from, to)) this.dated = true;
    return t;
  }

  // Times that are dates by the format (IGC, NMEA, TIMESTAMP columns).
  fromDates(): void {
    this.dated = true;
  }
}

// Relative: every time a plain number and all of them within +-1e8 s.
export function timesAreRelative(t: Float64Array, sources: PointTimeSources): boolean {
  if (sources.dated || t.length === 0) return false;
  for (let i = 0; i < t.length; i++) if (!(Math.abs(t[i]) < RELATIVE_LIMIT_MS)) return false;
  return true;
}
