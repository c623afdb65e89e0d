// redis-server and `trackreel worker` processes for bench/distributed.js.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/trackreel.js', import.meta.url));

export function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function started(child, ready) {
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d) => { out += d; if (ready.test(out)) resolve(); };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
}

function stopper(child) {
  return () => new Promise((resolve) => {
    if (child.exitCode !== null) { resolve(); return; }
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function startRedis(port) {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  await started(child, /Ready to accept connections/);
  return { url: `redis://127.0.0.1:${port}`, stop: stopper(child) };
}

export async function startWorker(url, store) {
  const child = spawn(process.execPath, [BIN, 'worker', '--redis', url, '--store', store]);
  await started(child, /trackreel worker: ready/);
  return { stop: stopper(child) };
}
