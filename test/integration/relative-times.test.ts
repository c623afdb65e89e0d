// Issue 15: times that count seconds from 0 (deck.gl trips, simulations) are relative: `trackreel
// info` says so and the clock shows elapsed time ("00:12:30"), not a date in 1970. The fixture is
// written here in deck.gl's trips shape; the real deck.gl file is read when ../shared/data is there.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeInput, renderStill } from '../../src/index.js';
import { runCli } from '../helpers/run-cli.js';
import { realSample } from '../helpers/shared-data.js';
import { useTempFiles } from '../helpers/temp-files.js';

const file = useTempFiles('trackreel-relative-');
const LINE = 'times are relative (seconds from 0): the clock shows elapsed time';
const ELAPSED = /^(\d+d )?\d\d:[0-5]\d:[0-5]\d(\.\d+)?$/;

// Trips through a few Manhattan blocks, timestamps in seconds from 0 up to 1800 (deck.gl's layout).
function tripsJson(): string {
  const trips = Array.from({ length: 6 }, (_, i) => {
    const n = 10;
    const start = i * 60;
    return {
      vendor: i % 2,
      path: Array.from({ length: n }, (_, k) => [-74.0 + i * 0.004 + k * 0.001, 40.72 + k * 0.0008]),
      timestamps: Array.from({ length: n }, (_, k) => start + Math.round(((1800 - start) * k) / (n - 1))),
    };
  });
  return JSON.stringify(trips);
}

describe('relative times (seconds from 0)', () => {
  it('trackreel info says the times are relative and gives their span in seconds', async () => {
    const path = await file('trips.json', tripsJson());
    const run = await runCli(['info', path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(LINE);
    expect(run.stdout).toMatch(/^time span: +0 s \.\. 1800 s from 0 \(00:00:00 \.\. 00:30:00 elapsed\)$/m);
    expect(run.stdout).not.toMatch(/1970-01-01T/);
    const json = JSON.parse((await runCli(['info', path, '--json'])).stdout);
    expect(json.summary.timesRelative).toBe(true);
    expect(json.summary.read.timesRelative).toBe(true);
  }, 60_000);

  it('a still shows elapsed time on its clock, and its summary and --json say why', async () => {
    const path = await file('trips.json', tripsJson());
    const output = await file('still.png', '');
    const still = await renderStill({ input: path, output, overwrite: true, size: [320, 180], frame: 0 });
    expect(still.clockText).toBe('00:00:00');
    expect(still.readReport.timesRelative).toBe(true);
    expect(still.dataDefaults.map((d) => [d.flag, d.text])).toContainEqual(['--clock-format', 'elapsed']);
    const last = await renderStill({ input: path, output, overwrite: true, size: [320, 180], frame: 599, durationMs: 20_000 });
    expect(last.clockText).toBe('00:30:00');
    // Frames 0.1 s of data apart: tenths, so the clock visibly runs.
    const slow = await renderStill({ input: path, output, overwrite: true, size: [320, 180], frame: 7, startTime: 0, endTime: 60_000, durationMs: 20_000 });
    expect(slow.clockText).toBe('00:00:00.7');
    // A pattern given wins: the same times as dates.
    const dated = await renderStill({ input: path, output, overwrite: true, size: [320, 180], frame: 0, clockFormat: '%Y-%m-%d %H:%M:%S %Z' });
    expect(dated.clockText).toBe('1970-01-01 00:00:00 UTC');
    const cli = await runCli(['still', path, '-o', output, '--overwrite', '--size', '320x180', '--frame', '0']);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toContain(`trackreel: note: ${LINE}`);
    expect(cli.stderr).toContain('showing 0 s from 0 (clock 00:00:00)');
    expect(cli.stderr).toContain('--clock-format elapsed (from the data)');
    const json = JSON.parse((await runCli(['still', path, '-o', output, '--overwrite', '--size', '320x180', '--frame', '0', '--json'])).stdout);
    expect(json.result).toMatchObject({ clockText: '00:00:00', readReport: { timesRelative: true } });
  }, 60_000);

  it('--clock-format elapsed counts from the movie start for dated data', async () => {
    const rows = ['id,time,lon,lat', 'A,2020-06-30T00:00:00Z,5,50', 'A,2020-06-30T01:00:00Z,5.1,50.1', 'A,2020-06-30T02:30:00Z,5.2,50.2'];
    const path = await file('dated.csv', `${rows.join('\n')}\n`);
    const output = await file('dated.png', '');
    const first = await renderStill({ input: path, output, overwrite: true, size: [320, 180], frame: 0, clockFormat: 'elapsed' });
    expect(first.clockText).toBe('00:00:00');
    expect(first.readReport.timesRelative).toBe(false);
    const at = await renderStill({ input: path, output, overwrite: true, size: [320, 180], at: '2020-06-30T01:15:00Z', clockFormat: 'elapsed' });
    expect(at.clockText).toBe('01:15:00');
    const plain = await renderStill({ input: path, output, overwrite: true, size: [320, 180], frame: 0 });
    expect(plain.clockText).toBe('2020-06-30 00:00:00 UTC');
    expect((await describeInput({ input: path })).timesRelative).toBe(false);
  }, 60_000);
});

const REAL = realSample('deckgl_trips-v7.json');
if (!existsSync(REAL)) console.warn(`skipping the real deck.gl trips test: ${REAL} not found`);

describe.skipIf(!existsSync(REAL))('the real deck.gl trips file', () => {
  it('is read as relative times, and a still of it shows elapsed time', async () => {
    const run = await runCli(['info', REAL]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(LINE);
    expect(run.stdout).toMatch(/^time span: +6 s \.\. 2486\.511 s from 0 \(00:00:06 \.\. 00:41:26 elapsed\)$/m);
    const output = await file('deckgl.png', '');
    const first = await renderStill({ input: REAL, output, overwrite: true, size: [320, 180], frame: 0 });
    expect(first.clockText).toBe('00:00:06');
    const busiest = await renderStill({ input: REAL, output, overwrite: true, size: [320, 180] });
    expect(busiest.clockText).toMatch(ELAPSED);
    expect(busiest.timeMs).toBeGreaterThan(6000);
    expect(busiest.timeMs).toBeLessThan(2_486_512);
  }, 120_000);
});
