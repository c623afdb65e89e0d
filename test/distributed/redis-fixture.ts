// Real Redis and real `trackreel worker` processes for the distributed tests: each test file starts
// its own redis-server on a free loopback port, and stops everything it started.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/trackreel.js', import.meta.url));
export const HAVE_REDIS = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// Resolves when the child has printed `ready` (on stdout or stderr); rejects if it exits first.
function waitForOutput(child: ChildProcess, ready: RegExp, what: string, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${what} not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (d: Buffer): void => {
      output += d;
      if (ready.test(output)) { clearTimeout(timer); resolve(output); }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${what} exited with ${code}:\n${output}`)); });
  });
}

export interface RedisServer { url: string; port: number; process: ChildProcess; stop(): Promise<void> }

// With `dataDir`, Redis keeps an append-only file there (so a restart keeps the queue).
// With `password`, clients must authenticate (the URL carries it: redis://:password@host:port).
export async function startRedis(port: number, dataDir: string | null = null, password: string | null = null): Promise<RedisServer> {
  const persistence = dataDir ? ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dataDir] : ['--appendonly', 'no'];
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, ...(password ? ['--requirepass', password] : [])], { stdio: 'pipe' });
  await waitForOutput(child, /Ready to accept connections/, 'redis-server');
  return { url: `redis://${password ? `:${encodeURIComponent(password)}@` : ''}127.0.0.1:${port}`, port, process: child, stop: () => stopProcess(child, 'SIGTERM') };
}

export interface WorkerProcess { process: ChildProcess; log: () => string; stop(): Promise<void> }

// Short locks so that a killed worker's job is taken over in about two seconds, not thirty. With
// faults (test/helpers/faults.mjs), the same worker started by a test script that causes them.
const FAULTY_WORKER = fileURLToPath(new URL('../helpers/faulty-worker-process.mjs', import.meta.url));
export async function startWorker(redisUrl: string, store: string, faults: readonly object[] = []): Promise<WorkerProcess> {
  const args = ['--redis', redisUrl, '--store', store, '--lock-duration', '2000', '--stalled-interval', '1000'];
  const child = spawn(process.execPath, faults.length ? [FAULTY_WORKER, ...args, '--faults', JSON.stringify(faults)] : [BIN, 'worker', ...args], { stdio: 'pipe' });
  let log = '';
  child.stderr!.on('data', (d) => { log += d; });
  await waitForOutput(child, /trackreel worker: ready/, 'trackreel worker');
  return { process: child, log: () => log, stop: () => stopProcess(child, 'SIGTERM') };
}

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => { clearTimeout(force); resolve(); });
    child.kill(signal);
  });
}
