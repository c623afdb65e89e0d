// Timestamp parsing on the hot path: charCode loops, no regexes, no Date objects per row.
// Every parser returns epoch milliseconds or NaN; callers turn NaN into a located error.
import { zoneOffsetFunction } from '../clock/zone-offset.js';
import { invalidOption } from '../errors/messages.js';
import { parseDecimalRange } from './parse-number.js';

// Parses text.slice(from, to) (default: all of it) without making the slice.
export type TimestampParser = (text: string, from?: number, to?: number) => number;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Wall-clock fields -> ms as if UTC, or NaN when a field is out of range (month 13, Feb 30, 25:00).
export function wallClockMs(y: number, mo: number, d: number, h: number, mi: number, s: number, fracMs: number): number {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return NaN;
  return (daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s) * 1000 + fracMs;
}

// --- time zones --------------------------------------------------------------------------

// Wall-clock ms in a zone -> UTC ms; two passes settle DST edges (a skipped hour moves forward).
export function localToUtc(localMs: number, offsetAt: (utcMs: number) => number): number {
  const first = localMs - offsetAt(localMs);
  return localMs - offsetAt(first);
}

// --- automatic formats -------------------------------------------------------------------

function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(i + k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

// Index after the run of digits starting at p (p itself when there is none).
function digitRunEnd(s: string, p: number, end: number): number {
  while (p < end) {
    const c = s.charCodeAt(p) - 48;
    if (c < 0 || c > 9) break;
    p++;
  }
  return p;
}

// The digits s[from, to) after a decimal point, as milliseconds ("5" -> 500, "0123" -> 12.3).
function fractionMs(s: string, from: number, to: number): number {
  let ms = 0;
  for (let scale = 100, p = from; p < to; p++, scale /= 10) ms += (s.charCodeAt(p) - 48) * scale;
  return ms;
}

// Numeric timestamps: Unix seconds, or milliseconds when the magnitude says so (>= 1e11 is past year 5000 in seconds).
// A plain decimal (exponents allowed), as Number() reads it; hex and the like are not times.
function parseEpoch(s: string, from: number, to: number): number {
  while (from < to && s.charCodeAt(from) <= 32) from++;
  while (to > from && s.charCodeAt(to - 1) <= 32) to--;
  const n = parseDecimalRange(s, from, to);
  if (Number.isNaN(n)) return NaN;
  return Math.abs(n) >= 1e11 ? n : n * 1000;
}

// ISO 8601 and "YYYY-MM-DD HH:MM[:SS[.fff]]" with optional Z / ±hh[:mm]; returns NaN otherwise.
export function parseIsoTimestamp(text: string, offsetAt?: (utcMs: number) => number): number {
  return parseIsoRange(text, 0, text.length, offsetAt);
}

function parseIsoRange(s: string, from: number, to: number, offsetAt?: (utcMs: number) => number): number {
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
    p += 5;
    if (p < end && s.charCodeAt(p) === 58) {
      if (p + 3 > end) return NaN;
      sec = digits(s, p + 1, 2);
      if (sec < 0) return NaN;
      p += 3;
      if (p < end && (s.charCodeAt(p) === 46 || s.charCodeAt(p) === 44)) {
        const stop = digitRunEnd(s, p + 1, end);
        if (stop === p + 1) return NaN;
        frac = fractionMs(s, p + 1, stop);
        p = stop;
      }
    }
  }
  const local = wallClockMs(y, mo, d, h, mi, sec, frac);
  if (Number.isNaN(local)) return NaN;
  if (p === end) return offsetAt ? localToUtc(local, offsetAt) : local;
  const z = s.charCodeAt(p);
  if ((z === 90 || z === 122) && p + 1 === end) return local; // Z
  if (z !== 43 && z !== 45) return NaN;
  const off = parseOffsetMinutes(s, p, end);
  return Number.isNaN(off) ? NaN : local - off * 60_000;
}

