// With --redis and --store, a distributed render: the BullMQ executor, and a work directory at
// <store>/renders/<id>/ so that remote workers write chunks straight into it and the coordinator's
// join reads them from there, with no copying. With --work-dir (which must then be the store or
// its renders folder) the id is the render key, so an interrupted render resumes like a local
// one. bullmq is only loaded in this case.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TrackreelError } from '../errors/trackreel-error.js';
import type { BatchExecutor } from '../execute/batch-executor.js';
import type { ResolvedMovieOptions } from './resolve-movie-options.js';

export interface Distributed {
  executor: BatchExecutor;
  // Parent folder of the work directory: <store>/renders.
  workParent: string;
}

// Null for a render on this machine; throws INVALID_OPTION for half a distributed setup.
export async function chooseDistributed(execution: ResolvedMovieOptions['execution']): Promise<Distributed | null> {
  const { redis, store, workDir } = execution;
  if (redis === null && store === null) return null;
  const [misuse, option] = redis === null ? ['store is only used with redis; add --redis <url>', 'store']
    : store === null ? ['redis needs a shared store that every worker mounts; add --store <dir>', 'redis']
      : workDir !== null && ![resolve(store), resolve(store, 'renders')].includes(resolve(workDir))
        ? [`with redis the work directory is in the store, where every worker writes: use --work-dir ${join(store, 'renders')} (or leave it out)`, 'workDir'] : [null, null];
  if (misuse) throw new TrackreelError('INVALID_OPTION', misuse, { context: { option: option! } });
  const renders = join(store!, 'renders');
  try { await mkdir(renders, { recursive: true }); } catch (error) {
    throw new TrackreelError('OUTPUT_UNWRITABLE', `Cannot create ${renders} in the store: ${(error as Error).message}`, { cause: error, context: { option: 'store' } });
  }
  const { BullmqExecutor } = await import('../execute/bullmq/bullmq-executor.js');
  return { executor: new BullmqExecutor({ redisUrl: redis!, storeRoot: store! }), workParent: renders };
}
