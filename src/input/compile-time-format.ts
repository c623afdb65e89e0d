// strftime-like patterns (--time-format "%d/%m/%Y %H:%M"), compiled once into a list of steps
// that a parser walks with charCodes.
import { zoneOffsetFunction } from '../clock/zone-offset.js';
import { invalidOption } from '../errors/messages.js';
import { digitRunEnd, digits, fractionMs, localToUtc, parseOffsetMinutes, wallClockMs } from './time-fields.js';
import type { TimestampParser } from './parse-timestamp.js';

export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

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
