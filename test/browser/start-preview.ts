// Starts `trackreel preview` as a child process (the built CLI) and waits for its URL (server and browser tests).
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN } from '../helpers/run-cli.js';

export interface PreviewChild { child: ChildProcess; url: string; stderr: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }

export function startPreview(args: string[], cwd?: string): Promise<PreviewChild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'preview', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
    const timer = setTimeout(() => reject(new Error(`preview did not start: ${stderr}`)), 60_000);
    child.stderr.on('data', (d) => {
      stderr += d;
      const m = /Preview at (http:\/\/\S+)/.exec(stderr);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1], stderr: () => stderr, exited }); }
    });
    child.stdout.resume();
    void exited.then(() => { clearTimeout(timer); reject(new Error(`preview exited: ${stderr}`)); });
  });
}
