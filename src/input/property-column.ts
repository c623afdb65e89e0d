// One extra column of the input: numeric while every value reads as a number, dictionary-encoded
// text from the first value that does not (earlier numbers are re-encoded as their text).
import type { TextColumn } from './point-table.js';
import type { FieldSpans } from './field-spans.js';
import { ownString } from './own-string.js';
import { firstValues } from './column-arrays.js';

export class PropertyColumn {
  length = 0;
  private numbers: Float64Array | null = new Float64Array(1024);
  private codes: Uint32Array | null = null;
  private values: string[] = [];
  private index = new Map<string, number>();
  // For text: per object, 1 + the code of its last value (0: none). Names and call signs repeat
  // per object, so the field is compared in place instead of being cut out and looked up.
  private lastCodeOf = new Int32Array(0);

  constructor(readonly name: string) {}

  get isText(): boolean {
    return this.codes !== null;
  }

  // Appends field i of a row of `object` (-1: unknown).
  pushField(fields: FieldSpans, i: number, object = -1): void {
    if (this.numbers !== null) {
      const v = fields.number(i);
      if (!Number.isNaN(v) || fields.isBlank(i)) return this.pushNumber(v);
      this.toText();
    }
    if (object < 0) { this.pushText(fields.text(i).trim()); return; }
    if (object >= this.lastCodeOf.length) {
      const grown = new Int32Array(Math.max(1024, 2 * object + 2));
      grown.set(this.lastCodeOf);
      this.lastCodeOf = grown;
    }
    const last = this.lastCodeOf[object] - 1;
    if (last >= 0 && fields.equals(i, this.values[last])) { this.pushCode(last); return; }
    this.lastCodeOf[object] = this.pushText(fields.text(i).trim()) + 1;
  }

  // Appends a value given as a number (NaN: no value); a text column stores its text.
  pushNumberValue(v: number): void {
    if (this.numbers !== null) this.pushNumber(v);
    else this.pushText(Number.isNaN(v) ? '' : String(v));
  }

  // Appends a value declared as text, switching the column to text (a vessel name "123" stays text).
  pushString(value: string): void {
    if (this.numbers !== null) this.toText();
    this.pushText(value);
  }

  // Appends "no value" (NaN, or '' for text).
  pushEmpty(): void {
    if (this.numbers !== null) this.pushNumber(NaN);
    else this.pushText('');
  }

  // Pads with "no value" up to a length (for files that lack this column).
  padTo(length: number): void {
    while (this.length < length) this.pushEmpty();
  }

  // Keeps only the rows whose flag is set (used when rows are rejected after the fact).
  compact(keep: Uint8Array): void {
    let w = 0;
    if (this.numbers !== null) {
      const a = this.numbers;
      for (let r = 0; r < this.length; r++) if (keep[r]) a[w++] = a[r];
    } else {
      const c = this.codes!;
      for (let r = 0; r < this.length; r++) if (keep[r]) c[w++] = c[r];
    }
    this.length = w;
  }

  finishNumeric(): Float64Array | null {
    return this.numbers === null ? null : firstValues(this.numbers, this.length);
  }

  finishText(): TextColumn | null {
    return this.codes === null ? null : { codes: firstValues(this.codes, this.length), values: this.values };
  }

  private pushNumber(v: number): void {
    if (this.length === this.numbers!.length) {
      const grown = new Float64Array(this.numbers!.length * 2);
      grown.set(this.numbers!);
      this.numbers = grown;
    }
    this.numbers![this.length++] = v;
  }

  // Appends a text value; returns its code.
  private pushText(value: string): number {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      value = ownString(value);
      this.values.push(value);
      this.index.set(value, code);
    }
    this.pushCode(code);
    return code;
  }

  private pushCode(code: number): void {
    if (this.length === this.codes!.length) {
      const grown = new Uint32Array(this.codes!.length * 2);
      grown.set(this.codes!);
      this.codes = grown;
    }
    this.codes![this.length++] = code;
  }

  private toText(): void {
    const numbers = this.numbers!;
    const count = this.length;
    this.numbers = null;
    this.codes = new Uint32Array(Math.max(1024, numbers.length));
    this.length = 0;
    for (let r = 0; r < count; r++) this.pushText(Number.isNaN(numbers[r]) ? '' : String(numbers[r]));
  }
}
