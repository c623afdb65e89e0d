// A whole file as one string (gunzipped when it is gzip), for formats that are parsed as a
// document (JSON, GPX, KML). The size is bounded before anything is held in memory.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { inputError } from '../errors/messages.js';
import { asGzipError } from './gzip-error.js';

// V8 strings stop at 2^29 - 24 characters (~512 MiB); a JSON document must fit in one.
export const MAX_DOCUMENT_BYTES = 512 * 1024 * 1024;
// GPX and KML become an XML DOM first, which takes ~40 bytes of memory per byte of XML (a 32 MB
// file peaks near 1.3 GB): beyond this a file would run Node out of memory instead of failing.
export const MAX_XML_DOCUMENT_BYTES = 32 * 1024 * 1024;

// `kind` names the formats the limit is for, in the error message.
export async function readTextDocument(path: string, gzip: boolean, maxBytes = MAX_DOCUMENT_BYTES, kind = 'JSON, GPX and KML'): Promise<string> {
  const tooBig = () => inputError('INPUT_PARSE',
    `larger than ${Math.round(maxBytes / (1024 * 1024))} MB${gzip ? ' uncompressed' : ''}, the limit for ${kind}: they are read whole, so split the file or convert it to CSV or .traj, which are streamed`,
    { file: path });
  if (!gzip && (await stat(path)).size > maxBytes) throw tooBig();
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const stream: Readable = gzip ? raw.pipe(createGunzip()) : raw;
  if (gzip) raw.on('error', (e) => stream.destroy(e));
  const decoder = new StringDecoder('utf8');
  const parts: string[] = [];
  let size = 0;
  try {
    for await (const buf of stream as AsyncIterable<Buffer>) {
      if (size === 0 && buf.indexOf(0) !== -1) throw inputError('INPUT_PARSE', 'looks like a binary file, not text', { file: path, line: 1 });
      size += buf.length;
      if (size > maxBytes) throw tooBig();
      parts.push(decoder.write(buf));
    }
  } catch (error) {
    throw gzip ? asGzipError(error, path) : error;
  } finally {
    stream.destroy();
    raw.destroy();
  }
  parts.push(decoder.end());
  const text = parts.join('');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// 1-based line of a character offset (for parser errors that give a position).
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
