import { describe, it, expect } from 'vitest';
import { compileTimeFormat, makeTimestampParser, parseIsoTimestamp, parseTimestamp } from '../../../src/input/parse-timestamp.js';
import fc from 'fast-check';
import { chooseDateOrder } from '../../../src/input/date-order.js';

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
      '2020-06-30 12:00:61', '', 'yesterday', '2020-06-30X12:00', '2020-06-30T12:00:00+25:00', '2020/13/30', '13/13/2020', 'NaN', '20210701_186151', '2020-06-30T12:00:00.5Z.5']) {
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

describe('parseTimestamp (auto): times as exporters write them', () => {
  it('reads milliseconds written after the Z, 7 fractional digits, hour-only offsets and a spaced zone', () => {
    expect(parseTimestamp('2024-01-02 07:41:03Z.515')).toBe(utc('2024-01-02T07:41:03.515Z'));
    expect(parseTimestamp('2024-01-02T07:41:03.1234567Z')).toBeCloseTo(utc('2024-01-02T07:41:03.123Z') + 0.4567, 3);
    expect(parseTimestamp('2008-12-11 04:42:14+00')).toBe(utc('2008-12-11T04:42:14Z'));
    expect(parseTimestamp('2008-12-11 04:42:14-03')).toBe(utc('2008-12-11T07:42:14Z'));
    expect(parseTimestamp('2008-12-11 04:42:14 +0100')).toBe(utc('2008-12-11T03:42:14Z'));
    expect(parseTimestamp('2008-12-11 04:42:14 UTC')).toBe(utc('2008-12-11T04:42:14Z'));
  });

  it('reads compact 20210701_185151 stamps', () => {
    expect(parseTimestamp('20210701_185151')).toBe(utc('2021-07-01T18:51:51Z'));
    expect(parseTimestamp('20210701T185151Z')).toBe(utc('2021-07-01T18:51:51Z'));
    expect(parseTimestamp('20210701T185151.25+02:00')).toBe(utc('2021-07-01T16:51:51.250Z'));
  });

  it('tells Unix seconds, milliseconds, microseconds and nanoseconds apart by magnitude', () => {
    const t = utc('2020-06-30T00:00:00.123Z');
    expect(parseTimestamp('1593475200.123')).toBeCloseTo(t, 3);
    expect(parseTimestamp('1593475200123')).toBe(t);
    expect(parseTimestamp('1593475200123000')).toBe(t);
    expect(parseTimestamp('1593475200123000000')).toBeCloseTo(t, 0);
    expect(parseTimestamp('1.593475200123e9')).toBeCloseTo(t, 3);
  });

  it('reads slashed, dotted and dashed dates, day-first or month-first as told', () => {
    expect(parseTimestamp('20/03/2021 00:22')).toBe(utc('2021-03-20T00:22:00Z'));
    expect(parseTimestamp('03/04/2021 00:22', 'UTC', 'day-first')).toBe(utc('2021-04-03T00:22:00Z'));
    expect(parseTimestamp('3/4/2021 0:22', 'UTC', 'month-first')).toBe(utc('2021-03-04T00:22:00Z'));
    expect(parseTimestamp('7/4/2021 9:05 PM', 'UTC', 'month-first')).toBe(utc('2021-07-04T21:05:00Z'));
    expect(parseTimestamp('7/4/2021 12:05:30 am', 'UTC', 'month-first')).toBe(utc('2021-07-04T00:05:30Z'));
    expect(parseTimestamp('04.07.2021 21:05:00', 'UTC', 'month-first')).toBe(utc('2021-07-04T21:05:00Z'));
    expect(parseTimestamp('30-06-2020 12:00:00')).toBe(utc('2020-06-30T12:00:00Z'));
    expect(parseTimestamp('2020/06/30 12:00')).toBe(utc('2020-06-30T12:00:00Z'));
    expect(parseTimestamp('30/06/2020 12:00:00.5Z')).toBe(utc('2020-06-30T12:00:00.500Z'));
    expect(parseTimestamp('30/06/2020 12:00', 'Europe/Paris')).toBe(utc('2020-06-30T10:00:00Z'));
  });

  it('moves local times skipped by a DST change forward and takes the first of repeated ones (issue 14.12)', () => {
    const z = 'America/New_York';
    // 2020-03-08: clocks go 01:59:59 EST -> 03:00 EDT; 02:30 does not exist and is read as 03:30 EDT.
    expect(parseTimestamp('2020-03-08 01:50', z)).toBe(utc('2020-03-08T06:50:00Z'));
    expect(parseTimestamp('2020-03-08 02:30', z)).toBe(utc('2020-03-08T07:30:00Z'));
    expect(parseTimestamp('2020-03-08 03:10', z)).toBe(utc('2020-03-08T07:10:00Z'));
    expect(parseTimestamp('2020-03-08 02:30', z)).toBeGreaterThan(parseTimestamp('2020-03-08 01:50', z));
    // 2020-11-01: 01:00-01:59 happens twice; the first (EDT) is taken.
    expect(parseTimestamp('2020-11-01 01:30', z)).toBe(utc('2020-11-01T05:30:00Z'));
    expect(parseTimestamp('2020-11-01 02:30', z)).toBe(utc('2020-11-01T07:30:00Z'));
    expect(compileTimeFormat('%d/%m/%Y %H:%M', z)('08/03/2020 02:30')).toBe(utc('2020-03-08T07:30:00Z'));
  });
});

describe('chooseDateOrder', () => {
  it('is settled by a day above 12 and says which value settled it', () => {
    expect(chooseDateOrder(['01/03/2021 10:00', '20/03/2021 00:22'])).toMatchObject({ order: 'day-first', settled: true });
    const m = chooseDateOrder(['3/1/2021 10:00', '3/20/2021 0:22']);
    expect(m).toMatchObject({ order: 'month-first', settled: true });
    expect(m!.why).toContain('3/20/2021');
  });

  it('takes the reading with steadier steps when no value settles it, and says so', () => {
    const c = chooseDateOrder(['01/02/2021 10:00', '01/03/2021 10:00', '01/04/2021 10:00']);
    expect(c).toMatchObject({ order: 'month-first', settled: false });
    expect(c!.why).toMatch(/no day above 12/);
    expect(chooseDateOrder(['02/01/2021 10:00', '03/01/2021 10:00'])).toMatchObject({ order: 'day-first', settled: false });
    expect(chooseDateOrder(['2021-01-02'])).toBeUndefined();
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

describe('the fast path for zone-less UTC "YYYY-MM-DDTHH:MM:SS"', () => {
  // Reference: the same 'auto' rules through the general parser only (a zone, even UTC, skips the fast path).
  const general = makeTimestampParser('auto', 'Etc/UTC');
  const digit = fc.constantFrom(...'0123456789');
  const two = fc.tuple(digit, digit).map(([a, b]) => a + b);
  // Mostly well-formed times on a few dates (so the date cache is hit, missed and refilled), with
  // the shapes around it: zones, fractions, lower-case t, blanks, out-of-range and broken fields.
  const date = fc.constantFrom('2024-01-01', '2024-01-02', '2020-02-29', '2019-02-29', '1969-12-31', '2020-13-01', '0000-01-01', '9999-12-31', '2020-1a-01');
  const clock = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m, s]) => [h, m, s].map((v) => String(v).padStart(2, '0')).join(':')),
    fc.tuple(two, two, two).map((p) => p.join(':')),
  );
  const suffix = fc.constantFrom('', '', '', 'Z', '+02:00', '-0530', '.5', '.123Z', ' ', 'x');
  const time = fc.oneof(
    fc.tuple(date, fc.constantFrom('T', 'T', ' ', 't', 'X'), clock, suffix).map(([d, sep, c, z]) => `${d}${sep}${c}${z}`),
    fc.tuple(fc.constantFrom(' ', ''), date, clock).map(([pad, d, c]) => `${pad}${d}T${c}`),
    fc.constantFrom('1704067200', '1704067200000', '', '2024-01-01T00:00', '2024-01-01T00:00:0', '1234567890123456789'),
  );

  it('gives what the general parser gives for every text, in any order (the date cache never leaks)', () => {
    fc.assert(fc.property(fc.array(time, { minLength: 1, maxLength: 40 }), (texts) => {
      const parse = makeTimestampParser('auto');
      for (const t of texts) {
        expect(Object.is(parse(t), general(t)), t).toBe(true);
        // In place inside a longer text, as FieldSpans hands fields over.
        const line = `7,${t},9`;
        expect(Object.is(parse(line, 2, 2 + t.length), general(t)), t).toBe(true);
      }
    }), { numRuns: 400 });
  });

  it('reads the plain shape and falls back for zones, fractions and malformed times', () => {
    const parse = makeTimestampParser('auto');
    expect(parse('2024-01-01T00:00:10')).toBe(utc('2024-01-01T00:00:10Z'));
    expect(parse('2024-01-01 23:59:59')).toBe(utc('2024-01-01T23:59:59Z'));
    expect(parse('2024-01-01T00:00:10+01:00')).toBe(utc('2023-12-31T23:00:10Z'));
    expect(parse('2024-01-01T00:00:10.25')).toBe(utc('2024-01-01T00:00:10.250Z'));
    expect(parse('1969-12-31T23:59:59')).toBe(-1000);
    // The cached date of the row before does not vouch for a bad clock or a bad date.
    expect(parse('2024-01-01T24:00:00')).toBeNaN();
    expect(parse('2024-02-30T00:00:00')).toBeNaN();
    expect(parse('2024-01-01T0a:00:00')).toBeNaN();
  });
});
