import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readLines, readLineChunks } from '../../../src/input/read-lines.js';

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'trackreel-lines-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function collect(path: string) {
  const out: { line: number; text: string }[] = [];
  for await (const l of readLines(path)) out.push(l);
  return out;
}

describe('readLines', () => {
  it('numbers lines from 1, strips CRLF and a BOM, keeps a last line without newline', async () => {
    const path = join(dir, 'crlf.csv');
    await writeFile(path, '\uFEFFa,b\r\n\r\nc,d\r\ne');
    expect(await collect(path)).toEqual([{ line: 1, text: 'a,b' }, { line: 2, text: '' }, { line: 3, text: 'c,d' }, { line: 4, text: 'e' }]);
  });

  it('reads gzip files by extension and by magic bytes', async () => {
    const gz = join(dir, 'points.csv.gz');
    await writeFile(gz, gzipSync('x\ny\n'));
    expect((await collect(gz)).map((l) => l.text)).toEqual(['x', 'y']);
    const disguised = join(dir, 'points-gz.csv');
    await writeFile(disguised, gzipSync('z\n'));
    expect((await collect(disguised)).map((l) => l.text)).toEqual(['z']);
  });

  it('rejects a corrupt gzip file with a located error', async () => {
    const path = join(dir, 'broken.csv.gz');
    await writeFile(path, Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    await expect(collect(path)).rejects.toThrow(/broken\.csv\.gz: /);
  });

  it('keeps multi-byte characters split across chunk boundaries intact', async () => {
    const path = join(dir, 'utf8.csv');
    const text = `${'a'.repeat((1 << 20) - 1)}é\nñ\n`;
    await writeFile(path, text);
    const lines = await collect(path);
    expect(lines[0].text.endsWith('é')).toBe(true);
    expect(lines[1]).toEqual({ line: 2, text: 'ñ' });
  });

  it('streams large files in chunks', async () => {
    const path = join(dir, 'big.csv');
    await writeFile(path, 'abcdefghij\n'.repeat(300_000));
    let chunks = 0;
    let lines = 0;
    for await (const c of readLineChunks(path)) { chunks++; expect(c.firstLine).toBe(lines + 1); lines += c.count; }
    expect(lines).toBe(300_000);
    expect(chunks).toBeGreaterThan(1);
  });

  it('rejects binary files, over-long lines, missing files and directories', async () => {
    const bin = join(dir, 'image.png');
    await writeFile(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    await expect(collect(bin)).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringMatching(/image\.png:1: looks like a binary file/) });
    const long = join(dir, 'long.csv');
    await writeFile(long, `ok\n${'x'.repeat((1 << 20) + 10)}\n`);
    await expect(collect(long)).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringMatching(/long\.csv:2: line is longer than 1 MB/) });
    await expect(collect(join(dir, 'nope.csv'))).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND', message: expect.stringMatching(/nope\.csv: no such file$/) });
    const sub = join(dir, 'sub');
    await mkdir(sub);
    await expect(collect(sub)).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND', message: expect.stringMatching(/sub: is a directory/) });
  });
});

describe('readLineChunks bytes', () => {
  it('hands over the bytes of pure ASCII chunks (same offsets as the text) and none for UTF-8 text', async () => {
    const ascii = join(dir, 'ascii.csv');
    const lines = Array.from({ length: 40_000 }, (_, k) => `${k},-74.${k},40.5`);
    await writeFile(ascii, `${lines.join('\n')}\n`);
    let chunks = 0;
    for await (const chunk of readLineChunks(ascii)) {
      chunks++;
      expect(chunk.bytes).toBeDefined();
      expect(chunk.bytes!.length).toBeGreaterThanOrEqual(chunk.ends[chunk.count - 1]);
      expect(Buffer.from(chunk.bytes!).toString('latin1', 0, chunk.ends[chunk.count - 1])).toBe(chunk.text.slice(0, chunk.ends[chunk.count - 1]));
    }
    expect(chunks).toBeGreaterThan(0);
    const utf8 = join(dir, 'utf8.csv');
    await writeFile(utf8, '\uFEFFnåme,1\nx,2\n');
    for await (const chunk of readLineChunks(utf8)) expect(chunk.bytes).toBeUndefined();
  });
});
