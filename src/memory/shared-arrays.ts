// Typed arrays on SharedArrayBuffer: worker threads receive them without a copy.
export function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(8 * Math.max(1, length)), 0, length);
}
export function sharedFloat32(length: number): Float32Array {
  return new Float32Array(new SharedArrayBuffer(4 * Math.max(1, length)), 0, length);
}
export function sharedUint32(length: number): Uint32Array {
  return new Uint32Array(new SharedArrayBuffer(4 * Math.max(1, length)), 0, length);
}
