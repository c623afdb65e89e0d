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

export function createRgbaImage(width: number, height: number): RgbaImage {
  const buffer = new ArrayBuffer(width * height * 4);
  return { width, height, data: new Uint8Array(buffer), pixels: new Int32Array(buffer) };
}
