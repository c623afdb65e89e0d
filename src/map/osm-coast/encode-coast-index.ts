// The coastline index: the sea polygons cut into whole-degree cells, each cell stored as what a
// renderer needs: entirely land, entirely sea, or rings oriented so that nonzero winding is land
// (the cell's own box counted as land when `base` says so). Built once from the GeoJSON, read a
// cell at a time. Layout (little-endian):
//   "TRCOAST" + format byte | u32 header JSON length | header JSON (padded to 4) |
//   kinds u8[cols * rows] (padded to 4) | offsets u32[cols * rows + 1] (int32 words into data) |
//   data i32[]: per mixed cell [base, ringCount, (pointCount, x, y, ...)...]
import { COORD_UNITS, splitRingsIntoCells, type CellRing } from './split-rings.js';

export const COAST_INDEX_FORMAT = 1;
export const MAGIC = 'TRCOAST';

export const enum CellKind { Land = 0, Sea = 1, Mixed = 2 }

export interface CoastIndexHeader {
  format: number;
  // The data's identity (package and version): part of every render key using it.
  source: string;
  cellDeg: number;
  cols: number;
  rows: number;
  // Total file size, so a truncated file is noticed.
  bytes: number;
}

// Twice the signed area (positive counter-clockwise with y up).
function signedArea2(points: Int32Array): number {
  let sum = 0;
  const n = points.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) sum += (points[j] - points[i]) * (points[j + 1] + points[i + 1]);
  return sum;
}

function reversed(points: Int32Array): Int32Array {
  const out = new Int32Array(points.length);
  for (let i = 0; i < points.length; i += 2) { out[points.length - 2 - i] = points[i]; out[points.length - 1 - i] = points[i + 1]; }
  return out;
}

interface EncodedCell { kind: CellKind; words: number[] | null }

// One cell's rings -> its kind and, when mixed, its words. Land winding = base + sum of rings,
// sea rings turning -1 (clockwise) and holes +1 (counter-clockwise); a ring that is the whole box
// only moves base.
function encodeCell(rings: CellRing[], x0: number, y0: number, size: number): EncodedCell {
  const boxArea2 = 2 * size * size;
  let base = 1;
  const kept: Int32Array[] = [];
  for (const { points, hole } of rings) {
    const area2 = signedArea2(points);
    let onEdge = true;
    for (let i = 0; i < points.length && onEdge; i += 2) {
      const x = points[i] - x0; const y = points[i + 1] - y0;
      onEdge = x === 0 || x === size || y === 0 || y === size;
    }
    if (onEdge && Math.abs(area2) === boxArea2) { base += hole ? 1 : -1; continue; }
    if (area2 === 0) continue;
    const wantPositive = hole;
    kept.push(area2 > 0 === wantPositive ? points : reversed(points));
  }
  if (kept.length === 0) return { kind: base > 0 ? CellKind.Land : CellKind.Sea, words: null };
  const words: number[] = [base, kept.length];
  for (const ring of kept) {
    words.push(ring.length / 2);
    for (const v of ring) words.push(v);
  }
  return { kind: CellKind.Mixed, words };
}

// Flat integer ring from GeoJSON positions, without the closing point.
export function toCellRing(ring: number[][], hole: boolean): CellRing {
  const n = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.length - 1 : ring.length;
  const points = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    points[2 * i] = Math.round(ring[i][0] * COORD_UNITS);
    points[2 * i + 1] = Math.round(ring[i][1] * COORD_UNITS);
  }
  return { points, hole };
}

// The index of sea polygons (GeoJSON MultiPolygon coordinates) as one file's bytes.
export function encodeCoastIndex(seaPolygons: number[][][][], source: string, cellDeg = 1): Uint8Array {
  const cols = Math.round(360 / cellDeg);
  const rows = Math.round(180 / cellDeg);
  const size = cellDeg * COORD_UNITS;
  const rings: CellRing[] = [];
  for (const polygon of seaPolygons) polygon.forEach((ring, i) => { if (ring.length >= 4) rings.push(toCellRing(ring, i > 0)); });
  // Cells no ring reaches lie outside every sea polygon: land.
  const kinds = new Uint8Array(cols * rows);
  const cellWords = new Map<number, number[]>();
  splitRingsIntoCells(rings, cellDeg, (cx, cy, cellRings) => {
    const cell = encodeCell(cellRings, cx * size - 180 * COORD_UNITS, cy * size - 90 * COORD_UNITS, size);
    kinds[cy * cols + cx] = cell.kind;
    if (cell.words) cellWords.set(cy * cols + cx, cell.words);
  });
  const offsets = new Uint32Array(cols * rows + 1);
  let words = 0;
  for (let i = 0; i < cols * rows; i++) {
    offsets[i] = words;
    words += cellWords.get(i)?.length ?? 0;
  }
  offsets[cols * rows] = words;
  const pad4 = (n: number): number => (n + 3) & ~3;
  const headerFor = (bytes: number): Uint8Array => new TextEncoder().encode(JSON.stringify({ format: COAST_INDEX_FORMAT, source, cellDeg, cols, rows, bytes } satisfies CoastIndexHeader));
  const fixed = (headerLength: number): number => 12 + pad4(headerLength) + pad4(kinds.length) + offsets.byteLength + 4 * words;
  // The header holds the total size, which depends on the header's length: settle it.
  let header = headerFor(0);
  for (let i = 0; i < 3; i++) header = headerFor(fixed(header.length));
  const total = fixed(header.length);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  out[7] = COAST_INDEX_FORMAT;
  view.setUint32(8, header.length, true);
  out.set(header, 12);
  let at = 12 + pad4(header.length);
  out.set(kinds, at);
  at += pad4(kinds.length);
  new Uint32Array(out.buffer, at, offsets.length).set(offsets);
  at += offsets.byteLength;
  const data = new Int32Array(out.buffer, at, words);
  for (const [i, w] of cellWords) data.set(w, offsets[i]);
  return out;
}
