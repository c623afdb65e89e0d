import { describe, expect, it } from 'vitest';
import { formatSkipped, idleShare, idleStretches, planSkips, skipMarker } from '../../../src/clock/skip-idle.js';
import { createTimeline, frameTimeMs, lastFrameAtOrBefore } from '../../../src/clock/timeline.js';

const H = 3_600_000;

describe('skip idle', () => {
  it('idleStretches is the part of the span no visible interval covers', () => {
    const idle = idleStretches([0, 10 * H, 11 * H], [2 * H, 10.5 * H, 12 * H], [0, 12 * H], H);
    expect(idle).toEqual([[3 * H, 10 * H]]);
    expect(idleShare(idle, [0, 12 * H])).toBeCloseTo(7 / 12, 9);
    // A point object is visible from half a trail before its time.
    expect(idleStretches([0, 10 * H], [2 * H, 10 * H], [0, 12 * H], H, (i) => (i === 1 ? H : 0))).toEqual([[3 * H, 9 * H], [11 * H, 12 * H]]);
  });

  it('planSkips compresses long idle stretches into short pauses; frame times stay monotone, exact at the ends and true inside a skip', () => {
    const base = createTimeline({ startMs: 0, endMs: 12 * H, fps: 30, durationSec: 60 });
    const skips = planSkips(base, [[3 * H, 10 * H]]);
    expect(skips).toHaveLength(1);
    const timeline = { ...base, skips };
    const [skip] = skips;
    expect(skip.lastFrame - skip.firstFrame).toBe(23);
    expect(frameTimeMs(timeline, 0)).toBe(0);
    expect(frameTimeMs(timeline, timeline.frameCount - 1)).toBe(12 * H);
    expect(frameTimeMs(timeline, skip.firstFrame)).toBe(3 * H);
    expect(frameTimeMs(timeline, skip.lastFrame)).toBe(10 * H);
    let previous = -Infinity;
    for (let k = 0; k < timeline.frameCount; k++) {
      const t = frameTimeMs(timeline, k);
      expect(t).toBeGreaterThanOrEqual(previous);
      previous = t;
    }
    // The 5 active hours share the other frames at one pace: 3 h before the skip, 2 h after.
    expect(skip.firstFrame).toBe(Math.round(((timeline.frameCount - 1 - 23) * 3) / 5));
    // The frame index's search works on the compressed timeline.
    expect(frameTimeMs(timeline, lastFrameAtOrBefore(timeline, 5 * H))).toBeLessThanOrEqual(5 * H);
    expect(skipMarker(timeline, skip.firstFrame + 1)).toBe('+7 h');
    expect(skipMarker(timeline, 0)).toBeNull();
  });

  it('planSkips leaves short idle stretches alone', () => {
    const base = createTimeline({ startMs: 0, endMs: 12 * H, fps: 30, durationSec: 60 });
    expect(planSkips(base, [[3 * H, 3.2 * H]])).toEqual([]);
  });

  it('formatSkipped says how much was skipped in words one reads at a glance', () => {
    expect(formatSkipped(6 * H + 12 * 60_000)).toBe('6 h 12 min');
    expect(formatSkipped(2 * 24 * H + 3 * H)).toBe('2 d 3 h');
    expect(formatSkipped(45 * 60_000)).toBe('45 min');
    expect(formatSkipped(20_000)).toBe('20 s');
  });
});
