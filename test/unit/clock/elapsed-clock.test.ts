// Issue 15: relative times (seconds from 0) show as elapsed time, not as dates in 1970.
import { describe, expect, it } from 'vitest';
import { clockTime, ELAPSED_CLOCK_FORMAT, elapsedDigits, formatClock, widestClockText, type ClockFormat } from '../../../src/clock/format-clock.js';
import { clockTextAt } from '../../../src/clock/skip-idle.js';
import { smallestFrameStepMs } from '../../../src/clock/timeline.js';
import { resolveDecorations } from '../../../src/style/default-style.js';

const elapsed = (over: Partial<ClockFormat> = {}): ClockFormat => ({
  timeZone: null, utcOffsetHours: 0, label: null, format: ELAPSED_CLOCK_FORMAT, ...over,
});
const S = 1000;

describe('the elapsed clock', () => {
  it('shows HH:MM:SS from 0, floored to the second, whatever the zone', () => {
    expect(formatClock(0, elapsed())).toBe('00:00:00');
    expect(formatClock(750 * S, elapsed())).toBe('00:12:30');
    expect(formatClock(1800 * S + 999, elapsed())).toBe('00:30:00');
    expect(formatClock(23 * 3600 * S + 59 * 60 * S + 59 * S, elapsed())).toBe('23:59:59');
    expect(formatClock(750 * S, elapsed({ timeZone: 'America/New_York', utcOffsetHours: 5 }))).toBe('00:12:30');
  });

  it('counts days past 24 hours and shows a sign before the origin', () => {
    expect(formatClock(86_400 * S, elapsed())).toBe('1d 00:00:00');
    expect(formatClock((12 * 86_400 + 3 * 3600 + 7) * S, elapsed())).toBe('12d 03:00:07');
    expect(formatClock(-6 * S, elapsed())).toBe('-00:00:06');
    expect(formatClock(-500, elapsed())).toBe('-00:00:01');
  });

  it('counts from elapsedFromMs (the movie start of dated data)', () => {
    const start = Date.parse('2020-06-30T00:00:00Z');
    expect(formatClock(start + 90 * 60 * S, elapsed({ elapsedFromMs: start }))).toBe('01:30:00');
  });

  it('shows fractional seconds only when frames are under a second apart, as many digits as make them differ', () => {
    expect([2000, 1000, 999, 500, 100, 99, 40, 10, 9, 1, 0].map(elapsedDigits)).toEqual([0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 0]);
    expect(formatClock(1500, elapsed({ elapsedDigits: 1 }))).toBe('00:00:01.5');
    expect(formatClock(61_234, elapsed({ elapsedDigits: 2 }))).toBe('00:01:01.23');
    expect(formatClock(61_234, elapsed({ elapsedDigits: 3 }))).toBe('00:01:01.234');
    expect(formatClock(-250, elapsed({ elapsedDigits: 1 }))).toBe('-00:00:00.3');
  });

  it('reserves the width of its longest text (days, a sign)', () => {
    // Monospaced: only the length counts.
    expect(widestClockText([0, 1800 * S], elapsed())).toHaveLength('00:30:00'.length);
    expect(widestClockText([-5 * S, 3 * 86_400 * S], elapsed())).toBe('3d 00:00:00');
  });

  it('turns the analog hands by elapsed time', () => {
    const start = Date.parse('2020-06-30T07:00:00Z');
    const hands = elapsed({ elapsedFromMs: start, timeZone: 'America/New_York' });
    expect(clockTime(start + 3 * 3600 * S + 15 * 60 * S + 30 * S, hands)).toEqual({ hours: 3, minutes: 15, seconds: 30 });
    expect(clockTime(start - 1 * S, hands)).toEqual({ hours: 23, minutes: 59, seconds: 59 });
  });

  it('is accepted by resolveDecorations, which keeps its origin and digits, and writes the frame text', () => {
    const d = resolveDecorations({ clockFormat: 'elapsed', elapsedFromMs: 6 * S, elapsedDigits: 1 });
    expect(d.clock).toMatchObject({ format: 'elapsed', elapsedFromMs: 6 * S, elapsedDigits: 1 });
    const timeline = { fps: 2, frameCount: 3, startMs: 6 * S, endMs: 7 * S };
    expect([0, 1, 2].map((k) => clockTextAt(timeline, k, d.clock))).toEqual(['00:00:00.0', '00:00:00.5', '00:00:01.0']);
    // A date clock has no origin of its own.
    expect(resolveDecorations({}).clock).not.toHaveProperty('elapsedFromMs');
  });

  it('smallestFrameStepMs() is the movie pace, not the pace through skipped idle time', () => {
    expect(smallestFrameStepMs({ fps: 30, frameCount: 1, startMs: 0, endMs: 0 })).toBe(0);
    expect(smallestFrameStepMs({ fps: 30, frameCount: 11, startMs: 0, endMs: 5000 })).toBe(500);
    const skips = [{ firstFrame: 4, lastFrame: 6, startMs: 2000, endMs: 100_000 }];
    expect(smallestFrameStepMs({ fps: 30, frameCount: 11, startMs: 0, endMs: 102_000, skips })).toBe(500);
  });
});
