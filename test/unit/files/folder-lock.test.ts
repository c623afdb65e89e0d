import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME, STALE_MS, lockFolder } from '../../../src/files/folder-lock.js';

const folder = () => join(mkdtempSync(join(tmpdir(), 'trackreel-lock-')), 'work');

// A lock as another owner left it, optionally touched `ageMs` ago.
function foreignLock(dir: string, owner: { pid: number; host: string }, ageMs = 0): void {
  mkdirSync(join(dir, LOCK_NAME), { recursive: true });
  writeFileSync(join(dir, LOCK_NAME, 'owner.json'), JSON.stringify({ ...owner, startedAt: new Date().toISOString() }));
  const t = new Date(Date.now() - ageMs);
  utimesSync(join(dir, LOCK_NAME), t, t);
}

// The PID of a process that has just ended.
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

const settled = async (p: Promise<unknown>, ms: number): Promise<boolean> =>
  Promise.race([p.then(() => true, () => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

describe('lockFolder()', () => {
  it('lockFolder() lets one owner in at a time; the next gets in once the first releases', async () => {
    const dir = folder();
    const first = await lockFolder(dir);
    let waited = false;
    const second = lockFolder(dir, { onWait: () => { waited = true; } });
    expect(await settled(second, 600)).toBe(false);
    expect(waited).toBe(true);
    await first.release();
    await (await second).release();
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
  });

  it('lockFolder() takes over at once from a dead process on this host', async () => {
    const dir = folder();
    foreignLock(dir, { pid: deadPid(), host: hostname() });
    const lock = await lockFolder(dir);
    await lock.release();
  });

  it('lockFolder() waits for a live owner, and for a fresh lock of another host', async () => {
    for (const owner of [{ pid: process.ppid, host: hostname() }, { pid: 1, host: 'elsewhere.example' }]) {
      const dir = folder();
      foreignLock(dir, owner);
      const controller = new AbortController();
      const attempt = lockFolder(dir, { signal: controller.signal });
      expect(await settled(attempt, 600)).toBe(false);
      controller.abort();
      await expect(attempt).rejects.toMatchObject({ code: 'CANCELLED' });
    }
  });

  it('lockFolder() takes over a lock nobody touched for STALE_MS (an owner on another machine that died)', async () => {
    const dir = folder();
    foreignLock(dir, { pid: 1, host: 'elsewhere.example' }, STALE_MS + 5000);
    const lock = await lockFolder(dir);
    await lock.release();
  });

  it('lockFolder() recreates the folder that the previous owner removed', async () => {
    const dir = folder();
    const lock = await lockFolder(dir);
    expect(existsSync(dir)).toBe(true);
    await lock.release();
  });
});
