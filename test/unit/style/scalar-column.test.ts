import { describe, expect, it } from 'vitest';
import { robustRange, scalarColumn } from '../../../src/style/scalar-column.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { pointTable } from '../render/synthetic-scene.js';
import { isTrackreelError } from '../../../src/errors/trackreel-error.js';

const { set } = assembleTrajectories(pointTable([
  { id: 'a', points: [[0, 0, 0, 10], [1000, 0.1, 0, 20], [2000, 0.2, 0, NaN], [3000, 0.3, 0, 30]] },
], ['speed']), { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 });

describe('scalarColumn', () => {
  it('scalarColumn() normalises a property to [0, 1] over its 2nd-98th percentile, keeping NaN', () => {
    const { scalar, min, max } = scalarColumn(set, 'speed');
    // Linear interpolation between 10, 20, 30: 10 + 0.02 * 20 and 30 - 0.02 * 20.
    expect(min).toBeCloseTo(10.4, 9); expect(max).toBeCloseTo(29.6, 9);
    expect(scalar!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(scalar!)).toEqual([0, 0.5, NaN, 1]);
  });

  it('robustRange() ignores outliers beyond the 2nd and 98th percentile', () => {
    const values = new Float64Array(1000).map((_, i) => i % 100);
    values[7] = 1e6; values[8] = -1e6; values[9] = NaN;
    const [lo, hi] = robustRange(values);
    expect(lo).toBeGreaterThanOrEqual(0); expect(lo).toBeLessThan(3);
    expect(hi).toBeGreaterThan(96); expect(hi).toBeLessThanOrEqual(99);
  });

  it('scalarColumn() gives every point of an object its category for id', () => {
    const { scalar } = scalarColumn(set, 'id');
    expect(Array.from(scalar!)).toEqual([0, 0, 0, 0]);
  });

  it('scalarColumn() clamps to an explicit range', () => {
    const { scalar } = scalarColumn(set, 'speed', [15, 25]);
    expect(Array.from(scalar!)).toEqual([0, 0.5, NaN, 1]);
  });

  it('scalarColumn() returns null for progress', () => {
    expect(scalarColumn(set, 'progress').scalar).toBeNull();
  });

  it('scalarColumn() throws INVALID_OPTION naming the numeric properties', () => {
    try {
      scalarColumn(set, 'altitude');
      expect.unreachable();
    } catch (error) {
      expect(isTrackreelError(error) && error.code).toBe('INVALID_OPTION');
      expect((error as Error).message).toContain('speed');
    }
  });
});
