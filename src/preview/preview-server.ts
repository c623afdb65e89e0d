// The preview server. node:http rather than fastify or hono: the whole surface is three fixed
// assets, four JSON/PNG routes and one server-sent-event stream, which is ~100 lines of plain
// routing here; a framework would add a dependency tree (and its own static-file and body-parser
// plugins to configure safely) without removing any of the validation we must write anyway.
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isTrackreelError, toTrackreelError } from '../errors/trackreel-error.js';
import { FrameService, SUPERSEDED_MESSAGE } from './frame-service.js';
import { plannedFrameCount, planTimeline } from '../pipeline/plan-timeline.js';
import { mergePageOptions, parsePageOptions } from './page-options.js';
import { loadPreviewAssets } from './preview-assets.js';
import { parseFrameTime, summarize, type PreviewData } from './preview-data.js';
import { RenderJobs, type RenderEvent } from './render-jobs.js';
import { checkFrameCount, checkJsonDepth, checkSize, DEFAULT_RENDER_LIMITS, type RenderLimits } from './render-limits.js';
import { allowedHostNames, newSessionToken, RequestGuard, TOKEN_PARAM, type Refusal } from './request-guard.js';

export interface PreviewServerOptions {
  data: PreviewData;
  // Where movies started from the page are written.
  outputDir: string;
  // @defaultValue '127.0.0.1'
  host?: string;
  // 0 picks a free port. @defaultValue 0
  port?: number;
  // Bounds of one request (raised to cover the start options). @defaultValue DEFAULT_RENDER_LIMITS
  limits?: RenderLimits;
}

export interface PreviewServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;

// No framing by other pages (clickjacking the Render button).
const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'" };

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, ...HEADERS });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown): void => send(res, status, JSON.stringify(value));

function sendError(res: ServerResponse, error: unknown): void {
  const e = toTrackreelError(error);
  const status = e.code === 'CANCELLED' && e.message === SUPERSEDED_MESSAGE ? 409
    : e.code === 'INVALID_OPTION' || (isTrackreelError(error) && error.code.startsWith('INPUT')) ? 400 : e.code === 'CANCELLED' ? 503 : 500;
  sendJson(res, status, { error: e.message, code: e.code, option: e.context.option ?? null });
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw toTrackreelError(new Error('Request body over 64 KiB'), 'INVALID_OPTION');
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch {
    throw toTrackreelError(new Error('Expected a JSON body such as {"options":{},"file":"movie.mp4"}'), 'INVALID_OPTION');
  }
  checkJsonDepth(body, 'a request body');
  return body;
}

// The start options' own size and frame count are always allowed: the user chose them.
function effectiveLimits(data: PreviewData, base: RenderLimits): RenderLimits {
  const { resolved } = mergePageOptions(data.baseOptions, {}, data.trajectories);
  const frames = planTimeline(data.trajectories, resolved.timeline).frameCount;
  const { width, height } = resolved.map;
  return { maxFrames: Math.max(base.maxFrames, frames), maxSize: [Math.max(base.maxSize[0], width), Math.max(base.maxSize[1], height)] };
}

export async function startPreviewServer(config: PreviewServerOptions): Promise<PreviewServer> {
  const { data } = config;
  const token = newSessionToken();
  const assets = await loadPreviewAssets(token);
  const frames = new FrameService(data.trajectories);
  const renders = new RenderJobs(data.inputs, config.outputDir);
  const streams = new Set<ServerResponse>();
  const limits = effectiveLimits(data, config.limits ?? DEFAULT_RENDER_LIMITS);
  let guard: RequestGuard | null = null;

  const pageOptions = (raw: unknown) => mergePageOptions(data.baseOptions, parsePageOptions(raw, limits), data.trajectories);
  const refuse = (res: ServerResponse, refusal: Refusal): void => sendJson(res, refusal.status, { error: refusal.error, code: 'REFUSED', option: null });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (!guard) { sendJson(res, 503, { error: 'Starting' }); return; }
    const outside = guard.checkOrigin(req);
    if (outside) { refuse(res, outside); return; }
    const asset = method === 'GET' ? assets.get(path) : undefined;
    if (asset) { send(res, 200, asset.body, asset.type); return; }
    const refusal = path.startsWith('/api/') ? guard.checkApi(req, url) : null;
    if (refusal) { refuse(res, refusal); return; }
    if (method === 'GET' && path === '/api/summary') {
      sendJson(res, 200, summarize(data, pageOptions(url.searchParams.get('options')).resolved));
      return;
    }
    if (method === 'GET' && path === '/api/frame') {
      for (const key of url.searchParams.keys()) {
        if (key !== 'time' && key !== 'options' && key !== TOKEN_PARAM) throw toTrackreelError(new Error(`Unknown query parameter "${key.slice(0, 40)}" (expected time and options)`), 'INVALID_OPTION');
      }
      const { resolved, key } = pageOptions(url.searchParams.get('options'));
      const timeMs = parseFrameTime(url.searchParams.get('time'), data, resolved);
      const png = await frames.render(key, resolved, timeMs);
      res.setHeader('x-frame-time', new Date(timeMs).toISOString());
      send(res, 200, png, 'image/png');
      return;
    }
    if (method === 'POST' && path === '/api/render') {
      const body = await readBody(req) as { options?: unknown; file?: unknown } | null;
      const { merged, resolved } = pageOptions(body?.options ?? {});
      checkSize([resolved.map.width, resolved.map.height], limits);
      // The page's own bound first: its message names the flag that raises it.
      checkFrameCount(plannedFrameCount(resolved.timeline), limits);
      checkFrameCount(planTimeline(data.trajectories, resolved.timeline).frameCount, limits);
      const job = await renders.start(merged, body?.file);
      sendJson(res, 202, { id: job.id, file: job.file, events: `/api/render/${job.id}/events`, movie: `/api/render/${job.id}/movie` });
      return;
    }
    const m = /^\/api\/render\/([0-9a-f-]{36})(\/events|\/movie)?$/.exec(path);
    const job = m ? renders.get(m[1]) : undefined;
    if (m && job) {
      if (method === 'DELETE' && !m[2]) { renders.cancel(job); sendJson(res, 202, { id: job.id, state: job.state }); return; }
      if (method === 'GET' && m[2] === '/events') { streamEvents(job, res); return; }
      if (method === 'GET' && m[2] === '/movie') {
        if (job.state !== 'done') { sendJson(res, 409, { error: `The movie is not ready (${job.state})` }); return; }
        res.writeHead(200, { ...HEADERS, 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="${job.file}"` });
        createReadStream(job.path).pipe(res);
        return;
      }
    }
    sendJson(res, 404, { error: `Not found: ${method} ${path.slice(0, 100)}` });
  }

  function streamEvents(job: NonNullable<ReturnType<RenderJobs['get']>>, res: ServerResponse): void {
    res.writeHead(200, { ...HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
    const write = (event: RenderEvent): void => {
      res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      if (event.type !== 'progress') res.end();
    };
    streams.add(res);
    job.listeners.add(write);
    res.on('close', () => { job.listeners.delete(write); streams.delete(res); });
    if (job.last) write(job.last);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => { if (!res.headersSent) sendError(res, error); else res.end(); });
  });
  const host = config.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port ?? 0, host, () => { server.off('error', reject); resolve(); });
  });
  const address = server.address() as AddressInfo;
  guard = new RequestGuard(token, allowedHostNames(address.address, host), address.port);
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`, host: address.address, port: address.port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const res of streams) res.end();
      server.closeAllConnections();
      await Promise.all([frames.close(), renders.closeAll(1500), closed]);
    },
  };
}
