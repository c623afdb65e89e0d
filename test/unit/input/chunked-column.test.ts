import { describe, it, expect } from 'vitest';
import { ChunkedColumn, giveBack, resizableArray } from '../../../src/input/chunked-column.js';
import { PointTableBuilder } from '../../../src/input/point-table-builder.js';

// First chunk 65,536 values, then 32 MB chunks (4,194,304 float64 values, 8,388,608 uint32 ones).
const FIRST = 1 << 16;
const BIG_F64 = 1 << 22;

describe('ChunkedColumn', () => {
  it('keeps every value across the small first chunk and a 32 MB chunk boundary, and finishes exact-size', () => {
    const n = FIRST + BIG_F64 + 5;
    const column = new ChunkedColumn(Float64Array);
    for (let i = 0; i < n; i++) column.push(i * 0.5);
    expect(column.length).toBe(n);
    for (const i of [0, FIRST - 1, FIRST, FIRST + BIG_F64 - 1, FIRST + BIG_F64, n - 1]) expect(column.get(i)).toBe(i * 0.5);
    column.set(FIRST + BIG_F64, -1);
    const out = column.finish();
    expect(out).toBeInstanceOf(Float64Array);
    expect(out.length).toBe(n);
    expect(out[FIRST + BIG_F64]).toBe(-1);
    expect(out[n - 1]).toBe((n - 1) * 0.5);
    let same = true;
    for (let i = 0; i < n; i++) if (i !== FIRST + BIG_F64 && out[i] !== i * 0.5) { same = false; break; }
    expect(same).toBe(true);
    // The column is empty afterwards and can be filled again.
    expect(column.length).toBe(0);
    column.push(7);
    expect([...column.finish()]).toEqual([7]);
  });

  it('compacts in order and finishes into another array type', () => {
    const column = new ChunkedColumn(Uint32Array);
    const n = FIRST + 10;
    for (let i = 0; i < n; i++) column.push(i);
    const keep = new Uint8Array(n);
    for (let i = 0; i < n; i += 3) keep[i] = 1;
    const kept = Math.ceil(n / 3);
    expect(column.compact(keep)).toBe(kept);
    // Filling on after compaction writes right after the kept values.
    for (let i = 0; i < FIRST; i++) column.push(1_000_000 + i);
    expect(column.get(kept)).toBe(1_000_000);
    expect(column.get(kept + FIRST - 1)).toBe(1_000_000 + FIRST - 1);
    column.truncate(kept);
    const out = column.finish((k) => new Float64Array(new SharedArrayBuffer(8 * k)));
    expect(out.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(out[0]).toBe(0);
    expect(out[1]).toBe(3);
    expect(out[out.length - 1]).toBe(3 * (out.length - 1));
  });

  it('converts 16-bit values to 32-bit ones', () => {
    const narrow = new ChunkedColumn(Uint16Array);
    for (let i = 0; i < 5; i++) narrow.push(65535 - i);
    const wide = narrow.convert(Uint32Array);
    wide.push(70_000);
    expect([...wide.finish()]).toEqual([65535, 65534, 65533, 65532, 65531, 70_000]);
    expect(narrow.length).toBe(0);
  });

  it('giveBack() returns the memory of a resizable array at once and leaves other arrays alone', () => {
    const a = resizableArray(Float64Array, 1000);
    a[999] = 1;
    giveBack(a);
    expect(a.buffer.byteLength).toBe(0);
    expect(a.length).toBe(0);
    const plain = new Float64Array(10);
    giveBack(plain);
    expect(plain.length).toBe(10);
  });
});

describe('text property codes', () => {
  it('are 16-bit while the dictionary allows and widen, values intact, beyond 65,536 values', () => {
    const small = new PointTableBuilder();
    const big = new PointTableBuilder();
    const n = 70_000;
    const smallNames = small.property('name');
    const bigNames = big.property('name');
    for (let i = 0; i < n; i++) {
      small.push(small.objectFor('a'), i, 0, 0, i + 1);
      smallNames.pushString(`v${i % 3}`);
      big.push(big.objectFor('a'), i, 0, 0, i + 1);
      bigNames.pushString(`v${i}`);
    }
    const a = small.finish('small', 'terrestrial').text.name;
    const b = big.finish('big', 'terrestrial').text.name;
    expect(a.codes).toBeInstanceOf(Uint16Array);
    expect(b.codes).toBeInstanceOf(Uint32Array);
    expect(a.values[a.codes[n - 1]]).toBe(`v${(n - 1) % 3}`);
    for (const i of [0, 65_535, 65_536, n - 1]) expect(b.values[b.codes[i]]).toBe(`v${i}`);
  });
});
