// `trackreel preview data.csv [options]`: load the data once, serve the preview page, and stop
// cleanly (server, frame worker, running renders) when the signal fires (Ctrl-C / SIGTERM).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { TrackreelError } from '../errors/trackreel-error.js';
import { validateOptions, type ValidatedMovieOptions } from '../options/render-options.js';
import { loadTrajectories } from '../pipeline/load-trajectories.js';
import { resolveMovieOptions } from '../pipeline/resolve-movie-options.js';
import { startPreviewServer } from '../preview/preview-server.js';
import type { GlobalFlags } from './commands.js';
import { loadConfig } from './load-config.js';
import { movieOptionsFromFlags } from './option-flags.js';

interface PreviewFlags extends GlobalFlags { host?: string; port?: string; open?: boolean; outputDir?: string }

export function addPreviewFlags(command: Command): Command {
  return command
    .option('--host <address>', 'Address to listen on; anything but loopback lets other machines see your data', '127.0.0.1')
    .option('--port <n>', 'Port to listen on (0: a free port)', '0')
    .option('--output-dir <dir>', 'Folder for movies rendered from the page', 'trackreel-renders')
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
  const baseOptions = validateOptions<ValidatedMovieOptions>(merged, []);
  const absolute = files.map((f) => resolve(f));
  const loaded = await loadTrajectories(absolute, resolveMovieOptions(baseOptions));
  if (signal.aborted) return;
  const host = flags.host ?? '127.0.0.1';
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    process.stderr.write(`trackreel: warning: listening on ${host}, not loopback: anyone who can reach this address can see the data and render movies\n`);
  }
  const server = await startPreviewServer({
    data: { inputs: absolute, baseOptions, trajectories: loaded.trajectories },
    host, port, outputDir: resolve(flags.outputDir ?? 'trackreel-renders'),
  });
  if (!flags.quiet) process.stderr.write(`Preview at ${server.url}  (Ctrl-C to stop)\n`);
  if (flags.json) process.stdout.write(`${JSON.stringify({ ok: true, url: server.url })}\n`);
  if (flags.open) openBrowser(server.url);
  await new Promise<void>((done) => {
    if (signal.aborted) done();
    else signal.addEventListener('abort', () => done(), { once: true });
  });
  await server.close();
}
