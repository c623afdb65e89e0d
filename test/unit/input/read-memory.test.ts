// Reading stays within bounded memory whatever the input: each case runs in a child process and
// its peak resident memory (maxRSS) is compared with the input's size. The child reads dist/
// (npm test builds first).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { closeSync, openSync, writeSync, ftruncateSync, createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { MAX_SKIPPED_KEPT } from '../../../src/input/skip-log.js';

const CHILD = fileURLToPath(new URL('./read-memory-child.mjs', import.meta.url));
const GB = 1 << 30;
// A Node process that has loaded trackreel is ~90 MB; reading within bounds adds a few MB.
const BOUND_MB = 250;

interface ChildResult { points?: number; skippedCount?: number; skippedKept?: number; code?: string; message?: string; maxRssMb: number }

async function readInChild(file: string, lenient = false): Promise<ChildResult> {
  const { stdout } = await promisify(execFile)(process.execPath, [CHILD, file, ...(lenient ? ['--lenient'] : [])], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as ChildResult;
}

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'trackreel-memory-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('reading in bounded memory', () => {
  it('fails on a 1 GB line without a newline with the located error, having held a few MB of it', async () => {
    // Header, then one 1 GB line: 32 MB of digits written, the rest a sparse extension (the reader
    // must give up long before it gets there; a reader that held the line would need > 1 GB).
    const path = join(dir, 'one-line.csv');
    const fd = openSync(path, 'w');
    writeSync(fd, '# object_id,timestamp,longitude,latitude\n');
    const digits = Buffer.alloc(1 << 20, '9');
    for (let i = 0; i < 32; i++) writeSync(fd, digits);
    ftruncateSync(fd, GB);
    closeSync(fd);
    const result = await readInChild(path);
    expect(result).toMatchObject({ code: 'INPUT_PARSE', message: `${path}:2: line is longer than 1 MB (not a delimited text file?)` });
    expect(result.maxRssMb).toBeLessThan(BOUND_MB);
  });

  it('fails on a gzip file holding a 1 GB line the same way, without inflating it', async () => {
    // Concatenated gzip members inflate to one stream: 64 x 16 MB of digits, no newline.
    const member = gzipSync(Buffer.alloc(16 << 20, '7'), { level: 1 });
    const path = join(dir, 'one-line.csv.gz');
    await writeFile(path, Buffer.concat([gzipSync('# object_id,timestamp,longitude,latitude\n'), ...Array.from({ length: 64 }, () => member)]));
    const result = await readInChild(path);
    expect(result).toMatchObject({ code: 'INPUT_PARSE', message: `${path}:2: line is longer than 1 MB (not a delimited text file?)` });
    expect(result.maxRssMb).toBeLessThan(BOUND_MB);
  });

  it('counts two million bad rows in --lenient mode while keeping only the first few', async () => {
    const path = join(dir, 'mostly-bad.csv');
    const out = createWriteStream(path);
    out.write('# object_id,timestamp,longitude,latitude\nA,2020-01-01 00:00:00,10,20\nA,2020-01-01 00:00:10,10.1,20.1\n');
    const bad = 'B,not a time at all,10,20\n'.repeat(10_000);
    for (let i = 0; i < 200; i++) if (!out.write(bad)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    const result = await readInChild(path, true);
    expect(result).toMatchObject({ points: 2, skippedCount: 2_000_000, skippedKept: MAX_SKIPPED_KEPT });
    expect(result.maxRssMb).toBeLessThan(BOUND_MB);
  });
});
