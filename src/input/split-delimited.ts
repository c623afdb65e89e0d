// Splits one line into fields: RFC 4180 double quotes ("a,b", "" for a quote), or runs of
// whitespace when the delimiter is ' '. Fills a caller-owned array so the hot loop allocates nothing but the fields.
import { invalidOption } from '../errors/messages.js';
import { own } from '../memory/name-records.js';

// The delimiter value meaning "runs of spaces and tabs".
export const WHITESPACE = ' ';

const DELIMITER_NAMES: Record<string, string> = { tab: '\t', '\\t': '\t', space: WHITESPACE, whitespace: WHITESPACE, comma: ',', semicolon: ';', pipe: '|' };

// The delimiter option -> 'auto' or one character ("tab", "\t", "space" accepted as names).
export function normalizeDelimiter(value: string): string {
  if (value === 'auto' || value.length === 1) return value;
  const named = own(DELIMITER_NAMES, value.toLowerCase());
  if (named === undefined) throw invalidOption('delimiter', 'a single character, "tab", "space" or "auto"', value);
  return named;
}

export function splitDelimited(line: string, delimiter: string, out: string[] = []): string[] {
  out.length = 0;
  if (delimiter === WHITESPACE) return splitWhitespace(line, out);
  // Fast path: no quotes means plain indexOf slicing.
  if (line.indexOf('"') === -1) {
    let start = 0;
    for (let i = line.indexOf(delimiter); i !== -1; i = line.indexOf(delimiter, start)) {
      out.push(line.slice(start, i));
      start = i + 1;
    }
    out.push(line.slice(start));
    return out;
  }
  const n = line.length;
  let i = 0;
  for (;;) {
    // Allow spaces before an opening quote (`a, "b"`).
    let j = i;
    while (j < n && line.charCodeAt(j) === 32) j++;
    if (j < n && line.charCodeAt(j) === 34) {
      let value = '';
      let k = j + 1;
      for (;;) {
        const q = line.indexOf('"', k);
        if (q === -1) { value += line.slice(k); k = n; break; } // unterminated: take the rest
        value += line.slice(k, q);
        if (line.charCodeAt(q + 1) === 34) { value += '"'; k = q + 2; continue; }
        k = q + 1;
        break;
      }
      // Text between the closing quote and the delimiter is kept, as spreadsheets do.
      const next = line.indexOf(delimiter, k);
      if (next === -1) { out.push(value + line.slice(k)); return out; }
      out.push(value + line.slice(k, next));
      i = next + 1;
    } else {
      const next = line.indexOf(delimiter, i);
      if (next === -1) { out.push(line.slice(i)); return out; }
      out.push(line.slice(i, next));
      i = next + 1;
    }
  }
}

function splitWhitespace(line: string, out: string[]): string[] {
  const n = line.length;
  let i = 0;
  while (i < n) {
    let c = line.charCodeAt(i);
    if (c === 32 || c === 9) { i++; continue; }
    if (c === 34) {
      let value = '';
      let k = i + 1;
      for (;;) {
        const q = line.indexOf('"', k);
        if (q === -1) { value += line.slice(k); k = n; break; }
        value += line.slice(k, q);
        if (line.charCodeAt(q + 1) === 34) { value += '"'; k = q + 2; continue; }
        k = q + 1;
        break;
      }
      out.push(value);
      i = k;
      continue;
    }
    const start = i;
    while (i < n && (c = line.charCodeAt(i)) !== 32 && c !== 9) i++;
    out.push(line.slice(start, i));
  }
  return out;
}
