// The fields of one line as offsets into the text that holds it (a whole chunk of lines), so
// numeric fields are parsed in place and only the fields that are kept as text become strings.
// Lines with quotes fall back to real strings.
import { canonicalInteger, parseDecimalBytes, parseDecimalRange } from './parse-number.js';
import { WHITESPACE, splitDelimited } from './split-delimited.js';
import type { TimestampParser } from './parse-timestamp.js';
import { DEFAULT_NA_TOKENS } from './missing-values.js';

export class FieldSpans {
  count = 0;
  private source = '';
  // The source's bytes when it is pure ASCII (same offsets), else null.
  private bytes: Uint8Array | null = null;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  // Set when the line needed quote handling; then fields come from here.
  private strings: string[] | null = null;
  private readonly scratch: string[] = [];
  // Positions of the next delimiter / quote at or after the last scanned line (-1: none left in
  // the text, -2: not searched yet). Remembering them keeps a search from running past the line
  // end again for every line: each character of the text is searched at most once.
  private nextDelimiter = -2;
  private nextQuote = -2;
  private delimiter = '';
  // Whitespace-delimited files write "2004-12-07 11:36:18" as two tokens; when set, the
  // token at this index is joined with the next one.
  mergeAt = -1;
  private naTokens: ReadonlySet<string> = DEFAULT_NA_TOKENS;
  private longestNaToken = 4;

  // Starts a new text (a chunk of lines); scanRange() then splits lines of it.
  setText(text: string, asciiBytes: Uint8Array | null = null): this {
    this.source = text;
    this.bytes = asciiBytes;
    this.nextDelimiter = -2;
    this.nextQuote = -2;
    return this;
  }

  // Splits a line given as its own string.
  scan(line: string, delimiter: string): this {
    return this.setText(line).scanRange(0, line.length, delimiter);
  }

  // Splits text[from, to) (one line of the current text, without its line end).
  scanRange(from: number, to: number, delimiter: string): this {
    const text = this.source;
    if (delimiter === WHITESPACE || this.hasQuote(from, to)) {
      const strings = splitDelimited(text.slice(from, to), delimiter, this.scratch);
      const m = this.mergeAt;
      if (m >= 0 && strings.length > m + 1) {
        strings[m] = `${strings[m]} ${strings[m + 1]}`;
        strings.splice(m + 1, 1);
      }
      this.strings = strings;
      this.count = strings.length;
      return this;
    }
    this.strings = null;
    let d = this.nextDelimiter;
    if (delimiter !== this.delimiter) { this.delimiter = delimiter; d = -2; }
    if (d !== -1 && d < from) d = text.indexOf(delimiter, from);
    let n = 0;
    let start = from;
    for (; d !== -1 && d < to; d = text.indexOf(delimiter, start)) {
      if (n === this.starts.length) this.growSpans();
      this.starts[n] = start;
      this.ends[n++] = d;
      start = d + 1;
    }
    if (n === this.starts.length) this.growSpans();
    this.starts[n] = start;
    this.ends[n++] = to;
    this.nextDelimiter = d;
    this.count = n;
    return this;
  }

  private hasQuote(from: number, to: number): boolean {
    let q = this.nextQuote;
    if (q !== -1 && q < from) this.nextQuote = q = this.source.indexOf('"', from);
    return q !== -1 && q < to;
  }

  // The field as text ('' past the end of the row).
  text(i: number): string {
    if (i >= this.count) return '';
    return this.strings !== null ? this.strings[i] : this.source.slice(this.starts[i], this.ends[i]);
  }

  // The field as a plain decimal; NaN when empty, blank or not a number.
  number(i: number): number {
    if (i >= this.count) return NaN;
    if (this.strings !== null) { const s = this.strings[i]; return parseDecimalRange(s, 0, s.length); }
    if (this.bytes !== null) return parseDecimalBytes(this.bytes, this.source, this.starts[i], this.ends[i]);
    return parseDecimalRange(this.source, this.starts[i], this.ends[i]);
  }

  // The field read by a timestamp parser, in place.
  time(i: number, parse: TimestampParser): number {
    if (i >= this.count) return NaN;
    if (this.strings !== null) return parse(this.strings[i]);
    return parse(this.source, this.starts[i], this.ends[i]);
  }

  // The field as a canonical integer (see canonicalInteger), else -1.
  integerKey(i: number): number {
    if (i >= this.count) return -1;
    if (this.strings !== null) { const s = this.strings[i]; return canonicalInteger(s, 0, s.length); }
    return canonicalInteger(this.source, this.starts[i], this.ends[i]);
  }

  // True when the field's text is exactly `value` (no slice is made).
  equals(i: number, value: string): boolean {
    if (i >= this.count) return value === '';
    if (this.strings !== null) return this.strings[i] === value;
    const a = this.starts[i];
    return this.ends[i] - a === value.length && this.source.startsWith(value, a);
  }

  // True for an empty or all-blank field.
  isBlank(i: number): boolean {
    if (i >= this.count) return true;
    let s: string, a: number, b: number;
    if (this.strings !== null) { s = this.strings[i]; a = 0; b = s.length; } else { s = this.source; a = this.starts[i]; b = this.ends[i]; }
    for (; a < b; a++) if (s.charCodeAt(a) > 32) return false;
    return true;
  }

  // True for a blank field or a missing-value token (NULL, NA, N/A, NaN, None, -, and --na-values).
  isMissing(i: number): boolean {
    if (this.isBlank(i)) return true;
    if (this.strings === null && this.ends[i] - this.starts[i] > this.longestNaToken + 16) return false;
    const t = this.text(i).trim();
    return t.length <= this.longestNaToken && this.naTokens.has(t.toLowerCase());
  }

  // The missing-value tokens (compared in lower case); see missing-values.ts.
  setNaTokens(tokens: ReadonlySet<string>): this {
    this.naTokens = tokens;
    this.longestNaToken = 0;
    for (const t of tokens) this.longestNaToken = Math.max(this.longestNaToken, t.length);
    return this;
  }

  toArray(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.text(i));
    return out;
  }

  private growSpans(): void {
    const s = new Int32Array(this.starts.length * 2);
    s.set(this.starts);
    this.starts = s;
    const e = new Int32Array(this.ends.length * 2);
    e.set(this.ends);
    this.ends = e;
  }
}
