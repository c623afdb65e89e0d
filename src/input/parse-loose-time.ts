// The 'auto' shapes other than ISO 8601: Unix time as a number (seconds, milliseconds,
// microseconds or nanoseconds, told apart by magnitude), compact "20210701_185151" stamps, and
// dates written with slashes, dots or dashes ("20/03/2021 00:22", "7/4/2021 9:05 PM",
// "04.07.2021 21:05", "2021/07/04"), where a day-first or month-first order is chosen per file.
import { parseDecimalRange } from './parse-number.js';
import { digitRunEnd, digits, fractionMs, localToUtc, parseOffsetMinutes, readSeconds, secondsField, wallClockMs } from './time-fields.js';

// How "a/b/yyyy" is read: a/b = day/month or month/day.
export type DateOrder = 'day-first' | 'month-first';

// Unix time by magnitude. Seconds below 1e11 (year 5138); milliseconds below 1e14; microseconds
// below 1e17; nanoseconds above (pandas and Parquet int64 times). Exponents allowed, as Number() reads them.
export function parseEpochRange(s: string, from: number, to: number): number {
  while (from < to && s.charCodeAt(from) <= 32) from++;
  while (to > from && s.charCodeAt(to - 1) <= 32) to--;
  const n = parseDecimalRange(s, from, to);
  if (Number.isNaN(n)) return NaN;
  return epochToMs(n);
}

// A Unix time number (s, ms, us or ns by magnitude) -> ms.
export function epochToMs(n: number): number {
  const a = Math.abs(n);
  return a < 1e11 ? n * 1000 : a < 1e14 ? n : a < 1e17 ? n / 1000 : n / 1e6;
}

type OffsetAt = ((utcMs: number) => number) | undefined;

// "20210701_185151", "20210701T185151Z", "20210701 185151.5+02": date and time digits without
// separators inside, joined by '_', 'T' or a space. NaN for anything else.
export function parseCompactRange(s: string, from: number, to: number, offsetAt: OffsetAt): number {
  while (from < to && s.charCodeAt(from) <= 32) from++;
  while (to > from && s.charCodeAt(to - 1) <= 32) to--;
  if (to - from < 15) return NaN;
  const sep = s.charCodeAt(from + 8);
  if (sep !== 95 && sep !== 84 && sep !== 32) return NaN;
  const y = digits(s, from, 4), mo = digits(s, from + 4, 2), d = digits(s, from + 6, 2);
  const h = digits(s, from + 9, 2), mi = digits(s, from + 11, 2), sec = digits(s, from + 13, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0) return NaN;
  let p = from + 15;
  let frac = 0;
  if (p < to && s.charCodeAt(p) === 46) {
    const stop = digitRunEnd(s, p + 1, to);
    if (stop === p + 1) return NaN;
    frac = fractionMs(s, p + 1, stop);
    p = stop;
  }
  return withZone(wallClockMs(y, mo, d, h, mi, sec, frac), s, p, to, offsetAt);
}

// 1: the first number of "a/b/yyyy" is above 12, so the text is day-first; 2: the second is, so
// month-first; 0: either reading works; -1: not such a date. Dotted dates are always day-first (1).
export function slashDateOrder(s: string, from: number, to: number): number {
  const shape = dateShape(s, from, to);
  if (shape === null || shape.yearFirst) return -1;
  if (shape.sep === 46) return 1;
  if (shape.a > 12 && shape.b <= 12) return 1;
  if (shape.b > 12 && shape.a <= 12) return 2;
  return shape.a > 12 ? -1 : 0;
}

interface DateShape { a: number; b: number; year: number; sep: number; yearFirst: boolean; end: number }

