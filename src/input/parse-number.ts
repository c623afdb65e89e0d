// Decimal text -> number without Number()'s generality on the hot path.
// mantissa / 10^k is correctly rounded (both exact doubles), so results equal Number()'s;
// anything unusual (exponents, long mantissas) falls back to Number().

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

// NaN for '', blanks and anything that is not a plain decimal ("0x1f", "Infinity", "12abc").
export function parseDecimal(raw: string): number {
  return parseDecimalRange(raw, 0, raw.length);
}

// The same for raw.slice(from, to), without making the slice. Integer and fraction digits are
// read in two tight loops (no per-digit state), which is most of the time of reading a CSV.
export function parseDecimalRange(raw: string, from: number, to: number): number {
  let i = from;
  while (i < to && raw.charCodeAt(i) === 32) i++;
  let end = to;
  while (end > i && raw.charCodeAt(end - 1) === 32) end--;
  if (i === end) return NaN;
  let sign = 1;
  let c = raw.charCodeAt(i);
  if (c === 45) { sign = -1; i++; } else if (c === 43) i++;
  const first = i;
  let mantissa = 0;
  for (; i < end; i++) {
    c = raw.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    mantissa = mantissa * 10 + c;
  }
  let digits = i - first;
  let scale = 0;
  if (i < end && raw.charCodeAt(i) === 46) {
    const fraction = ++i;
    for (; i < end; i++) {
      c = raw.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
    }
    scale = i - fraction;
    digits += scale;
  }
  if (digits === 0) return NaN;
  if (i !== end) {
    c = raw.charCodeAt(i);
    return c === 101 || c === 69 ? slow(raw, from, to) : NaN;
  }
  if (digits > 15 || scale > 22) return slow(raw, from, to);
  return sign * (scale === 0 ? mantissa : mantissa / POW10[scale]);
}

// parseDecimalRange over the same text as ASCII bytes (one byte per character, same offsets):
// indexing bytes is about twice as fast as charCodeAt. Only the plain shape -?digits[.digits] of at
// most 15 digits is read here; everything else (blanks, signs, exponents, junk) goes to the text.
export function parseDecimalBytes(bytes: Uint8Array, text: string, from: number, to: number): number {
  if (from === to) return NaN; // an empty field, common in AIS files (Draft, Cargo, IMO)
  let i = from;
  const negative = i < to && bytes[i] === 45;
  if (negative) i++;
  const first = i;
  let mantissa = 0;
  let c = 0;
  for (; i < to; i++) {
    c = bytes[i] - 48;
    if (c < 0 || c > 9) break;
    mantissa = mantissa * 10 + c;
  }
  let digits = i - first;
  let scale = 0;
  if (i < to && bytes[i] === 46) {
    const fraction = ++i;
    for (; i < to; i++) {
      c = bytes[i] - 48;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
    }
    scale = i - fraction;
    digits += scale;
  }
  if (i !== to || digits === 0 || digits > 15) return parseDecimalRange(text, from, to);
  const v = scale === 0 ? mantissa : mantissa / POW10[scale];
  return negative ? -v : v;
}

// The value of text that is a non-negative integer written the one canonical way (digits only,
// no leading zero, at most 15 digits), else -1: such texts and their values map one to one.
export function canonicalInteger(raw: string, from: number, to: number): number {
  const n = to - from;
  if (n === 0 || n > 15 || (n > 1 && raw.charCodeAt(from) === 48)) return -1;
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function slow(raw: string, from: number, to: number): number {
  const v = Number(raw.slice(from, to));
  return Number.isFinite(v) ? v : NaN;
}
