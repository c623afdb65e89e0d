// Where intermediate files live. Without --work-dir: a fresh temporary folder, removed afterwards
// whatever happens. With --work-dir DIR: DIR/trackreel-<render key>, kept after a failure or an
// interruption so the same command resumes (only unfinished chunks are rendered again), and
// removed after success. --keep-work keeps it in every case.
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrackreelError } from '../errors/trackreel-error.js';

export interface WorkDir {
  path: string;
  // True for a keyed, resumable directory.
  resumable: boolean;
  // Called when the render ends; `succeeded` decides what a resumable directory keeps.
  finish(succeeded: boolean, keep: boolean): Promise<void>;
}

function unwritable(parent: string, error: unknown): TrackreelError {
  return new TrackreelError('OUTPUT_UNWRITABLE', `Cannot create a work directory in ${parent}: ${(error as Error).message}`,
    { cause: error, context: { option: 'workDir' } });
}

// Unfinished pieces (chunks still being written, a manifest being replaced) never survive.
async function removePartials(path: string): Promise<void> {
  const names = await readdir(path).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.endsWith('.part') || n.endsWith('.tmp')).map((n) => rm(join(path, n), { force: true })));
}

export async function openWorkDir(parent: string | null, key: string | null): Promise<WorkDir> {
  if (parent === null || key === null) {
    const base = parent ?? tmpdir();
    let path: string;
    try { path = await mkdtemp(join(base, 'trackreel-')); } catch (error) { throw unwritable(base, error); }
    return {
      path, resumable: false,
      finish: async (_succeeded, keep) => { if (!keep) await rm(path, { recursive: true, force: true, maxRetries: 3 }); },
    };
  }
  const path = join(parent, `trackreel-${key}`);
  try { await mkdir(path, { recursive: true }); } catch (error) { throw unwritable(parent, error); }
  await removePartials(path);
  return {
    path, resumable: true,
    finish: async (succeeded, keep) => {
      if (succeeded && !keep) await rm(path, { recursive: true, force: true, maxRetries: 3 });
      else await removePartials(path);
    },
  };
}
