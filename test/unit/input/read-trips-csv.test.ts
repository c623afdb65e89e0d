// CSVs with a whole trip per row (Porto taxi), from fixtures written here.
import { describe, expect, it } from 'vitest';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS, type InputOptions } from '../../../src/input/input-options.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const file = useTempFiles('trackreel-trips-csv-');
const read = (path: string, options: Partial<InputOptions> = {}) => readPoints([path], { ...DEFAULT_INPUT_OPTIONS, ...options });

const PORTO = [
  ',TRIP_ID,CALL_TYPE,ORIGIN_CALL,ORIGIN_STAND,TAXI_ID,TIMESTAMP,DAY_TYPE,MISSING_DATA,POLYLINE',
  '0,1372636858620000589,C,,,20000589,1372636858,A,False,"[[-8.618643,41.141412],[-8.618499,41.141376],[-8.620326,41.14251]]"',
  '1,1372637303620000596,B,,7.0,20000596,1372637303,A,False,"[[-8.639847,41.159826],[-8.640351,41.159871]]"',
  '2,1372637091620000031,C,,,20000031,1372637091,A,False,"[]"',
].join('\r\n');

describe('readPoints: trips-csv (a whole trip per row)', () => {
  it('reads each POLYLINE as one trip, 15 s apart from TIMESTAMP, id TRIP_ID, past the unnamed index column', async () => {
    const { table, report } = await read(await file('train.csv', PORTO));
    expect(report.format).toBe('trips-csv');
    expect(table.objectIds).toEqual(['1372636858620000589', '1372637303620000596']);
    expect([...table.t]).toEqual([1372636858000, 1372636873000, 1372636888000, 1372637303000, 1372637318000]);
    expect([...table.lon]).toEqual([-8.618643, -8.618499, -8.620326, -8.639847, -8.640351]);
    expect(table.text.TAXI_ID.values).toEqual(['20000589', '20000596']);
    expect(report.notices).toEqual([expect.stringMatching(/5 positions of POLYLINE timed from each row's start, 15 s apart \(--trip-step\)$/)]);
  });

  it('takes another step from --trip-step, positions with their own times, and a semicolon-delimited file', async () => {
    const csv = 'trip_id;start_time;path\nA;2020-01-01T00:00:00Z;"[[1,2],[1.1,2.1]]"\nB;2020-01-01T00:00:00Z;"[[3,4,1577836900],[3.1,4.1,1577836960]]"\n';
    const { table } = await read(await file('trips.txt', csv), { tripStepMs: 60_000 });
    expect([...table.t].map((t) => new Date(t).toISOString())).toEqual([
      '2020-01-01T00:00:00.000Z', '2020-01-01T00:01:00.000Z', '2020-01-01T00:01:40.000Z', '2020-01-01T00:02:40.000Z']);
  });

  it('stops at a POLYLINE that is not JSON (strict) and skips that trip (lenient)', async () => {
    const path = await file('broken.csv', `${PORTO.split('\r\n').slice(0, 2).join('\n')}\n9,1,C,,,2,1372636858,A,False,"[[-8.6,41.1],"\n`);
    await expect(read(path)).rejects.toMatchObject({ code: 'INPUT_PARSE', message: `${path}:3: POLYLINE: "[[-8.6,41.1]," is not a JSON array of positions` });
    const { table, report } = await read(path, { lenient: true });
    expect(table.length).toBe(3);
    expect(report.skippedCount).toBe(1);
  });

  it('keeps fields named like Object.prototype members as ordinary properties', async () => {
    const { table } = await read(await file('proto.csv', 'trip_id,start,__proto__,constructor,path\nA,2020-01-01T00:00:00Z,x,y,"[[1,2],[1.1,2.1]]"\n'));
    expect(Object.keys(table.text)).toEqual(['__proto__', 'constructor']);
    expect(table.text.constructor.values).toEqual(['y']);
  });
});
