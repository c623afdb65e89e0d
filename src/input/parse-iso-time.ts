// ISO 8601 and SQL-style "YYYY-MM-DD HH:MM[:SS[.fff]]" times with an optional zone, and the fast
// path for the commonest zone-less shape.
import { digitRunEnd, digits, fractionMs, localToUtc, parseOffsetMinutes, readSeconds, secondsField, wallClockMs } from './time-fields.js';

// ISO 8601 and "YYYY-MM-DD HH:MM[:SS[.fff]]" with optional Z / ±hh[:mm]; returns NaN otherwise.
export function parseIsoTimestamp(text: string, offsetAt?: (utcMs: number) => number): number {
  return parseIsoRange(text, 0, text.length, offsetAt);
}

export function parseIsoRange(s: string, from: number, to: number, offsetAt?: (utcMs: number) => number): number {
  let end = to;
  let i = from;
  while (i < end && s.charCodeAt(i) <= 32) i++;
  while (end > i && s.charCodeAt(end - 1) <= 32) end--;
  if (end - i < 10 || s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return NaN;
  const y = digits(s, i, 4), mo = digits(s, i + 5, 2), d = digits(s, i + 8, 2);
  if (y < 0 || mo < 0 || d < 0) return NaN;
  let h = 0, mi = 0, sec = 0, frac = 0;
  let p = i + 10;
  if (p < end) {
    const sep = s.charCodeAt(p);
    if (sep !== 84 && sep !== 116 && sep !== 32) return NaN; // T, t or space
    p++;
    while (p < end && s.charCodeAt(p) === 32) p++;
    if (p + 5 > end) return NaN;
    h = digits(s, p, 2);
    if (h < 0 || s.charCodeAt(p + 2) !== 58) return NaN;
    mi = digits(s, p + 3, 2);
    if (mi < 0) return NaN;
    p = readSeconds(s, p + 5, end);
    if (p < 0) return NaN;
    sec = secondsField.sec;
    frac = secondsField.frac;
  }
  const local = wallClockMs(y, mo, d, h, mi, sec, frac);
  if (Number.isNaN(local)) return NaN;
  if (p === end) return offsetAt ? localToUtc(local, offsetAt) : local;
  // "12:00:00 +0200", "12:00:00 UTC": a space before the zone.
  if (s.charCodeAt(p) === 32) while (p < end && s.charCodeAt(p) === 32) p++;
  const z = s.charCodeAt(p);
  if (z === 90 || z === 122) {
    if (p + 1 === end) return local; // Z
    // "07:41:03Z.515": some exporters write the milliseconds after the Z.
    const c = s.charCodeAt(p + 1);
    if (c !== 46 || frac !== 0) return NaN;
    const stop = digitRunEnd(s, p + 2, end);
    return stop === end && stop > p + 2 ? local + fractionMs(s, p + 2, stop) : NaN;
  }
  if (end - p === 3 && isUtcWord(s, p)) return local;
  if (z !== 43 && z !== 45) return NaN;
  const off = parseOffsetMinutes(s, p, end);
  return Number.isNaN(off) ? NaN : local - off * 60_000;
}

// "UTC" or "GMT" in any case.
function isUtcWord(s: string, p: number): boolean {
  const a = s.charCodeAt(p) | 32, b = s.charCodeAt(p + 1) | 32, c = s.charCodeAt(p + 2) | 32;
  return (a === 117 && b === 116 && c === 99) || (a === 103 && b === 109 && c === 116);
}

// A fast path for the commonest shape, zone-less UTC "YYYY-MM-DDTHH:MM:SS" (or a space for T):
// the date's milliseconds are cached per date text, since a file's rows share a few dates.
// Returns -1 when the text is not of exactly that shape (or its time fields are out of range);
// the full parser then decides, so results and NaNs are those of parseIsoRange.
export class PlainUtcTimes {
  private date = '';
  private dateMs = 0;

  read(s: string, from: number, to: number): number {
    if (to - from !== 19) return -1;
    const sep = s.charCodeAt(from + 10);
    if ((sep !== 84 && sep !== 32) || s.charCodeAt(from + 13) !== 58 || s.charCodeAt(from + 16) !== 58) return -1;
    const h = digits(s, from + 11, 2), mi = digits(s, from + 14, 2), sec = digits(s, from + 17, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return -1;
    if (!s.startsWith(this.date, from) || this.date === '') {
      // A new date: read (and validate) it with the full parser, midnight of that day.
      if (s.charCodeAt(from) <= 32) return -1;
      const date = s.slice(from, from + 10);
      const ms = parseIsoRange(date, 0, 10);
      if (Number.isNaN(ms)) return -1;
      this.date = date;
      this.dateMs = ms;
    }
    return this.dateMs + (h * 3600 + mi * 60 + sec) * 1000;
  }
}
