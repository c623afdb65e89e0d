// Reads the coastline index written by encodeCoastIndex: the header and cell table once, then only
// the cells a view needs (one read per cell, from an open file).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CellKind, COAST_INDEX_FORMAT, MAGIC, type CoastIndexHeader } from './encode-coast-index.js';

export interface CoastIndex {
  header: CoastIndexHeader;
  kind(cx: number, cy: number): CellKind;
  // A mixed cell's words [base, ringCount, (pointCount, x, y, ...)...]; null for land or sea.
  words(cx: number, cy: number): Int32Array | null;
  close(): void;
}

// Why a file is not a usable index, for the caller to rebuild it.
export class CoastIndexUnreadable extends Error {}

const pad4 = (n: number): number => (n + 3) & ~3;

function readExactly(fd: number, length: number, position: number): Uint8Array {
  const out = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, out, done, length - done, position + done);
    if (n === 0) throw new CoastIndexUnreadable(`ends at byte ${position + done}, expected ${position + length}`);
    done += n;
  }
  return out;
}

// Opens the index at `path`, checking its magic, format, source and size; throws
// CoastIndexUnreadable when the file is not a complete index of `expectedSource`.
export function openCoastIndex(path: string, expectedSource: string): CoastIndex {
  const fd = openSync(path, 'r');
  try {
    const head = readExactly(fd, 12, 0);
    if (new TextDecoder().decode(head.subarray(0, 7)) !== MAGIC || head[7] !== COAST_INDEX_FORMAT) throw new CoastIndexUnreadable('not a coastline index of this format');
    const headerLength = new DataView(head.buffer).getUint32(8, true);
    if (headerLength > 4096) throw new CoastIndexUnreadable('header too long');
    let header: CoastIndexHeader;
    try {
      header = JSON.parse(new TextDecoder().decode(readExactly(fd, headerLength, 12))) as CoastIndexHeader;
    } catch {
      throw new CoastIndexUnreadable('header is not JSON');
    }
    if (header.source !== expectedSource) throw new CoastIndexUnreadable(`built from ${header.source}, not ${expectedSource}`);
    if (fstatSync(fd).size !== header.bytes) throw new CoastIndexUnreadable(`${fstatSync(fd).size} bytes, expected ${header.bytes}`);
    const cells = header.cols * header.rows;
    const kindsAt = 12 + pad4(headerLength);
    const kinds = readExactly(fd, cells, kindsAt);
    const offsetsAt = kindsAt + pad4(cells);
    const offsetBytes = readExactly(fd, 4 * (cells + 1), offsetsAt);
    const offsets = new Uint32Array(offsetBytes.buffer, 0, cells + 1);
    const dataAt = offsetsAt + 4 * (cells + 1);
    if (dataAt + 4 * offsets[cells] !== header.bytes) throw new CoastIndexUnreadable('cell table does not match the file size');
    const at = (cx: number, cy: number): number => cy * header.cols + (((cx % header.cols) + header.cols) % header.cols);
    let open = true;
    return {
      header,
      kind: (cx, cy) => (cy < 0 || cy >= header.rows ? CellKind.Land : kinds[at(cx, cy)] as CellKind),
      words(cx, cy) {
        if (cy < 0 || cy >= header.rows) return null;
        const i = at(cx, cy);
        if (kinds[i] !== CellKind.Mixed) return null;
        const bytes = readExactly(fd, 4 * (offsets[i + 1] - offsets[i]), dataAt + 4 * offsets[i]);
        return new Int32Array(bytes.buffer, 0, offsets[i + 1] - offsets[i]);
      },
      close() { if (open) { open = false; closeSync(fd); } },
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
