// NMEA 0183 logs and IGC flight logs, from fixtures written here.
import { describe, expect, it } from 'vitest';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS, type InputOptions } from '../../../src/input/input-options.js';
import { useTempFiles } from '../../helpers/temp-files.js';
import { nmea } from './bad-input-format-cases.js';

const file = useTempFiles('trackreel-nmea-igc-');
const read = (path: string, options: Partial<InputOptions> = {}) => readPoints([path], { ...DEFAULT_INPUT_OPTIONS, ...options });

describe('readPoints: NMEA 0183', () => {
  it('merges RMC and GGA of the same time into one fix, with date, milliseconds, altitude, speed and course', async () => {
    const log = [
      nmea('GPZDA,032908,07,08,2004,00,00'),
      nmea('GPGGA,032908.379,4231.8291,N,08807.3033,W,1,05,1.6,209.8,M,-34.2,M,0.0,0000'),
      nmea('GPGSA,A,3,28,08,11,27,07,,,,,,,,4.9,1.6,4.5'),
      nmea('GPRMC,032908.379,A,4231.8291,N,08807.3033,W,0.17,138.92,070804,,'),
      nmea('GPGGA,032909.379,4231.8291,N,08807.3034,W,1,05,1.6,209.7,M,-34.2,M,0.0,0000'),
      nmea('GPRMC,032909.379,A,4231.8291,N,08807.3034,W,0.18,145.85,070804,,'),
    ].join('\r\n');
    const { table, report } = await read(await file('receiver.log', log));
    expect(report.format).toBe('nmea');
    expect(table.objectIds).toEqual(['receiver']);
    expect([...table.t]).toEqual([Date.parse('2004-08-07T03:29:08.379Z'), Date.parse('2004-08-07T03:29:09.379Z')]);
    expect(table.lat[0]).toBeCloseTo(42 + 31.8291 / 60, 9);
    expect(table.lon[0]).toBeCloseTo(-(88 + 7.3033 / 60), 9);
    expect([...table.numeric.altitude]).toEqual([209.8, 209.7]);
    expect([...table.numeric.speed]).toEqual([0.17, 0.18]);
    expect([...table.numeric.course]).toEqual([138.92, 145.85]);
    expect([...table.line]).toEqual([2, 5]);
  });

  it('reads other talkers ($GN), GGA-only logs dated by a ZDA, lines with a logger prefix, and the day after midnight', async () => {
    const log = [
      'logger v1 started',
      `23:59:58 ${nmea('GNZDA,235958.00,31,12,2023,00,00')}`,
      `23:59:58 ${nmea('GNGGA,235958.00,5130.0000,N,00007.5000,W,1,12,0.8,35.0,M,47.0,M,,')}`,
      `23:59:59 ${nmea('GNGGA,235959.00,5130.0010,N,00007.5010,W,1,12,0.8,35.1,M,47.0,M,,')}`,
      `00:00:00 ${nmea('GNGGA,000000.00,5130.0020,N,00007.5020,W,1,12,0.8,35.2,M,47.0,M,,')}`,
      `00:00:01 ${nmea('GNGLL,5130.0030,N,00007.5030,W,000001.00,A,A')}`,
    ].join('\n');
    const { table, report } = await read(await file('gn.txt', log));
    expect(report.format).toBe('nmea');
    expect([...table.t].map((t) => new Date(t).toISOString())).toEqual([
      '2023-12-31T23:59:58.000Z', '2023-12-31T23:59:59.000Z', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:01.000Z']);
    expect(table.lon[3]).toBeCloseTo(-(7.503 / 60), 9);
  });

  it('gives fixes written before the first date that date, and skips fixes the receiver marks invalid', async () => {
    const log = [
      nmea('GPGGA,120000,4800.0000,N,01100.0000,E,1,05,1.6,500,M,47,M,,'),
      nmea('GPGGA,120001,4800.0000,N,01100.0000,E,0,00,,,M,,M,,'),
      nmea('GPRMC,120001,V,,,,,,,150622,,'),
      nmea('GPRMC,120002,A,4800.0010,N,01100.0010,E,10.0,90.0,150622,,'),
    ].join('\n');
    const { table } = await read(await file('late-date.nmea', log));
    expect([...table.t].map((t) => new Date(t).toISOString())).toEqual(['2022-06-15T12:00:00.000Z', '2022-06-15T12:00:02.000Z']);
  });

  it('counts sentences with a bad checksum in a notice and as skipped rows, and takes a .csv full of sentences for NMEA', async () => {
    const good = nmea('GPRMC,120002,A,4800.0010,N,01100.0010,E,10.0,90.0,150622,,');
    const log = [good, good.replace('4800.0010', '4800.0019'), nmea('GPRMC,120003,A,4800.0020,N,01100.0020,E,10.0,90.0,150622,,')].join('\n');
    const { table, report } = await read(await file('sentences.csv', log));
    expect(report.format).toBe('nmea');
    expect(table.length).toBe(2);
    expect(report.skippedCount).toBe(1);
    expect(report.skipped[0]).toMatchObject({ line: 2, reason: 'bad checksum in $GPRMC' });
    expect(report.notices).toEqual([expect.stringMatching(/sentences\.csv: 1 sentence with a bad checksum skipped$/)]);
  });
});

const igc = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('readPoints: IGC', () => {
  it('reads B records with the HFDTE date, the glider id and altitudes, and moves fixes past midnight to the next day', async () => {
    const text = igc(
      'AXCT7f3a1b2c', 'HFDTE311223', 'HFPLTPILOTINCHARGE:Jane Doe', 'HFGIDGLIDERID:D-1234', 'HFCIDCOMPETITIONID:XY',
      'B2359595206343N00006198WA0058700558',
      'B0000055206353N00006208WA0058800560',
      'B0000150000000N00000000WV0000000000',
    );
    const { table, report } = await read(await file('flight.igc', text));
    expect(report.format).toBe('igc');
    expect(table.objectIds).toEqual(['XY']);
    expect([...table.t].map((t) => new Date(t).toISOString())).toEqual(['2023-12-31T23:59:59.000Z', '2024-01-01T00:00:05.000Z']);
    expect(table.lat[0]).toBeCloseTo(52 + 6.343 / 60, 9);
    expect(table.lon[0]).toBeCloseTo(-(0 + 6.198 / 60), 9);
    expect([...table.numeric.altitude]).toEqual([558, 560]);
    expect([...table.numeric.pressure_altitude]).toEqual([587, 588]);
    expect(report.notices).toEqual([expect.stringContaining('1 B records without a GPS position (0,0, validity V) left out')]);
  });

  it('reads the HFDTEDATE:ddmmyy,nn form and is found by content without the .igc extension', async () => {
    const text = igc('AFLA001', 'HFDTEDATE:160721,01', 'B1101355206343N00006198WA0058700558', 'B1101455206353N00006208WA0058800560');
    const { table, report } = await read(await file('download-001', text));
    expect(report.format).toBe('igc');
    expect(table.objectIds).toEqual(['download-001']);
    expect(new Date(table.t[0]).toISOString()).toBe('2021-07-16T11:01:35.000Z');
  });
});
