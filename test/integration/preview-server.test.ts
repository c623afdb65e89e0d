// `trackreel preview`'s server as a client sees it: every bad query is a 400 with a message, only
// its own assets are served, it listens on loopback, its frames are renderStill's pixels, and
// Ctrl-C stops it (and a running render) within 2 s.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewChild } from '../browser/start-preview.js';

const { generateDemoFlights } = await import('../../dist/internals.js');
const { renderStill } = await import('../../dist/index.js');
const { decodePngRgba } = await import('../../dist/render/raster/canvas.js');

const dir = mkdtempSync(join(tmpdir(), 'trackreel-preview-'));
const data = join(dir, 'flights.csv');
writeFileSync(data, generateDemoFlights());
const START = ['--duration', '4', '--fps', '5', '--size', '320x240', '--trail', '90m', '--map', 'world'];
let preview: PreviewChild;

beforeAll(async () => { preview = await startPreview([data, ...START, '--output-dir', join(dir, 'renders')]); });
afterAll(async () => {
  preview?.child.kill('SIGTERM');
  await preview?.exited;
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => preview.api(path);
const opts = (o: unknown) => encodeURIComponent(typeof o === 'string' ? o : JSON.stringify(o));

// Sends the path exactly as written (fetch would normalise ../ away).
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(preview.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET', headers: { 'x-trackreel-token': preview.token } }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server: validation', () => {
  const cases: [string, string, RegExp][] = [
    ['unknown option', `/api/frame?options=${opts({ colour: 'x' })}`, /Unknown option "colour"/],
    ['bad value', `/api/frame?options=${opts({ fps: 0 })}`, /Expected an integer between 1 and 240 for fps/],
    ['unknown colour map', `/api/frame?options=${opts({ colormap: 'nope' })}`, /colour map name.*"nope"/],
    ['time before the movie', '/api/frame?time=2000-01-01T00:00:00Z', /Expected a time between .* for time/],
    ['time after the movie', `/api/frame?time=${Date.UTC(2030, 0, 1)}`, /Expected a time between/],
    ['huge size', `/api/frame?options=${opts({ size: [7680, 4320] })}`, /size up to 3840x2160/],
    ['path as time', '/api/frame?time=../../etc/passwd', /for time but received "..\/..\/etc\/passwd"/],
    ['path as options', `/api/frame?options=${opts('../../etc/passwd')}`, /no file path for options/],
    ['path in an option', `/api/frame?options=${opts({ map: '../../etc/passwd' })}`, /no file path for map/],
    ['path in a text option', `/api/frame?options=${opts({ title: '/etc/passwd' })}`, /no file path for title/],
    ['an input option', `/api/frame?options=${opts({ format: 'geojson' })}`, /format cannot be changed from the preview page/],
    ['an execution option', `/api/frame?options=${opts({ ffmpegPath: 'sh' })}`, /ffmpegPath cannot be changed/],
    ['unknown parameter', '/api/frame?file=../../etc/passwd', /Unknown query parameter "file"/],
    ['bad summary options', `/api/summary?options=${opts({ trailDurationMs: 'forever' })}`, /Expected a duration such as 30m for trailDurationMs/],
  ];
  it.each(cases)('%s -> 400 with a message', async (_name, path, message) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    const body = await res.json() as { error: string };
    expect(body.error).toMatch(message);
  });

  it('render requests: a file name, never a path', async () => {
    for (const file of ['../../etc/passwd.mp4', '/tmp/x.mp4', 'movie.exe', '', 'a/b.mp4']) {
      const res = await preview.api('/api/render', { method: 'POST', body: JSON.stringify({ options: {}, file }) });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/Expected a file name such as movie.mp4/);
    }
    const bad = await preview.api('/api/render', { method: 'POST', body: JSON.stringify({ options: { workDir: '/tmp' }, file: 'a.mp4' }) });
    expect(bad.status).toBe(400);
  });
});

