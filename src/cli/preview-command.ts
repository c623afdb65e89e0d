// `trackreel preview data.csv [options]`: load the data once, serve the preview page, and stop
// cleanly (server, frame worker, running renders) when the signal fires (Ctrl-C / SIGTERM) or the
// process that started it dies (npx does not pass signals on).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { TrackreelError } from '../errors/trackreel-error.js';
import { validateOptions, type ValidatedMovieOptions } from '../options/render-options.js';
import { loadTrajectories } from '../pipeline/load-trajectories.js';
import { resolveMovieOptions } from '../pipeline/resolve-movie-options.js';
import { parseSize } from '../options/parse-values.js';
import { startPreviewServer } from '../preview/preview-server.js';
import { DEFAULT_RENDER_LIMITS, type RenderLimits } from '../preview/render-limits.js';
import type { GlobalFlags } from './commands.js';
import { loadConfig } from './load-config.js';
import { watchParent } from './watch-parent.js';
import { defaultRenderFolder } from '../files/render-folder.js';
import { movieOptionsFromFlags } from './option-flags.js';

interface PreviewFlags extends GlobalFlags { host?: string; port?: string; open?: boolean; outputDir?: string; maxRenderFrames?: string; maxFrameSize?: string }

export function addPreviewFlags(command: Command): Command {
  return command
    .option('--host <address>', 'Address to listen on; anything but loopback lets other machines see your data', '127.0.0.1')
    .option('--port <n>', 'Port to listen on (0: a free port)', '0')
    .option('--output-dir <dir>', 'Folder for movies rendered from the page (an existing file is never replaced: a fresh name is picked); default: your video folder\'s trackreel/ (XDG_VIDEOS_DIR, ~/Videos or ~/Movies), else trackreel-renders/ in the temporary folder')
    .option('--max-render-frames <n>', 'Most frames a movie started from the page may have', String(DEFAULT_RENDER_LIMITS.maxFrames))
    .option('--max-frame-size <WxH>', 'Largest frame the page may ask for (frames and movies)', DEFAULT_RENDER_LIMITS.maxSize.join('x'))
    .option('--open', 'Open the page in the default browser');
}

function openBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => process.stderr.write(`trackreel: could not open a browser; visit ${url}\n`));
    child.unref();
  } catch { /* the URL is printed anyway */ }
}

const badFlag = (flag: string, expected: string, raw: unknown): TrackreelError =>
  new TrackreelError('INVALID_OPTION', `Expected ${expected} for ${flag} but received ${JSON.stringify(raw)}`, { context: { option: flag.slice(2) } });

function renderLimits(flags: PreviewFlags): RenderLimits {
  const maxFrames = Number(flags.maxRenderFrames ?? DEFAULT_RENDER_LIMITS.maxFrames);
  if (!Number.isInteger(maxFrames) || maxFrames < 1) throw badFlag('--max-render-frames', 'an integer >= 1', flags.maxRenderFrames);
  let maxSize: [number, number];
  try { maxSize = parseSize(flags.maxFrameSize ?? DEFAULT_RENDER_LIMITS.maxSize.join('x')); } catch { throw badFlag('--max-frame-size', 'a size such as 3840x2160', flags.maxFrameSize); }
  return { maxFrames, maxSize };
}

export async function previewCommand(inputs: string[], command: Command, flags: PreviewFlags, signal: AbortSignal): Promise<void> {
  const config = flags.config ? await loadConfig(flags.config, ['input']) : {};
  const merged: Record<string, unknown> = { ...config };
  for (const [k, v] of Object.entries(movieOptionsFromFlags(command))) if (v !== undefined) merged[k] = v;
  const files = inputs.length ? inputs : (config.input === undefined ? [] : ([] as string[]).concat(config.input as string | string[]));
  if (files.length === 0) throw new TrackreelError('INVALID_OPTION', 'no input file; usage: trackreel preview points.csv [--port 8080]');
  delete merged.input;
  const port = Number(flags.port ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TrackreelError('INVALID_OPTION', `Expected a port between 0 and 65535 for --port but received ${JSON.stringify(flags.port)}`, { context: { option: 'port' } });
  }
  const limits = renderLimits(flags);
  const baseOptions = validateOptions<ValidatedMovieOptions>(merged, []);
  const absolute = files.map((f) => resolve(f));
  const loaded = await loadTrajectories(absolute, resolveMovieOptions(baseOptions));
  if (signal.aborted) return;
  const host = flags.host ?? '127.0.0.1';
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    process.stderr.write(`trackreel: warning: listening on ${host}, not loopback: anyone who can reach this address can see the data and render movies\n`);
  }
  const outputDir = flags.outputDir ? resolve(flags.outputDir) : defaultRenderFolder();
  const server = await startPreviewServer({
    data: { inputs: absolute, baseOptions, trajectories: loaded.trajectories },
    host, port, outputDir, limits,
  });
  if (!flags.quiet) process.stderr.write(`Preview at ${server.url}  (Ctrl-C to stop)\nMovies rendered from the page go to ${outputDir}\n`);
  if (flags.json) process.stdout.write(`${JSON.stringify({ ok: true, url: server.url, outputDir })}\n`);
  if (flags.open) openBrowser(server.url);
  let stopWatching = (): void => {};
  await new Promise<void>((done) => {
    if (signal.aborted) { done(); return; }
    signal.addEventListener('abort', () => done(), { once: true });
    stopWatching = watchParent(() => {
      if (!flags.quiet) process.stderr.write('trackreel: the process that started the preview has exited; stopping\n');
      done();
    });
  });
  stopWatching();
  await server.close();
}
