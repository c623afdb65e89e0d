// Frame-exactness end to end: one movie rendered several ways (one worker, two with small
// batches, ...) must decode to the same frames. useMovieRenders makes a temporary folder for one
// test file (removed after its tests) and returns a function that renders the options once per
// way into it, through the built package, and gives back each render's result, output and
// frame hashes, in the order of the ways.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { renderMovie, type RenderMovieOptions, type RenderMovieResult } from '../../dist/index.js';
import { frameHashes } from './ffmpeg-tools.js';

export interface RenderWay { workers: number; batchSize?: number }
export interface RenderedMovie { result: RenderMovieResult; output: string; hashes: string[] }
export type MovieRenders = (options: Omit<RenderMovieOptions, 'output'>, ways: RenderWay[]) => Promise<RenderedMovie[]>;

export function useMovieRenders(prefix: string): MovieRenders {
  let dir = '';
  let movies = 0;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), prefix)); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });
  return async (options, ways) => {
    const rendered: RenderedMovie[] = [];
    // One after the other: the machine's cores go to each render's workers.
    for (const way of ways) {
      const output = join(dir, `movie-${++movies}.mkv`);
      // Two-pass: lossless chunks cut exactly at the given batch sizes, so drawing is checked at
      // batch seams (canonical segments of these short movies would be one batch).
      const result = await renderMovie({ twoPass: true, ...options, ...way, output });
      rendered.push({ result, output, hashes: frameHashes(output) });
    }
    return rendered;
  };
}