// "a/b/yyyy", "a/b/yy", "yyyy/m/d" (or '.', '-') at the start of the text.
function dateShape(s: string, from: number, to: number): DateShape | null {
  let p = from;
  while (p < to && s.charCodeAt(p) <= 32) p++;
  const e1 = digitRunEnd(s, p, to);
  const sep = s.charCodeAt(e1);
  if (e1 === p || e1 - p > 4 || (sep !== 47 && sep !== 46 && sep !== 45)) return null;
  const e2 = digitRunEnd(s, e1 + 1, to);
  if (e2 === e1 + 1 || e2 - e1 - 1 > 2 || s.charCodeAt(e2) !== sep) return null;
  const e3 = digitRunEnd(s, e2 + 1, to);
  const n1 = e1 - p, n3 = e3 - e2 - 1;
  const v1 = digits(s, p, n1), v2 = digits(s, e1 + 1, e2 - e1 - 1), v3 = digits(s, e2 + 1, n3);
  if (n1 === 4) return n3 >= 1 && n3 <= 2 ? { a: v3, b: v2, year: v1, sep, yearFirst: true, end: e3 } : null;
  if (n1 > 2 || (n3 !== 4 && n3 !== 2)) return null;
  // A dashed "30-06-2020" is a date; "2020-06-30" never reaches here (ISO is read first).
  const year = n3 === 2 ? (v3 < 69 ? 2000 + v3 : 1900 + v3) : v3;
  return { a: v1, b: v2, year, sep, yearFirst: false, end: e3 };
}

// A slashed/dotted/dashed date with an optional time "H:MM[:SS[.fff]]", "AM"/"PM" and zone.
export function parseSlashDateRange(s: string, from: number, to: number, order: DateOrder, offsetAt: OffsetAt): number {
  while (to > from && s.charCodeAt(to - 1) <= 32) to--;
  const shape = dateShape(s, from, to);
  if (shape === null) return NaN;
  let day: number, month: number;
  if (shape.yearFirst) { day = shape.a; month = shape.b; } else if (shape.sep === 46 || order === 'day-first') { day = shape.a; month = shape.b; } else { day = shape.b; month = shape.a; }
  let p = shape.end;
  let h = 0, mi = 0, sec = 0, frac = 0;
  if (p < to && (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 84 || s.charCodeAt(p) === 44)) {
    p++;
    while (p < to && s.charCodeAt(p) === 32) p++;
    const eh = digitRunEnd(s, p, to);
    if (eh === p || eh - p > 2 || s.charCodeAt(eh) !== 58) return NaN;
    h = digits(s, p, eh - p);
    mi = digits(s, eh + 1, 2);
    if (mi < 0) return NaN;
    p = readSeconds(s, eh + 3, to);
    if (p < 0) return NaN;
    sec = secondsField.sec;
    frac = secondsField.frac;
    let q = p;
    while (q < to && s.charCodeAt(q) === 32) q++;
    const a = s.charCodeAt(q) | 32, m = s.charCodeAt(q + 1) | 32;
    if (q + 1 < to && m === 109 && (a === 97 || a === 112)) {
      if (h < 1 || h > 12) return NaN;
      h = (h % 12) + (a === 112 ? 12 : 0);
      p = q + 2;
    }
  }
  return withZone(wallClockMs(shape.year, month, day, h, mi, sec, frac), s, p, to, offsetAt);
}

// The local time with what follows it at p: nothing (the input zone), Z, "UTC", or ±hh[:mm].
function withZone(local: number, s: string, p: number, to: number, offsetAt: OffsetAt): number {
  if (Number.isNaN(local)) return NaN;
  while (p < to && s.charCodeAt(p) === 32) p++;
  if (p === to) return offsetAt ? localToUtc(local, offsetAt) : local;
  const z = s.charCodeAt(p);
  if ((z === 90 || z === 122) && p + 1 === to) return local;
  if (to - p === 3 && (s.slice(p, to).toUpperCase() === 'UTC' || s.slice(p, to).toUpperCase() === 'GMT')) return local;
  if (z !== 43 && z !== 45) return NaN;
  const off = parseOffsetMinutes(s, p, to);
  return Number.isNaN(off) ? NaN : local - off * 60_000;
}