// "+hh", "+hhmm" or "+hh:mm" from p to end -> minutes east of UTC.
function parseOffsetMinutes(s: string, p: number, end: number): number {
  if (p + 3 > end) return NaN;
  const sign = s.charCodeAt(p) === 45 ? -1 : 1;
  const hh = digits(s, p + 1, 2);
  if (hh < 0 || hh > 23) return NaN;
  let q = p + 3;
  let mm = 0;
  if (q < end) {
    if (s.charCodeAt(q) === 58) q++;
    mm = digits(s, q, 2);
    if (mm < 0 || mm > 59 || q + 2 !== end) return NaN;
  }
  return sign * (hh * 60 + mm);
}

// The 'auto' parser: ISO / SQL-style first, then Unix seconds or milliseconds.
export function parseTimestamp(text: string, timeZone = 'UTC'): number {
  return makeTimestampParser('auto', timeZone)(text);
}

// --- strftime-like patterns --------------------------------------------------------------

type Op =
  | { kind: 'lit'; code: number }
  | { kind: 'space' }
  | { kind: 'num'; field: 'Y' | 'm' | 'd' | 'H' | 'I' | 'M' | 'S' | 'y' | 'j'; max: number }
  | { kind: 'frac' }
  | { kind: 'zone' }
  | { kind: 'month'; full: boolean }
  | { kind: 'ampm' }
  | { kind: 'epoch' };

function compileOps(format: string): Op[] {
  const ops: Op[] = [];
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '%' && i + 1 < format.length) {
      const t = format[++i];
      switch (t) {
        case 'Y': ops.push({ kind: 'num', field: 'Y', max: 4 }); break;
        case 'y': ops.push({ kind: 'num', field: 'y', max: 2 }); break;
        case 'm': case 'd': case 'H': case 'I': case 'M': case 'S': ops.push({ kind: 'num', field: t, max: 2 }); break;
        case 'e': ops.push({ kind: 'space' }, { kind: 'num', field: 'd', max: 2 }); break;
        case 'j': ops.push({ kind: 'num', field: 'j', max: 3 }); break;
        case 'f': ops.push({ kind: 'frac' }); break;
        case 'z': case 'Z': ops.push({ kind: 'zone' }); break;
        case 'b': case 'h': ops.push({ kind: 'month', full: false }); break;
        case 'B': ops.push({ kind: 'month', full: true }); break;
        case 'p': ops.push({ kind: 'ampm' }); break;
        case 's': ops.push({ kind: 'epoch' }); break;
        case 'T': ops.push(...compileOps('%H:%M:%S')); break;
        case 'F': ops.push(...compileOps('%Y-%m-%d')); break;
        case '%': ops.push({ kind: 'lit', code: 37 }); break;
        default: throw invalidOption('timeFormat', 'a strftime-like pattern (%Y %m %d %H %M %S %f %z %b %B %p %s %j)', format);
      }
    } else if (c === ' ') {
      ops.push({ kind: 'space' });
    } else {
      ops.push({ kind: 'lit', code: c.charCodeAt(0) });
    }
  }
  return ops;
}

