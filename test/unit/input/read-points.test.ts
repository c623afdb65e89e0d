import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS, type InputOptions } from '../../../src/input/input-options.js';
import { useTempFiles } from '../../helpers/temp-files.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const file = useTempFiles('trackreel-points-');

const read = (paths: string[], options: Partial<InputOptions> = {}) => readPoints(paths, { ...DEFAULT_INPUT_OPTIONS, ...options });

const FLIGHT = [
  '# object_id timestamp longitude latitude altitude callsign',
  'A1,2004-12-07 11:36:18,-81.9731,26.995,2700,ABC',
  'A1,2004-12-07 11:37:56,-81.9844,27.0447,,ABC',
  'B2,2004-12-07 11:39:18,-82.0458,27.1136,6700,XYZ',
].join('\n');

describe('readPoints: tracktable points', () => {
  it('reads columns, ids, lines and numeric/text properties', async () => {
    const { table, report } = await read([await file('flight.csv', `${FLIGHT}\n`)]);
    expect(table.length).toBe(3);
    expect(table.objectIds).toEqual(['A1', 'B2']);
    expect([...table.objectIndex]).toEqual([0, 0, 1]);
    expect([...table.line]).toEqual([2, 3, 4]);
    expect([...table.lon]).toEqual([-81.9731, -81.9844, -82.0458]);
    expect([...table.lat]).toEqual([26.995, 27.0447, 27.1136]);
    expect(table.t[0]).toBe(Date.parse('2004-12-07T11:36:18Z'));
    expect(table.domain).toBe('terrestrial');
    expect([...table.numeric.altitude]).toEqual([2700, NaN, 6700]);
    expect(table.text.callsign.values).toEqual(['ABC', 'XYZ']);
    expect([...table.text.callsign.codes]).toEqual([0, 0, 1]);
    expect(report).toMatchObject({ format: 'tracktable-points', rowsRead: 3, pointsKept: 3, skippedCount: 0 });
    expect(table.source).toMatch(/flight\.csv$/);
  });

  it('reads CRLF + BOM files and gzip files the same way', async () => {
    const crlf = await file('crlf.csv', `\uFEFF${FLIGHT.replace(/\n/g, '\r\n')}\r\n`);
    const gz = await file('flight.csv.gz', gzipSync(FLIGHT));
    for (const path of [crlf, gz]) {
      const { table } = await read([path]);
      expect(table.length).toBe(3);
      expect(table.objectIds).toEqual(['A1', 'B2']);
      expect(table.text.callsign.values).toEqual(['ABC', 'XYZ']);
    }
  });

  it('selects columns by header name or index, case-insensitively', async () => {
    const path = await file('named.csv', 'id,lat,lon,when\nA,40.5,-74.1,2020-06-30T00:00:00Z\nA,40.6,-74.2,2020-06-30T00:01:00Z\n');
    const { table } = await read([path], { timeColumn: 'WHEN', xColumn: 'lon', yColumn: 2 - 1 });
    expect([...table.lon]).toEqual([-74.1, -74.2]);
    expect([...table.lat]).toEqual([40.5, 40.6]);
    expect(table.t[1] - table.t[0]).toBe(60_000);
    expect(Object.keys(table.numeric)).toEqual([]);
  });

  it('names an unknown column and lists the known ones', async () => {
    const path = await file('unknown-col.csv', FLIGHT);
    await expect(read([path], { xColumn: 'lng' })).rejects.toMatchObject({
      code: 'INPUT_COLUMN',
      message: expect.stringMatching(/unknown-col\.csv: xColumn: unknown column "lng"; known columns: object_id, timestamp, longitude, latitude, altitude, callsign/),
    });
    await expect(read([path], { yColumn: 9 })).rejects.toMatchObject({ code: 'INPUT_COLUMN', message: expect.stringMatching(/column 9 does not exist/) });
    const noHeader = await file('no-header.csv', 'A,2020-06-30 00:00:00,1,2\n');
    await expect(read([noHeader], { idColumn: 'id' })).rejects.toMatchObject({ code: 'INPUT_COLUMN', message: expect.stringMatching(/no header line/) });
  });

  it('reports a missing file, an empty file and a file without usable points', async () => {
    await expect(read([join(tmpdir(), 'trackreel-no-such-folder', 'missing.csv')])).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND', message: expect.stringMatching(/missing\.csv: no such file/) });
    const empty = await file('empty.csv', '');
    await expect(read([empty])).rejects.toMatchObject({ code: 'INPUT_EMPTY', message: expect.stringMatching(/empty\.csv: the file is empty$/) });
    const blank = await file('blank.csv', '\n  \n');
    await expect(read([blank])).rejects.toMatchObject({ code: 'INPUT_EMPTY' });
    const comments = await file('comments.csv', '# object_id timestamp x y\n# nothing here\n');
    await expect(read([comments])).rejects.toMatchObject({ code: 'INPUT_NO_POINTS', message: expect.stringMatching(/comments\.csv: no usable points: no data rows found/) });
    const bad = await file('bad.csv', 'A,not a time,1,2\nA,2020-06-30 00:00:00,,2\n');
    await expect(read([bad], { lenient: true })).rejects.toMatchObject({
      code: 'INPUT_NO_POINTS',
      message: expect.stringMatching(/bad\.csv: no usable points: all 2 data rows were skipped; the first at line 1: timestamp: cannot read "not a time" as a time/),
    });
  });

  it('strict mode stops at the first bad row with file:line: field', async () => {
    const path = await file('strict.csv', 'A,2020-06-30 00:00:00,1,2\nA,2020-06-30 00:01:00,abc,2\n');
    await expect(read([path])).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringMatching(/strict\.csv:2: longitude: "abc" is not a number; --lenient skips such rows$/), context: { line: 2, field: 'longitude' } });
    const range = await file('range.csv', '# id time lon lat\nA,2020-06-30 00:00:00,1,2\nA,2020-06-30 00:01:00,1,95\n');
    await expect(read([range])).rejects.toThrow(/range\.csv:3: latitude: latitude 95 is outside \[-90, 90\]/);
    const time = await file('time.csv', 'A,2020-13-30 00:00:00,1,2\n');
    await expect(read([time])).rejects.toThrow(/time\.csv:1: timestamp: cannot read "2020-13-30 00:00:00" as a time/);
  });

  it('lenient mode counts all bad rows but keeps only the first 100 in full', async () => {
    const rows = ['A,2020-06-30 00:00:00,1,2'];
    for (let i = 0; i < 150; i++) rows.push('A,2020-06-30 00:00:00,,2');
    const { table, report } = await read([await file('many-bad.csv', rows.join('\n'))], { lenient: true });
    expect(table.length).toBe(1);
    expect(report.skippedCount).toBe(150);
    expect(report.skipped).toHaveLength(100);
    expect(report.skipped[0]).toMatchObject({ line: 2, field: 'longitude', reason: 'no position (empty coordinate)' });
  });

  it('skips a row with a different field count that fails even in strict mode (a malformed record)', async () => {
    const path = await file('ragged.csv', 'A,2020-06-30 00:00:00,1,2,5\nA,2020-06-30 00:01:00,-76,,2,5\nA,2020-06-30 00:02:00,1,2,7\n');
    const { table, report } = await read([path]);
    expect(table.length).toBe(2);
    expect(report.skippedCount).toBe(1);
    expect(report.skipped[0]).toMatchObject({ line: 2, field: 'latitude' });
    expect(report.skipped[0].reason).toMatch(/malformed record: 6 fields where the file's rows have 5/);
  });

  it('sniffs tab, semicolon, pipe and whitespace delimiters, and honours an explicit one', async () => {
    for (const [name, d] of [['tab.tsv', '\t'], ['semi.csv', ';'], ['pipe.csv', '|'], ['spaces.txt', '   ']] as const) {
      const path = await file(name, `A${d}1593475200${d}1.5${d}2.5${d}7\nB${d}1593475260${d}3${d}4${d}8\n`);
      const { table } = await read([path]);
      expect([...table.lon], name).toEqual([1.5, 3]);
      expect([...table.numeric.column_4], name).toEqual([7, 8]);
    }
    const quoted = await file('quoted.csv', 'A,2020-06-30 00:00:00,1,2,"Big, Ship"\n');
    expect((await read([quoted], { delimiter: ',' })).table.text.column_4.values).toEqual(['Big, Ship']);
  });

  it('joins a "date time" stamp split by a whitespace delimiter', async () => {
    const path = await file('spaced-time.txt', '# id timestamp x y speed\nA 2004-12-07 11:36:18 -81.9731 26.995 349\nA 2004-12-07 11:37:56 -81.9844 27.0447 350\n');
    const { table } = await read([path]);
    expect(table.t[1] - table.t[0]).toBe(98_000);
    expect([...table.lat]).toEqual([26.995, 27.0447]);
    expect([...table.numeric.speed]).toEqual([349, 350]);
  });

  it('skips --skip-lines lines and free text before the data', async () => {
    const path = await file('preamble.csv', 'exported by tool 1.0\n\nobject,timestamp,lon,lat\nA,2020-06-30 00:00:00,1,2\n');
    const { table } = await read([path]);
    expect([...table.line]).toEqual([4]);
    const junk = await file('junk.csv', 'x,y,z,w,1,2\nA,2020-06-30 00:00:00,1,2\n');
    await expect(read([junk])).rejects.toThrow(/junk\.csv:1: timestamp/);
    expect((await read([junk], { skipLines: 1 })).table.length).toBe(1);
  });

  it('uses the input time zone and a time format', async () => {
    const path = await file('tz.csv', 'A,30/06/2020 08:00,1,2\n');
    const { table } = await read([path], { timeFormat: '%d/%m/%Y %H:%M', inputTimeZone: 'America/New_York' });
    expect(table.t[0]).toBe(Date.parse('2020-06-30T12:00:00Z'));
  });

  it('shares object ids across files and names the source', async () => {
    const a = await file('a.csv', 'A,2020-06-30 00:00:00,1,2,5\nB,2020-06-30 00:00:00,3,4,6\n');
    const b = await file('b.csv', 'B,2020-06-30 00:01:00,5,6\n');
    const { table, report } = await read([a, b]);
    expect(table.source).toBe('2 files');
    expect(table.objectIds).toEqual(['A', 'B']);
    expect([...table.objectIndex]).toEqual([0, 1, 1]);
    expect([...table.line]).toEqual([1, 2, 1]);
    expect([...table.numeric.column_4]).toEqual([5, 6, NaN]);
    expect(report.files).toEqual([a, b]);
    const bad = await file('c.csv', 'C,2020-06-30 00:01:00,5,\n');
    await expect(read([a, bad])).rejects.toThrow(/c\.csv: no usable points: all 1 data rows were skipped; the first at line 1: latitude: no position/);
  });
});

