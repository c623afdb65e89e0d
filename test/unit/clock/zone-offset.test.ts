import { describe, expect, it } from 'vitest';
import { zoneOffsetFunction } from '../../../src/clock/zone-offset.js';

const HOUR = 3_600_000;

describe('zoneOffsetFunction', () => {
  it('gives the zone offset on both sides of a DST change (New York, 2020-03-08 07:00Z)', () => {
    const offsetAt = zoneOffsetFunction('America/New_York', 'timeZone');
    expect(offsetAt(Date.UTC(2020, 0, 15))).toBe(-5 * HOUR);
    expect(offsetAt(Date.UTC(2020, 2, 8, 6, 59))).toBe(-5 * HOUR);
    expect(offsetAt(Date.UTC(2020, 2, 8, 7, 0))).toBe(-4 * HOUR);
    expect(offsetAt(Date.UTC(2020, 6, 15))).toBe(-4 * HOUR);
    expect(zoneOffsetFunction('Asia/Kolkata', 'timeZone')(Date.UTC(2020, 0, 1))).toBe(5.5 * HOUR);
  });

  it('reads years before 100 as themselves (local mean time, to the second)', () => {
    const early = new Date(0);
    early.setUTCFullYear(50, 0, 1);
    // New York's local mean time: UTC-4:56:02.
    expect(zoneOffsetFunction('America/New_York', 'timeZone')(early.getTime())).toBe(-(4 * HOUR + 56 * 60_000 + 2000));
  });

  it('is 0 for UTC and names the option for an unknown zone', () => {
    expect(zoneOffsetFunction('UTC', 'timeZone')(Date.UTC(2020, 6, 1))).toBe(0);
    expect(() => zoneOffsetFunction('Mars/Olympus', 'inputTimeZone')).toThrow(/IANA time zone name .* for inputTimeZone/);
  });
});
