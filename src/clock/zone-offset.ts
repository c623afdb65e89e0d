// The offset of an IANA time zone from UTC at an instant, for reading local times in the input
// (--input-timezone) and for the time-of-day scalar (--timezone).
import { invalidOption } from '../errors/messages.js';

const QUARTER_HOUR_MS = 900_000;
const zoneOffsetCache = new Map<string, (utcMs: number) => number>();

// Returns `timeZone` if it is an IANA zone this Node knows (the test Intl itself applies), else
// throws INVALID_OPTION naming `option`.
export function checkTimeZone(timeZone: string, option: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw invalidOption(option, 'an IANA time zone name such as America/New_York', timeZone);
  }
  return timeZone;
}

// Offset (ms, local - UTC) of `timeZone` at an instant. Intl is slow per call, so offsets are
// cached per 15-minute bucket (every real zone transition falls on a quarter hour), and one
// function is kept per zone. An unknown zone is an INVALID_OPTION naming `option`.
export function zoneOffsetFunction(timeZone: string, option: string): (utcMs: number) => number {
  const cached = zoneOffsetCache.get(timeZone);
  if (cached) return cached;
  if (timeZone.toUpperCase() === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'Z') {
    const zero = () => 0;
    zoneOffsetCache.set(timeZone, zero);
    return zero;
  }
  checkTimeZone(timeZone, option);
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  const buckets = new Map<number, number>();
  const offsetAt = (utcMs: number): number => {
    const bucket = Math.floor(utcMs / QUARTER_HOUR_MS);
    let offset = buckets.get(bucket);
    if (offset === undefined) {
      const at = bucket * QUARTER_HOUR_MS;
      const p: Record<string, number> = {};
      for (const part of format.formatToParts(new Date(at))) if (part.type !== 'literal') p[part.type] = Number(part.value);
      // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999.
      const wall = new Date(0);
      wall.setUTCFullYear(p.year, p.month - 1, p.day);
      offset = wall.setUTCHours(p.hour, p.minute, p.second, 0) - at;
      buckets.set(bucket, offset);
    }
    return offset;
  };
  zoneOffsetCache.set(timeZone, offsetAt);
  return offsetAt;
}
