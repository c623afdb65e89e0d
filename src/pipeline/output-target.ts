// Where the movie goes: checked before any rendering, written under a temporary name beside the
// output (same file system, so the final rename is atomic) and moved into place only when
// complete and verified. A failed render never leaves a partial movie at the output path.
// An input is never written over, even with --overwrite: the same file is recognised by device
// and inode (a hard link, a symlink or another spelling of the path are the same file). Without
// --overwrite the final move is a hard link, which fails if a file appeared there meanwhile.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { TrackreelError } from '../errors/trackreel-error.js';
import { removeOnExit } from '../files/remove-on-exit.js';
import { partialOutputName } from '../files/temp-names.js';

export interface OutputTarget {
  path: string;
  // Lower-case extension without the dot ("mp4", "png").
  extension: string;
  // Written first, renamed to `path` by commit().
  tempPath: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export interface OutputRules {
  overwrite: boolean;
  extensions: readonly string[];
  // Files the render reads; the output may be none of them.
  inputs?: readonly string[];
}

// Every file a render reads: its inputs and the logo.
export const readFiles = (o: { input: string | string[]; logo?: string }): string[] => [...([] as string[]).concat(o.input), ...(o.logo ? [o.logo] : [])];

const exists = (output: string): TrackreelError =>
  new TrackreelError('OUTPUT_EXISTS', `${output} already exists; pass --overwrite to replace it`, { context: { file: output } });

async function refuseInput(output: string, existing: { dev: number; ino: number }, inputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    const s = await stat(input).catch(() => null);
    if (s && s.dev === existing.dev && s.ino === existing.ino) {
      throw new TrackreelError('INVALID_OPTION', `${output} is the input file ${input}; write the movie to another file (--overwrite never replaces an input)`,
        { context: { option: 'output', file: output } });
    }
  }
}

// Moves the finished file into place without replacing anything (link fails with EEXIST).
async function commitNoClobber(tempPath: string, path: string, output: string): Promise<void> {
  try {
    await link(tempPath, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists(output);
    // A file system without hard links: check, then rename (a narrow window, as before).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
    if (await stat(path).catch(() => null)) throw exists(output);
    await rename(tempPath, path);
    return;
  }
  await rm(tempPath, { force: true });
}

export async function prepareOutput(output: string, opts: OutputRules): Promise<OutputTarget> {
  const path = resolve(output);
  const ext = extname(path).slice(1).toLowerCase();
  if (!opts.extensions.includes(ext)) {
    throw new TrackreelError('INVALID_OPTION', `${output}: unknown output type "${ext ? `.${ext}` : '(no extension)'}"; use one of ${opts.extensions.map((f) => `.${f}`).join(', ')}`,
      { context: { option: 'output' } });
  }
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new TrackreelError('OUTPUT_UNWRITABLE', `${output} is a directory`, { context: { file: output } });
  if (existing) await refuseInput(output, existing, opts.inputs ?? []);
  if (existing && !opts.overwrite) throw exists(output);
  const dir = dirname(path);
  try {
    await access(dir, constants.W_OK);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new TrackreelError('OUTPUT_UNWRITABLE', `${output}: cannot write here (${missing ? 'the folder does not exist' : 'permission denied'})`,
      { context: { file: output }, cause: error });
  }
  // Named with our PID and host, so that the next run can sweep it if we are killed.
  const tempPath = join(dir, partialOutputName(basename(path, extname(path)), randomBytes(4).toString('hex'), ext));
  const forget = removeOnExit(tempPath);
  return {
    path, extension: ext, tempPath,
    commit: async () => {
      await (opts.overwrite ? rename(tempPath, path) : commitNoClobber(tempPath, path, output));
      forget();
    },
    discard: async () => { await rm(tempPath, { force: true }); forget(); },
  };
}
