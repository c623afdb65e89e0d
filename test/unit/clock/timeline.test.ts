import { describe, expect, it } from 'vitest';
import { createTimeline, firstFrameAtOrAfter, frameTimeMs, lastFrameAtOrBefore } from '../../../src/clock/timeline.js';

describe('timeline', () => {
  it('frameTimeMs() puts the first frame at the start and the last at the end', () => {
    const tl = createTimeline({ startMs: 1_000, endMs: 61_000, fps: 30, durationSec: 2 });
    expect(tl.frameCount).toBe(60);
    expect(frameTimeMs(tl, 0)).toBe(1_000);
    expect(frameTimeMs(tl, 59)).toBe(61_000);
    expect(frameTimeMs(tl, 1)).toBe(1_000 + Math.round(60_000 / 59));
  });
  it('frameTimeMs() is exact and monotonic for long spans and many frames', () => {
    const tl = { fps: 60, frameCount: 1_000_000, startMs: 0, endMs: 10 * 365 * 86_400_000 };
    const span = tl.endMs;
    for (const k of [1, 2, 12345, 999_998, 999_999]) {
      expect(frameTimeMs(tl, k)).toBe(Number((2n * BigInt(k) * BigInt(span) + 999_999n) / 1_999_998n));
      if (k > 0) expect(frameTimeMs(tl, k)).toBeGreaterThan(frameTimeMs(tl, k - 1));
    }
  });
  it('frameTimeMs() rejects frames outside the timeline', () => {
    const tl = createTimeline({ startMs: 0, endMs: 10, fps: 1, durationSec: 3 });
    expect(() => frameTimeMs(tl, 3)).toThrow(RangeError);
    expect(() => frameTimeMs(tl, -1)).toThrow(RangeError);
  });
  it('lastFrameAtOrBefore() and firstFrameAtOrAfter() bracket a time', () => {
    const tl = createTimeline({ startMs: 0, endMs: 900, fps: 10, durationSec: 1 }); // frames every 100 ms
    expect(lastFrameAtOrBefore(tl, 250)).toBe(2);
    expect(firstFrameAtOrAfter(tl, 250)).toBe(3);
    expect(firstFrameAtOrAfter(tl, 300)).toBe(3);
    expect(lastFrameAtOrBefore(tl, -5)).toBe(-1);
    expect(firstFrameAtOrAfter(tl, 901)).toBe(10);
  });
});
