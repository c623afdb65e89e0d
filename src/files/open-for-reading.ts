// Opens a file for reading without letting a FIFO that has no writer hang the process: open(2) on
// such a FIFO blocks a libuv thread, and Node waits for that thread even in process.exit, so
// neither Ctrl-C nor SIGTERM could end it. A blocked open is released by opening the FIFO's write
// end ourselves (O_NONBLOCK succeeds because we are a reader) and closing it at once: the read end
// then sees end-of-file. That happens when `signal` aborts and when the process exits.
import { closeSync, constants, open, openSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { TrackreelError } from '../errors/trackreel-error.js';

const waiting = new Set<string>();
let notice: ((path: string) => void) | null = null;
const NOTICE_AFTER_MS = 500;

// The CLI says what it waits for when a FIFO has had no writer for a moment.
export function onFifoWait(callback: ((path: string) => void) | null): void {
  notice = callback;
}

function release(path: string): void {
  try { closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK)); } catch { /* the writer came, or the FIFO is gone */ }
}

let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => { for (const path of waiting) release(path); });
}

// Resolves to a file descriptor; throws CANCELLED when `signal` ended the wait for a writer.
export async function openForReading(path: string, signal?: AbortSignal): Promise<number> {
  const fifo = (await stat(path)).isFIFO();
  if (!fifo) return openFd(path);
  if (signal?.aborted) throw cancelled(path);
  installExitHook();
  waiting.add(path);
  const onAbort = (): void => release(path);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => notice?.(path), NOTICE_AFTER_MS);
  try {
    const fd = await openFd(path);
    if (signal?.aborted) {
      closeSync(fd);
      throw cancelled(path);
    }
    return fd;
  } finally {
    clearTimeout(timer);
    waiting.delete(path);
    signal?.removeEventListener('abort', onAbort);
  }
}

function openFd(path: string): Promise<number> {
  return new Promise((resolve, reject) => open(path, 'r', (error, fd) => (error ? reject(error) : resolve(fd))));
}

function cancelled(path: string): TrackreelError {
  return new TrackreelError('CANCELLED', `Stopped while waiting for a writer on the FIFO ${path}`, { context: { file: path } });
}
