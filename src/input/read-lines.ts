// Streams a text file as numbered lines without ever holding the whole file:
// handles CRLF, a UTF-8 BOM, gzip (by extension or magic bytes), and rejects binary files.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { inputError } from '../errors/messages.js';

export interface SourceLine {
  // 1-based physical line number.
  line: number;
  text: string;
}

// A batch of consecutive lines; batching keeps the per-line cost of async iteration away from the hot loop.
export interface LineChunk {
  firstLine: number;
  lines: string[];
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
export async function* readLineChunks(path: string, maxLineChars = MAX_LINE_CHARS): AsyncGenerator<LineChunk> {
  await checkInputFile(path);
  const gz = await isGzip(path);
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const stream: Readable = gz ? raw.pipe(createGunzip()) : raw;
  if (gz) raw.on('error', (e) => stream.destroy(e));
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let lineNo = 1;
  let first = true;
  let bomChecked = false;
  try {
    for await (const buf of stream as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        // A NUL byte never occurs in text; checking the first chunk is enough to catch images, zips, ...
        if (buf.indexOf(0) !== -1) throw inputError('INPUT_PARSE', 'looks like a binary file, not text', { file: path, line: 1 });
      }
      let text = rest + decoder.write(buf);
      if (!bomChecked && text.length > 0) {
        bomChecked = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      const lines: string[] = [];
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        if (end - start > maxLineChars) throw tooLong(path, lineNo + lines.length, maxLineChars);
        lines.push(text.slice(start, end));
        start = nl + 1;
      }
      rest = text.slice(start);
      if (rest.length > maxLineChars) throw tooLong(path, lineNo + lines.length, maxLineChars);
      if (lines.length > 0) {
        yield { firstLine: lineNo, lines };
        lineNo += lines.length;
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (gz && typeof code === 'string' && code.startsWith('Z_')) {
      throw inputError('INPUT_PARSE', `not a valid gzip file (${(error as Error).message})`, { file: path });
    }
    throw error;
  } finally {
    stream.destroy();
    raw.destroy();
  }
  rest += decoder.end();
  if (rest.endsWith('\r')) rest = rest.slice(0, -1);
  if (rest.length > 0) yield { firstLine: lineNo, lines: [rest] };
}

function tooLong(path: string, line: number, limit: number) {
  return inputError('INPUT_PARSE', `line is longer than ${limit >= 1 << 20 ? `${limit / (1 << 20)} MB` : `${limit} characters`} (not a delimited text file?)`, { file: path, line });
}

// One {line, text} at a time; convenient for tests and small callers.
export async function* readLines(path: string): AsyncGenerator<SourceLine> {
  for await (const chunk of readLineChunks(path)) {
    for (let i = 0; i < chunk.lines.length; i++) yield { line: chunk.firstLine + i, text: chunk.lines[i] };
  }
}
