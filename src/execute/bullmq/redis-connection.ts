// The --redis URL -> BullMQ connection options. redis:// and rediss:// (TLS) URLs, with an
// optional user and password, are passed to ioredis as they are; only the shape is checked here.
import type { ConnectionOptions } from 'bullmq';
import { TrackreelError } from '../../errors/trackreel-error.js';

export const DEFAULT_QUEUE_NAME = 'trackreel';

export function isRedisUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
  } catch {
    return false;
  }
}

// The URL without its password, for messages and logs.
export function redactRedisUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '<invalid url>';
  }
}

// A refused password never heals by retrying: recognise it so the caller can fail at once.
export function isAuthError(error: Error): boolean {
  return /WRONGPASS|NOAUTH|invalid password|invalid username-password/i.test(error.message);
}

// `giveUpAfterMs`: stop reconnecting after this long without a connection (a coordinator
// should fail, not retry forever); workers leave it unset and wait for Redis as long as it takes.
// `stopped`: when it returns true, no further reconnect is tried (the caller has given up).
export function redisConnection(url: string, giveUpAfterMs?: number, stopped: () => boolean = () => false): ConnectionOptions {
  if (!isRedisUrl(url)) {
    throw new TrackreelError('INVALID_OPTION', `Expected a redis:// or rediss:// URL for redis but received ${JSON.stringify(redactRedisUrl(url))}`,
      { context: { option: 'redis' } });
  }
  // A bounded connect and reconnect backoff: ioredis keeps retrying, and the executor's own
  // timeouts decide when a lost Redis fails the render.
  let failingSince: number | null = null;
  return {
    url, connectTimeout: 10_000,
    retryStrategy: (times: number) => {
      if (stopped()) return null;
      if (times === 1) failingSince = Date.now();
      if (giveUpAfterMs !== undefined && failingSince !== null && Date.now() - failingSince > giveUpAfterMs) return null;
      return Math.min(250 * times, 2_000);
    },
  };
}
