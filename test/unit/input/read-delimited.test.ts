// Delimited files as other programs write them: columns found by header name (one synonym table),
// delimiters sniffed, the quirks of real exports, missing values, sanity checks, and the account
// of the reading that `trackreel info` prints. Every fixture is written here.
import { describe, it, expect } from 'vitest';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS, type InputOptions } from '../../../src/input/input-options.js';
import { sniffDelimiter } from '../../../src/input/detect-format.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const file = useTempFiles('trackreel-delimited-');
const read = async (name: string, text: string, options: Partial<InputOptions> = {}) =>
  readPoints([await file(name, text)], { ...DEFAULT_INPUT_OPTIONS, ...options });
const T0 = Date.parse('2024-01-02T07:22:55Z');

describe('readPoints() maps columns by header name', () => {
  it('reads Movebank, OpenSky, Flightradar24, DMA aisdk, Digitraffic and AISdb layouts without flags', async () => {
    const movebank = await read('movebank.csv', 'event-id,visible,timestamp,location-long,location-lat,height-raw,tag-local-identifier,individual-local-identifier\n'
      + '1,true,2009-04-07 09:00:00.000,-10.2,54.1,"neg alt","65698","goose A"\n2,true,2009-04-07 11:00:00.000,-10.3,54.2,12,"65698","goose A"\n');
    expect(movebank.table.objectIds).toEqual(['goose A']);
    expect([...movebank.table.lon]).toEqual([-10.2, -10.3]);
    expect(movebank.table.text['height-raw']).toBeDefined();

    const opensky = await read('opensky.csv', 'time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground\n1486309500,406d95,43.6,1.36,80,270,0,EZY158T,False\n1486309501,406d95,43.61,1.35,81,271,0,EZY158T,False\n');
    expect(opensky.table.objectIds).toEqual(['406d95']);
    expect(opensky.table.t[0]).toBe(1486309500_000);
    expect([...opensky.table.lat]).toEqual([43.6, 43.61]);

    const fr24 = await read('fr24.csv', 'Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n1704180175,2024-01-02T07:22:55Z,JAL516,"42.787994,141.685074",0,0,73\n1704180458,2024-01-02T07:27:38Z,JAL516,"42.770142,141.691422",550,144,172\n');
    expect(fr24.table.objectIds).toEqual(['JAL516']);
    expect([...fr24.table.lon]).toEqual([141.685074, 141.691422]);
    expect([...fr24.table.lat]).toEqual([42.787994, 42.770142]);
    expect(fr24.table.t[0]).toBe(T0);
    expect(fr24.report.readings[0].columns.find((c) => c.role.startsWith('position'))?.column).toMatch(/Position/);

    const dma = await read('aisdk.csv', '# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,COG,Heading\n'
      + '01/03/2023 00:00:00,Class A,219000001,55.1,12.1,Under way,0,102.3,90,511\n13/03/2023 00:01:00,Class A,219000001,91,181,Under way,0,5,90,88\n13/03/2023 00:02:00,Class A,219000001,55.2,12.2,Under way,0,5.5,91,89\n');
    expect(dma.report.format).toBe('ais-csv');
    expect(dma.table.t[0]).toBe(Date.UTC(2023, 2, 1));
    // 181/91 is no position; SOG 102.3 and heading 511 are no value.
    expect(dma.table.length).toBe(2);
    expect([...dma.table.numeric.SOG]).toEqual([NaN, 5.5]);
    expect([...dma.table.numeric.Heading]).toEqual([NaN, 89]);
    expect(dma.report.skipTallies).toEqual([expect.objectContaining({ kind: 'not available', count: 1, lines: [3] })]);

    const digitraffic = await read('digitraffic.csv', 'mmsi,sog,cog,navStat,rot,posAcc,raim,heading,timestamp,timestampExternal,x,y\n230000001,10.2,45,0,0,1,0,44,59,1704180175000,24.9,60.1\n230000001,10.3,46,0,0,1,0,45,3,1704180178000,24.91,60.11\n');
    // "timestamp" there is the second of the minute; timestampExternal is the time.
    expect([...digitraffic.table.t]).toEqual([T0, T0 + 3000]);
    expect([...digitraffic.table.lon]).toEqual([24.9, 24.91]);
    expect(digitraffic.table.domain).toBe('terrestrial');

    const aisdb = await read('aisdb.csv', '"MMSI","Message_ID","Time","Millisecond","Longitude","Latitude"\r\n"432905000","1","20210701_185151","515","-70.1","40.2"\r\n"432905000","5","20210701_185200","0","",""\r\n"432905000","1","20210701_185251","40","-70.2","40.3"\r\n');
    expect([...aisdb.table.t]).toEqual([Date.UTC(2021, 6, 1, 18, 51, 51, 515), Date.UTC(2021, 6, 1, 18, 52, 51, 40)]);
    expect(aisdb.report.skipTallies).toEqual([expect.objectContaining({ kind: 'no position', count: 1, lines: [3] })]);
    expect(aisdb.table.numeric.Millisecond).toBeUndefined();
  });

  it('lets the header win over the positional default, finds times by a word of the name or by content, and joins date and time columns', async () => {
    const swapped = await read('swapped.csv', 'lat,lon,when,vessel\n40.1,-74.1,2020-06-30T00:00:00Z,A\n40.2,-74.2,2020-06-30T00:01:00Z,A\n');
    expect([...swapped.table.lon]).toEqual([-74.1, -74.2]);
    expect(swapped.table.objectIds).toEqual(['A']);
    const word = await read('word.csv', 'ID,ais_pos_timestamp,gps_longitude,gps_latitude\n1,20/03/2021 00:22,32.3,31.4\n1,20/03/2021 01:25,32.4,31.5\n');
    expect(word.table.t[0]).toBe(Date.UTC(2021, 2, 20, 0, 22));
    expect(word.report.readings[0].columns.find((c) => c.role === 'time')?.why).toMatch(/word/);
    const content = await read('content.csv', 'boat,Zeit,lon,lat\nA,2020-06-30 00:00:00,5,50\nA,2020-06-30 00:01:00,5.1,50.1\n');
    expect(content.table.t[1]).toBe(Date.UTC(2020, 5, 30, 0, 1));
    expect(content.report.readings[0].columns.find((c) => c.role === 'time')?.why).toMatch(/values/);
    const split = await read('datetime.csv', 'id,date,time,lat,lon\nA,2021-07-04,21:05:00,50,5\nA,2021-07-04,21:06:30,50.1,5.1\n');
    expect([...split.table.t]).toEqual([Date.UTC(2021, 6, 4, 21, 5), Date.UTC(2021, 6, 4, 21, 6, 30)]);
    const wkt = await read('wkt.csv', 'track_id;t;geometry\nk;2020-01-01T00:00:00Z;POINT (13.4 52.5)\nk;2020-01-01T00:00:10Z;POINT(13.41 52.51)\n');
    expect([...wkt.table.lon]).toEqual([13.4, 13.41]);
    expect([...wkt.table.lat]).toEqual([52.5, 52.51]);
  });

  it('reads one object per file when no column names an id, and says so', async () => {
    const { table, report } = await read('walk.csv', 'time,latitude,longitude\n2020-01-01T00:00:00Z,50,5\n2020-01-01T00:00:10Z,50.001,5.001\n');
    expect(table.objectIds).toEqual(['walk']);
    expect(report.readings[0].notes.join(' ')).toMatch(/one object named after the file/);
  });

  it('takes a BOM, a trailing delimiter, padded fields, quoted delimiters and an unnamed index column as normal', async () => {
    const { table, report } = await read('quirks.csv', '\uFEFF,ID , timestamp ,lon,lat,name,\n0, 7 , 2020-06-30 00:00:00 , 5.5 , 50.5 ,"Smith, J",\n1, 7 , 2020-06-30 00:01:00 , 5.6 , 50.6 ,"Smith, J",\n');
    expect(table.objectIds).toEqual(['7']);
    expect([...table.lon]).toEqual([5.5, 5.6]);
    expect(table.text.name.values).toEqual(['Smith, J']);
    expect(Object.keys(table.numeric)).toEqual([]);
    expect(report.skippedCount).toBe(0);
  });

  it('sniffs comma, semicolon, tab and pipe from the header and rows (decimal commas do not fool it)', async () => {
    expect(sniffDelimiter(['X;Y;fid;t', '116,39;39,89;1;2008-12-11 04:42:14+00', '116,40;39,90;2;2008-12-11 04:42:16+00'])).toBe(';');
    expect(sniffDelimiter(['id|time|lon|lat', 'a|1|2|3'])).toBe('|');
    expect(sniffDelimiter(['id\ttime\tlon\tlat', 'a, b\t1\t2\t3'])).toBe('\t');
    const geolife = await read('geolife.csv', 'X;Y;fid;id;sequence;trajectory_id;tracker;t\n116.391305;39.898573;1;1;1;1;19;2008-12-11 04:42:14+00\n116.391317;39.898617;2;2;2;1;19;2008-12-11 04:42:16+00\n116.5;39.9;3;3;1;2;19;2008-12-12 04:42:16+00\n');
    expect(geolife.table.objectIds).toEqual(['1', '2']);
    expect(geolife.table.domain).toBe('terrestrial');
    expect(geolife.table.t[0]).toBe(Date.UTC(2008, 11, 11, 4, 42, 14));
    const pipes = await read('pipes.txt', 'vehicle_id|datetime|longitude|latitude\nbus1|2020-06-30 08:00|4.3|50.8\nbus1|2020-06-30 08:01|4.31|50.81\n');
    expect(pipes.table.objectIds).toEqual(['bus1']);
  });

  it('decides day-first or month-first from the values and says which reading it took', async () => {
    const us = await read('us.csv', 'id,time,lon,lat\nA,7/4/2021 9:05,5,50\nA,7/14/2021 9:05,5.1,50.1\n');
    expect(us.table.t[0]).toBe(Date.UTC(2021, 6, 4, 9, 5));
    expect(us.report.readings[0].time).toMatch(/month-first: "7\/14\/2021 9:05" has a day above 12/);
    const ambiguous = await read('ambiguous.csv', 'id,time,lon,lat\nA,01/02/2021 10:00,5,50\nA,01/03/2021 10:00,5.1,50.1\nA,01/04/2021 10:00,5.2,50.2\n');
    expect(ambiguous.table.t[1] - ambiguous.table.t[0]).toBe(86_400_000);
    expect(ambiguous.report.readings[0].time).toMatch(/no day above 12.*--time-format/);
  });
});

