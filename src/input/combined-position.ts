// A position written in one field: "42.787994,141.685074" (Flightradar24), "42.78 141.68",
// "(42.78, 141.68)", "[141.68, 42.78]", or WKT "POINT(141.68 42.78)" / "POINT Z (x y z)".
// Returns the two numbers in the order written (and whether it was WKT, whose order is always x y).
import { parseDecimalRange } from './parse-number.js';

export interface CombinedPosition {
  a: number;
  b: number;
  wkt: boolean;
}

export function parseCombinedPosition(text: string): CombinedPosition | null {
  let s = text.trim();
  let wkt = false;
  if (s.length > 5 && (s.charCodeAt(0) | 32) === 112 && /^point/i.test(s)) {
    const open = s.indexOf('(');
    const close = s.lastIndexOf(')');
    if (open < 0 || close < open) return null;
    s = s.slice(open + 1, close).trim();
    wkt = true;
  } else if ((s.startsWith('(') && s.endsWith(')')) || (s.startsWith('[') && s.endsWith(']'))) {
    s = s.slice(1, -1).trim();
  }
  // Split at the first comma, semicolon or run of spaces between the two numbers.
  let cut = -1, next = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 59 || c === 32 || c === 9) {
      cut = i;
      next = i + 1;
      while (next < s.length && (s.charCodeAt(next) === 32 || s.charCodeAt(next) === 44 || s.charCodeAt(next) === 59 || s.charCodeAt(next) === 9)) next++;
      break;
    }
  }
  if (cut <= 0 || next >= s.length) return null;
  const a = parseDecimalRange(s, 0, cut);
  // A third value (altitude) may follow the second.
  let end = next;
  while (end < s.length && s.charCodeAt(end) !== 44 && s.charCodeAt(end) !== 32 && s.charCodeAt(end) !== 59) end++;
  const b = parseDecimalRange(s, next, end);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return { a, b, wkt };
}
