// The only place that spawns ffmpeg or ffprobe: cancel by AbortSignal, an inactivity timeout,
// the last lines of stderr kept for error messages, and children killed if Node exits first.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Writable } from 'node:stream';
import { TrackreelError } from '../errors/trackreel-error.js';

export interface FfmpegCall {
  // ffmpeg's stdin when `input: 'pipe'`.
  stdin: Writable | null;
  pid: number | undefined;
  // Resolves with stdout (when captured) on exit code 0; rejects with a TrackreelError otherwise.
  done: Promise<string>;
  kill(): void;
}

export interface FfmpegCallOptions {
  input?: 'pipe' | 'ignore';
  captureStdout?: boolean;
  // Receives stdout as it arrives (e.g. `-progress pipe:1` lines); implies a stdout pipe.
  onStdout?: (chunk: string) => void;
  signal?: AbortSignal;
  // Fail when ffmpeg produces no stderr/stdout output and consumes no input for this long.
  idleTimeoutMs?: number;
  // What to call the program in messages ("ffmpeg", "ffprobe").
  label?: string;
  context?: { batchIndex?: number };
  // The file ffmpeg writes, named when the disk fills up.
  writes?: string;
}

// ffmpeg reports a full disk in words (its exit code may even be 0 when only the trailer failed).
const DISK_FULL_TEXT = /No space left on device|Disk quota exceeded/i;

const STDERR_LINES_KEPT = 12;
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A child outliving its parent would keep writing a file nobody cleans up.
  process.on('exit', () => { for (const child of running) child.kill('SIGKILL'); });
}

export function callFfmpeg(binary: string, args: readonly string[], opts: FfmpegCallOptions = {}): FfmpegCall {
  installExitHook();
  const label = opts.label ?? 'ffmpeg';
  const child = spawn(binary, args, {
    stdio: [opts.input === 'pipe' ? 'pipe' : 'ignore', opts.captureStdout || opts.onStdout ? 'pipe' : 'ignore', 'pipe'],
    windowsHide: true,
  });
  running.add(child);
  let stderrTail: string[] = [];
  let diskFull = false;
  let partial = '';
  let stdout = '';
  let lastActivity = Date.now();
  let killedBecause: 'cancel' | 'timeout' | null = null;

  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    lastActivity = Date.now();
    const lines = (partial + chunk).split(/\r?\n|\r/);
    partial = lines.pop() ?? '';
    if (!diskFull && lines.some((l) => DISK_FULL_TEXT.test(l))) diskFull = true;
    stderrTail = stderrTail.concat(lines.filter((l) => l.trim() !== '')).slice(-STDERR_LINES_KEPT);
  });
  if (opts.captureStdout || opts.onStdout) {
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      lastActivity = Date.now();
      if (opts.captureStdout) stdout += chunk;
      opts.onStdout?.(chunk);
    });
  }
  // Writes into stdin count as activity: a slow encoder still drains its input.
  child.stdin?.on('drain', () => { lastActivity = Date.now(); });
  const stdinWrite = child.stdin?.write.bind(child.stdin);
  if (child.stdin && stdinWrite) {
    child.stdin.write = ((...a: Parameters<typeof stdinWrite>) => { lastActivity = Date.now(); return stdinWrite(...a); }) as typeof stdinWrite;
    // EPIPE when ffmpeg dies early; the exit code carries the real reason.
    child.stdin.on('error', () => {});
  }

  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const onAbort = (): void => { killedBecause = 'cancel'; kill(); };
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  if (opts.signal?.aborted) onAbort();
  const timer = opts.idleTimeoutMs
    ? setInterval(() => {
        if (Date.now() - lastActivity > opts.idleTimeoutMs!) { killedBecause = 'timeout'; kill(); }
      }, Math.min(1000, opts.idleTimeoutMs)).unref()
    : null;

  const done = new Promise<string>((resolve, reject) => {
    const finish = (): void => {
      running.delete(child);
      if (timer) clearInterval(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (err: NodeJS.ErrnoException) => {
      finish();
      if (err.code === 'ENOENT' || err.code === 'EACCES') {
        reject(new TrackreelError('FFMPEG_MISSING',
          `${label} was not found or is not executable at "${binary}". Install dependencies with "npm install", or point TRACKREEL_FFMPEG / --ffmpeg at an ffmpeg binary.`,
          { cause: err }));
      } else {
        reject(new TrackreelError('FFMPEG_FAILED', `${label} could not be started: ${err.message}`, { cause: err, retryable: true }));
      }
    });
    child.on('close', (code, signal) => {
      finish();
      if (partial.trim()) stderrTail = stderrTail.concat(partial).slice(-STDERR_LINES_KEPT);
      if (DISK_FULL_TEXT.test(partial)) diskFull = true;
      const tail = stderrTail.join('\n');
      const context = { ...opts.context, stderrTail: tail };
      if (diskFull && killedBecause !== 'cancel') {
        const where = opts.writes ?? 'the file it writes';
        reject(new TrackreelError('DISK_FULL', `${where}: cannot write: no space left on the device (${label} stopped)`,
          { context: { ...context, ...(opts.writes ? { file: opts.writes } : {}) } }));
      } else if (killedBecause === 'cancel') {
        reject(new TrackreelError('CANCELLED', `${label} was stopped because the render was cancelled`, { context }));
      } else if (killedBecause === 'timeout') {
        reject(new TrackreelError('FFMPEG_TIMEOUT', `${label} made no progress for ${opts.idleTimeoutMs} ms and was stopped`, { context, retryable: true }));
      } else if (code === 0) {
        resolve(stdout);
      } else {
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        reject(new TrackreelError('FFMPEG_FAILED', `${label} ${how}${tail ? `: ${stderrTail.at(-1)}` : ''}`, { context, retryable: true }));
      }
    });
  });
  return { stdin: child.stdin ?? null, pid: child.pid, done, kill };
}
