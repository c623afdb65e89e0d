import { describe, expect, it } from 'vitest';
import { formatClock, offsetLabel } from '../../../src/clock/format-clock.js';
import type { ClockStyle } from '../../../src/style/trail-style.js';

const clock = (over: Partial<ClockStyle> = {}): ClockStyle => ({ show: true, timeZone: null, utcOffsetHours: 0, label: null, color: '#fff', ...over });
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
});
