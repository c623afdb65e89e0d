// A small text file read whole (a --config file), which may also be "-" (stdin), a pipe or a FIFO:
// the open cannot hang on a FIFO without a writer, and a pipe is read in the event loop (not on a
// blocked thread), so `signal` and the process's exit can always end the wait.
import { close, fstat, readFile } from 'node:fs';
import { Socket } from 'node:net';
import { promisify } from 'node:util';
import { TrackreelError } from '../errors/trackreel-error.js';
import { openForReading } from './open-for-reading.js';
import type { Readable } from 'node:stream';

async function readStream(stream: Readable, signal?: AbortSignal): Promise<string> {
  const parts: Buffer[] = [];
  const onAbort = (): void => { stream.destroy(new TrackreelError('CANCELLED', 'Stopped while reading')); };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for await (const chunk of stream) parts.push(chunk as Buffer);
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return Buffer.concat(parts).toString('utf8');
}

export async function readTextFile(path: string, signal?: AbortSignal): Promise<string> {
  if (path === '-') return readStream(process.stdin, signal);
  const fd = await openForReading(path, signal);
  const info = await promisify(fstat)(fd);
  if (info.isFIFO() || info.isSocket()) {
    const socket = new Socket({ fd, readable: true, writable: false });
    try { return await readStream(socket, signal); } finally { socket.destroy(); }
  }
  // readFile does not close a descriptor it was given.
  try {
    return await promisify(readFile)(fd, 'utf8');
  } finally {
    close(fd, () => {});
  }
}
