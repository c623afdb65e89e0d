// Names from data or users are ordinary names (issue 14, item 4): "toString" or "constructor" is
// not found on Object.prototype, and a property called "__proto__" is a property like any other.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const csv = join(dir, 'points.csv');
writeFileSync(csv, ['id,time,lon,lat,speed', 'a,2020-01-01T00:00:00Z,0,0,1', 'a,2020-01-01T00:01:00Z,0.01,0.01,2',
  'b,2020-01-01T00:00:00Z,0.02,0.02,3', 'b,2020-01-01T00:01:00Z,0.03,0.03,4'].join('\n'));
// A .traj record with one real property named __proto__.
const traj = join(dir, 'proto.traj');
writeFileSync(traj, `${['*T*,40015ea8-0cc7-49b5-b08b-a15f41745118,terrestrial,2,0,*P*,terrestrial,2,1,1,1,__proto__,1',
  'S,2020-06-30 00:01:04,-74.2,40.6,189', 'S,2020-06-30 00:02:04,-74.3,40.7,190'].join(',')}\n`);
const still = (input: string, ...args: string[]) => runCli(['still', input, '-o', join(dir, 'x.png'), '--overwrite', '--size', '64x48', ...args]);

describe('names looked up by the user', () => {
  it.each([
    ['--label', 'toString', /Expected id or a property \(speed\) for label but received "toString"/],
    ['--color-by', 'toString', /for colorBy but received "toString"/],
    ['--z-order', 'constructor', /Expected a numeric property \(speed\) for zOrder but received "constructor"/],
    ['--line-width', 'valueOf', /for lineWidth but received "valueOf"/],
    ['--map', 'constructor', /for map but received "constructor"/],
  ])('%s %s is an unknown name with a clear usage error', async (flag, name, message) => {
    const run = await still(csv, flag, name);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(2);
  });
});

describe('names from the data', () => {
  it('a .traj property named __proto__ is kept, coloured by and labelled', async () => {
    const info = await runCli(['info', traj]);
    expect(info.stdout).toMatch(/properties:\s+__proto__ \(number\)/);
    for (const args of [['--color-by', '__proto__'], ['--label', '__proto__']]) {
      const run = await still(traj, ...args);
      expect(run.code, run.stderr).toBe(0);
    }
  });
});
