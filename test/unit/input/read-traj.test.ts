import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPoints } from '../../../src/input/read-points.js';
import { writeTraj } from '../../../src/trajectory/write-traj.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { DEFAULT_INPUT_OPTIONS, type InputOptions } from '../../../src/input/input-options.js';
import type { PointTable } from '../../../src/input/point-table.js';

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const NYH = `${DATA}NYHarbor_2020_06_30_first_hour.traj`;
const hasData = existsSync(NYH);
if (!hasData) console.warn('skipping the NYHarbor .traj tests: ../shared/data not found');

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'trackreel-traj-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}
const read = (paths: string[], options: Partial<InputOptions> = {}) => readPoints(paths, { ...DEFAULT_INPUT_OPTIONS, ...options });

const HEAD = '*P*,terrestrial,2,1,1,3,eta,3,heading,1,vessel-name,2';
const REC1 = `*T*,40015ea8-0cc7-49b5-b08b-a15f41745118,terrestrial,2,0,${HEAD},`
  + '367109000,2020-06-30 00:01:04,-74.2053,40.60922,2020-06-30 13:40:04,189,OVERSEAS HOUSTON,'
  + '367109000,2020-06-30 00:04:05,-74.20528,40.60924,,,OVERSEAS HOUSTON';
const REC2 = `*T*,b7405fe2-af81-48ee-95ff-97ee8a1dc5bc,terrestrial,1,1,note,2,"a, b",${HEAD},`
  + '367484710,2020-06-30 00:02:43,-74.03469,40.41866,2020-06-30 22:59:43,511,"BLUE ""SEA"""';

function rows(table: PointTable): string[] {
  const out: string[] = [];
  for (let i = 0; i < table.length; i++) {
    const props = [
      ...Object.keys(table.numeric).sort().map((k) => `${k}=${table.numeric[k][i]}`),
      ...Object.keys(table.text).sort().map((k) => `${k}=${table.text[k].values[table.text[k].codes[i]]}`),
    ];
    out.push([table.objectIds[table.objectIndex[i]], table.t[i], table.lon[i], table.lat[i], ...props].join('|'));
  }
  return out.sort();
}

describe('readPoints: tracktable .traj', () => {
  it('readPoints() reads *T* records: object ids, times, coordinates, typed properties', async () => {
    const { table, report } = await read([await file('two.traj', `${REC1}\n${REC2}\n`)]);
    expect(report.format).toBe('traj');
    expect(table.length).toBe(3);
    expect(table.objectIds).toEqual(['367109000', '367484710']);
    expect([...table.line]).toEqual([1, 1, 2]);
    expect(table.t[0]).toBe(Date.parse('2020-06-30T00:01:04Z'));
    expect([...table.lon]).toEqual([-74.2053, -74.20528, -74.03469]);
    // timestamp-typed properties become epoch ms; blanks become NaN
    expect([...table.numeric.eta]).toEqual([Date.parse('2020-06-30T13:40:04Z'), NaN, Date.parse('2020-06-30T22:59:43Z')]);
    expect([...table.numeric.heading]).toEqual([189, NaN, 511]);
    expect(table.text['vessel-name'].values).toEqual(['OVERSEAS HOUSTON', 'BLUE "SEA"']);
    expect(table.domain).toBe('terrestrial');
  });

  it('readPoints() detects .traj by content when the extension says nothing', async () => {
    const { report } = await read([await file('two.txt', `${REC1}\n`)]);
    expect(report.format).toBe('traj');
  });

  it('readPoints() rejects a record whose point count lies, with the line (strict) or skips it (lenient)', async () => {
    const lying = REC1.replace(',terrestrial,2,0,', ',terrestrial,3,0,');
    const path = await file('lying.traj', `${REC2}\n${lying}\n`);
    await expect(read([path])).rejects.toMatchObject({
      code: 'INPUT_PARSE',
      message: `${path}:2: point count: the header says 3 points but the record holds 2 (14 fields, 7 per point)`,
    });
    const { table, report } = await read([path], { lenient: true });
    expect(table.length).toBe(1);
    expect(report.skippedCount).toBe(1);
    expect(report.skipped[0]).toMatchObject({ line: 2, field: 'point count' });
  });

  it('readPoints() names the point and field of a bad value inside a record', async () => {
    const bad = REC1.replace('-74.20528,40.60924', '-74.20528,abc');
    const path = await file('badpoint.traj', `${bad}\n`);
    await expect(read([path])).rejects.toMatchObject({ message: `${path}:1: point 2 latitude: "abc" is not a number` });
    const { table, report } = await read([path], { lenient: true });
    expect(table.length).toBe(1);
    expect(report.skipped[0]).toMatchObject({ line: 1, field: 'point 2 latitude' });
  });

  it('readPoints() reads cartesian2d records without a range check and older records without a uuid', async () => {
    const rec = '*T*,cartesian2d,2,0,*P*,cartesian2d,2,1,1,0,s1,2020-01-01 00:00:00,500,-300,s1,2020-01-01 00:00:10,510,-290';
    const { table } = await read([await file('flat.traj', `${rec}\n`)]);
    expect(table.domain).toBe('cartesian');
    expect([...table.lon]).toEqual([500, 510]);
    expect(table.objectIds).toEqual(['s1']);
  });

  it('writeTraj() output reads back as the same points', async () => {
    const source = await file('rt-in.traj', `${REC1}\n${REC2}\n`);
    const first = await read([source]);
    const out = join(dir, 'rt-out.traj');
    expect(await writeTraj(first.table, out)).toEqual({ trajectories: 2, points: 3 });
    const second = await read([out]);
    expect(rows(second.table)).toEqual(rows(first.table));
    expect((await readFile(out, 'utf8')).split('\n')[0]).toMatch(/^\*T\*,[0-9a-f-]{36},terrestrial,2,0,\*P\*,terrestrial,2,1,1,3,eta,1,heading,1,vessel-name,2,367109000,2020-06-30 00:01:04,/);
  });

  it('writeTraj() writes an assembled TrajectorySet: one record per trajectory, numeric properties kept', async () => {
    const { table } = await read([await file('set-in.traj', `${REC1}\n${REC2}\n`)]);
    const { set } = assembleTrajectories(table);
    const out = join(dir, 'set-out.traj');
    expect(await writeTraj(set, out)).toEqual({ trajectories: set.count, points: set.t.length });
    const again = await read([out]);
    expect([...again.table.t].sort()).toEqual([...set.t].sort());
    expect([...again.table.numeric.heading].sort()).toEqual([...set.numeric.heading].sort());
    expect(again.table.objectIds.sort()).toEqual([...new Set([...set.objectIndex].map((o) => set.objectIds[o]))].sort());
  });

  it.skipIf(!hasData)('readPoints() reads NYHarbor .traj: 279 trajectories, and writeTraj() round-trips it', async () => {
    const { table, report } = await read([NYH]);
    expect(report.format).toBe('traj');
    expect(report.skippedCount).toBe(0);
    expect(new Set(table.line).size).toBe(279);
    expect(Object.keys(table.numeric).sort()).toEqual(['eta', 'heading']);
    expect(Object.keys(table.text)).toEqual(['vessel-name']);
    const out = join(dir, 'nyh.traj');
    await writeTraj(table, out);
    const again = await read([out]);
    expect(rows(again.table)).toEqual(rows(table));
  });
});
