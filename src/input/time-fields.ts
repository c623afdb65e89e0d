// The pieces every time parser is made of: calendar arithmetic, digit runs, fractions, offsets,
// and local wall-clock time -> UTC. charCode loops, no regexes, no Date objects per row.

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Wall-clock fields -> ms as if UTC, or NaN when a field is out of range (month 13, Feb 30, 25:00).
export function wallClockMs(y: number, mo: number, d: number, h: number, mi: number, s: number, fracMs: number): number {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return NaN;
  return (daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s) * 1000 + fracMs;
}

// --- time zones --------------------------------------------------------------------------

// Wall-clock ms in a zone -> UTC ms. The offsets a day before and a day after bracket any
// transition near the time: a local time that one of them maps back to itself is kept (when both
// do, in the repeated hour of a fall-back, the first occurrence, i.e. the earlier instant, wins);
// a local time that neither does lies in a spring-forward gap and is moved forward by the gap
// (02:30 on a night that skips 02:00-03:00 is read as 03:30), as the clocks themselves do.
export function localToUtc(localMs: number, offsetAt: (utcMs: number) => number): number {
  const before = offsetAt(localMs - 86_400_000);
  const after = offsetAt(localMs + 86_400_000);
  const early = localMs - Math.max(before, after);
  const late = localMs - Math.min(before, after);
  if (offsetAt(early) === Math.max(before, after)) return early;
  if (offsetAt(late) === Math.min(before, after)) return late;
  // In the gap: read with the offset in force before it, which lands after the transition.
  return localMs - before;
}

export function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(i + k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

// Index after the run of digits starting at p (p itself when there is none).
export function digitRunEnd(s: string, p: number, end: number): number {
  while (p < end) {
    const c = s.charCodeAt(p) - 48;
    if (c < 0 || c > 9) break;
    p++;
  }
  return p;
}

// The digits s[from, to) after a decimal point, as milliseconds ("5" -> 500, "0123" -> 12.3).
export function fractionMs(s: string, from: number, to: number): number {
  let ms = 0;
  for (let scale = 100, p = from; p < to; p++, scale /= 10) ms += (s.charCodeAt(p) - 48) * scale;
  return ms;
}

// "+hh", "+hhmm" or "+hh:mm" from p to end -> minutes east of UTC.
export function parseOffsetMinutes(s: string, p: number, end: number): number {
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


// ":SS[.fff]" at p (optional): fills `out` with the seconds and the fraction in ms and returns the
// index after them (p itself when there is no ':'), or -1 when what follows ':' is not seconds.
export const secondsField = { sec: 0, frac: 0 };
export function readSeconds(s: string, p: number, end: number, out = secondsField): number {
  out.sec = 0;
  out.frac = 0;
  if (p >= end || s.charCodeAt(p) !== 58) return p;
  if (p + 3 > end) return -1;
  out.sec = digits(s, p + 1, 2);
  if (out.sec < 0) return -1;
  p += 3;
  if (p < end && (s.charCodeAt(p) === 46 || s.charCodeAt(p) === 44)) {
    const stop = digitRunEnd(s, p + 1, end);
    if (stop === p + 1) return -1;
    out.frac = fractionMs(s, p + 1, stop);
    p = stop;
  }
  return p;
}
