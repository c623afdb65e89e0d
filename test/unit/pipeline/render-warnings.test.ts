import { describe, expect, it } from 'vitest';
import { createTimeline } from '../../../src/clock/timeline.js';
import { colorWarning, idleFramesWarning, stillTimeWarning } from '../../../src/pipeline/render-warnings.js';
import type { ScalarColumn } from '../../../src/style/scalar-column.js';
import type { TrajectorySet } from '../../../src/trajectory/trajectory-set.js';

const H = 3_600_000;
const numeric = (values: number[], min: number, max: number): ScalarColumn => ({
  scalar: Float32Array.from(values), min, max, kind: 'numeric', title: 'altitude', cyclic: false, palette: null, categories: null,
});
// Two tracks: [0, 1 h] and [10 h, 12 h].
const set = {
  count: 2, offsets: Uint32Array.from([0, 2, 4]), startMs: Float64Array.from([0, 10 * H]), endMs: Float64Array.from([H, 12 * H]), timeSpanMs: [0, 12 * H],
} as unknown as TrajectorySet;

describe('render warnings', () => {
  it('a constant or all-missing colour property is named, with the remedy', () => {
    expect(colorWarning('altitude', numeric([0.5, 0.5], 0, 0), false)).toMatch(/every point has the value 0.*--scalar-range/);
    expect(colorWarning('altitude', numeric([NaN, NaN], 0, 1), false)).toMatch(/no point has a value/);
    expect(colorWarning('altitude', numeric([0, 1], 0, 100), false)).toBeNull();
    expect(colorWarning('altitude', numeric([0.5, 0.5], 0, 0), true)).toBeNull();
  });

  it('a run of frames showing nothing for over a second is reported with its frames, unless idle time is skipped', () => {
    const timeline = createTimeline({ startMs: 0, endMs: 12 * H, fps: 10, durationSec: 12 });
    expect(idleFramesWarning(set, timeline, H)).toMatch(/^frames 20-99 \(8\.0 s of movie\) show no object; --skip-idle/);
    expect(idleFramesWarning(set, { ...timeline, skips: [{ firstFrame: 20, lastFrame: 27, startMs: 2 * H, endMs: 10 * H }] }, H)).toBeNull();
  });

  it('a still outside the data time span says so', () => {
    expect(stillTimeWarning(set, 30 * H, H)).toMatch(/outside the data's time span/);
    expect(stillTimeWarning(set, 11 * H, H)).toBeNull();
  });
});