describe('readPoints: domain', () => {
  it('takes "# ... x y" headers as cartesian and lat/lon names as terrestrial', async () => {
    const xy = await file('xy.csv', '# id time x y\nA,2020-06-30 00:00:00,1000,2000\n');
    expect((await read([xy])).table.domain).toBe('cartesian');
    const geo = await file('geo.csv', '# id time lon lat\nA,2020-06-30 00:00:00,10,20\n');
    expect((await read([geo])).table.domain).toBe('terrestrial');
    expect((await read([geo], { domain: 'cartesian' })).table.domain).toBe('cartesian');
  });

  it('without a header decides by the values: many out-of-range points mean cartesian', async () => {
    const plane = await file('plane.csv', 'A,2020-06-30 00:00:00,500,20\nA,2020-06-30 00:01:00,600,30\n');
    expect((await read([plane])).table.domain).toBe('cartesian');
    const rows = Array.from({ length: 40 }, (_, i) => `A,2020-06-30 00:${String(i).padStart(2, '0')}:00,10,20`);
    rows[10] = 'A,2020-06-30 00:10:00,10,200';
    const mostlyGeo = await file('mostly-geo.csv', rows.join('\n'));
    await expect(read([mostlyGeo])).rejects.toThrow(/mostly-geo\.csv:11: latitude: latitude 200 is outside/);
    const { table, report } = await read([mostlyGeo], { lenient: true });
    expect(table.domain).toBe('terrestrial');
    expect(table.length).toBe(39);
    expect(report.skipped[0]).toMatchObject({ line: 11, field: 'latitude' });
  });
});

