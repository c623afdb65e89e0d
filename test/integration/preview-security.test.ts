// What the preview server refuses from anything but its own page (issue 14, item 1): a foreign
// Host (DNS rebinding), a foreign Origin, a missing or wrong session token on any API call (frames,
// summary and the event stream too), a POST that is not application/json (a "simple" cross-site
// request), render requests beyond the bounds the server was started with; and it never writes
// over a file already in the output folder. Also issue 14 item 14: a 5,000-deep JSON body is a
// 400, and a title such as "~ NY Harbor ~" is an ordinary title.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewChild } from '../browser/start-preview.js';

const { generateDemoFlights } = await import('../../dist/internals.js');

const dir = mkdtempSync(join(tmpdir(), 'trackreel-preview-sec-'));
const data = join(dir, 'flights.csv');
writeFileSync(data, generateDemoFlights());
const renders = join(dir, 'renders');
const START = [data, '--duration', '2', '--fps', '5', '--size', '160x120', '--trail', '90m', '--map', 'world', '--output-dir', renders];
let preview: PreviewChild;

beforeAll(async () => { preview = await startPreview(START); });
afterAll(async () => {
  preview?.child.kill('SIGTERM');
  await preview?.exited;
  rmSync(dir, { recursive: true, force: true });
});

interface Raw { status: number; body: string }
// A request with exactly these headers (fetch would not let us set Host or Origin).
function raw(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<Raw> {
  const { hostname, port } = new URL(preview.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const moviesIn = (folder: string): string[] => (existsSync(folder) ? readdirSync(folder) : []);
const host = () => new URL(preview.url).host;
const renderBody = (file: string, options: object = {}) => JSON.stringify({ options, file });

describe('preview server: requests from anything but its page', () => {
  it('a foreign Host (DNS rebinding) is refused, for the page and the API', async () => {
    for (const path of ['/', '/app.js', '/api/summary']) {
      const res = await raw(path, { host: `attacker.example:${new URL(preview.url).port}`, 'x-trackreel-token': preview.token });
      expect(res.status, path).toBe(421);
      expect(res.body).not.toContain(preview.token);
      expect(res.body).not.toContain(data);
    }
    expect((await raw('/api/summary', { host: host(), 'x-trackreel-token': preview.token })).status).toBe(200);
    expect((await raw('/api/summary', { host: `localhost:${new URL(preview.url).port}`, 'x-trackreel-token': preview.token })).status).toBe(200);
  });

  it('a foreign Origin is refused', async () => {
    const res = await raw('/api/summary', { host: host(), origin: 'http://attacker.example', 'x-trackreel-token': preview.token });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error).toMatch(/not from the preview page/);
    expect((await raw('/api/summary', { host: host(), origin: `http://${host()}`, 'x-trackreel-token': preview.token })).status).toBe(200);
  });

  it('every API call needs the session token from the page (summary, frames, renders, events, movies)', async () => {
    for (const token of [undefined, 'x', `${preview.token.slice(0, -1)}${preview.token.endsWith('A') ? 'B' : 'A'}`]) {
      const headers: Record<string, string> = { host: host(), ...(token ? { 'x-trackreel-token': token } : {}) };
      for (const path of ['/api/summary', '/api/frame', '/api/render/00000000-0000-0000-0000-000000000000/events']) {
        const res = await raw(path, headers);
        expect(res.status, `${path} ${token}`).toBe(403);
        expect(JSON.parse(res.body).error).toMatch(/session token/);
      }
      const post = await raw('/api/render', { ...headers, 'content-type': 'application/json' }, 'POST', renderBody('nope.mp4'));
      expect(post.status).toBe(403);
    }
    // The page carries it, and the event stream takes it as a query parameter (EventSource sets no headers).
    const html = await (await fetch(preview.url)).text();
    expect(html).toContain(`content="${preview.token}"`);
    expect((await raw(`/api/summary?token=${preview.token}`, { host: host() })).status).toBe(200);
    expect(moviesIn(renders)).toEqual([]);
  });

  it('a POST that is not application/json (a simple cross-site request) is refused', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const headers: Record<string, string> = { host: host(), 'x-trackreel-token': preview.token, ...(type ? { 'content-type': type } : {}) };
      const res = await raw('/api/render', headers, 'POST', renderBody('simple.mp4'));
      expect(res.status, type).toBe(415);
    }
    expect(moviesIn(renders)).toEqual([]);
  });

  it('a render request is bounded in frames and size', async () => {
    const tooLong = await preview.api('/api/render', { method: 'POST', body: renderBody('long.mp4', { durationMs: '100h', fps: 60 }) });
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json() as { error: string }).error).toMatch(/at most 18000 frames.*--max-render-frames/);
    const tooBig = await preview.api('/api/render', { method: 'POST', body: renderBody('big.mp4', { size: [7680, 4320] }) });
    expect(tooBig.status).toBe(400);
    expect((await tooBig.json() as { error: string }).error).toMatch(/size up to 3840x2160.*--max-frame-size/);
  });

  it('never writes over a file in the output folder: a fresh name is picked', async () => {
    mkdirSync(renders, { recursive: true });
    writeFileSync(join(renders, 'movie.mp4'), 'mine');
    const res = await preview.api('/api/render', { method: 'POST', body: renderBody('movie.mp4') });
    expect(res.status).toBe(202);
    const job = await res.json() as { file: string; events: string };
    expect(job.file).toBe('movie-1.mp4');
    const events = await (await preview.api(job.events)).text();
    expect(events).toMatch(/event: done/);
    expect(readFileSync(join(renders, 'movie.mp4'), 'utf8')).toBe('mine');
    expect(readFileSync(join(renders, 'movie-1.mp4')).length).toBeGreaterThan(1000);
  });
});

