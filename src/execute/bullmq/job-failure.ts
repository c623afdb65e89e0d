// How a worker's error travels back through BullMQ's failedReason string: a marker and the
// serialised TrackreelError, so the coordinator gets the code and context back, not just text.
import { deserializeError, serializeError, TrackreelError, type TrackreelErrorData } from '../../errors/trackreel-error.js';

const MARKER = 'trackreel-error:';

export function encodeFailure(error: unknown): string {
  const data = serializeError(error);
  delete data.cause; // stacks from another machine only bloat Redis
  return MARKER + JSON.stringify(data);
}

export function decodeFailure(reason: string | undefined, batchIndex: number): TrackreelError {
  if (reason?.startsWith(MARKER)) {
    try { return deserializeError(JSON.parse(reason.slice(MARKER.length)) as TrackreelErrorData); } catch { /* fall through */ }
  }
  // Failures that BullMQ itself records (e.g. "job stalled more than allowable limit").
  return new TrackreelError('RENDER_FAILED', `Batch ${batchIndex} failed in the queue: ${reason ?? 'no reason given'}`,
    { context: { batchIndex } });
}

// Human text of an encoded failure, for worker logs.
export function describeFailure(reason: string): string {
  const e = decodeFailure(reason, -1);
  return `${e.code}: ${e.message}`;
}
