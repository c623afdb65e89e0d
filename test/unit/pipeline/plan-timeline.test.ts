import { describe, expect, it } from 'vitest';
import { frameTimeMs } from '../../../src/clock/timeline.js';
import { planTimeline } from '../../../src/pipeline/plan-timeline.js';
import type { TrajectorySet } from '../../../src/trajectory/trajectory-set.js';

const set = { timeSpanMs: [1_000_000, 1_600_000] } as TrajectorySet;
const opts = { fps: 30, durationMs: 10_000, startMs: null, endMs: null, trailDurationMs: 60_000 };

describe('planTimeline', () => {
  it('spans the data: frame 0 at the first point, the last frame at the last point', () => {
    const t = planTimeline(set, opts);
    expect(t.frameCount).toBe(300);
    expect(frameTimeMs(t, 0)).toBe(1_000_000);
    expect(frameTimeMs(t, 299)).toBe(1_600_000);
  });

  it('honours --start/--end and rejects an end before the start or a movie without frames', () => {
    expect(frameTimeMs(planTimeline(set, { ...opts, startMs: 1_200_000 }), 0)).toBe(1_200_000);
    expect(() => planTimeline(set, { ...opts, endMs: 900_000 })).toThrow(/would end .* before it starts/);
    expect(() => planTimeline(set, { ...opts, durationMs: 10 })).toThrow(/has no frames/);
  });
});