describe('readPoints() on missing values', () => {
  it('keeps numeric columns numeric through NULL, NA, N/A, NaN, None and -, and --na-values adds tokens', async () => {
    const text = 'id,time,lon,lat,alt,speed\nA,2020-01-01 00:00:00,5,50,NULL,n/a\nA,2020-01-01 00:00:01,5.1,50.1,None,-\nA,2020-01-01 00:00:02,5.2,50.2,12,?\n';
    const plain = await read('na.csv', text);
    expect([...plain.table.numeric.alt]).toEqual([NaN, NaN, 12]);
    expect(plain.table.text.speed).toBeDefined();
    const withToken = await read('na2.csv', text, { naValues: ['?'] });
    expect([...withToken.table.numeric.speed]).toEqual([NaN, NaN, NaN]);
  });

  it('skips and counts rows without a position in strict mode; a coordinate that is not a number stops, naming --lenient', async () => {
    const { table, report } = await read('nopos.csv', 'id,time,lon,lat\nA,2020-01-01 00:00:00,5,50\nA,2020-01-01 00:00:01,NULL,NULL\nA,2020-01-01 00:00:02,,\nA,2020-01-01 00:00:03,5.2,50.2\n');
    expect(table.length).toBe(2);
    expect(report.skipTallies).toEqual([expect.objectContaining({ kind: 'no position', count: 2, lines: [3, 4] })]);
    await expect(read('word-coord.csv', 'id,time,lon,lat\nA,2020-01-01 00:00:00,east,50\n')).rejects.toThrow(/word-coord\.csv:2: lon: "east" is not a number; --lenient skips such rows/);
    await expect(read('bad-time.csv', 'id,time,lon,lat\nA,soon,5,50\n')).rejects.toThrow(/bad-time\.csv:2: time: cannot read "soon" as a time; --lenient skips such rows/);
  });
});

