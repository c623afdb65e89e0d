// Decimal text -> number without Number()'s generality on the hot path.
// mantissa / 10^k is correctly rounded (both exact doubles), so results equal Number()'s;
// anything unusual (exponents, long mantissas) falls back to Number().

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

// NaN for '', blanks and anything that is not a plain decimal ("0x1f", "Infinity", "12abc").
export function parseDecimal(raw: string): number {
  return parseDecimalRange(raw, 0, raw.length);
}

// The same for raw.slice(from, to), without making the slice.
export function parseDecimalRange(raw: string, from: number, to: number): number {
  let i = from;
  while (i < to && raw.charCodeAt(i) === 32) i++;
  let end = to;
  while (end > i && raw.charCodeAt(end - 1) === 32) end--;
  if (i === end) return NaN;
  let sign = 1;
  let c = raw.charCodeAt(i);
  if (c === 45) { sign = -1; i++; } else if (c === 43) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let seenDot = false;
  for (; i < end; i++) {
    c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (seenDot) scale++;
    } else if (c === 46 && !seenDot) {
      seenDot = true;
    } else if (c === 101 || c === 69) {
      return slow(raw, from, to, digits);
    } else {
      return NaN;
    }
  }
  if (digits === 0) return NaN;
  if (digits > 15 || scale > 22) return slow(raw, from, to, digits);
  return sign * (scale === 0 ? mantissa : mantissa / POW10[scale]);
}

function slow(raw: string, from: number, to: number, digits: number): number {
  if (digits === 0) return NaN;
  const v = Number(raw.slice(from, to));
  return Number.isFinite(v) ? v : NaN;
}
