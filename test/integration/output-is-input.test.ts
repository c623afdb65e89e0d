// `render f.mkv ... -o f.mkv --overwrite` must not destroy its input (issue 14, item 11): the
// output is compared with every input by device and inode, so a hard link is caught too.
import { linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const { generateDemoFlights } = await import('../../dist/internals.js');
const dir = mkdtempSync(join(tmpdir(), 'trackreel-out-in-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('output == input', () => {
  it('is refused with a usage error, even with --overwrite, and the input is kept', async () => {
    const input = join(dir, 'f.mkv');
    const text = generateDemoFlights();
    writeFileSync(input, text);
    linkSync(input, join(dir, 'g.mkv'));
    for (const output of [input, join(dir, 'g.mkv')]) {
      const run = await runCli(['render', input, '--format', 'tracktable-points', '--duration', '1', '--fps', '2', '--size', '64x48', '-o', output, '--overwrite']);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/is the input file/);
      expect(readFileSync(input, 'utf8')).toBe(text);
    }
  });
});
