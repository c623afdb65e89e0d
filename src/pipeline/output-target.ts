// Where the movie goes: checked before any rendering, written under a temporary name beside the
// output (same file system, so the final rename is atomic) and moved into place only when
// complete and verified. A failed render never leaves a partial movie at the output path.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { TrackreelError } from '../errors/trackreel-error.js';

export interface OutputTarget {
  path: string;
  // Lower-case extension without the dot ("mp4", "png").
  extension: string;
  // Written first, renamed to `path` by commit().
  tempPath: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export async function prepareOutput(output: string, opts: { overwrite: boolean; extensions: readonly string[] }): Promise<OutputTarget> {
  const path = resolve(output);
  const ext = extname(path).slice(1).toLowerCase();
  if (!opts.extensions.includes(ext)) {
    throw new TrackreelError('INVALID_OPTION', `${output}: unknown output type "${ext ? `.${ext}` : '(no extension)'}"; use one of ${opts.extensions.map((f) => `.${f}`).join(', ')}`,
      { context: { option: 'output' } });
  }
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new TrackreelError('OUTPUT_UNWRITABLE', `${output} is a directory`, { context: { file: output } });
  if (existing && !opts.overwrite) {
    throw new TrackreelError('OUTPUT_EXISTS', `${output} already exists; pass --overwrite to replace it`, { context: { file: output } });
  }
  const dir = dirname(path);
  try {
    await access(dir, constants.W_OK);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new TrackreelError('OUTPUT_UNWRITABLE', `${output}: cannot write here (${missing ? 'the folder does not exist' : 'permission denied'})`,
      { context: { file: output }, cause: error });
  }
  const tempPath = join(dir, `.${basename(path, extname(path))}.trackreel-${process.pid}-${randomBytes(4).toString('hex')}.partial.${ext}`);
  return {
    path, extension: ext, tempPath,
    commit: () => rename(tempPath, path),
    discard: () => rm(tempPath, { force: true }),
  };
}
