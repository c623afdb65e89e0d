// The command line as users meet it: the demo, info, and every bad input giving one line, a
// non-zero exit, no output file and no work directory left behind.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FFMPEG, probe } from '../helpers/ffmpeg-tools.js';
import { runCli } from '../helpers/run-cli.js';
import { HAVE_SHARED_DATA, sample } from '../helpers/shared-data.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FAKE_FFMPEG = fileURLToPath(new URL('../fixtures/fake-ffmpeg/ffmpeg-fails.mjs', import.meta.url));
chmodSync(FAKE_FFMPEG, 0o755);

function fresh(name: string): { out: string; work: string } {
  const base = mkdtempSync(join(dir, `${name}-`));
  const work = join(base, 'work');
  mkdirSync(work);
  return { out: join(base, 'movie.mp4'), work };
}

// A failed run: exit 1, exactly one line on stderr naming the problem, nothing left behind.
function expectCleanFailure(run: { code: number | null; stderr: string }, out: string, work: string, message: RegExp): void {
  expect(run.code).toBe(1);
  const lines = run.stderr.split('\n').filter((l) => l.startsWith('trackreel: '));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(join(out, '..')).filter((f) => f !== 'work' && !f.endsWith('.csv'))).toEqual([]);
  expect(readdirSync(work)).toEqual([]);
}

describe('trackreel demo', () => {
  it('renders a real movie from generated flights', async () => {
    const { out } = fresh('demo');
    const run = await runCli(['demo', '-o', out, '--duration', '2', '--size', '320x240', '--fps', '15']);
    expect(run.stderr).toContain('Wrote');
    expect(run.code).toBe(0);
    expect(probe(out)).toMatchObject({ codec: 'h264', width: 320, height: 240, frames: 30 });
  });
});

