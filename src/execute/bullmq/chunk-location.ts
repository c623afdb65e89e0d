// The executor receives absolute piece paths (the BatchExecutor seam); a job may only carry names.
// renderMovie puts a distributed render's work directory at <store>/renders/<renderId>/, so every
// piece path must be exactly there, and the render id and piece names are taken from the paths.
import { relative, sep } from 'node:path';
import { TrackreelError } from '../../errors/trackreel-error.js';
import type { BatchJob } from '../batch-executor.js';

export interface ChunkLocation {
  renderId: string;
  // Per job, the names of its pieces in the render folder.
  pieceNames: string[][];
}

export function locateChunks(storeRoot: string, jobs: readonly BatchJob[]): ChunkLocation {
  let renderId: string | null = null;
  const pieceNames = jobs.map((job) => job.pieces.map(({ path }) => {
    const parts = relative(storeRoot, path).split(sep);
    if (parts.length !== 3 || parts[0] !== 'renders' || (renderId !== null && parts[1] !== renderId)) {
      throw new TrackreelError('INVALID_OPTION',
        `A distributed render writes its chunks in <store>/renders/<render id>/, but got ${path} for store ${storeRoot}`,
        { context: { option: 'store' } });
    }
    renderId = parts[1];
    return parts[2];
  }));
  return { renderId: renderId ?? '', pieceNames };
}