describe('readPoints: AIS CSV', () => {
  it('finds columns by name, keeps empty fields as NaN/empty text and adds aliases', async () => {
    const path = await file('ais.csv', [
      'basedatetime,lon,lat,mmsi,SOG,COG,Heading,VesselName,IMO',
      '2020-06-30T00:00:00,-74.07,40.64,367000140,0.5,-60.6,511.0,SAMUEL I NEWHOUSE,IMO7702774',
      '2020-06-30T00:01:00,-74.08,40.65,367000140,,,246.0,,',
    ].join('\n'));
    const { table, report } = await read([path]);
    expect(report.format).toBe('ais-csv');
    expect(table.objectIds).toEqual(['367000140']);
    expect([...table.lon]).toEqual([-74.07, -74.08]);
    expect([...table.numeric.SOG]).toEqual([0.5, NaN]);
    expect([...table.numeric.speed]).toEqual([0.5, NaN]);
    // AIS "not available" (heading 511) is no value under both names.
    expect([...table.numeric.Heading]).toEqual([NaN, 246]);
    expect([...table.numeric.heading]).toEqual([NaN, 246]);
    expect(table.text.VesselName.values[table.text.VesselName.codes[0]]).toBe('SAMUEL I NEWHOUSE');
    expect(table.text.VesselName.values[table.text.VesselName.codes[1]]).toBe('');
    expect(table.text.IMO.values[table.text.IMO.codes[0]]).toBe('IMO7702774');
  });

  it('treats empty core fields as bad rows and a missing core column as INPUT_COLUMN', async () => {
    const path = await file('ais-bad.csv', 'BaseDateTime,LON,LAT,MMSI\n2020-06-30T00:00:00,-74.07,40.64,1\n2020-06-30T00:00:00,-74.07,40.64,\n');
    await expect(read([path])).rejects.toThrow(/ais-bad\.csv:3: MMSI: empty object id/);
    expect((await read([path], { lenient: true })).report.skippedCount).toBe(1);
    const noLat = await file('ais-nolat.csv', 'BaseDateTime,LON,Breite,MMSI\n2020-06-30T00:00:00,-74.07,40.64,1\n');
    await expect(read([noLat], { format: 'ais-csv' })).rejects.toMatchObject({ code: 'INPUT_COLUMN',
      message: expect.stringMatching(/ais-nolat\.csv: yColumn: no column can be the latitude\/y .*the header is: BaseDateTime, LON, Breite, MMSI; name the columns: --y-column Breite/) });
    expect((await read([noLat], { format: 'ais-csv', yColumn: 'breite' })).table.lat[0]).toBe(40.64);
    await expect(read([noLat], { format: 'ais-csv', yColumn: 'Lat' })).rejects.toMatchObject({ code: 'INPUT_COLUMN', message: expect.stringMatching(/yColumn: unknown column "Lat"; known columns: BaseDateTime, LON, Breite, MMSI$/) });
  });

  it('reads the Danish Maritime Authority layout: a "# Timestamp" header line, day-first times, 181/91 as no position', async () => {
    const path = await file('aisdk.csv', [
      '# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,COG,Heading,IMO,Callsign,Name,Ship type',
      '01/03/2023 00:00:00,Class A,219000873,56.990090,10.304520,Under way using engine,0.0,0.0,30.4,511,Unknown,Unknown,,Undefined',
      '01/03/2023 00:00:07,Base Station,2190064,91.000000,181.000000,Unknown value,,,,,Unknown,Unknown,,Undefined',
      '01/03/2023 00:00:10,Class A,219000873,56.990100,10.304530,Under way using engine,0.0,0.1,31.0,30,Unknown,Unknown,,Undefined',
      '13/03/2023 23:59:59,Class B,211003640,54.511000,11.120000,Unknown value,,12.5,180.0,,Unknown,Unknown,SAILOR,Pleasure',
    ].join('\r\n'));
    const { table, report } = await read([path]);
    expect(report.format).toBe('ais-csv');
    expect(table.objectIds).toEqual(['219000873', '211003640']);
    expect([...table.t]).toEqual([Date.UTC(2023, 2, 1), Date.UTC(2023, 2, 1, 0, 0, 10), Date.UTC(2023, 2, 13, 23, 59, 59)]);
    expect([...table.lat]).toEqual([56.99009, 56.9901, 54.511]);
    expect([...table.lon]).toEqual([10.30452, 10.30453, 11.12]);
    // The base station's "no position" row is skipped and counted, not an error in strict mode.
    expect(report.skippedCount).toBe(1);
    expect(report.skipped[0]).toEqual({ file: path, line: 3, field: 'Longitude', reason: 'position not available (181, 91)' });
    expect([...table.numeric.speed]).toEqual([0, 0.1, 12.5]);
    expect([...table.numeric.heading]).toEqual([NaN, 30, NaN]);
    expect(table.text['Type of mobile'].values).toEqual(['Class A', 'Class B']);
    // Month-first data needs its pattern; an explicit --time-format replaces the day-first guess.
    await expect(read([path], { timeFormat: '%m/%d/%Y %H:%M:%S' })).rejects.toThrow(`${path}:5: Timestamp: cannot read "13/03/2023 23:59:59" as a time`);
  });

  it('detects lower-case and other AIS shapes by name, in any column order and delimiter', async () => {
    const shapes = [
      'mmsi,timestamp,lon,lat,sog,cog,heading\n257000001,2023-03-01T00:00:00Z,5.1,60.1,3.5,90,88\n257000001,2023-03-01T00:01:00Z,5.2,60.2,3.6,91,89',
      'mmsi;time;longitude;latitude;speed;course\n257000001;1677628800;5.1;60.1;3.5;90\n257000001;1677628860;5.2;60.2;3.6;91',
      'LATITUDE\tLONGITUDE\tMMSI\tDATE_TIME_UTC\tSOG\n60.1\t5.1\t257000001\t2023-03-01 00:00:00\t3.5\n60.2\t5.2\t257000001\t2023-03-01 00:01:00\t3.6',
    ];
    for (const [k, text] of shapes.entries()) {
      const { table, report } = await read([await file(`shape-${k}.csv`, text)]);
      expect(report.format, text).toBe('ais-csv');
      expect(table.objectIds).toEqual(['257000001']);
      expect([...table.t]).toEqual([Date.UTC(2023, 2, 1), Date.UTC(2023, 2, 1, 0, 1)]);
      expect([...table.lon]).toEqual([5.1, 5.2]);
      expect([...table.lat]).toEqual([60.1, 60.2]);
      expect([...table.numeric.speed]).toEqual([3.5, 3.6]);
    }
  });

  it('maps any other names with --format ais-csv and the column options', async () => {
    const path = await file('vessels.csv', 'ShipId,When,X,Y,Speed over ground\nA1,2023-03-01 00:00:00,5.1,60.1,3.5\nA1,2023-03-01 00:01:00,5.2,60.2,3.6\n');
    expect((await read([path])).report.format).toBe('tracktable-points');
    const { table, report } = await read([path], { format: 'ais-csv', idColumn: 'shipid', timeColumn: 'When', xColumn: 'X', yColumn: 3 });
    expect(report.format).toBe('ais-csv');
    expect(table.objectIds).toEqual(['A1']);
    expect([...table.lat]).toEqual([60.1, 60.2]);
    expect([...table.numeric.speed]).toEqual([3.5, 3.6]);
    expect([...table.numeric['Speed over ground']]).toEqual([3.5, 3.6]);
  });
});

