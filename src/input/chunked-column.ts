// A growable typed column kept as chunks: growing never copies what is already read (a doubling
// array copies it ~twice and briefly holds both copies, for every column at the same row), and
// finish() builds the exact-size array chunk by chunk, giving each chunk back as it is copied.
// Chunks live on resizable ArrayBuffers so that resize(0) returns their memory at once: left to
// the garbage collector, the chunks of a whole table stay resident next to the finished table
// (finish is synchronous, and V8 does not count the shared arrays it makes as pressure to collect).
// The first chunk holds 65,536 values (most files are small), the others 32 MB, each grown in place
// as it fills: V8 zeroes the bytes a resize gives up, so a chunk must not be longer than its data.
type ChunkArray = Float64Array | Uint32Array | Uint16Array;

interface ChunkType<T extends ChunkArray> {
  new (length: number): T;
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

const FIRST = 1 << 16;
const BIG_CHUNK_BYTES = 32 << 20;
// A big chunk starts at 1 MB and doubles up to 32 MB.
const GROW_FROM_BYTES = 1 << 20;

// ES2024 resizable ArrayBuffer (Node >= 20), not in the ES2022 typings.
type ResizableArrayBuffer = ArrayBuffer & { resize(byteLength: number): void };
const ResizableArrayBuffer = ArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => ResizableArrayBuffer;

// An array whose memory giveBack() can return at once, garbage collector or not.
export function resizableArray<T extends ChunkArray>(type: ChunkType<T>, length: number, maxLength = length): T {
  const bytes = length * type.BYTES_PER_ELEMENT;
  return new type(new ResizableArrayBuffer(bytes, { maxByteLength: maxLength * type.BYTES_PER_ELEMENT }), 0, length);
}

// Returns the memory of an array made by resizableArray (other arrays are left to the collector).
export function giveBack(array: ChunkArray): void {
  const buffer = array.buffer as Partial<ResizableArrayBuffer> & { resizable?: boolean };
  if (buffer.resizable === true) buffer.resize!(0);
}

export class ChunkedColumn<T extends ChunkArray> {
  length = 0;
  // Each chunk's array covers what its buffer holds so far; the last one is being filled.
  private chunks: T[] = [];
  private current: T;
  private at = 0;
  // current.length, kept as a number: the length of an array on a resizable buffer is slower to read.
  private end = 0;
  // Later chunks hold up to 1 << shift values.
  private readonly shift: number;
  private readonly mask: number;

  constructor(private readonly type: ChunkType<T>) {
    this.shift = Math.log2(BIG_CHUNK_BYTES / type.BYTES_PER_ELEMENT);
    this.mask = (1 << this.shift) - 1;
    this.current = new type(0);
  }

  push(v: number): void {
    if (this.at === this.end) this.extend();
    this.current[this.at++] = v;
    this.length++;
  }

  get(i: number): number {
    if (i < FIRST) return this.chunks[0][i];
    const j = i - FIRST;
    return this.chunks[1 + (j >>> this.shift)][j & this.mask];
  }

  set(i: number, v: number): void {
    if (i < FIRST) { this.chunks[0][i] = v; return; }
    const j = i - FIRST;
    this.chunks[1 + (j >>> this.shift)][j & this.mask] = v;
  }

  // Shortens the column (after compaction); chunks past the end are given back.
  truncate(length: number): void {
    const chunks = length <= FIRST ? Math.min(1, length) : 1 + Math.ceil((length - FIRST) / (1 << this.shift));
    for (let c = chunks; c < this.chunks.length; c++) giveBack(this.chunks[c]);
    this.chunks.length = chunks;
    this.length = length;
    this.current = chunks > 0 ? this.chunks[chunks - 1] : new this.type(0);
    this.end = this.current.length;
    this.at = chunks === 0 ? 0 : chunks === 1 ? length : length - FIRST - ((chunks - 2) << this.shift);
  }

  // Keeps the rows whose flag is set, in order; returns how many.
  compact(keep: Uint8Array): number {
    let w = 0;
    for (let r = 0; r < this.length; r++) if (keep[r]) this.set(w++, this.get(r));
    this.truncate(w);
    return w;
  }

  // The same values in a column of another type (wider codes); this column is emptied.
  convert<U extends ChunkArray>(type: ChunkType<U>): ChunkedColumn<U> {
    const out = new ChunkedColumn(type);
    for (let i = 0; i < this.length; i++) out.push(this.get(i));
    this.truncate(0);
    return out;
  }

  // The values as one exact-size array made by `make`; the column is emptied, chunk by chunk.
  finish<U extends ChunkArray = T>(make: (n: number) => U = (n) => new this.type(n) as unknown as U): U {
    const out = make(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      const take = Math.min(chunk.length, this.length - at);
      out.set(take === chunk.length ? chunk : chunk.subarray(0, take), at);
      at += take;
      giveBack(chunk);
    }
    this.truncate(0);
    return out;
  }

  // Room for the next value: the current chunk grown in place, or a new chunk.
  private extend(): void {
    const last = this.chunks.length - 1;
    const max = last === 0 ? FIRST : 1 << this.shift;
    if (last >= 0 && this.current.length < max) {
      const length = Math.min(max, 2 * this.current.length);
      (this.current.buffer as ResizableArrayBuffer).resize(length * this.type.BYTES_PER_ELEMENT);
      this.current = new this.type(this.current.buffer as ArrayBuffer, 0, length);
    } else {
      const first = this.chunks.length === 0;
      this.current = resizableArray(this.type, first ? FIRST : GROW_FROM_BYTES / this.type.BYTES_PER_ELEMENT, first ? FIRST : 1 << this.shift);
      this.at = 0;
      this.end = this.current.length;
      this.chunks.push(this.current);
      return;
    }
    this.end = this.current.length;
    this.chunks[last] = this.current;
  }
}
