// FieldSpans splits lines in place inside a whole chunk of text: every line must split, read and
// compare exactly as the same line on its own string does.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { FieldSpans } from '../../../src/input/field-spans.js';
import { splitDelimited } from '../../../src/input/split-delimited.js';
import { canonicalInteger, parseDecimal } from '../../../src/input/parse-number.js';
import { makeTimestampParser } from '../../../src/input/parse-timestamp.js';
import { ownString } from '../../../src/input/own-string.js';

// Lines as ranges of one text, the way readLineChunks hands them over.
function chunk(lines: string[]) {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (const line of lines) {
    starts.push(text.length);
    text += line;
    ends.push(text.length);
    text += '\n';
  }
  return { text, starts, ends };
}

const cell = fc.oneof(
  fc.constantFrom('', ' ', '12', '-74.07157', '2020-06-30T00:00:00', '1593475200', '1593475200000', '367000140', '0123', 'a b', '"q,r"', '"', 'x"y'),
  fc.string({ maxLength: 6 }),
);
const line = fc.array(cell, { minLength: 1, maxLength: 8 }).map((cells) => cells.join(','));

describe('FieldSpans over a chunk of lines', () => {
  it('splits every line of a chunk as splitDelimited splits it alone, with numbers, times and comparisons read in place', () => {
    const parseTime = makeTimestampParser('auto');
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom(',', ';'), (lines, delimiter) => {
      const lines2 = lines.map((l) => (delimiter === ',' ? l : l.replace(/,/g, ';')));
      const { text, starts, ends } = chunk(lines2);
      const fields = new FieldSpans().setText(text);
      lines2.forEach((alone, k) => {
        fields.scanRange(starts[k], ends[k], delimiter);
        const expected = splitDelimited(alone, delimiter);
        expect(fields.toArray()).toEqual(expected);
        expected.forEach((value, i) => {
          expect(Object.is(fields.number(i), parseDecimal(value))).toBe(true);
          expect(Object.is(fields.time(i, parseTime), parseTime(value))).toBe(true);
          expect(fields.equals(i, value)).toBe(true);
          expect(fields.equals(i, `${value}x`)).toBe(false);
          expect(fields.integerKey(i)).toBe(canonicalInteger(value, 0, value.length));
        });
      });
    }), { numRuns: 300 });
  });

  it('reads numbers from the ASCII bytes of the chunk exactly as from its text', () => {
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
      const { text, starts, ends } = chunk(lines);
      fc.pre(/^[\x00-\x7f]*$/.test(text));
      const bytes = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
      const fromText = new FieldSpans().setText(text);
      const fromBytes = new FieldSpans().setText(text, bytes);
      lines.forEach((_, k) => {
        fromText.scanRange(starts[k], ends[k], ',');
        fromBytes.scanRange(starts[k], ends[k], ',');
        expect(fromBytes.count).toBe(fromText.count);
        for (let i = 0; i <= fromText.count; i++) expect(Object.is(fromBytes.number(i), fromText.number(i))).toBe(true);
      });
    }), { numRuns: 300 });
  });

  it('never reads past the end of a field into the next one', () => {
    const parseTime = makeTimestampParser('auto');
    const fields = new FieldSpans().scan('2020-06-30T12:3,5,1e,5', ',');
    expect(fields.time(0, parseTime)).toBeNaN();
    expect(fields.number(2)).toBeNaN();
    const pattern = makeTimestampParser('%d/%m/%Y %H:%M:%S');
    const text = '30/06/2020 12:00:07';
    expect(pattern(text, 0, 17)).toBeNaN();
    expect(pattern(text, 0, 18)).toBe(Date.UTC(2020, 5, 30, 12, 0, 0));
    expect(pattern(text)).toBe(Date.UTC(2020, 5, 30, 12, 0, 7));
    expect(parseTime('2020-06-30T12:00:00+01:00', 0, 21)).toBeNaN();
    expect(parseTime('2020-06-30 12:00:00Z', 0, 10)).toBe(Date.UTC(2020, 5, 30));
  });

  it('finds delimiters in linear time on a chunk of lines that have none', () => {
    const lines = Array.from({ length: 50_000 }, () => 'abcdefghij');
    const { text, starts, ends } = chunk(lines);
    const fields = new FieldSpans().setText(text);
    const t0 = performance.now();
    for (let k = 0; k < lines.length; k++) fields.scanRange(starts[k], ends[k], ',');
    // Quadratic search (to the chunk end for every line) takes seconds here; linear is ~10 ms.
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(fields.toArray()).toEqual(['abcdefghij']);
  });
});

describe('canonicalInteger', () => {
  it('maps only the one canonical spelling of an integer to its value', () => {
    expect(canonicalInteger('367000140', 0, 9)).toBe(367000140);
    expect(canonicalInteger('0', 0, 1)).toBe(0);
    for (const s of ['', '0123', '-1', '+1', ' 1', '1.0', '1e3', '1234567890123456']) expect(canonicalInteger(s, 0, s.length), s).toBe(-1);
  });
});

describe('ownString', () => {
  it('returns an equal string, lone surrogates included', () => {
    for (const s of ['short', 'a much longer object id', '\ud800 lone surrogate inside a long id', '船-1 Ålesund-ø long enough']) expect(ownString(s)).toBe(s);
  });
});
