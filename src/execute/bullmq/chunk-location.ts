// The executor receives absolute chunk paths (the BatchExecutor seam); a job may only carry names.
// renderMovie puts a distributed render's work directory at <store>/renders/<renderId>/, so every
// chunk path must be exactly there, and the render id and chunk names are taken from the paths.
import { relative, sep } from 'node:path';
import { TrackreelError } from '../../errors/trackreel-error.js';
import type { BatchJob } from '../batch-executor.js';

export interface ChunkLocation {
  renderId: string;
  chunkNames: string[];
}

export function locateChunks(storeRoot: string, jobs: readonly BatchJob[]): ChunkLocation {
  let renderId: string | null = null;
  const chunkNames = jobs.map(({ chunkPath }) => {
    const parts = relative(storeRoot, chunkPath).split(sep);
    if (parts.length !== 3 || parts[0] !== 'renders' || (renderId !== null && parts[1] !== renderId)) {
      throw new TrackreelError('INVALID_OPTION',
        `A distributed render writes its chunks in <store>/renders/<render id>/, but got ${chunkPath} for store ${storeRoot}`,
        { context: { option: 'store' } });
    }
    renderId = parts[1];
    return parts[2];
  });
  return { renderId: renderId ?? '', chunkNames };
}
