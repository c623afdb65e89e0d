// --objects / --exclude and colouring options as users meet them: the CLI (built) and the API.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeInput, renderStill } from '../../src/index.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempFiles } from '../helpers/temp-files.js';

const file = useTempFiles('trackreel-objects-');
const POINTS = [
  '# object_id timestamp x y kind',
  ...['a', 'b', 'c'].flatMap((id, i) => [0, 1, 2].map((m) => `${id},2020-06-30T00:0${m}:00Z,${-74 + 0.01 * m},${40 + 0.1 * i},${i === 1 ? 'tug' : 'cargo'}`)),
].join('\n');

describe('objects and exclude', () => {
  it('trackreel info --objects keeps those objects, counts the rest and warns about ids not in the data', async () => {
    const input = await file('points.csv', POINTS);
    const run = await runCli(['info', input, '--objects', 'a,c,zz1,zz2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/objects: +2 \(1 left out by --objects\/--exclude\)/);
    expect(run.stdout).toMatch(/kind \(text\)/);
    expect(run.stderr).toMatch(/warning: 2 ids given to --objects\/--exclude not in the data: zz1, zz2/);
    const json = JSON.parse((await runCli(['info', input, '--exclude', 'b', '--json'])).stdout);
    expect(json.summary).toMatchObject({ objects: 2, trajectories: 2, textProperties: ['kind'], assembly: { objectsFiltered: 1, idsNotFound: [] } });
  });

  it('trackreel still fails with one clear line when nothing is left', async () => {
    const input = await file('points2.csv', POINTS);
    const out = `${input}.png`;
    const run = await runCli(['still', input, '-o', out, '--exclude', 'a,b,c']);
    expect(run.code).toBe(2); // an option that cannot work with this data: bad usage
    expect(run.stderr).toMatch(/^trackreel: No object is left after --exclude \(the data has 3 objects, e.g. a, b, c\)/m);
    expect(existsSync(out)).toBe(false);
  });

  it('trackreel still names a bad colour of a custom colour map', async () => {
    const input = await file('points3.csv', POINTS);
    const run = await runCli(['still', input, '-o', `${input}.png`, '--color-by', 'kind', '--colormap', 'navy,nonsense']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"nonsense" in "navy,nonsense" is not a colour/);
  });

  it('describeInput() and renderStill() take objects / exclude as arrays (numbers allowed, as in a config file)', async () => {
    const input = await file('points4.csv', POINTS.replace(/^b,/gm, '7,'));
    const summary = await describeInput({ input, objects: ['a', 7 as unknown as string] });
    expect(summary).toMatchObject({ objects: 2, assembly: { objectsFiltered: 1 } });
    const still = await renderStill({ input, output: `${input}.png`, exclude: ['a'], size: [64, 48], colorBy: 'kind' });
    expect(still.assemblyReport).toMatchObject({ objects: 2, objectsFiltered: 1 });
    await expect(describeInput({ input, objects: 'a' as unknown as string[] })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });
});
