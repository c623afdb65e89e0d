// The first n values of a growable column: a view when the column is nearly full (no copy, no
// second array at the peak of memory), a compact copy when much of it is unused.
export function firstValues<T extends Float64Array | Uint32Array>(a: T, n: number): T {
  return (n >= a.length * 0.75 ? a.subarray(0, n) : a.slice(0, n)) as T;
}
