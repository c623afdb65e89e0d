// One extra column of the input: numeric while every value reads as a number, dictionary-encoded
// text from the first value that does not (earlier numbers are re-encoded as their text). While
// reading, text codes are 16-bit until the dictionary outgrows them (names, call signs and classes of
// a day of AIS do not).
import type { TextColumn } from './point-table.js';
import type { FieldSpans } from './field-spans.js';
import { ownString } from './own-string.js';
import { ChunkedColumn, resizableArray } from './chunked-column.js';
import { sharedFloat64, sharedUint32 } from '../memory/shared-arrays.js';

const MAX_UINT16 = 0xffff;

export class PropertyColumn {
  length = 0;
  private numbers: ChunkedColumn<Float64Array> | null = new ChunkedColumn(Float64Array);
  private codes: ChunkedColumn<Uint16Array> | ChunkedColumn<Uint32Array> | null = null;
  private wideCodes = false;
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
      // Missing-value tokens (NULL, NA, ...) keep a column of numbers numeric.
      if (!Number.isNaN(v) || fields.isMissing(i)) return this.pushNumber(Number.isNaN(v) ? NaN : v);
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
    this.length = (this.numbers ?? this.codes!).compact(keep);
  }

  finishNumeric(): Float64Array | null {
    return this.numbers === null ? null : this.numbers.finish(sharedFloat64);
  }

  finishText(): TextColumn | null {
    if (this.codes === null) return null;
    // 16-bit codes are widened by assembly, which then gives them back; 32-bit ones are reordered in place.
    const codes = this.wideCodes ? this.codes.finish(sharedUint32) : this.codes.finish((n) => resizableArray(Uint16Array, n));
    return { codes, values: this.values };
  }

  private pushNumber(v: number): void {
    this.numbers!.push(v);
    this.length++;
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
    if (code > MAX_UINT16 && !this.wideCodes) {
      this.codes = this.codes!.convert(Uint32Array);
      this.wideCodes = true;
    }
    this.codes!.push(code);
    this.length++;
  }

  private toText(): void {
    const numbers = this.numbers!;
    const count = this.length;
    this.numbers = null;
    this.codes = new ChunkedColumn(Uint16Array);
    this.length = 0;
    for (let r = 0; r < count; r++) {
      const v = numbers.get(r);
      this.pushText(Number.isNaN(v) ? '' : String(v));
    }
  }
}
