import { describe, it, expect } from 'vitest';
import { parseDecimal } from '../../../src/input/parse-number.js';

describe('parseDecimal', () => {
  it('equals Number() for plain decimals', () => {
    for (const s of ['0', '-0', '1', '-74.07157', '40.64409', '0.1', '.5', '5.', '+3.25', '123456789012345', '-3.67394039744e-15', '1E3', ' -123 ', '0.30000000000000004']) {
      expect(parseDecimal(s), s).toBe(Number(s));
    }
  });

  it('is NaN for blanks and non-decimals that Number() would accept', () => {
    for (const s of ['', ' ', '0x1f', 'Infinity', '12abc', '-', '.', '1.2.3', 'e5', '1e999']) expect(parseDecimal(s), s).toBeNaN();
  });
});
