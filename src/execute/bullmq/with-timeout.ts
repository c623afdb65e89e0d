// Bounds a promise that talks to Redis: while Redis is away, ioredis queues commands and retries,
// so without a bound a call could wait for minutes.
import { TrackreelError } from '../../errors/trackreel-error.js';

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TrackreelError('QUEUE_UNAVAILABLE', `${what} did not answer within ${Math.round(ms / 1000)} s`, { retryable: true })), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
