import { describe, expect, it } from 'vitest';
import { createTimeline, frameTimeMs } from '../../../src/clock/timeline.js';
import { buildFrameIndex, forEachVisibleTrajectory } from '../../../src/trajectory/frame-index.js';
import type { TrajectorySet } from '../../../src/trajectory/trajectory-set.js';
import { visibleWindow } from '../../../src/trajectory/visible-window.js';

// n trajectories; trajectory i spans [starts[i], ends[i]] with points every 10 ms.
function makeSet(spans: Array<[number, number]>): TrajectorySet {
  const t: number[] = [];
  const offsets = [0];
  for (const [a, b] of spans) { for (let x = a; x <= b; x += 10) t.push(x); offsets.push(t.length); }
  const f = Float64Array.from(t);
  return {
    domain: 'terrestrial', count: spans.length, offsets: Uint32Array.from(offsets),
    objectIndex: Uint32Array.from(spans.map((_, i) => i)), objectIds: spans.map((_, i) => `o${i}`),
    t: f, lon: f.slice(), lat: f.slice(), numeric: {}, text: {},
    startMs: Float64Array.from(spans.map((s) => s[0])), endMs: Float64Array.from(spans.map((s) => s[1])),
    bbox: [0, 0, 1, 1], timeSpanMs: [0, 1000],
  };
}

describe('frame index', () => {
  it('forEachVisibleTrajectory() lists exactly the trajectories whose span meets the trail window', () => {
    const spans: Array<[number, number]> = [];
    for (let i = 0; i < 200; i++) { const a = (i * 37) % 900; spans.push([a, a + 10 + ((i * 13) % 200)]); }
    const set = makeSet(spans);
    const timeline = createTimeline({ startMs: 0, endMs: 1200, fps: 100, durationSec: 1.21 });
    const trail = 50;
    const index = buildFrameIndex(set, timeline, trail, 8);
    for (let k = 0; k < timeline.frameCount; k++) {
      const tk = frameTimeMs(timeline, k);
      const expected = spans.map((s, i) => (s[0] <= tk && s[1] >= tk - trail ? i : -1)).filter((i) => i >= 0);
      const got: number[] = [];
      forEachVisibleTrajectory(index, k, (i) => got.push(i));
      expect(got.sort((a, b) => a - b)).toEqual(expected);
    }
  });

  it('visibleWindow() interpolates both clipped ends and returns null outside', () => {
    const set = makeSet([[100, 200]]);
    expect(visibleWindow(set, 0, 0, 99)).toBeNull();
    expect(visibleWindow(set, 0, 201, 300)).toBeNull();
    const w = visibleWindow(set, 0, 125, 163)!;
    expect(w.tailIndex).toBe(2); // t = 120
    expect(w.tailFraction).toBeCloseTo(0.5);
    expect(w.headIndex).toBe(6); // t = 160
    expect(w.headFraction).toBeCloseTo(0.3);
    const whole = visibleWindow(set, 0, 50, 500)!;
    expect(whole).toEqual({ tailIndex: 0, tailFraction: 0, headIndex: 10, headFraction: 0 });
  });
});