describe('readPoints() never reads wrongly in silence', () => {
  it('stops with the header and the flags to pass when nothing can be the time or a position', async () => {
    await expect(read('unknown.csv', 'a,b,c,d\nq,1,2.1,3.2\nq,2,2.5,3.5\n')).rejects.toMatchObject({
      code: 'INPUT_COLUMN', message: expect.stringMatching(/unknown\.csv: timeColumn: no column can be the time, longitude\/x, latitude\/y .*the header is: a, b, c, d; name the columns: --time-column NAME --x-column c --y-column d/),
    });
  });

  it('stops on an NMEA log read as a table (issue 14.13), on $GPRMC-like ids, and on E7 integer coordinates', async () => {
    const nmea = ['$GPRMC,032908,A,4231.8291,N,08807.3036,W,0.0,0.0,070804,,*2F', '$GPGGA,032908,4231.8291,N,08807.3036,W,1,05,1.6,227.3,M,-33.7,M,,*6C',
      '$GPGSA,A,3,03,19,27,23,13,,,,,,,,2.6,1.6,2.1*39', '$GPVTG,0.0,T,,M,0.0,N,0.0,K*60'];
    const log = Array.from({ length: 6 }, () => nmea).flat().join('\n');
    // NMEA logs are read as NMEA now; forced to be a table, the reading must still refuse them.
    await expect(read('log.txt', log, { format: 'tracktable-points', lenient: true })).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringMatching(/rows are malformed.*looks like an NMEA 0183 log/) });
    const ids = Array.from({ length: 12 }, (_, i) => `$GPRMC,${1593475200 + i},${5 + i / 100},50`).join('\n');
    await expect(read('ids.txt', ids, { format: 'tracktable-points' })).rejects.toThrow(/ids look like record types \(\$GPRMC\)/);
    const e7 = await file('e7.csv', 'id\tt\tlongitudeE7\tlatitudeE7\nA\t2013-05-09T00:00:00Z\t-1221234567\t374412345\nA\t2013-05-09T00:01:00Z\t-1221234999\t374412999\n');
    await expect(readPoints([e7], { ...DEFAULT_INPUT_OPTIONS, xColumn: 'longitudeE7', yColumn: 'latitudeE7' })).rejects.toThrow(/degrees × 10\^7/);
  });

  it('warns when most objects have one point and names the id column it used', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i},2020-01-01 00:00:0${i % 10},${5 + i / 10},50`);
    const { report } = await read('rowids.csv', `id,time,lon,lat\n${rows.join('\n')}\n`);
    expect(report.notices.join('\n')).toMatch(/12 of 12 objects have a single point.*id \(column 1\), header name.*--id-column/);
  });
});

describe('readPoints() on times that are small numbers', () => {
  it('reads plain numbers under 1e8 s as relative times (seconds from 0), with no 1970 warning', async () => {
    const { table, report } = await read('relative.csv', 'id,t,lon,lat\nA,0,5,50\nA,750,5.1,50.1\nB, -6.5 ,5,50\nB,1e3,5,50\n');
    expect(report.timesRelative).toBe(true);
    expect(table.timesRelative).toBe(true);
    expect([...table.t]).toEqual([0, 750_000, -6500, 1_000_000]);
    expect(report.notices).toEqual([]);
    const real = await read('real-times.csv', 'id,t,lon,lat\nA,1593475200,5,50\nA,1593475260,5.1,50.1\n');
    expect(real.report.notices).toEqual([]);
    expect(real.report.timesRelative).toBe(false);
  });

  it('takes 1970 dates written as dates as dates, and warns when they are that small', async () => {
    const { report } = await read('dated-1970.csv', 'id,t,lon,lat\nA,1970-01-01T00:00:00Z,5,50\nA,1970-01-01T00:12:30Z,5.1,50.1\n');
    expect(report.timesRelative).toBe(false);
    expect(report.notices.join('\n')).toMatch(/every time is a small number \(0 \.\. 750 s.*t \(column 2\).*--time-column/);
    // One date among numbers is enough: the times are not all counts from 0.
    const mixed = await read('mixed.csv', 'id,t,lon,lat\nA,0,5,50\nA,750,5.1,50.1\nB,1970-01-01 00:01:00,5,50\nB,90,5,50\n');
    expect(mixed.report.timesRelative).toBe(false);
  });

  it('needs every time under 1e8 s and every file relative', async () => {
    const big = await read('big.csv', 'id,t,lon,lat\nA,0,5,50\nA,100000000,5.1,50.1\n');
    expect(big.report.timesRelative).toBe(false);
    const a = await file('rel-a.csv', 'id,t,lon,lat\nA,0,5,50\nA,750,5.1,50.1\n');
    const b = await file('dated-b.csv', 'id,t,lon,lat\nB,1970-01-01T00:00:00Z,5,50\nB,1970-01-01T00:01:00Z,5,50\n');
    expect((await readPoints([a, a], DEFAULT_INPUT_OPTIONS)).report.timesRelative).toBe(true);
    expect((await readPoints([a, b], DEFAULT_INPUT_OPTIONS)).report.timesRelative).toBe(false);
  });
});