describe('readPoints: objects and options', () => {
  it('drops an object whose only points were rejected by the domain rule', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `A,2020-06-30 00:${String(i).padStart(2, '0')}:00,10,20`);
    rows.push('Z,2020-06-30 01:00:00,10,200');
    const { table } = await read([await file('lost-object.csv', rows.join('\n'))], { lenient: true });
    expect(table.objectIds).toEqual(['A']);
    expect(table.objectIndex.every((o) => o === 0)).toBe(true);
  });

  it('accepts a named delimiter and rejects a bad one', async () => {
    const path = await file('named-tab.tsv', 'A\t2020-06-30 00:00:00\t1\t2\n');
    expect((await read([path], { delimiter: 'tab' })).table.length).toBe(1);
    await expect(read([path], { delimiter: '::' })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });

  it('keeps a blank property field as no value instead of turning the column into text', async () => {
    const path = await file('blank-prop.csv', 'A,2020-06-30 00:00:00,1,2,5\nA,2020-06-30 00:01:00,1,2,  \n');
    expect([...(await read([path])).table.numeric.column_4]).toEqual([5, NaN]);
  });

  it('turns a property column into text when a later value is not a number', async () => {
    const path = await file('mixed-prop.csv', 'A,2020-06-30 00:00:00,1,2,5\nA,2020-06-30 00:01:00,1,2,\nA,2020-06-30 00:02:00,1,2,abc\n');
    const { table } = await read([path]);
    expect(table.numeric.column_4).toBeUndefined();
    const col = table.text.column_4;
    expect([...col.codes].map((c) => col.values[c])).toEqual(['5', '', 'abc']);
  });
});

describe.skipIf(process.platform !== 'linux')('readPoints: resources (Linux /proc)', () => {
  it('closes the file when a strict error stops the read early', async () => {
    const { readdir } = await import('node:fs/promises');
    const rows = ['A,2020-06-30 00:00:00,abc,2'];
    for (let i = 0; i < 200_000; i++) rows.push('A,2020-06-30 00:00:00,1,2');
    const path = await file('early-stop.csv', rows.join('\n'));
    const before = (await readdir('/proc/self/fd')).length;
    for (let i = 0; i < 5; i++) await expect(read([path])).rejects.toThrow(/early-stop\.csv:1: longitude/);
    await new Promise((r) => setTimeout(r, 50));
    expect((await readdir('/proc/self/fd')).length).toBeLessThanOrEqual(before + 1);
  });
});
