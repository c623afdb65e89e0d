// Inputs that cannot be read twice or from an offset: stdin ("-" and /dev/stdin), process
// substitution, FIFOs. A FIFO nobody writes to must not hang trackreel: a signal ends it.
import { spawn, spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeInput } from '../../src/pipeline/describe-input.js';
import { BIN } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-pipes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const csv = join(dir, 'points.csv');
writeFileSync(csv, Array.from({ length: 40 }, (_, i) => `B${i % 2},2021-03-01T10:${String(i).padStart(2, '0')}:00Z,${2 + i / 10},48.8`).join('\n'));

function fifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

// Runs the CLI with `stdin` piped in (or through bash for process substitution).
function run(args: string[], stdin?: string, viaBash = false) {
  const r = viaBash
    ? spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${args.join(' ')}`], { encoding: 'utf8', input: stdin })
    : spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: stdin });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Starts the CLI, sends `signal` once it says it waits for a writer and resolves with the exit code (null: killed 8 s later).
function stopWith(args: string[], signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; ms: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let sentAt = 0;
    // Never left running, whatever happens (the old code ignored the signal).
    let hang: NodeJS.Timeout | undefined = setTimeout(() => { child.kill('SIGKILL'); }, 12_000);
    child.stderr.on('data', (d) => {
      stderr += d;
      if (sentAt || !/waiting for a writer/.test(stderr)) return;
      sentAt = Date.now();
      child.kill(signal);
      clearTimeout(hang);
      hang = setTimeout(() => { child.kill('SIGKILL'); }, 8000);
    });
    child.on('close', (code) => {
      clearTimeout(hang);
      resolve({ code: code ?? null, stderr, ms: sentAt ? Date.now() - sentAt : -1 });
    });
  });
}

describe('non-seekable inputs', () => {
  it('trackreel info - reads stdin', () => {
    const r = run(['info', '-', '--json'], readFileText(csv));
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: ['stdin'], points: 40, objects: 2 });
  });

  it('trackreel info /dev/stdin reads a pipe (cat f | trackreel) and a socket (a parent process\'s pipe)', () => {
    const piped = spawnSync('bash', ['-c', `cat "${csv}" | "${process.execPath}" "${BIN}" info /dev/stdin --json`], { encoding: 'utf8' });
    expect(JSON.parse(piped.stdout).summary).toMatchObject({ files: ['/dev/stdin'], points: 40 });
    const r = run(['info', '/dev/stdin', '--json'], readFileText(csv));
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: ['/dev/stdin'], points: 40 });
  });

  it('trackreel info <(cat f.csv) reads process substitution, and errors name the path given', () => {
    const ok = run(['info', `<(cat "${csv}")`, '--json'], undefined, true);
    expect(JSON.parse(ok.stdout).summary).toMatchObject({ points: 40 });
    const bad = run(['info', `<(echo 'just,a,header')`], undefined, true);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^trackreel: \/dev\/fd\/\d+: no usable points/);
  });

  it('describeInput() reads a FIFO once a writer comes, and leaves no copy behind', async () => {
    const path = fifo('late-writer');
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('trackreel-input-'));
    const writer = spawn('sh', ['-c', `sleep 0.3; cat "${csv}" > "${path}"`]);
    const written = new Promise((r) => writer.on('close', r));
    const summary = await describeInput({ input: path });
    expect(summary.points).toBe(40);
    expect(summary.files).toEqual([path]);
    await written;
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('trackreel-input-'))).toEqual(before);
  });

  it('describeInput() on a FIFO without a writer ends with CANCELLED when its signal aborts', async () => {
    const path = fifo('no-writer-api');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const e = await describeInput({ input: path }, { signal: controller.signal }).catch((x) => x);
    expect(e.code).toBe('CANCELLED');
    expect(e.message).toContain(path);
  });
});

describe('a FIFO with no writer', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`as the input: ${signal} ends trackreel info at once (exit 130)`, async () => {
      const r = await stopWith(['info', fifo(`input-${signal}`)], signal);
      expect(r.code).toBe(130);
      expect(r.ms).toBeLessThan(5000);
      expect(r.stderr).toMatch(/waiting for a writer on the FIFO/);
    });
  }

  it('as --config: SIGTERM ends trackreel render (exit 130)', async () => {
    const r = await stopWith(['render', csv, '-o', join(dir, 'never.mp4'), '--config', fifo('config')], 'SIGTERM');
    expect(r.code).toBe(130);
    expect(r.ms).toBeLessThan(5000);
  });
});

function readFileText(path: string): string {
  return execFileSync('cat', [path], { encoding: 'utf8' });
}
