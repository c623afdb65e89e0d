// OziExplorer / GeoLife track files (.plt), from fixtures written here.
import { describe, expect, it } from 'vitest';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS, type InputOptions } from '../../../src/input/input-options.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const file = useTempFiles('trackreel-plt-');
const read = (path: string, options: Partial<InputOptions> = {}) => readPoints([path], { ...DEFAULT_INPUT_OPTIONS, ...options });

const GEOLIFE_HEADER = 'Geolife trajectory\r\nWGS 84\r\nAltitude is in Feet\r\nReserved 3\r\n0,2,255,My Track,0,0,2,8421376\r\n0\r\n';
const OZI_HEADER = 'OziExplorer Track Point File Version 2.1\r\nWGS 84\r\nAltitude is in Feet\r\nReserved 3\r\n0,2,255,Walk,0,0,2,8421376\r\n3\r\n';

describe('readPoints: OziExplorer / GeoLife .plt', () => {
  it('reads a GeoLife trajectory: times from the date and time text, altitude in metres, the file as the object', async () => {
    const path = await file('20081023025304.plt', `${GEOLIFE_HEADER}39.984702,116.318417,0,492,39744.1201851852,2008-10-23,02:53:04\r\n`
      + '39.984683,116.31845,0,-777,39744.1202546296,2008-10-23,02:53:10\r\n39.984686,116.318417,1,500,39744.1203125,2008-10-23,02:53:15\r\n');
    const { table, report } = await read(path);
    expect(report.format).toBe('plt');
    expect(table.objectIds).toEqual(['20081023025304']);
    expect([...table.t]).toEqual(['2008-10-23T02:53:04Z', '2008-10-23T02:53:10Z', '2008-10-23T02:53:15Z'].map(Date.parse));
    expect(table.lat[0]).toBeCloseTo(39.984702, 9);
    expect(table.lon[0]).toBeCloseTo(116.318417, 9);
    const altitude = [...table.numeric.altitude];
    expect(altitude[0]).toBeCloseTo(492 * 0.3048, 9);
    expect(altitude[1]).toBeNaN();
    expect(table.timesRelative).toBe(false);
  });

  it('takes the day count (days since 1899-12-30) when the date text is not ISO, and is found by its header under any name', async () => {
    const path = await file('walk.txt', `${OZI_HEADER}51.5,-0.12,0,100,45000.5,15-Mar-23,12:00:00 PM\r\n51.501,-0.121,0,101,45000.50069444,15-Mar-23,12:01:00 PM\r\n`);
    const { table, report } = await read(path);
    expect(report.format).toBe('plt');
    expect([...table.t]).toEqual([Date.parse('2023-03-15T12:00:00Z'), Math.round((45000.50069444 - 25569) * 86_400_000)]);
  });

  it('a line without a position or a time is a located error, skipped and counted with --lenient', async () => {
    const path = await file('bad.plt', `${GEOLIFE_HEADER}39.98,116.31,0,492,39744.12,2008-10-23,02:53:04\r\nabc,116.31,0,492,39744.13,2008-10-23,02:54:04\r\n39.99,116.32,0,492,,,\r\n`);
    await expect(read(path)).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringMatching(/latitude "abc" is not a number/) });
    const lenient = await read(path, { lenient: true });
    expect(lenient.table.t.length).toBe(1);
    expect(lenient.report.skipped.map((s: { line: number; field?: string }) => [s.line, s.field])).toEqual([[8, "latitude"], [9, "time"]]);
  });
});
