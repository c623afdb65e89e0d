// One temporary folder per render holding every intermediate file (chunks, concat list); it is
// removed afterwards, success or failure, unless the user asked to keep it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrackreelError } from '../errors/trackreel-error.js';

export interface WorkDir {
  path: string;
  remove(): Promise<void>;
}

export async function createWorkDir(parent: string | null): Promise<WorkDir> {
  let path: string;
  try {
    path = await mkdtemp(join(parent ?? tmpdir(), 'trackreel-'));
  } catch (error) {
    throw new TrackreelError('OUTPUT_UNWRITABLE', `Cannot create a work directory in ${parent ?? tmpdir()}: ${(error as Error).message}`,
      { cause: error, context: { option: 'workDir' } });
  }
  return { path, remove: () => rm(path, { recursive: true, force: true, maxRetries: 3 }) };
}
