// The sweep removes a leftover only when its name is trackreel's, from this host, its process is
// dead AND it is old; each of those alone keeps it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LEFTOVER_AGE_MS, sweepLeftovers } from '../../../src/files/sweep-leftovers.js';
import { HOST_TAG, tempPrefix } from '../../../src/files/temp-names.js';

const made: string[] = [];
afterAll(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });
const folder = (): string => { const dir = mkdtempSync(join(tmpdir(), 'sweep-test-')); made.push(dir); return dir; };
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

function make(dir: string, name: string, ageMs: number, folder = false): void {
  const path = join(dir, name);
  const t = new Date(Date.now() - ageMs);
  if (folder) {
    mkdirSync(path);
    writeFileSync(join(path, 'chunk.part'), 'x');
    utimesSync(join(path, 'chunk.part'), t, t);
  } else {
    writeFileSync(path, 'x');
  }
  utimesSync(path, t, t);
}

describe('sweepLeftovers', () => {
  const old = LEFTOVER_AGE_MS + 60_000;
  const dead = deadPid();
  const other = HOST_TAG === '000000' ? '111111' : '000000';

  it('temp folders: removes a dead process\'s old folder only', async () => {
    const dir = folder();
    make(dir, `trackreel-work-${dead}-${HOST_TAG}-aaaaaa`, old, true);
    make(dir, `trackreel-input-${dead}-${HOST_TAG}-bbbbbb`, 1000, true); // dead but fresh
    make(dir, `trackreel-work-${process.pid}-${HOST_TAG}-cccccc`, old, true); // old but alive
    make(dir, `trackreel-work-${dead}-${other}-dddddd`, old, true); // another host's
    make(dir, `trackreel-${dead}`, old, true); // not a name trackreel makes
    make(dir, `trackreel-work-${dead}-${HOST_TAG}-eeeeee.txt`, old);
    // An old folder whose contents are fresh is in use.
    make(dir, `trackreel-work-${dead}-${HOST_TAG}-ffffff`, old, true);
    writeFileSync(join(dir, `trackreel-work-${dead}-${HOST_TAG}-ffffff`, 'new.part'), 'x');
    const t = new Date(Date.now() - old);
    utimesSync(join(dir, `trackreel-work-${dead}-${HOST_TAG}-ffffff`), t, t);

    const removed = await sweepLeftovers({ tempDirs: [dir], outputDirs: [dir] });
    expect(removed).toEqual([join(dir, `trackreel-work-${dead}-${HOST_TAG}-aaaaaa`)]);
    expect(readdirSync(dir)).toHaveLength(6);
  });

  it('partial outputs beside the output: the same rules; the movie itself and other hidden files stay', async () => {
    const dir = folder();
    const partial = (pid: number, host = HOST_TAG) => `.movie.trackreel-${pid}-${host}-0a1b2c3d.partial.mp4`;
    make(dir, partial(dead), old);
    make(dir, partial(dead).replace('movie', 'b'), 1000);
    make(dir, partial(process.pid), old);
    make(dir, partial(dead, other), old);
    make(dir, 'movie.mp4', old);
    make(dir, `.movie.trackreel-${dead}-0a1b2c3d.partial.mp4`, old); // an older version's name (no host)
    const removed = await sweepLeftovers({ outputDirs: [dir] });
    expect(removed).toEqual([join(dir, partial(dead))]);
    expect(existsSync(join(dir, 'movie.mp4'))).toBe(true);
    // Temp-folder names are not looked for in output folders, nor the reverse.
    make(dir, `trackreel-work-${dead}-${HOST_TAG}-aaaaaa`, old, true);
    expect(await sweepLeftovers({ outputDirs: [dir] })).toEqual([]);
  });

  it('names made by tempPrefix match what the sweep looks for', async () => {
    const dir = folder();
    const name = `${tempPrefix('work').replace(String(process.pid), String(dead))}Zz09aB`;
    make(dir, name, old, true);
    expect(await sweepLeftovers({ tempDirs: [dir] })).toEqual([join(dir, name)]);
  });

  it('a missing folder is nothing to sweep', async () => {
    expect(await sweepLeftovers({ tempDirs: [join(tmpdir(), 'no-such-folder-for-sweep')] })).toEqual([]);
  });
});
