// One extra column of the input: numeric while every value reads as a number, dictionary-encoded
// text from the first value that does not (earlier numbers are re-encoded as their text).
import type { TextColumn } from './point-table.js';
import type { FieldSpans } from './field-spans.js';

export class PropertyColumn {
  length = 0;
  private numbers: Float64Array | null = new Float64Array(1024);
  private codes: Uint32Array | null = null;
  private values: string[] = [];
  private index = new Map<string, number>();

  constructor(readonly name: string) {}

  get isText(): boolean {
    return this.codes !== null;
  }

  // Appends field i of a row.
  pushField(fields: FieldSpans, i: number): void {
    if (this.numbers !== null) {
      const v = fields.number(i);
      if (!Number.isNaN(v) || fields.isBlank(i)) return this.pushNumber(v);
      this.toText();
    }
    this.pushText(fields.text(i).trim());
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
    return this.numbers === null ? null : this.numbers.slice(0, this.length);
  }

  finishText(): TextColumn | null {
    return this.codes === null ? null : { codes: this.codes.slice(0, this.length), values: this.values };
  }

  private pushNumber(v: number): void {
    if (this.length === this.numbers!.length) {
      const grown = new Float64Array(this.numbers!.length * 2);
      grown.set(this.numbers!);
      this.numbers = grown;
    }
    this.numbers![this.length++] = v;
  }

  private pushText(value: string): void {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
    }
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
