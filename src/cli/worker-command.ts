// `trackreel worker --redis URL --store DIR`: renders batches from the queue until Ctrl-C or
// SIGTERM, then stops taking jobs and lets the running ones finish for a few seconds, gives them
// back if they do not, and exits even when Redis is gone (a second Ctrl-C quits at once).
import type { Command } from 'commander';
import { TrackreelError } from '../errors/trackreel-error.js';

export interface WorkerFlags {
  redis?: string;
  store?: string;
  concurrency?: string;
  queue?: string;
  lockDuration?: string;
  stalledInterval?: string;
  ffmpeg?: string;
  ffprobe?: string;
}

export function addWorkerFlags(command: Command): Command {
  return command
    .option('--redis <url>', 'Redis of the queue (redis:// or rediss:// for TLS; a password may be in the URL)')
    .option('--store <dir>', 'The shared store directory, as mounted on this machine')
    .option('--concurrency <n>', 'Batches rendered at once by this process (default: 1; for more cores, start more workers)')
    .option('--queue <name>', 'Queue name (default: trackreel)')
    .option('--lock-duration <ms>', 'How long a job stays locked without renewal before another worker takes it over (default: 30000)')
    .option('--stalled-interval <ms>', 'How often jobs of dead workers are looked for (default: 30000)')
    .option('--ffmpeg <path>', 'ffmpeg binary to use (also TRACKREEL_FFMPEG)')
    .option('--ffprobe <path>', 'ffprobe binary to use (also TRACKREEL_FFPROBE)');
}

function positiveInt(flag: string, raw: string | undefined, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new TrackreelError('INVALID_OPTION', `Expected an integer between 1 and ${max} for ${flag} but received ${JSON.stringify(raw)}`);
  }
  return n;
}

export async function workerCommand(flags: WorkerFlags, signal: AbortSignal): Promise<void> {
  if (!flags.redis || !flags.store) {
    throw new TrackreelError('INVALID_OPTION', `no ${flags.redis ? '--store' : '--redis'}; usage: trackreel worker --redis redis://host:6379 --store /shared/trackreel`);
  }
  const options = {
    redisUrl: flags.redis, storeRoot: flags.store, queueName: flags.queue, ffmpegPath: flags.ffmpeg, ffprobePath: flags.ffprobe,
    concurrency: positiveInt('--concurrency', flags.concurrency, 64),
    lockDurationMs: positiveInt('--lock-duration', flags.lockDuration, 3_600_000),
    stalledIntervalMs: positiveInt('--stalled-interval', flags.stalledInterval, 3_600_000),
  };
  // Loaded here so that other commands never load bullmq.
  const { startRenderWorker } = await import('../execute/bullmq/render-worker.js');
  const worker = await startRenderWorker(options);
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  process.stderr.write('trackreel worker: finishing running jobs…\n');
  await worker.close();
  // Nothing of ours is left running; a socket that ioredis still holds must not keep us alive.
  setTimeout(() => process.exit(process.exitCode ?? 0), 500).unref();
}
