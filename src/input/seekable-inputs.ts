// Inputs that cannot be read twice or from an offset ("-" for stdin, /dev/stdin on a pipe,
// <(...) process substitution, FIFOs, character devices) are copied once, as a stream, into a
// private temporary file: format detection reads a file's head and then the file again, Parquet
// needs its footer, and the resume key hashes the bytes. Regular files pass through untouched.
// Errors and reports keep the name the user gave ("stdin" for "-").
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { inputError } from '../errors/messages.js';
import { isTrackreelError } from '../errors/trackreel-error.js';
import { openForReading } from '../files/open-for-reading.js';
import { fileSystemError } from '../files/file-system-error.js';
import { removeOnExit } from '../files/remove-on-exit.js';
import { tempPrefix } from '../files/temp-names.js';
import { MAX_GUNZIPPED_BYTES } from './gunzip-to-temp.js';

export const STDIN_NAME = 'stdin';

export interface SeekableInputs {
  // Readable, seekable paths in the order given.
  paths: string[];
  // The name to show for one of `paths`.
  nameOf(path: string): string;
  // Puts the user's names back into an error thrown while reading `paths`.
  renameIn<E>(error: E): E;
  close(): Promise<void>;
}

async function needsCopy(path: string): Promise<boolean> {
  if (path === '-') return true;
  // stat follows /dev/stdin to what it is (a regular file for "< f.csv": read as a file).
  const info = await stat(path).catch(() => null);
  return info !== null && (info.isFIFO() || info.isSocket() || info.isCharacterDevice());
}

// Names of this process's own standard input: when it is a socket (a parent's stdio pipe in Node),
// opening the name fails (ENXIO), so it is read as the stream Node already holds.
const STDIN_ALIASES = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

async function sourceStream(path: string, signal?: AbortSignal): Promise<Readable> {
  if (STDIN_ALIASES.has(path)) return process.stdin;
  const fd = await openForReading(path, signal);
  const info = await stat(path);
  // A pipe read through the thread pool would block a thread while the writer is quiet; a socket
  // handle waits in the event loop, so a signal can still end the process.
  return info.isCharacterDevice() ? createReadStream('', { fd }) : new Socket({ fd, readable: true, writable: false });
}

export async function openSeekableInputs(paths: readonly string[], signal?: AbortSignal): Promise<SeekableInputs> {
  const names = new Map<string, string>();
  let dir: string | null = null;
  let forget = (): void => {};
  const close = async (): Promise<void> => {
    if (dir) await rm(dir, { recursive: true, force: true });
    forget();
  };
  const out: string[] = [];
  try {
    for (const [i, path] of paths.entries()) {
      if (!(await needsCopy(path))) { out.push(path); continue; }
      if (dir === null) {
        dir = await mkdtemp(join(tmpdir(), tempPrefix('input'))).catch((error) => { throw fileSystemError(error, tmpdir(), 'create a folder for the copied input in'); });
        forget = removeOnExit(dir);
      }
      const name = path === '-' ? STDIN_NAME : path;
      const copy = join(dir, `${i}-${path === '-' ? STDIN_NAME : basename(path)}`);
      names.set(copy, name);
      await copyStream(await sourceStream(path, signal), copy, name, signal);
      out.push(copy);
    }
  } catch (error) {
    await close();
    throw error;
  }
  const nameOf = (p: string): string => names.get(p) ?? p;
  return {
    paths: out, nameOf, close,
    renameIn: (error) => {
      if (names.size === 0 || !isTrackreelError(error)) return error;
      for (const [copy, name] of names) {
        error.message = error.message.split(copy).join(name);
        if (error.context.file === copy) error.context.file = name;
      }
      return error;
    },
  };
}

async function copyStream(source: Readable, path: string, name: string, signal?: AbortSignal): Promise<void> {
  let size = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > MAX_GUNZIPPED_BYTES) done(inputError('INPUT_PARSE', `more than ${MAX_GUNZIPPED_BYTES / 1024 ** 3} GB read from a stream; save it to a file first`, { file: name }));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(source, cap, createWriteStream(path), { signal });
  } catch (error) {
    if (isTrackreelError(error)) throw error;
    if ((error as Error).name === 'AbortError') throw inputError('INPUT_PARSE', 'reading was stopped', { file: name });
    throw fileSystemError(error, path, `copy ${name} into`);
  } finally {
    if (source !== process.stdin) source.destroy();
  }
}
