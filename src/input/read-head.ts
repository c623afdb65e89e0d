// The first bytes of a file as text (gunzipped when it is gzip), for format detection.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

export const HEAD_BYTES = 64 * 1024;

export async function readHead(path: string, bytes = HEAD_BYTES): Promise<{ text: string; gzip: boolean }> {
  const raw = createReadStream(path, { start: 0, end: bytes - 1 });
  const chunks: Buffer[] = [];
  for await (const chunk of raw as AsyncIterable<Buffer>) chunks.push(chunk);
  const head = Buffer.concat(chunks);
  const gzip = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
  if (!gzip) return { text: head.toString('utf8'), gzip };
  // A truncated gzip head is expected here: take what inflates and ignore the error.
  const out: Buffer[] = [];
  let size = 0;
  const source = createReadStream(path);
  const gunzip: Readable = source.pipe(createGunzip());
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      out.push(chunk);
      size += chunk.length;
      if (size >= bytes) break;
    }
  } catch {
    // not valid gzip: the reader that follows reports it with its location
  } finally {
    gunzip.destroy();
    source.destroy();
  }
  return { text: Buffer.concat(out).subarray(0, bytes).toString('utf8'), gzip };
}
