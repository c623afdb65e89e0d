// The fields of one line as offsets into it, so numeric fields are parsed in place and only
// the fields that are kept as text become strings. Lines with quotes fall back to real strings.
import { parseDecimalRange } from './parse-number.js';
import { WHITESPACE, splitDelimited } from './split-delimited.js';

export class FieldSpans {
  count = 0;
  private line = '';
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  // Set when the line needed quote handling; then fields come from here.
  private strings: string[] | null = null;
  private readonly scratch: string[] = [];
  // Whitespace-delimited files write "2004-12-07 11:36:18" as two tokens; when set, the
  // token at this index is joined with the next one.
  mergeAt = -1;

  scan(line: string, delimiter: string): this {
    this.line = line;
    if (delimiter === WHITESPACE || line.indexOf('"') !== -1) {
      const strings = splitDelimited(line, delimiter, this.scratch);
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
    let n = 0;
    let start = 0;
    for (let i = line.indexOf(delimiter); ; i = line.indexOf(delimiter, start)) {
      if (n === this.starts.length) this.growSpans();
      this.starts[n] = start;
      if (i === -1) { this.ends[n++] = line.length; break; }
      this.ends[n++] = i;
      start = i + 1;
    }
    this.count = n;
    return this;
  }

  // The field as text ('' past the end of the row).
  text(i: number): string {
    if (i >= this.count) return '';
    return this.strings !== null ? this.strings[i] : this.line.slice(this.starts[i], this.ends[i]);
  }

  // The field as a plain decimal; NaN when empty, blank or not a number.
  number(i: number): number {
    if (i >= this.count) return NaN;
    if (this.strings !== null) { const s = this.strings[i]; return parseDecimalRange(s, 0, s.length); }
    return parseDecimalRange(this.line, this.starts[i], this.ends[i]);
  }

  // True for an empty or all-blank field.
  isBlank(i: number): boolean {
    if (i >= this.count) return true;
    let s: string, a: number, b: number;
    if (this.strings !== null) { s = this.strings[i]; a = 0; b = s.length; } else { s = this.line; a = this.starts[i]; b = this.ends[i]; }
    for (; a < b; a++) if (s.charCodeAt(a) > 32) return false;
    return true;
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
