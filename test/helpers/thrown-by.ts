// The error a call throws, for tests that check its code and message; the test fails if the
// call returns instead.
import { expect } from 'vitest';

export function thrownBy(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error;
  }
  return expect.unreachable('expected the call to throw');
}
