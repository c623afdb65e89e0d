// Forced stops (issue 14 item 9): a second Ctrl-C right after the first still removes the
// temporary work folder, and after a SIGKILL the next run sweeps what the killed process left
// (the partial movie beside the output, its temp folder), and nothing else.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HOST_TAG } from '../../dist/files/temp-names.js';
import { FFMPEG, probe } from '../helpers/ffmpeg-tools.js';
import { BIN, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-forced-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FAKE_FFMPEG = fileURLToPath(new URL('../fixtures/fake-ffmpeg/ffmpeg-fails.mjs', import.meta.url));
chmodSync(FAKE_FFMPEG, 0o755);

const good = join(dir, 'good.csv');
writeFileSync(good, Array.from({ length: 20 }, (_, i) => `A,2020-01-01T00:${String(i).padStart(2, '0')}:00Z,${-74 + i / 100},40.5`).join('\n'));

function fresh(name: string): { base: string; out: string; work: string } {
  const base = mkdtempSync(join(dir, `${name}-`));
  const work = join(base, 'work');
  mkdirSync(work);
  return { base, out: join(base, 'out', 'movie.mp4'), work };
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await sleep(50);
}

describe('forced stops leave nothing behind', () => {
  it('a second SIGINT right after the first: exit 130, the temp work folder and the partial movie are removed', async () => {
    const { out, work } = fresh('double');
    mkdirSync(join(out, '..'));
    let sent = 0;
    const run = await runCli(['render', good, '-o', out, '--duration', '120', '--size', '640x480', '--fps', '30'], {
      env: { TMPDIR: work },
      // The second once the first was seen (two signals sent at once arrive as one).
      onStderr: (text, child) => {
        if (sent === 0 && /rendering: \d+\/\d+/.test(text)) { sent = 1; child.kill('SIGINT'); }
        if (sent === 1 && /stopping \(press Ctrl-C again/.test(text)) { sent = 2; child.kill('SIGINT'); }
      },
    });
    expect(sent).toBe(2);
    expect(run.code).toBe(130);
    expect(readdirSync(work)).toEqual([]);
    expect(readdirSync(join(out, '..'))).toEqual([]);
    // No ffmpeg left writing into the removed folder.
    const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    expect(ps.split('\n').filter((l) => l.includes(work))).toEqual([]);
  });

  it('after a SIGKILL the next run removes the dead process\'s partial movie and temp folder, and nothing else', async () => {
    const { base, out, work } = fresh('kill');
    const outDir = join(out, '..');
    mkdirSync(outDir);
    const marker = join(base, 'final-started');
    const child = spawn(process.execPath, [BIN, 'render', good, '-o', out, '--duration', '2', '--size', '160x120', '--fps', '10', '--quiet'], {
      env: { ...process.env, TMPDIR: work, TRACKREEL_FFMPEG: FAKE_FFMPEG, FAKE_FFMPEG_REAL: FFMPEG, FAKE_FFMPEG_MODE: 'final-hang', FAKE_FFMPEG_MARKER: marker },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await until(() => existsSync(marker));
    child.kill('SIGKILL');
    await exited;
    const partials = readdirSync(outDir);
    const temps = readdirSync(work);
    expect(partials).toEqual([expect.stringMatching(new RegExp(`^\\.movie\\.trackreel-${child.pid}-${HOST_TAG}-[0-9a-f]+\\.partial\\.mp4$`))]);
    expect(temps).toEqual([expect.stringMatching(new RegExp(`^trackreel-work-${child.pid}-${HOST_TAG}-\\w{6}$`))]);

    // Leftovers count as such only when their process is dead and they are old.
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const name of partials) utimesSync(join(outDir, name), hourAgo, hourAgo);
    for (const name of temps) {
      for (const entry of readdirSync(join(work, name))) utimesSync(join(work, name, entry), hourAgo, hourAgo);
      utimesSync(join(work, name), hourAgo, hourAgo);
    }
    // Not ours to remove: other programs' files, a live process's leftovers, another host's.
    const alive = `.movie.trackreel-${process.pid}-${HOST_TAG}-abcd1234.partial.mp4`;
    const otherHost = `.movie.trackreel-${child.pid}-${HOST_TAG === '000000' ? '111111' : '000000'}-abcd1234.partial.mp4`;
    const keep = { out: [alive, otherHost, '.movie.partial.mp4', 'notes.txt'], work: [`trackreel-work-${process.pid}-${HOST_TAG}-aaaaaa`, 'trackreel-notes', `other-work-${child.pid}-${HOST_TAG}-bbbbbb`] };
    for (const name of keep.out) { writeFileSync(join(outDir, name), 'x'); utimesSync(join(outDir, name), hourAgo, hourAgo); }
    for (const name of keep.work) { mkdirSync(join(work, name)); utimesSync(join(work, name), hourAgo, hourAgo); }

    const rerun = await runCli(['render', good, '-o', out, '--duration', '2', '--size', '160x120', '--fps', '10', '--quiet'], { env: { TMPDIR: work } });
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    expect(probe(out).frames).toBe(20);
    expect(readdirSync(outDir).sort()).toEqual([...keep.out, 'movie.mp4'].sort());
    expect(readdirSync(work).sort()).toEqual([...keep.work].sort());
  });
});
