// A gzip file inflated, as a stream, into a temporary file for readers that need random access
// (Parquet's footer is at the end). The size is capped while inflating, so a gzip bomb fails
// instead of filling the disk, and the file is removed however the reader ends.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { inputError } from '../errors/messages.js';
import { removeOnExit } from '../files/remove-on-exit.js';
import { tempPrefix } from '../files/temp-names.js';
import { asGzipError } from './gzip-error.js';

export const MAX_GUNZIPPED_BYTES = 4 * 1024 ** 3;

function sizeText(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

// Runs `use` on the inflated copy of `file` and removes the copy afterwards.
export async function withGunzippedFile<T>(file: string, use: (path: string) => Promise<T>, maxBytes = MAX_GUNZIPPED_BYTES): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), tempPrefix('gunzip')));
  // An exit in the middle (Ctrl-C ends the CLI with process.exit) skips `finally`; this does not.
  const forget = removeOnExit(dir);
  try {
    const path = join(dir, basename(file).replace(/\.gz$/i, '') || 'input');
    let size = 0;
    const cap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) done(inputError('INPUT_PARSE', `inflates to more than ${sizeText(maxBytes)}; gunzip it yourself if it really is that large`, { file }));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(createReadStream(file), createGunzip(), cap, createWriteStream(path));
    } catch (error) {
      throw asGzipError(error, file);
    }
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
    forget();
  }
}