// Compiles a pattern once; the returned parser walks the text with charCodes.
export function compileTimeFormat(format: string, timeZone = 'UTC'): TimestampParser {
  const ops = compileOps(format);
  const offsetAt = timeZone === 'UTC' ? undefined : zoneOffsetFunction(timeZone, 'inputTimeZone');
  return (s: string, from = 0, to = s.length): number => {
    const end = to;
    let p = from;
    while (p < end && s.charCodeAt(p) === 32) p++;
    let Y = 1970, mo = 1, d = 1, H = 0, M = 0, S = 0, frac = 0, yday = -1, pm = -1, zoneMin = NaN;
    let epoch = NaN;
    for (const op of ops) {
      switch (op.kind) {
        case 'lit':
          if (p >= end || s.charCodeAt(p) !== op.code) return NaN;
          p++;
          break;
        case 'space':
          while (p < end && (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 9)) p++;
          break;
        case 'num': {
          let v = 0, n = 0;
          for (; n < op.max && p < end; n++, p++) {
            const c = s.charCodeAt(p) - 48;
            if (c < 0 || c > 9) break;
            v = v * 10 + c;
          }
          if (n === 0) return NaN;
          switch (op.field) {
            case 'Y': Y = v; break;
            case 'y': Y = v < 69 ? 2000 + v : 1900 + v; break;
            case 'm': mo = v; break;
            case 'd': d = v; break;
            case 'H': H = v; break;
            case 'I': if (v < 1 || v > 12) return NaN; H = v % 12; break;
            case 'M': M = v; break;
            case 'S': S = v; break;
            case 'j': yday = v; break;
          }
          break;
        }
        case 'frac': {
          const stop = digitRunEnd(s, p, end);
          if (stop === p) return NaN;
          frac = fractionMs(s, p, stop);
          p = stop;
          break;
        }
        case 'zone': {
          if (p >= end) return NaN;
          const c = s.charCodeAt(p);
          if (c === 90 || c === 122) { zoneMin = 0; p++; break; }
          if (c !== 43 && c !== 45) return NaN;
          let q = p + 3;
          if (q < end && s.charCodeAt(q) === 58) q++;
          const hasMinutes = q + 2 <= end && digits(s, q, 2) >= 0;
          const stop = hasMinutes ? q + 2 : p + 3;
          zoneMin = parseOffsetMinutes(s, p, stop);
          if (Number.isNaN(zoneMin)) return NaN;
          p = stop;
          break;
        }
        case 'month': {
          const names = op.full ? MONTH_NAMES : MONTHS;
          const found = matchMonth(s, p, end, names);
          if (found < 0) return NaN;
          mo = found + 1;
          p += names[found].length;
          break;
        }
        case 'ampm': {
          if (p + 2 > end) return NaN;
          const a = s.charCodeAt(p) | 32, b = s.charCodeAt(p + 1) | 32;
          if (b !== 109 || (a !== 97 && a !== 112)) return NaN;
          pm = a === 112 ? 1 : 0;
          p += 2;
          break;
        }
        case 'epoch': {
          let q = p;
          if (s.charCodeAt(q) === 45) q++;
          while (q < end && ((s.charCodeAt(q) >= 48 && s.charCodeAt(q) <= 57) || s.charCodeAt(q) === 46)) q++;
          epoch = Number(s.slice(p, q)) * 1000;
          if (q === p || !Number.isFinite(epoch)) return NaN;
          p = q;
          break;
        }
      }
    }
    while (p < end && s.charCodeAt(p) <= 32) p++;
    if (p !== end) return NaN;
    if (!Number.isNaN(epoch)) return epoch + frac;
    if (pm === 1) H += 12;
    let local: number;
    if (yday >= 0) {
      const leap = (Y % 4 === 0 && Y % 100 !== 0) || Y % 400 === 0;
      if (yday < 1 || yday > (leap ? 366 : 365)) return NaN;
      local = wallClockMs(Y, 1, 1, H, M, S, frac) + (yday - 1) * 86_400_000;
    } else {
      local = wallClockMs(Y, mo, d, H, M, S, frac);
    }
    if (Number.isNaN(local)) return NaN;
    if (!Number.isNaN(zoneMin)) return local - zoneMin * 60_000;
    return offsetAt ? localToUtc(local, offsetAt) : local;
  };
}

function matchMonth(s: string, p: number, end: number, names: string[]): number {
  outer: for (let k = 0; k < names.length; k++) {
    const name = names[k];
    if (p + name.length > end) continue;
    for (let j = 0; j < name.length; j++) if ((s.charCodeAt(p + j) | 32) !== name.charCodeAt(j)) continue outer;
    return k;
  }
  return -1;
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

// The parser for the options: 'auto' (ISO / SQL / Unix s or ms) or a compiled pattern.
export function makeTimestampParser(timeFormat: string, timeZone = 'UTC'): TimestampParser {
  if (timeFormat !== 'auto') return compileTimeFormat(timeFormat, timeZone);
  const offsetAt = timeZone === 'UTC' ? undefined : zoneOffsetFunction(timeZone, 'inputTimeZone');
  const plain = offsetAt === undefined ? new PlainUtcTimes() : undefined;
  return (text: string, from = 0, to = text.length): number => {
    if (plain !== undefined) {
      const fast = plain.read(text, from, to);
      if (fast >= 0) return fast;
    }
    const iso = parseIsoRange(text, from, to, offsetAt);
    return Number.isNaN(iso) ? parseEpoch(text, from, to) : iso;
  };
}
