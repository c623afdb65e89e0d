import { describe, it, expect } from 'vitest';
import { compileTimeFormat, makeTimestampParser, parseIsoTimestamp, parseTimestamp } from '../../../src/input/parse-timestamp.js';

const utc = (s: string) => Date.parse(s);

describe('parseTimestamp (auto)', () => {
  it('reads ISO 8601 with and without T, Z and offsets', () => {
    expect(parseTimestamp('2020-06-30T00:00:00')).toBe(utc('2020-06-30T00:00:00Z'));
    expect(parseTimestamp('2020-06-30 12:34:56')).toBe(utc('2020-06-30T12:34:56Z'));
    expect(parseTimestamp('2020-06-30T12:34:56Z')).toBe(utc('2020-06-30T12:34:56Z'));
    expect(parseTimestamp('2020-06-30T12:34:56+02:00')).toBe(utc('2020-06-30T10:34:56Z'));
    expect(parseTimestamp('2020-06-30T12:34:56-0530')).toBe(utc('2020-06-30T18:04:56Z'));
    expect(parseTimestamp('2020-06-30T12:34:56+05')).toBe(utc('2020-06-30T07:34:56Z'));
    expect(parseTimestamp('2020-06-30T12:34')).toBe(utc('2020-06-30T12:34:00Z'));
    expect(parseTimestamp('2020-06-30')).toBe(utc('2020-06-30T00:00:00Z'));
    expect(parseTimestamp('  2004-12-07 11:36:18 ')).toBe(utc('2004-12-07T11:36:18Z'));
  });

  it('keeps fractional seconds, including sub-millisecond digits', () => {
    expect(parseTimestamp('2020-06-30T00:00:00.5Z')).toBe(utc('2020-06-30T00:00:00.500Z'));
    expect(parseTimestamp('2020-06-30T00:00:00.123Z')).toBe(utc('2020-06-30T00:00:00.123Z'));
    expect(parseTimestamp('2020-06-30T00:00:00.1234')).toBeCloseTo(utc('2020-06-30T00:00:00.123Z') + 0.4, 6);
  });

  it('reads Unix seconds and milliseconds', () => {
    expect(parseTimestamp('1593475200')).toBe(utc('2020-06-30T00:00:00Z'));
    expect(parseTimestamp('1593475200.25')).toBe(utc('2020-06-30T00:00:00.250Z'));
    expect(parseTimestamp('1593475200000')).toBe(utc('2020-06-30T00:00:00Z'));
    expect(parseTimestamp('0')).toBe(0);
  });

  it('returns NaN for out-of-range fields and garbage instead of throwing', () => {
    for (const bad of ['2020-13-01 00:00:00', '2020-02-30', '2019-02-29', '2020-06-30 24:00:00', '2020-06-30 12:60:00',
      '2020-06-30 12:00:61', '', 'yesterday', '2020-06-30X12:00', '2020-06-30T12:00:00+25:00', '2020/06/30', 'NaN']) {
      expect(parseTimestamp(bad), bad).toBeNaN();
    }
    expect(parseTimestamp('2020-02-29')).toBe(utc('2020-02-29T00:00:00Z'));
  });

  it('takes zone-less times in the input time zone, across DST', () => {
    // New York: EDT (UTC-4) in summer, EST (UTC-5) in winter.
    expect(parseTimestamp('2020-06-30 08:00:00', 'America/New_York')).toBe(utc('2020-06-30T12:00:00Z'));
    expect(parseTimestamp('2020-12-30 08:00:00', 'America/New_York')).toBe(utc('2020-12-30T13:00:00Z'));
    // An explicit offset wins over the input zone.
    expect(parseTimestamp('2020-06-30T08:00:00Z', 'America/New_York')).toBe(utc('2020-06-30T08:00:00Z'));
    expect(parseTimestamp('2020-06-30 08:00:00', 'Asia/Kolkata')).toBe(utc('2020-06-30T02:30:00Z'));
  });

  it('rejects an unknown zone as an option error', () => {
    expect(() => makeTimestampParser('auto', 'Mars/Olympus')).toThrow(/inputTimeZone/);
  });

  it('parseIsoTimestamp does not accept plain numbers', () => {
    expect(parseIsoTimestamp('1593475200')).toBeNaN();
  });
});

describe('compileTimeFormat', () => {
  it('reads day-first dates, month names and 12-hour clocks', () => {
    expect(compileTimeFormat('%d/%m/%Y %H:%M')('30/06/2020 12:34')).toBe(utc('2020-06-30T12:34:00Z'));
    expect(compileTimeFormat('%d %b %Y %H:%M:%S')('07 Dec 2004 11:36:18')).toBe(utc('2004-12-07T11:36:18Z'));
    expect(compileTimeFormat('%B %d, %Y')('december 7, 2004')).toBe(utc('2004-12-07T00:00:00Z'));
    expect(compileTimeFormat('%I:%M %p %m/%d/%y')('01:15 PM 06/30/20')).toBe(utc('2020-06-30T13:15:00Z'));
    expect(compileTimeFormat('%I:%M %p %m/%d/%y')('12:15 am 06/30/20')).toBe(utc('2020-06-30T00:15:00Z'));
  });

  it('reads fractions and %z offsets', () => {
    expect(compileTimeFormat('%Y-%m-%dT%H:%M:%S.%f%z')('2020-06-30T12:00:00.250+01:00')).toBe(utc('2020-06-30T11:00:00.250Z'));
    expect(compileTimeFormat('%Y%m%d%H%M%S%z')('20200630120000-0200')).toBe(utc('2020-06-30T14:00:00Z'));
    expect(compileTimeFormat('%Y-%m-%d %H:%M:%S%z')('2020-06-30 12:00:00Z')).toBe(utc('2020-06-30T12:00:00Z'));
  });

  it('reads %s, %j and %T and uses the input zone without %z', () => {
    expect(compileTimeFormat('%s')('1593475200')).toBe(utc('2020-06-30T00:00:00Z'));
    expect(compileTimeFormat('%Y-%j %T')('2020-182 01:02:03')).toBe(utc('2020-06-30T01:02:03Z'));
    expect(compileTimeFormat('%Y-%m-%d %H:%M', 'Europe/Paris')('2020-06-30 12:00')).toBe(utc('2020-06-30T10:00:00Z'));
  });

  it('returns NaN for text that does not match, out-of-range fields and trailing junk', () => {
    const p = compileTimeFormat('%d/%m/%Y');
    expect(p('31/04/2020')).toBeNaN();
    expect(p('01/13/2020')).toBeNaN();
    expect(p('2020-06-30')).toBeNaN();
    expect(p('30/06/2020 extra')).toBeNaN();
    expect(compileTimeFormat('%d %b %Y')('30 Foo 2020')).toBeNaN();
  });

  it('throws an option error for an unknown directive', () => {
    expect(() => compileTimeFormat('%Q')).toThrow(/timeFormat/);
  });
});
