// A full disk (issue 14 items 6 and 14), on a real tiny tmpfs: under --work-dir and under the
// output. One clear DISK_FULL error naming the folder, printed by --json too, exit 1, and no
// half-written chunk, manifest or movie left.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoFlights } from '../../dist/internals.js';
import { runCli } from '../helpers/run-cli.js';
import { mountSmallDisk } from '../helpers/small-disk.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-fulldisk-'));
const input = join(dir, 'flights.csv');
writeFileSync(input, generateDemoFlights());
const disk = mountSmallDisk(64);
afterAll(() => { disk?.unmount(); rmSync(dir, { recursive: true, force: true }); });
const movie = [input, '--duration', '3s', '--fps', '12', '--size', '320x240', '--trail', '2h', '--json'];

// Everything under `root`, as relative paths.
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true }).map(String).sort();
}

describe.skipIf(!disk)('a full disk', () => {
  it('under --work-dir: --json prints DISK_FULL naming the work folder; no .part, .tmp or empty keyed folder is left', async () => {
    const out = join(dir, 'a.mp4');
    const r = await runCli(['render', ...movie, '-o', out, '--work-dir', disk!.path]);
    expect(r.code).toBe(1);
    const { error } = JSON.parse(r.stdout);
    expect(error.code).toBe('DISK_FULL');
    expect(error.message).toMatch(new RegExp(`^${disk!.path}/trackreel-[0-9a-f]+: cannot write: no space left on the device`));
    expect(r.stderr).not.toMatch(/\n\s+at |Unhandled|ERR_UNHANDLED/);
    expect(filesUnder(disk!.path).filter((f) => /\.(part|tmp)$/.test(f))).toEqual([]);
    expect(readdirSync(dir).filter((f) => f !== 'flights.csv')).toEqual([]);
  });

  it('under the output: an .mp4 that does not fit is DISK_FULL naming its folder (was ffprobe "Invalid data")', async () => {
    for (const name of readdirSync(disk!.path)) rmSync(join(disk!.path, name), { recursive: true, force: true });
    const r = await runCli(['render', ...movie, '-o', join(disk!.path, 'movie.mp4')]);
    expect(r.code).toBe(1);
    const { error } = JSON.parse(r.stdout);
    expect(error.code).toBe('DISK_FULL');
    expect(error.message).toMatch(new RegExp(`^${disk!.path}: cannot write.*no space left on the device`));
    expect(filesUnder(disk!.path)).toEqual([]);
  });
});