describe('--config files', () => {
  it('takes options from JSON (paths relative to the file); flags win; --json prints the result', async () => {
    const base = mkdtempSync(join(dir, 'config-'));
    writeFileSync(join(base, 'flights.csv'), Array.from({ length: 30 }, (_, i) => `F1,2021-03-01T10:${String(i).padStart(2, '0')}:00Z,${2 + i / 10},48.8`).join('\n'));
    writeFileSync(join(base, 'movie.json'), JSON.stringify({ input: 'flights.csv', output: 'movie.mp4', fps: 12, durationMs: '3s', size: [320, 240], trailDurationMs: '10m' }));
    const run = await runCli(['render', '--config', join(base, 'movie.json'), '--fps', '10', '--json']);
    expect(run.code).toBe(0);
    const { result } = JSON.parse(run.stdout);
    expect(result.frameCount).toBe(30);
    expect(probe(join(base, 'movie.mp4'))).toMatchObject({ width: 320, height: 240, frames: 30 });
  });

  it('rejects unknown keys and bad values naming the file (exit 2: bad usage)', async () => {
    const base = mkdtempSync(join(dir, 'badconfig-'));
    writeFileSync(join(base, 'movie.json'), JSON.stringify({ input: 'x.csv', output: 'x.mp4', frameRate: 30 }));
    const run = await runCli(['render', '--config', join(base, 'movie.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^trackreel: .*movie\.json: Unknown option "frameRate"/m);
    writeFileSync(join(base, 'bad-value.json'), JSON.stringify({ input: 'x.csv', output: 'x.mp4', fps: 0 }));
    const badValue = await runCli(['render', '--config', join(base, 'bad-value.json'), '--json']);
    expect(badValue.code).toBe(2);
    expect(JSON.parse(badValue.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_OPTION', context: { option: 'fps' } } });
    writeFileSync(join(base, 'broken.json'), '{"fps": 30,');
    const broken = await runCli(['render', '--config', join(base, 'broken.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json: not valid JSON/);
  });
});

describe('exit codes: 2 for bad usage, 1 for failures', () => {
  const input = join(dir, 'usage.csv');
  writeFileSync(input, Array.from({ length: 20 }, (_, i) => `A,2020-01-01T00:${String(i).padStart(2, '0')}:00Z,${-74 + i / 100},40.5`).join('\n'));
  const png = join(dir, 'usage.png');

  it.each([
    ['a bad flag value', ['still', input, '-o', png, '--fps', 'fast'], /for --fps but received "fast"/],
    ['a value the schema refuses', ['still', input, '-o', png, '--size', '0x0'], /size/],
    ['an unknown flag (commander)', ['still', input, '-o', png, '--colour', 'red'], /unknown option '--colour'/],
    ['a missing flag argument (commander)', ['render', input, '-o'], /argument missing/],
    ['an unknown command (commander)', ['rendr', input], /unknown command 'rendr'/],
    ['no input file', ['still', '-o', png], /no input file; usage/],
    ['an id the data does not have for --follow', ['still', input, '-o', png, '--follow', 'nobody'], /"nobody"/],
    ['an execution option on still, which has none', ['still', input, '-o', png, '--redis', 'redis://localhost:6379'], /unknown option '--redis'/],
  ])('%s: exit 2, the problem named, no output', async (_name, args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(png)).toBe(false);
  });

  it('data that cannot be read: exit 1', async () => {
    const run = await runCli(['still', join(dir, 'nope.csv'), '-o', png]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nope\.csv/);
  });
});

describe('--help lists the options each command uses', () => {
  const flagsOf = (help: string): string[] => [...help.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]);

  it('still: the picture options, --logo and --overwrite; no encoding or execution options', async () => {
    const help = await runCli(['still', '--help']);
    expect(help.code).toBe(0);
    const flags = flagsOf(help.stdout);
    for (const flag of ['--at', '--frame', '--follow', '--camera', '--movie-type', '--color-by', '--logo', '--overwrite', '--config', '--objects']) expect(flags).toContain(flag);
    for (const flag of ['--redis', '--store', '--workers', '--batch-size', '--work-dir', '--keep-work', '--ffmpeg', '--crf', '--preset', '--direct', '--encoder-args', '--intermediate-codec', '--artist']) {
      expect(flags).not.toContain(flag);
    }
  });

  it('render and preview: everything, including execution; info: input and assembly only', async () => {
    for (const command of ['render', 'preview']) {
      const flags = flagsOf((await runCli([command, '--help'])).stdout);
      for (const flag of ['--redis', '--store', '--workers', '--crf', '--follow', '--logo']) expect(flags, `${command} ${flag}`).toContain(flag);
    }
    const info = flagsOf((await runCli(['info', '--help'])).stdout);
    expect(info).toContain('--objects');
    expect(info).toContain('--separation-time');
    for (const flag of ['--fps', '--follow', '--redis', '--logo']) expect(info).not.toContain(flag);
  });
});

describe('trackreel info across the antimeridian', () => {
  it('prints the shortest-arc box, maxLon past 180, with a note', async () => {
    const path = join(dir, 'bering.csv');
    const rows = Array.from({ length: 20 }, (_, i) => `A,2020-01-01T00:${String(i).padStart(2, '0')}:00Z,${170 + i > 180 ? 170 + i - 360 : 170 + i},${50 + i / 2}`);
    writeFileSync(path, `id,t,lon,lat\n${rows.join('\n')}\n`);
    const run = await runCli(['info', path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/bounding box: +170,50,189,59\.5 \(minLon,minLat,maxLon,maxLat\); the data cross 180°.*189 is -171/);
  });
});

describe.skipIf(!HAVE_SHARED_DATA)('trackreel info', () => {
  it('describes the AIS sample as JSON', async () => {
    const run = await runCli(['info', sample('NYHarbor_2020_06_30_first_hour.csv'), '--json']);
    expect(run.code).toBe(0);
    const { summary } = JSON.parse(run.stdout);
    expect(summary.format).toBe('ais-csv');
    expect(summary.objects).toBe(295);
    expect(summary.timeSpan[0]).toMatch(/^2020-06-30T00:/);
  });

  it('lists skipped rows with line numbers in lenient mode', async () => {
    const run = await runCli(['info', sample('SampleNFlights.csv'), '--lenient']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/skipped rows: +174/);
    expect(run.stdout).toMatch(/SampleNFlights\.csv:\d+: /);
  });
});

describe('bad input: one line, non-zero exit, nothing left behind', () => {
  const points = (name: string, text: string): string => { const p = join(dir, name); writeFileSync(p, text); return p; };
  const good = points('good.csv', Array.from({ length: 20 }, (_, i) => `A,2020-01-01T00:${String(i).padStart(2, '0')}:00Z,${-74 + i / 100},40.5`).join('\n'));

  it('a missing file', async () => {
    const { out, work } = fresh('missing');
    const run = await runCli(['render', join(dir, 'nope.csv'), '-o', out], { env: { TMPDIR: work } });
    expectCleanFailure(run, out, work, /nope\.csv.*(no such file|not found)/i);
  });

  it('an empty file', async () => {
    const { out, work } = fresh('empty');
    const run = await runCli(['render', points('empty.csv', ''), '-o', out], { env: { TMPDIR: work } });
    expectCleanFailure(run, out, work, /empty\.csv.*empty/);
  });

  it('a file with no parsable points', async () => {
    const { out, work } = fresh('garbage');
    const run = await runCli(['render', points('garbage.csv', 'hello world\nthis is not data\n'), '-o', out, '--lenient'], { env: { TMPDIR: work } });
    expectCleanFailure(run, out, work, /garbage\.csv.*no (usable )?points|garbage\.csv/);
  });

  it('an unknown column name', async () => {
    const { out, work } = fresh('column');
    const run = await runCli(['render', good, '-o', out, '--id-column', 'flight_number'], { env: { TMPDIR: work } });
    expectCleanFailure(run, out, work, /flight_number/);
  });

  it('an unwritable output path', async () => {
    const { work } = fresh('unwritable');
    const out = join(dir, 'no-such-folder', 'movie.mp4');
    const run = await runCli(['render', good, '-o', out], { env: { TMPDIR: work } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^trackreel: .*movie\.mp4: cannot write here/m);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
    expect(readdirSync(work)).toEqual([]);
  });

  it('an existing output without --overwrite', async () => {
    const { out, work } = fresh('exists');
    writeFileSync(out, 'precious');
    const run = await runCli(['render', good, '-o', out], { env: { TMPDIR: work } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/already exists; pass --overwrite/);
  });

  for (const mode of ['chunk-midway', 'final-midway']) {
    it(`ffmpeg failing mid-way (${mode})`, async () => {
      const { out, work } = fresh(mode);
      const run = await runCli(['render', good, '-o', out, '--duration', '2', '--size', '160x120', '--workers', '2', '--batch-size', '10'], {
        env: { TMPDIR: work, TRACKREEL_FFMPEG: FAKE_FFMPEG, FAKE_FFMPEG_REAL: FFMPEG, FAKE_FFMPEG_MODE: mode },
      });
      expectCleanFailure(run, out, work, /ffmpeg exited with code 1/);
    });
  }

  it('a chunk encoder that crashes once is retried and the movie is still complete', async () => {
    const { out, work } = fresh('retry');
    const run = await runCli(['render', good, '-o', out, '--duration', '2', '--size', '160x120', '--fps', '10'], {
      env: { TMPDIR: work, TRACKREEL_FFMPEG: FAKE_FFMPEG, FAKE_FFMPEG_REAL: FFMPEG, FAKE_FFMPEG_MODE: 'chunk-crash-once', FAKE_FFMPEG_MARKER: join(work, '..', 'crashed') },
    });
    expect(run.code).toBe(0);
    expect(existsSync(join(work, '..', 'crashed'))).toBe(true);
    expect(probe(out).frames).toBe(20);
    expect(readdirSync(work)).toEqual([]);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} stops the render promptly, exits 130, leaves no process and no file`, async () => {
      const { out, work } = fresh(signal);
      let sentAt = 0;
      const run = await runCli(['render', good, '-o', out, '--duration', '120', '--size', '640x480', '--fps', '30'], {
        env: { TMPDIR: work },
        onStderr: (text, child) => { if (!sentAt && /rendering: \d+\/\d+/.test(text)) { sentAt = Date.now(); child.kill(signal); } },
      });
      const stopMs = Date.now() - sentAt;
      expect(sentAt).toBeGreaterThan(0);
      expect(run.code).toBe(130);
      // The issue asks for 2 s; the bound here leaves room for a loaded CI machine.
      expect(stopMs).toBeLessThan(5000);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(work)).toEqual([]);
      // No ffmpeg (or anything else) still working inside this test's folders.
      const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
      expect(ps.split('\n').filter((l) => l.includes(work))).toEqual([]);
    });
  }

  it('a full disk: one DISK_FULL line naming the work folder (ffmpeg\'s words with --verbose); partial files are removed', async () => {
    const { out, work } = fresh('enospc');
    const run = await runCli(['render', good, '-o', out, '--duration', '1', '--size', '160x120', '--verbose'], {
      env: { TMPDIR: work, TRACKREEL_FFMPEG: FAKE_FFMPEG, FAKE_FFMPEG_REAL: FFMPEG, FAKE_FFMPEG_MODE: 'enospc' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^trackreel: .*\/work\/trackreel-work-\d+-[0-9a-f]+-\w+: cannot write: no space left on the device \(ffmpeg stopped\)$/m);
    expect(run.stderr).toMatch(/^ {2}code: DISK_FULL$/m);
    expect(run.stderr).toMatch(/ffmpeg said:\n.*No space left on device/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work)).toEqual([]);
  });
});
