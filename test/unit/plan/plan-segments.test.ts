import { describe, expect, it } from 'vitest';
import { planSegments, segmentBatchSize, segmentFrames, segmentsOf } from '../../../src/plan/plan-segments.js';
import { planBatches } from '../../../src/plan/plan-batches.js';

describe('canonical segments', () => {
  it('segmentFrames() is whole seconds, at least 120 frames, longer for longer movies, at most 10 s', () => {
    expect(segmentFrames(600, 30)).toBe(120); // 20 s: 4 s segments
    expect(segmentFrames(360, 12)).toBe(120); // 10 s at 12 fps
    expect(segmentFrames(36, 12)).toBe(120); // shorter than one segment: one segment
    expect(segmentFrames(18_000, 30)).toBe(300); // 10 min: 10 s
    expect(segmentFrames(9_000, 30)).toBe(150); // 5 min: 5 s
    expect(segmentFrames(108_000, 30)).toBe(300); // an hour: still 10 s
    expect(segmentFrames(100, 7)).toBe(126); // 18 s at 7 fps
    for (const fps of [1, 7, 24, 25, 30, 60, 240]) expect(segmentFrames(10_000, fps) % fps).toBe(0);
  });

  it('planSegments() covers every frame once, in half-open ranges', () => {
    expect(planSegments(250, 120)).toEqual([{ start: 0, end: 120 }, { start: 120, end: 240 }, { start: 240, end: 250 }]);
  });

  it('batches made of whole segments cut the movie at segment bounds only, whatever the batch size', () => {
    const length = 12;
    const bounds = new Set(planSegments(100, length).map((s) => s.start));
    for (const requested of [null, 1, 7, 12, 13, 64, 1000]) {
      const size = segmentBatchSize(requested, length);
      expect(size % length).toBe(0);
      const batches = planBatches(100, size);
      const pieces = batches.flatMap((b) => segmentsOf(b, length));
      expect(pieces).toEqual(planSegments(100, length));
      for (const b of batches) expect(bounds.has(b.start)).toBe(true);
    }
    expect(segmentBatchSize(null, length)).toBe(12);
    expect(segmentBatchSize(64, length)).toBe(72);
  });
});
