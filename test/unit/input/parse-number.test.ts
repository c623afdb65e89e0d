import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseDecimal, parseDecimalBytes, parseDecimalRange } from '../../../src/input/parse-number.js';

describe('parseDecimal', () => {
  it('equals Number() for plain decimals', () => {
    for (const s of ['0', '-0', '1', '-74.07157', '40.64409', '0.1', '.5', '5.', '+3.25', '123456789012345', '-3.67394039744e-15', '1E3', ' -123 ', '0.30000000000000004']) {
      expect(parseDecimal(s), s).toBe(Number(s));
    }
  });

  it('is NaN for blanks and non-decimals that Number() would accept', () => {
    for (const s of ['', ' ', '0x1f', 'Infinity', '12abc', '-', '.', '1.2.3', 'e5', '1e999']) expect(parseDecimal(s), s).toBeNaN();
  });

  it('equals Number() on random coordinates, times and measurements as data files write them', () => {
    const text = fc.oneof(
      fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 12 })).map(([v, k]) => v.toFixed(k)),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.integer({ min: 0, max: 2 ** 53 }).map(String),
      fc.stringMatching(/^[-+]?\d{0,18}(\.\d{0,18})?$/),
    );
    fc.assert(fc.property(text, (s) => {
      const expected = Number(s);
      const got = parseDecimal(s);
      if (s.replace(/[-+.]/g, '') === '') expect(got).toBeNaN();
      else expect(Object.is(got, expected), `${s}: ${got} vs ${expected}`).toBe(true);
    }), { numRuns: 2000 });
  });
});

describe('parseDecimalBytes (the same text as ASCII bytes)', () => {
  const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
  it('gives what parseDecimalRange gives for every field, in place in a line', () => {
    const field = fc.oneof(
      fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 12 })).map(([v, k]) => v.toFixed(k)),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.integer({ min: 0, max: 2 ** 53 }).map(String),
      fc.constantFrom('', ' ', '-', '.', '5.', '.5', '-.5', '+3', '-0', '-0.0', ' 7', '7 ', '1e3', '12abc', '1.2.3', '0x1f', '1234567890123456', '0.1234567890123456', '511.0'),
      fc.string({ maxLength: 8 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
    );
    fc.assert(fc.property(field, fc.constantFrom('', 'x,', '12,'), fc.constantFrom('', ',9', '7'), (value, before, after) => {
      const line = before + value + after;
      const from = before.length, to = from + value.length;
      expect(Object.is(parseDecimalBytes(ascii(line), line, from, to), parseDecimalRange(line, from, to)), JSON.stringify(line)).toBe(true);
    }), { numRuns: 2000 });
  });
});
