// Raw AIS logs (!AIVDM sentences), from sentences encoded here.
import { describe, expect, it } from 'vitest';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS, type InputOptions } from '../../../src/input/input-options.js';
import { detectFileKind } from '../../../src/input/detect-file-kind.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const file = useTempFiles('trackreel-ais-nmea-');
const read = (path: string, options: Partial<InputOptions> = {}) => readPoints([path], { ...DEFAULT_INPUT_OPTIONS, ...options });

const checksum = (body: string): string => {
  let c = 0;
  for (const ch of body) c ^= ch.charCodeAt(0);
  return c.toString(16).toUpperCase().padStart(2, '0');
};

// An AIS position report (type 1, class A; or 18, class B) armoured into one !AIVDM sentence.
function report(type: 1 | 18, mmsi: number, lon: number, lat: number, sog: number, cog: number, heading: number): string {
  let bits = '';
  const put = (value: number, width: number): void => { bits += (BigInt.asUintN(width, BigInt(Math.round(value)))).toString(2).padStart(width, '0'); };
  put(type, 6); put(0, 2); put(mmsi, 30);
  if (type === 1) { put(0, 4); put(-128, 8); } else put(0, 8);
  put(sog * 10, 10); put(1, 1); put(lon * 600_000, 28); put(lat * 600_000, 27); put(cog * 10, 12); put(heading, 9); put(30, 6);
  bits += '0'.repeat(168 - bits.length);
  let payload = '';
  for (let i = 0; i < bits.length; i += 6) { const v = parseInt(bits.slice(i, i + 6), 2); payload += String.fromCharCode(v < 40 ? v + 48 : v + 56); }
  const body = `AIVDM,1,1,,A,${payload},0`;
  return `!${body}*${checksum(body)}`;
}
const tag = (unixSeconds: number): string => { const b = `s:rx1,c:${unixSeconds}`; return `\\${b}*${checksum(b)}\\`; };
const T0 = 1_671_620_143;

describe('readPoints: raw AIS (!AIVDM)', () => {
  it('decodes class A and B position reports into points of their MMSI with SOG/COG/Heading, timed by tag blocks, prefixes or a trailing Unix time', async () => {
    const log = [
      `${tag(T0)}${report(1, 367001234, -74.02, 40.7, 10.2, 180.1, 179)}`,
      `${T0 + 10} ${report(1, 367001234, -74.02, 40.699, 10.1, 180.0, 511)}`,
      `2022-12-21T11:02:43Z ${report(18, 244000111, 4.4, 51.9, 102.3, 360, 511)}`,
      `${report(18, 244000111, 4.401, 51.9, 3.5, 90, 91)},${T0 + 30}`,
    ].join('\r\n');
    const path = await file('feed.log', log);
    expect(detectFileKind(path, log)).toBe('ais-nmea');
    const { table, report: r } = await read(path);
    expect(r.format).toBe('ais-nmea');
    expect(table.objectIds).toEqual(['367001234', '244000111']);
    expect([...table.t]).toEqual([T0 * 1000, (T0 + 10) * 1000, Date.parse('2022-12-21T11:02:43Z'), (T0 + 30) * 1000]);
    expect(table.lon[0]).toBeCloseTo(-74.02, 4);
    expect(table.lat[1]).toBeCloseTo(40.699, 4);
    expect([...table.numeric.SOG].map((v) => (Number.isNaN(v) ? null : v))).toEqual([10.2, 10.1, null, 3.5]);
    expect([...table.numeric.Heading].map((v) => (Number.isNaN(v) ? null : v))).toEqual([179, null, null, 91]);
  });

  it('without any time it stops with one line naming what the log needs; bad checksums are skipped and counted', async () => {
    await expect(read(await file('untimed.nmea', [report(1, 1, 1, 1, 1, 1, 1), report(1, 1, 1.001, 1, 1, 1, 1), report(1, 1, 1.002, 1, 1, 1, 1)].join('\n'))))
      .rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringMatching(/raw AIS sentences carry none; the log needs NMEA 4.0 tag blocks/) });
    const damaged = report(1, 2, 2, 2, 1, 1, 1).replace(/\*..$/, '*00');
    const { table, report: r } = await read(await file('damaged.nmea', [`${T0} ${report(1, 2, 2, 2, 1, 1, 1)}`, `${T0 + 1} ${damaged}`, `${T0 + 2} ${report(1, 2, 2.001, 2, 1, 1, 1)}`].join('\n')));
    expect(table.t.length).toBe(2);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]).toMatchObject({ line: 2, reason: expect.stringMatching(/checksum/) });
  });
});
