import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCK_FORMAT, formatClock, offsetLabel, widestClockText } from '../../../src/clock/format-clock.js';
import { isTrackreelError } from '../../../src/errors/trackreel-error.js';
import { resolveDecorations } from '../../../src/style/default-style.js';
import type { ClockStyle } from '../../../src/style/decoration-style.js';

const clock = (over: Partial<ClockStyle> = {}): ClockStyle => ({
  show: true, timeZone: null, utcOffsetHours: 0, label: null, color: '#fff', anchor: 'bottom-right', kind: 'digital', format: DEFAULT_CLOCK_FORMAT, ...over,
});
const at = (iso: string): number => Date.parse(iso);

describe('formatClock', () => {
  it('formatClock() shows UTC by default, with whole seconds floored', () => {
    expect(formatClock(at('2020-06-30T00:30:00.999Z'), clock())).toBe('2020-06-30 00:30:00 UTC');
    expect(formatClock(-500, clock())).toBe('1969-12-31 23:59:59 UTC');
  });

  it('formatClock() applies a fixed offset, positive, negative and fractional', () => {
    expect(formatClock(at('2020-06-30T00:30:00Z'), clock({ utcOffsetHours: 2 }))).toBe('2020-06-30 02:30:00 UTC+02:00');
    expect(formatClock(at('2020-06-30T00:30:00Z'), clock({ utcOffsetHours: -3.5 }))).toBe('2020-06-29 21:00:00 UTC-03:30');
    expect(offsetLabel(5.75)).toBe('UTC+05:45');
  });

  it('formatClock() follows an IANA zone across a DST change', () => {
    const ny = clock({ timeZone: 'America/New_York' });
    // US DST began 2021-03-14 at 02:00 EST = 07:00 UTC.
    expect(formatClock(at('2021-03-14T06:59:59Z'), ny)).toBe('2021-03-14 01:59:59 EST');
    expect(formatClock(at('2021-03-14T07:00:00Z'), ny)).toBe('2021-03-14 03:00:00 EDT');
    expect(formatClock(at('2021-11-07T05:30:00Z'), ny)).toBe('2021-11-07 01:30:00 EDT');
    expect(formatClock(at('2021-11-07T06:30:00Z'), ny)).toBe('2021-11-07 01:30:00 EST');
  });

  it('formatClock() uses the label override for zones and offsets', () => {
    expect(formatClock(at('2020-06-30T00:30:00Z'), clock({ timeZone: 'Asia/Tokyo', label: 'JST (Tokyo)' }))).toBe('2020-06-30 09:30:00 JST (Tokyo)');
    expect(formatClock(at('2020-06-30T00:30:00Z'), clock({ utcOffsetHours: 1, label: 'CET' }))).toBe('2020-06-30 01:30:00 CET');
  });

  it('formatClock() prefers the zone over the offset', () => {
    expect(formatClock(at('2020-01-01T12:00:00Z'), clock({ timeZone: 'UTC', utcOffsetHours: 5 }))).toBe('2020-01-01 12:00:00 UTC');
  });

  it('formatClock() follows --clock-format patterns in the clock\'s zone or offset', () => {
    const t = at('2021-03-14T06:59:59.5Z');
    const f = (format: string, over: Partial<ClockStyle> = {}) => formatClock(t, clock({ format, ...over }));
    expect(f('%H:%M')).toBe('06:59');
    expect(f('%Y-%m-%d %H:%M:%S')).toBe('2021-03-14 06:59:59');
    expect(f('%d %b %Y %H:%M')).toBe('14 Mar 2021 06:59');
    expect(f('%A %e %B %y, %I:%M:%S %p, day %j %%', { utcOffsetHours: 9 })).toBe('Sunday 14 March 21, 03:59:59 PM, day 073 %');
    expect(f('%F %T %z %Z', { utcOffsetHours: -3.5 })).toBe('2021-03-14 03:29:59 -0330 UTC-03:30');
    expect(f('%a %R %Z (%z)', { timeZone: 'America/New_York' })).toBe('Sun 01:59 EST (-0500)');
    expect(formatClock(at('2021-03-14T07:00:00Z'), clock({ format: '%H:%M %Z %z', timeZone: 'America/New_York' }))).toBe('03:00 EDT -0400');
    expect(f('%d/%m %H:%M %Z', { timeZone: 'Asia/Kolkata', label: 'IST' })).toBe('14/03 12:29 IST');
    expect(formatClock(at('2020-01-01T00:00:00Z'), clock({ format: '%e %b', utcOffsetHours: 0 }))).toBe(' 1 Jan');
    // The default pattern is today's clock.
    expect(f(DEFAULT_CLOCK_FORMAT, { timeZone: 'America/New_York' })).toBe('2021-03-14 01:59:59 EST');
  });

  it('a bad --clock-format is an INVALID_OPTION naming clockFormat', () => {
    for (const format of ['%H:%Q', 'time %']) {
      try { resolveDecorations({ clockFormat: format }); expect.unreachable(); } catch (error) {
        expect(isTrackreelError(error) && error.code).toBe('INVALID_OPTION');
        expect((error as Error).message).toContain('clockFormat');
      }
    }
  });

  it('widestClockText() takes the longest month and weekday names and zone labels as they occur', () => {
    const london = clock({ format: '%A %d %B %Z', timeZone: 'Europe/London' });
    // Winter GMT and summer GMT+1 (en-US names for British Summer Time).
    const samples = [at('2021-01-05T12:00:00Z'), at('2021-07-05T12:00:00Z')];
    expect(widestClockText(samples, london)).toBe('Wednesday 05 September GMT+1');
    expect(widestClockText(samples, clock())).toBe('2021-01-05 12:00:00 UTC');
  });
});
