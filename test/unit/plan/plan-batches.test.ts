import { describe, expect, it } from 'vitest';
import { defaultBatchSize, planBatches } from '../../../src/plan/plan-batches.js';

describe('planBatches', () => {
  it('planBatches() covers every frame exactly once, for many sizes', () => {
    for (const frameCount of [1, 2, 7, 29, 30, 31, 600, 1801]) {
      for (const batchSize of [1, 7, 30, 64, 1000]) {
        const batches = planBatches(frameCount, batchSize);
        const seen = new Uint8Array(frameCount);
        batches.forEach((b, i) => {
          expect(b.batchIndex).toBe(i);
          expect(b.end).toBeGreaterThan(b.start);
          expect(b.end - b.start).toBeLessThanOrEqual(batchSize);
          for (let k = b.start; k < b.end; k++) seen[k]++;
        });
        expect([...seen].every((c) => c === 1)).toBe(true);
        expect(batches.at(-1)!.end).toBe(frameCount);
      }
    }
  });
  it('planBatches() with 1800 frames in 4 batches gives 1800 frames, not 1804', () => {
    const batches = planBatches(1800, 450);
    expect(batches).toHaveLength(4);
    expect(batches.reduce((n, b) => n + b.end - b.start, 0)).toBe(1800);
  });
  it('planBatches() rejects non-positive sizes', () => {
    expect(() => planBatches(0, 5)).toThrow(RangeError);
    expect(() => planBatches(5, 0)).toThrow(RangeError);
    expect(() => planBatches(5, 1.5)).toThrow(RangeError);
  });
  it('defaultBatchSize() gives about four batches per worker within bounds', () => {
    expect(defaultBatchSize(1800, 2)).toBe(225);
    expect(defaultBatchSize(60, 2)).toBe(30);
    expect(defaultBatchSize(100000, 2)).toBe(600);
  });
});