describe('preview server: odd but harmless requests', () => {
  it('a 5,000-deep JSON body is a 400, not a 500', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    for (const body of [`{"options":${deep},"file":"a.mp4"}`, `{"options":{"title":${deep}},"file":"a.mp4"}`, deep]) {
      const res = await preview.api('/api/render', { method: 'POST', body });
      expect(res.status).toBe(400);
    }
    // As deep as fits in a URL (node refuses request heads over 16 KiB).
    const res = await preview.api(`/api/frame?options=${encodeURIComponent(`${'['.repeat(1300)}${']'.repeat(1300)}`)}`);
    expect(res.status).toBe(400);
  });

  it('a title such as "~ NY Harbor ~" is an ordinary title', async () => {
    const res = await preview.api(`/api/frame?options=${encodeURIComponent(JSON.stringify({ title: '~ NY Harbor ~' }))}`);
    expect(res.status).toBe(200);
  });
});

describe('preview server: started with larger bounds', () => {
  it('--max-render-frames and --max-frame-size allow more', async () => {
    const p = await startPreview([...START.slice(0, -1), join(dir, 'renders-large'), '--max-render-frames', '40000', '--max-frame-size', '4096x4096']);
    try {
      const res = await p.api('/api/render', { method: 'POST', body: renderBody('long.mp4', { durationMs: '500s', fps: 60, size: [3842, 2162] }) });
      expect(res.status).toBe(202);
      const job = await res.json() as { id: string };
      expect((await p.api(`/api/render/${job.id}`, { method: 'DELETE' })).status).toBe(202);
    } finally {
      p.child.kill('SIGTERM');
      await p.exited;
    }
  });
});

describe('trackreel preview under a parent that does not pass signals on (npx)', () => {
  it('exits within a few seconds of its parent dying', async () => {
    // A stand-in for npx: starts the preview, prints its pid, then is SIGKILLed.
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers/run-cli.js');
    const script = `const c = require('node:child_process').spawn(process.execPath, ${JSON.stringify([BIN, 'preview', ...START.slice(0, -1), join(dir, 'renders-orphan')])}, { stdio: ['ignore', 'ignore', 'pipe'] });
      c.stderr.on('data', (d) => { if (/Preview at/.test(String(d))) console.log(c.pid); });`;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const pid = await new Promise<number>((resolve) => parent.stdout.on('data', (d) => resolve(Number(String(d).trim()))));
    const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };
    expect(alive()).toBe(true);
    parent.kill('SIGKILL');
    const started = Date.now();
    while (alive() && Date.now() - started < 15_000) await new Promise((r) => setTimeout(r, 100));
    const stillAlive = alive();
    if (stillAlive) process.kill(pid, 'SIGKILL');
    expect(stillAlive).toBe(false);
  });
});
