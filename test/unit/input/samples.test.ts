// The real samples in ../shared/data (never copied into the repo).
import { describe, it, expect } from 'vitest';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS, type InputOptions } from '../../../src/input/input-options.js';

import { HAVE_SHARED_DATA as exists, SHARED_DATA as DATA } from '../../helpers/shared-data.js';

const read = (name: string, options: Partial<InputOptions> = {}) => readPoints([DATA + name], { ...DEFAULT_INPUT_OPTIONS, ...options });

function range(a: Float64Array): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const v of a) { if (v < lo) lo = v; if (v > hi) hi = v; }
  return [lo, hi];
}

describe.skipIf(!exists)('samples in ../shared/data', () => {
  it('NYHarbor AIS CSV: 8,689 points of 295 vessels, with properties', async () => {
    const { table, report } = await read('NYHarbor_2020_06_30_first_hour.csv');
    expect(report.format).toBe('ais-csv');
    expect(table.length).toBe(8689);
    expect(table.objectIds.length).toBe(295);
    expect(report.skippedCount).toBe(0);
    expect(table.domain).toBe('terrestrial');
    const [lonLo, lonHi] = range(table.lon);
    const [latLo, latHi] = range(table.lat);
    expect(lonLo).toBeGreaterThan(-75);
    expect(lonHi).toBeLessThan(-73);
    expect(latLo).toBeGreaterThan(40);
    expect(latHi).toBeLessThan(41);
    const [t0, t1] = range(table.t);
    expect(t0).toBe(Date.parse('2020-06-30T00:00:00Z'));
    expect(t1 - t0).toBeLessThan(3_600_000);
    expect(table.numeric.SOG).toBeInstanceOf(Float64Array);
    expect(table.numeric.SOG).toHaveLength(8689);
    expect([...table.numeric.speed]).toEqual([...table.numeric.SOG]);
    expect(table.numeric.heading.some((h) => h === 511)).toBe(false);
    expect(table.numeric.Heading.some((h) => h === 511)).toBe(false);
    expect(table.text.VesselName.values).toContain('SAMUEL I NEWHOUSE');
    expect([...table.line.slice(0, 3)]).toEqual([2, 3, 4]);
  });

  it('SampleFlightsUS: x is longitude; 22 malformed lines are skipped even in strict mode', async () => {
    const { table, report } = await read('SampleFlightsUS.csv');
    expect(table.length).toBe(6927);
    expect(table.objectIds.length).toBe(25);
    expect(table.domain).toBe('terrestrial');
    const [lonLo, lonHi] = range(table.lon);
    expect(lonLo).toBeGreaterThanOrEqual(-130);
    expect(lonHi).toBeLessThanOrEqual(-60);
    // One genuine glitch in the data: line 3742 says latitude -33 (a valid latitude, so it is kept).
    let outside = 0;
    for (let i = 0; i < table.length; i++) {
      if (table.lat[i] < 20 || table.lat[i] > 55) { outside++; expect([table.line[i], table.lat[i]]).toEqual([3742, -33]); }
    }
    expect(outside).toBe(1);
    expect(report.skippedCount).toBe(22);
    expect(report.skipped[0]).toMatchObject({ line: 849, field: 'latitude' });
    expect(report.skipped.every((s) => /malformed record: 9 fields where the file's rows have 8/.test(s.reason))).toBe(true);
    // The comment header (line 1) is not a point; it names the extra columns (the 8th has no name).
    expect(table.line[0]).toBe(2);
    expect(Object.keys(table.numeric)).toEqual(['altitude', 'heading', 'speed', 'column_7']);
  });

  it('SampleNFlights: rows with empty coordinates are skipped and counted, in strict mode too', async () => {
    for (const lenient of [false, true]) {
      const { table, report } = await read('SampleNFlights.csv', { lenient });
      expect(table.length).toBe(826);
      expect(table.objectIds.length).toBe(23);
      expect(report.skippedCount).toBe(174);
      expect(report.skipped).toHaveLength(100);
      expect(report.skipped[0]).toMatchObject({ line: 1, field: 'longitude', reason: 'no position (empty coordinate)' });
      expect(report.skipped.every((s) => s.line > 0 && s.file.endsWith('SampleNFlights.csv'))).toBe(true);
      expect(report.skipTallies).toEqual([expect.objectContaining({ kind: 'no position', count: 174, lines: [1, 2, 3, 4, 5] })]);
    }
  });

  it('SamplePointsCartesian: the "# object_id timestamp x y" header makes it cartesian', async () => {
    const { table } = await read('SamplePointsCartesian.csv');
    expect(table.domain).toBe('cartesian');
    expect(table.length).toBe(51840);
    expect(table.objectIds.length).toBe(6);
  });

  it('PointsWithComments and PointsWithSkippableHeaders: comments and free text are not points', async () => {
    const a = await read('PointsWithComments.csv');
    const b = await read('PointsWithSkippableHeaders.csv');
    expect(a.table.length).toBe(14);
    expect(b.table.length).toBe(14);
    expect(a.report.skippedCount + b.report.skippedCount).toBe(0);
    // "KKK011#" is an id of its own in tracktable too (only a leading # starts a comment).
    expect(a.table.objectIds).toEqual(['KKK011', 'KKK011#']);
    expect([...a.table.lon]).toEqual([...b.table.lon]);
    expect(b.table.line[0]).toBe(5);
    expect(Object.keys(b.table.numeric)).toContain('altitude');
  });

  it('SampleFlight, TwoSampleFlights and Points1000 give the documented counts', async () => {
    expect((await read('SampleFlight.csv')).table.length).toBe(344);
    const two = await read('TwoSampleFlights.csv');
    expect(two.table.length).toBe(618);
    expect(two.table.objectIds).toEqual(['KKK011']);
    // Its one row without a latitude is skipped and counted.
    expect(two.report.skipped).toEqual([expect.objectContaining({ line: 484, field: 'latitude', reason: 'no position (empty coordinate)' })]);
    const p = await read('Points1000.csv');
    expect(p.table.length).toBe(998);
    expect(p.table.objectIds.length).toBe(4);
  });

  it('reads several files into one table with shared ids', async () => {
    const { table, report } = await readPoints([DATA + 'SampleFlight.csv', DATA + 'Points1000.csv'], DEFAULT_INPUT_OPTIONS);
    expect(table.source).toBe('2 files');
    expect(table.length).toBe(344 + 998);
    expect(table.objectIds.length).toBe(4);
    expect(report.files).toHaveLength(2);
  });
});
