// An exclusive lock on a folder shared by renders (the keyed --work-dir folder), so two renders of
// the same data never delete or overwrite each other's files. The lock is a directory made with
// mkdir (atomic, also on NFS) holding its owner (PID, host, start); the owner touches it every few
// seconds. A lock is stale, and taken over, when its owner is a dead process on this host, or when
// nobody touched it for STALE_MS (an owner on another machine that died or lost the folder).
// Written here rather than with proper-lockfile: that one judges staleness by age only, cannot
// be waited for with an AbortSignal, and throws from a timer when a lock is taken over.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TrackreelError } from '../errors/trackreel-error.js';
import { fileSystemError } from './file-system-error.js';
import { processAlive } from './process-alive.js';

export const LOCK_NAME = '.lock';
const OWNER_NAME = 'owner.json';
export const STALE_MS = 30_000;
const TOUCH_MS = 5_000;
const POLL_MS = 250;

export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

export interface FolderLock {
  release(): Promise<void>;
}

export interface LockOptions {
  signal?: AbortSignal;
  // Called once when the lock is held by someone else and the caller starts waiting.
  onWait?: (owner: LockOwner | null) => void;
}

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(join(lockPath, OWNER_NAME), 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : null;
  } catch {
    return null;
  }
}

// Stale: a dead owner on this host, or an owner (or a half-made lock) silent for STALE_MS.
async function isStale(lockPath: string, owner: LockOwner | null): Promise<boolean> {
  if (owner && owner.host === hostname() && !processAlive(owner.pid)) return true;
  const info = await stat(lockPath).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs > STALE_MS;
}

// Moves a stale lock aside (rename is atomic: of two processes breaking it, one wins) and removes it.
async function breakLock(lockPath: string, judged: LockOwner | null): Promise<void> {
  const aside = `${lockPath}-stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try { await rename(lockPath, aside); } catch { return; }
  const moved = await readOwner(aside);
  if (judged && moved && (moved.pid !== judged.pid || moved.host !== judged.host || moved.startedAt !== judged.startedAt)) {
    // Someone else broke it first and took a fresh lock, which we moved: put it back.
    await rename(aside, lockPath).catch(() => {});
    return;
  }
  await rm(aside, { recursive: true, force: true });
}

export async function lockFolder(dir: string, options: LockOptions = {}): Promise<FolderLock> {
  const lockPath = join(dir, LOCK_NAME);
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  let waited = false;
  for (;;) {
    if (options.signal?.aborted) throw new TrackreelError('CANCELLED', 'The render was cancelled');
    try {
      // The folder itself may have been removed by the owner that just finished.
      await mkdir(dir, { recursive: true });
      await mkdir(lockPath);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fileSystemError(error, lockPath, 'create the lock of the work folder');
    }
    const owner = await readOwner(lockPath);
    if (await isStale(lockPath, owner)) { await breakLock(lockPath, owner); continue; }
    if (!waited) { waited = true; options.onWait?.(owner); }
    await sleep(POLL_MS, undefined, { signal: options.signal }).catch(() => {});
  }
  try {
    await writeFile(join(lockPath, OWNER_NAME), JSON.stringify(me));
  } catch (error) {
    await rm(lockPath, { recursive: true, force: true });
    throw fileSystemError(error, join(lockPath, OWNER_NAME), 'write the lock of the work folder');
  }
  const touch = setInterval(() => { const now = new Date(); void utimes(lockPath, now, now).catch(() => {}); }, TOUCH_MS);
  touch.unref();
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(touch);
      // Only our own lock: after a takeover (we were silent too long) it belongs to someone else.
      const owner = await readOwner(lockPath);
      if (owner && owner.pid === me.pid && owner.host === me.host && owner.startedAt === me.startedAt) {
        await rm(lockPath, { recursive: true, force: true });
      }
    },
  };
}
