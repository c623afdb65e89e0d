import { describe, expect, it } from 'vitest';
import { applyDataDefaults, describeAppliedDefaults } from '../../../src/options/apply-data-defaults.js';
import { busiestFrame, defaultDurationMs, defaultTrailMs } from '../../../src/options/data-defaults.js';
import { formatDurationFlag, parseDurationMs } from '../../../src/options/parse-values.js';
import type { DataFacts } from '../../../src/trajectory/data-facts.js';

const H = 3_600_000;
const facts = (spanMs: number, medianStepMs: number, starts: number[] = [0], ends: number[] = [spanMs]): DataFacts => ({
  spanMs: [0, spanMs], medianStepMs, pointObjects: 0, tracks: starts.length,
  startMs: Float64Array.from(starts), endMs: Float64Array.from(ends), timesRelative: false,
  domain: 'terrestrial', numericProperties: [], textProperties: [], knotsProperties: [],
});

describe('data defaults', () => {
  it('the movie lasts a minute for long data, plays short data in real time, 10 s at least, 5 s for one instant', () => {
    expect(defaultDurationMs({ facts: facts(24 * H, 10_000), values: {} })).toBe(60_000);
    expect(defaultDurationMs({ facts: facts(30_000, 1000), values: {} })).toBe(30_000);
    expect(defaultDurationMs({ facts: facts(900, 100), values: {} })).toBe(10_000);
    expect(defaultDurationMs({ facts: facts(0, 0), values: {} })).toBe(5_000);
    // --start/--end narrow the span the movie shows.
    expect(defaultDurationMs({ facts: facts(24 * H, 10_000), values: { startTime: 0, endTime: 20_000 } })).toBe(20_000);
  });

  it('the trail is about 3 s of movie, rounded, at least 3 sampling steps and at most a third of the span', () => {
    // A day in a minute: 3 s of movie is 72 minutes of data, rounded to 5 minutes over an hour.
    expect(defaultTrailMs({ facts: facts(24 * H, 10_000), values: {} })).toBe(70 * 60_000);
    // A given duration changes the pace: a day in 10 minutes -> 7.2 min, rounded to 10 s: 7m10s.
    expect(defaultTrailMs({ facts: facts(24 * H, 10_000), values: { durationMs: 600_000 } })).toBe(430_000);
    // Sparse data: 3 steps of 10 minutes.
    expect(defaultTrailMs({ facts: facts(H, 600_000), values: {} })).toBe(20 * 60_000);
    // Very sparse data: never more than a third of the span.
    expect(defaultTrailMs({ facts: facts(H, 30 * 60_000), values: {} })).toBe(20 * 60_000);
  });

  it('applyDataDefaults fills only what was not given, in definition order, with the flag and typed value', () => {
    const { options, applied } = applyDataDefaults({ fps: 30 }, facts(24 * H, 10_000));
    expect(options).toMatchObject({ fps: 30, durationMs: 60_000, trailDurationMs: 70 * 60_000 });
    expect(applied.map((a) => [a.flag, a.text])).toEqual([['--skip-idle', 'off'], ['--duration', '1m'], ['--trail', '1h10m']]);
    const given = applyDataDefaults({ skipIdle: false, durationMs: 600_000, trailDurationMs: 1000 }, facts(24 * H, 10_000));
    expect(given.applied).toEqual([]);
    expect(given.options.trailDurationMs).toBe(1000);
    // Idle two thirds of the time: skipped, and the trail follows the pace of the active third.
    const idle = applyDataDefaults({}, facts(24 * H, 10_000, [0, 20 * H], [2 * H, 24 * H]));
    expect(idle.options).toMatchObject({ skipIdle: true, durationMs: 60_000 });
    expect(idle.options.trailDurationMs).toBeLessThan(40 * 60_000);
    expect(describeAppliedDefaults(applied.slice(1), [{ key: 'size', flag: '--size', value: [1280, 720], text: '1280x720' }]))
      .toBe('defaults: --duration 1m, --trail 1h10m (from the data), --size 1280x720; give a flag to change one');
  });

  it('formatDurationFlag writes what parseDurationMs reads', () => {
    for (const ms of [1, 999, 1000, 45 * 60_000, 2_700_000, 90 * 60_000, 86_400_000 + 3 * H + 500]) {
      expect(parseDurationMs(formatDurationFlag(ms))).toBe(ms);
    }
    expect(formatDurationFlag(2_700_000)).toBe('45m');
    expect(formatDurationFlag(90 * 60_000)).toBe('1h30m');
  });

  it('relative times (seconds from 0) get the elapsed clock, unless --clock-format is given', () => {
    const relative = { ...facts(1800_000, 1000), timesRelative: true };
    const { options, applied } = applyDataDefaults({}, relative);
    expect(options).toMatchObject({ clockFormat: 'elapsed' });
    expect(applied.map((a) => [a.flag, a.text])).toContainEqual(['--clock-format', 'elapsed']);
    expect(applyDataDefaults({ clockFormat: '%H:%M' }, relative).options.clockFormat).toBe('%H:%M');
    expect(applyDataDefaults({}, facts(1800_000, 1000)).options).not.toHaveProperty('clockFormat');
  });

  it('busiestFrame is the middle of the first run of frames with the most objects present', () => {
    // Objects over [0,10], [4,8], [5,6]: three at once only over [5,6].
    const f = facts(10, 1, [0, 4, 5], [10, 8, 6]);
    expect(busiestFrame((k) => k, 11, f, 0)).toBe(5);
    // A point object counts within half a trail of its time.
    const points: DataFacts = { ...facts(10, 0, [2, 3, 9], [2, 3, 9]), pointObjects: 3 };
    expect(busiestFrame((k) => k, 11, points, 2)).toBe(2);
  });
});
