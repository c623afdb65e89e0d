// Streams a text file as numbered lines without ever holding the whole file:
// handles CRLF, a UTF-8 BOM, gzip (by extension or magic bytes), and rejects binary files.
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { inputError } from '../errors/messages.js';
import { asGzipError } from './gzip-error.js';

export interface SourceLine {
  // 1-based physical line number.
  line: number;
  text: string;
}

// A batch of consecutive lines; batching keeps the per-line cost of async iteration away from the hot loop.
// Lines are ranges of one text (no string per line): line k is text.slice(starts[k], ends[k]), without its line end.
export interface LineChunk {
  firstLine: number;
  count: number;
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  // The text's bytes when it is pure ASCII (one byte per character, same offsets): numbers are read faster from bytes.
  bytes?: Uint8Array;
}

// The (first `max`) lines of a chunk as strings, for sniffing and other small callers.
export function chunkLines(chunk: LineChunk, max = Infinity): string[] {
  const out: string[] = [];
  for (let k = 0; k < chunk.count && k < max; k++) out.push(chunk.text.slice(chunk.starts[k], chunk.ends[k]));
  return out;
}

export const MAX_LINE_CHARS = 1 << 20;

// Fails early with a located error for a missing path or a directory.
export async function checkInputFile(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw inputError('INPUT_NOT_FOUND', 'is a directory, not a file', { file: path });
    return info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw inputError('INPUT_NOT_FOUND', 'no such file', { file: path });
    if ((error as NodeJS.ErrnoException).code === 'EACCES') throw inputError('INPUT_NOT_FOUND', 'permission denied', { file: path });
    throw error;
  }
}

async function isGzip(path: string): Promise<boolean> {
  if (path.toLowerCase().endsWith('.gz')) return true;
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

// maxLineChars: .traj files hold a whole trajectory per line, so they allow longer lines.
// Bytes are cut at the last newline of each read and only whole lines are decoded: a newline byte
// never occurs inside a UTF-8 sequence, so no character is ever split (and no StringDecoder or
// string concatenation is needed on the hot path).
export async function* readLineChunks(path: string, maxLineChars = MAX_LINE_CHARS): AsyncGenerator<LineChunk> {
  await checkInputFile(path);
  const gz = await isGzip(path);
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const stream: Readable = gz ? raw.pipe(createGunzip()) : raw;
  if (gz) raw.on('error', (e) => stream.destroy(e));
  // Bytes of a line not yet ended, kept as the reads that hold them (joined once, when it ends).
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  // A UTF-16 string is at least a third as long as its UTF-8 bytes, so a line of more bytes than this is too long.
  const maxPendingBytes = 3 * maxLineChars;
  let lineNo = 1;
  let first = true;
  try {
    for await (const buf of stream as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        // A NUL byte never occurs in text; checking the first chunk is enough to catch images, zips, ...
        if (buf.indexOf(0) !== -1) throw inputError('INPUT_PARSE', 'looks like a binary file, not text', { file: path, line: 1 });
      }
      const lastNewline = buf.lastIndexOf(10);
      if (lastNewline === -1) {
        pending.push(buf);
        pendingBytes += buf.length;
        if (pendingBytes > maxPendingBytes) throw tooLong(path, lineNo, maxLineChars);
        continue;
      }
      let whole = buf.subarray(0, lastNewline + 1);
      if (pending.length > 0) whole = Buffer.concat([...pending, whole]);
      const ascii = isAscii(whole);
      const text = ascii ? whole.toString('latin1') : decode(whole, lineNo === 1);
      pending = lastNewline + 1 < buf.length ? [buf.subarray(lastNewline + 1)] : [];
      pendingBytes = buf.length - lastNewline - 1;
      const chunk = splitLines(text, path, lineNo, maxLineChars);
      if (ascii) chunk.bytes = new Uint8Array(whole.buffer, whole.byteOffset, whole.length);
      yield chunk;
      lineNo += chunk.count;
    }
  } catch (error) {
    throw gz ? asGzipError(error, path) : error;
  } finally {
    stream.destroy();
    raw.destroy();
  }
  let rest = decode(Buffer.concat(pending), lineNo === 1);
  if (rest.endsWith('\r')) rest = rest.slice(0, -1);
  if (rest.length > maxLineChars) throw tooLong(path, lineNo, maxLineChars);
  if (rest.length > 0) yield { firstLine: lineNo, count: 1, text: rest, starts: Int32Array.of(0), ends: Int32Array.of(rest.length) };
}

// Pure ASCII (most data files) is copied as one-byte text, several times faster than UTF-8 decoding.
// The text at the start of the file loses its UTF-8 byte order mark.
function decode(bytes: Buffer, atStart: boolean): string {
  if (isAscii(bytes)) return bytes.toString('latin1');
  const text = bytes.toString('utf8');
  return atStart && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// Text that ends with a newline -> the ranges of its lines without the line ends (LF or CRLF).
function splitLines(text: string, path: string, firstLine: number, maxLineChars: number): LineChunk {
  let starts = new Int32Array(64 + (text.length >> 5));
  let ends = new Int32Array(starts.length);
  let n = 0;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (end - start > maxLineChars) throw tooLong(path, firstLine + n, maxLineChars);
    if (n === starts.length) {
      const s2 = new Int32Array(n * 2);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(n * 2);
      e2.set(ends);
      ends = e2;
    }
    starts[n] = start;
    ends[n++] = end;
    start = nl + 1;
  }
  return { firstLine, count: n, text, starts, ends };
}

function tooLong(path: string, line: number, limit: number) {
  return inputError('INPUT_PARSE', `line is longer than ${limit >= 1 << 20 ? `${limit / (1 << 20)} MB` : `${limit} characters`} (not a delimited text file?)`, { file: path, line });
}

// One {line, text} at a time; convenient for tests and small callers.
export async function* readLines(path: string): AsyncGenerator<SourceLine> {
  for await (const chunk of readLineChunks(path)) {
    for (let i = 0; i < chunk.count; i++) yield { line: chunk.firstLine + i, text: chunk.text.slice(chunk.starts[i], chunk.ends[i]) };
  }
}
