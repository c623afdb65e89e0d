import { describe, it, expect } from 'vitest';
import { normalizeDelimiter, splitDelimited } from '../../../src/input/split-delimited.js';

describe('splitDelimited', () => {
  it('splits plain fields and keeps empty ones', () => {
    expect(splitDelimited('a,b,,d,', ',')).toEqual(['a', 'b', '', 'd', '']);
    expect(splitDelimited('', ',')).toEqual(['']);
    expect(splitDelimited('a\tb\tc', '\t')).toEqual(['a', 'b', 'c']);
    expect(splitDelimited('a;b|c', ';')).toEqual(['a', 'b|c']);
  });

  it('honours double quotes and doubled-quote escapes', () => {
    expect(splitDelimited('"a,b",c', ',')).toEqual(['a,b', 'c']);
    expect(splitDelimited('x,"say ""hi""",y', ',')).toEqual(['x', 'say "hi"', 'y']);
    expect(splitDelimited('x,"",y', ',')).toEqual(['x', '', 'y']);
    expect(splitDelimited('x, "q,r"', ',')).toEqual(['x', 'q,r']);
    expect(splitDelimited('a,"b', ',')).toEqual(['a', 'b']);
    expect(splitDelimited('"a",', ',')).toEqual(['a', '']);
    expect(splitDelimited('ab"c,d', ',')).toEqual(['ab"c', 'd']);
  });

  it('collapses runs of spaces and tabs in whitespace mode', () => {
    expect(splitDelimited('  a   b\t\tc  ', ' ')).toEqual(['a', 'b', 'c']);
    expect(splitDelimited('a "b c" d', ' ')).toEqual(['a', 'b c', 'd']);
    expect(splitDelimited('   ', ' ')).toEqual([]);
  });

  it('reuses the output array', () => {
    const out: string[] = [];
    const first = splitDelimited('a,b,c', ',', out);
    expect(first).toBe(out);
    expect(splitDelimited('d', ',', out)).toEqual(['d']);
  });
});

describe('normalizeDelimiter', () => {
  it('accepts one character, auto and a few names, and rejects the rest', () => {
    expect(normalizeDelimiter('auto')).toBe('auto');
    expect(normalizeDelimiter(';')).toBe(';');
    expect(normalizeDelimiter('tab')).toBe('\t');
    expect(normalizeDelimiter('\\t')).toBe('\t');
    expect(normalizeDelimiter('space')).toBe(' ');
    expect(() => normalizeDelimiter(';;')).toThrow(/Expected a single character, "tab", "space" or "auto" for delimiter/);
  });
});
