// An opaque RGBA frame in memory we own: trails are rasterised straight into it, and the caller
// gets the same bytes without a copy out of Skia.
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
  // The same memory, one little-endian 0xAABBGGRR word per pixel. Int32, not Uint32: opaque
  // pixels exceed 2^31 and V8 would turn every read into a double.
  pixels: Int32Array;
}

// Blends 0xRRGGBB over the opaque pixel q with weight c / 256.
export function blendPixel(q: number, r: number, g: number, b: number, c: number): number {
  const qr = q & 255;
  const qg = (q >> 8) & 255;
  const qb = (q >> 16) & 255;
  return 0xff000000 | ((qb + (((b - qb) * c) >> 8)) << 16) | ((qg + (((g - qg) * c) >> 8)) << 8) | (qr + (((r - qr) * c) >> 8));
}

export function createRgbaImage(width: number, height: number): RgbaImage {
  const buffer = new ArrayBuffer(width * height * 4);
  return { width, height, data: new Uint8Array(buffer), pixels: new Int32Array(buffer) };
}

// An image over memory the caller owns (a frame buffer on its way to the encoder), so a frame is
// drawn where it is sent instead of being copied there. The memory must start on a 4-byte boundary.
export function rgbaImageOn(bytes: Uint8Array, width: number, height: number): RgbaImage {
  if (bytes.byteLength !== width * height * 4) throw new RangeError(`a ${width}x${height} frame needs ${width * height * 4} bytes, got ${bytes.byteLength}`);
  if (bytes.byteOffset % 4 !== 0) throw new RangeError('a frame buffer must start on a 4-byte boundary');
  // A plain Uint8Array view (not the caller's Buffer subclass) keeps the drawing loops' element
  // accesses of one kind.
  return { width, height, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), pixels: new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) };
}
