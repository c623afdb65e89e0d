// Starts `trackreel preview` as a child process (the built CLI) and waits for its URL (server and browser tests).
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN } from '../helpers/run-cli.js';

export interface PreviewChild {
  child: ChildProcess; url: string; stderr: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  // The session token from the served page, as the page itself reads it.
  token: string;
  // fetch() of a path on the server, as the page sends it (token header; JSON type on POST).
  api: (path: string, init?: RequestInit) => Promise<Response>;
}

export async function pageToken(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  const m = /<meta name="trackreel-token" content="([A-Za-z0-9_-]+)">/.exec(html);
  if (!m) throw new Error('the preview page has no session token');
  return m[1];
}

export function apiFetch(url: string, token: string) {
  return (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('x-trackreel-token', token);
    if (init.method === 'POST' && !headers.has('content-type')) headers.set('content-type', 'application/json');
    return fetch(new URL(path, url), { ...init, headers });
  };
}

export function startPreview(args: string[], cwd?: string): Promise<PreviewChild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'preview', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let started = false;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
    const timer = setTimeout(() => reject(new Error(`preview did not start: ${stderr}`)), 60_000);
    child.stderr.on('data', (d) => {
      stderr += d;
      const m = /Preview at (http:\/\/\S+)/.exec(stderr);
      if (m && !started) {
        started = true;
        clearTimeout(timer);
        const url = m[1];
        pageToken(url).then((token) => resolve({ child, url, stderr: () => stderr, exited, token, api: apiFetch(url, token) }), reject);
      }
    });
    child.stdout.resume();
    void exited.then(() => { clearTimeout(timer); reject(new Error(`preview exited: ${stderr}`)); });
  });
}