describe('preview server: what it serves', () => {
  it('the page and its two assets, nothing else', async () => {
    expect((await get('/')).headers.get('content-type')).toMatch(/text\/html/);
    expect((await get('/app.js')).status).toBe(200);
    expect((await get('/style.css')).status).toBe(200);
    for (const path of ['/package.json', '/../package.json', '/%2e%2e/package.json', '/..%2f..%2fetc%2fpasswd', '/assets/preview/app.js',
      '/dist/index.js', '/etc/passwd', '/app.js/../../package.json', '/api/render/00000000-0000-0000-0000-000000000000/movie', '//etc/passwd']) {
      const res = await rawGet(path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('"name": "trackreel"');
      expect(res.body).not.toContain('root:');
    }
  });

  it('listens on loopback only by default', async () => {
    expect(new URL(preview.url).hostname).toBe('127.0.0.1');
    const port = Number(new URL(preview.url).port);
    const outside = Object.values(networkInterfaces()).flat().find((a) => a && !a.internal && a.family === 'IPv4');
    if (!outside) { console.warn('no non-loopback interface: only the printed address is checked'); return; }
    await expect(fetch(`http://${outside.address}:${port}/`)).rejects.toThrow();
  });

  it('a summary with counts, the timeline, a histogram of visible objects and the ids to follow', async () => {
    const s = await (await get('/api/summary')).json() as { objects: number; points: number; frameCount: number; histogram: { visibleObjects: number[] }; followIds: string[] };
    // Every object of the data once (fewer than the 1000 offered at most), the busiest first.
    expect(new Set(s.followIds).size).toBe(s.objects);
    expect(s.followIds.length).toBe(s.objects);
    expect(s.followIds).toContain('DEMO001');
    expect(s.objects).toBeGreaterThan(10);
    expect(s.frameCount).toBe(20);
    expect(s.histogram.visibleObjects.length).toBe(20);
    expect(Math.max(...s.histogram.visibleObjects)).toBeGreaterThan(0);
    expect(Math.max(...s.histogram.visibleObjects)).toBeLessThanOrEqual(s.objects);
  });
});

describe('preview server: frames', () => {
  it('equal renderStill at the same time and options (decoded RGBA)', async () => {
    const summary = await (await get('/api/summary')).json() as { timeline: { startMs: number; endMs: number } };
    const t = Math.round((summary.timeline.startMs + summary.timeline.endMs) / 2);
    const page = { colormap: 'viridis', head: 'arrow', size: [400, 300] };
    const res = await get(`/api/frame?time=${t}&options=${opts(page)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const served = await decodePngRgba(Buffer.from(await res.arrayBuffer()));
    const out = join(dir, 'still.png');
    await renderStill({ input: data, output: out, at: new Date(t).toISOString(), fps: 5, durationMs: 4000, trailDurationMs: '90m', map: 'world', colormap: 'viridis', head: 'arrow', size: [400, 300] });
    const still = await decodePngRgba(readFileSync(out));
    expect([served.width, served.height]).toEqual([400, 300]);
    expect(Buffer.from(served.data).equals(Buffer.from(still.data))).toBe(true);
    // A different time gives a different frame; the same request again comes from the cache.
    const other = await get(`/api/frame?time=${summary.timeline.startMs}&options=${opts(page)}`);
    expect(Buffer.from(await other.arrayBuffer()).equals(readFileSync(out))).toBe(false);
  });

  it('with a follow camera, equal renderStill at the same time, also for a second time of the same options', async () => {
    const summary = await (await get('/api/summary')).json() as { timeline: { startMs: number; endMs: number } };
    const { startMs, endMs } = summary.timeline;
    const page = { follow: 'DEMO001', followRadiusKm: 400, size: [320, 240] };
    const times = [0.3, 0.6].map((f) => Math.round(startMs + (endMs - startMs) * f));
    // The first request builds the scene; the second reuses it, with the camera of its own time.
    for (const t of times) {
      const res = await get(`/api/frame?time=${t}&options=${opts(page)}`);
      expect(res.status).toBe(200);
      const served = await decodePngRgba(Buffer.from(await res.arrayBuffer()));
      const out = join(dir, `follow-${t}.png`);
      await renderStill({ input: data, output: out, at: new Date(t).toISOString(), fps: 5, durationMs: 4000, trailDurationMs: '90m', map: 'world', follow: 'DEMO001', followRadiusKm: 400, size: [320, 240] });
      expect(Buffer.from(served.data).equals(Buffer.from((await decodePngRgba(readFileSync(out))).data))).toBe(true);
    }
    // A heatmap movie follows too.
    const heat = { ...page, movieType: 'heatmap', heatmapWindowMs: '3h' };
    const res = await get(`/api/frame?time=${times[1]}&options=${opts(heat)}`);
    expect(res.status).toBe(200);
    const out = join(dir, 'follow-heat.png');
    await renderStill({ input: data, output: out, at: new Date(times[1]).toISOString(), fps: 5, durationMs: 4000, trailDurationMs: '90m', map: 'world', ...heat, movieType: 'heatmap', size: [320, 240] });
    expect(Buffer.from((await decodePngRgba(Buffer.from(await res.arrayBuffer()))).data).equals(Buffer.from((await decodePngRgba(readFileSync(out))).data))).toBe(true);
  });

  it('while scrubbing, only the newest waiting request is drawn (older waiting ones get 409)', async () => {
    const summary = await (await get('/api/summary')).json() as { timeline: { startMs: number; endMs: number } };
    const { startMs, endMs } = summary.timeline;
    const times = Array.from({ length: 8 }, (_, i) => Math.round(startMs + ((endMs - startMs) * (i + 0.5)) / 9));
    const statuses = await Promise.all(times.map((t) => get(`/api/frame?time=${t}&options=${opts({ lineWidth: 3 })}`).then((r) => r.status)));
    expect(statuses[statuses.length - 1]).toBe(200);
    expect(statuses.filter((s) => s === 409).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
  });
});

function processTable(): { pid: number; ppid: number }[] {
  return execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' }).trim().split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number)).map(([pid, ppid]) => ({ pid, ppid }));
}

function descendants(root: number): number[] {
  const table = processTable();
  const out: number[] = [];
  for (let queue = [root]; queue.length;) {
    const parent = queue.shift()!;
    for (const p of table) if (p.ppid === parent) { out.push(p.pid); queue.push(p.pid); }
  }
  return out;
}

describe('trackreel preview: stopping', () => {
  it('--host other than loopback prints a warning', async () => {
    const p = await startPreview([data, ...START, '--host', '0.0.0.0']);
    expect(p.stderr()).toMatch(/warning: listening on 0\.0\.0\.0, not loopback/);
    p.child.kill('SIGINT');
    await p.exited;
  });

  it('SIGINT stops it within 2 s, cancelling a running render, with no child process left', async () => {
    const renders = mkdtempSync(join(dir, 'renders-'));
    const p = await startPreview([data, '--duration', '60', '--fps', '30', '--size', '640x480', '--output-dir', renders]);
    const res = await p.api('/api/render', { method: 'POST', body: JSON.stringify({ options: {}, file: 'long.mp4' }) });
    expect(res.status).toBe(202);
    const { events } = await res.json() as { events: string };
    // Wait until frames are being rendered (ffmpeg running).
    const stream = await p.api(events);
    const reader = stream.body!.getReader();
    for (let text = ''; !/"framesDone":[1-9]/.test(text);) text += new TextDecoder().decode((await reader.read()).value);
    const before = descendants(p.child.pid!);
    expect(before.length).toBeGreaterThan(0); // ffmpeg encoding chunks
    const started = Date.now();
    p.child.kill('SIGINT');
    const exit = await p.exited;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(exit.code ?? 0).toBe(0);
    const alive = new Set(processTable().map((p) => p.pid));
    expect(before.filter((pid) => alive.has(pid))).toEqual([]);
    expect(alive.has(p.child.pid!)).toBe(false);
    expect(readdirSync(renders).filter((f) => f.endsWith('.mp4'))).toEqual([]);
  });
});
