// Where intermediate files live. Without --work-dir: a fresh temporary folder, removed afterwards
// whatever happens. With --work-dir DIR: DIR/trackreel-<render key>, kept after a failure or an
// interruption so the same command resumes (only unfinished chunks are rendered again), and
// removed after success. --keep-work keeps it in every case. A keyed folder is used by one render
// at a time (files/folder-lock.ts): a second render of the same data waits, then reuses its chunks.
import { mkdtemp, readdir, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrackreelError, isTrackreelError } from '../errors/trackreel-error.js';
import { errnoCode, isDiskFull, reasonFor } from '../files/file-system-error.js';
import { LOCK_NAME, lockFolder, type LockOwner } from '../files/folder-lock.js';
import { removeOnExit } from '../files/remove-on-exit.js';
import { tempPrefix } from '../files/temp-names.js';

export interface WorkDir {
  path: string;
  // True for a keyed, resumable directory.
  resumable: boolean;
  // Called when the render ends; `succeeded` decides what a resumable directory keeps.
  finish(succeeded: boolean, keep: boolean): Promise<void>;
}

export interface WorkDirOptions {
  signal?: AbortSignal;
  // Another render holds the keyed folder; this one waits for it.
  onWait?: (owner: LockOwner | null) => void;
}

function unwritable(parent: string, error: unknown): TrackreelError {
  if (isTrackreelError(error) && error.code !== 'OUTPUT_UNWRITABLE' && error.code !== 'DISK_FULL') return error;
  const cause = isTrackreelError(error) ? error.cause : error;
  const reason = reasonFor(errnoCode(cause)) ?? (cause as Error).message;
  return new TrackreelError(isDiskFull(cause) ? 'DISK_FULL' : 'OUTPUT_UNWRITABLE', `Cannot create a work directory in ${parent}: ${reason}`,
    { cause, context: { option: 'workDir', file: parent } });
}

// Unfinished pieces (chunks still being written, a manifest being replaced) never survive; only
// called while holding the folder's lock, so they are nobody else's.
async function removePartials(path: string): Promise<void> {
  const names = await readdir(path).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.endsWith('.part') || n.endsWith('.tmp')).map((n) => rm(join(path, n), { force: true })));
}

// Everything but the lock, then the lock, then the folder if nobody took it meanwhile.
async function removeKeyed(path: string, release: () => Promise<void>): Promise<void> {
  const names = await readdir(path).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n !== LOCK_NAME).map((n) => rm(join(path, n), { recursive: true, force: true, maxRetries: 3 })));
  await release();
  await rmdir(path).catch(() => {});
}

export async function openWorkDir(parent: string | null, key: string | null, options: WorkDirOptions = {}): Promise<WorkDir> {
  if (parent === null || key === null) {
    const base = parent ?? tmpdir();
    let path: string;
    try { path = await mkdtemp(join(base, tempPrefix('work'))); } catch (error) { throw unwritable(base, error); }
    const forget = removeOnExit(path);
    return {
      path, resumable: false,
      finish: async (_succeeded, keep) => {
        if (!keep) await rm(path, { recursive: true, force: true, maxRetries: 3 });
        forget();
      },
    };
  }
  const path = join(parent, `trackreel-${key}`);
  let lock;
  try { lock = await lockFolder(path, options); } catch (error) { throw unwritable(parent, error); }
  try {
    await removePartials(path);
  } catch (error) {
    await lock.release();
    throw error;
  }
  return {
    path, resumable: true,
    finish: async (succeeded, keep) => {
      if (succeeded && !keep) { await removeKeyed(path, lock.release); return; }
      try { await removePartials(path); } catch (error) { await lock.release(); throw error; }
      // Nothing finished to resume from: nothing to keep.
      const left = await readdir(path).catch(() => [LOCK_NAME, '?']);
      if (!keep && left.every((n) => n === LOCK_NAME)) await removeKeyed(path, lock.release);
      else await lock.release();
    },
  };
}
