// A translucent polyline is drawn in two steps: its segments first write coverage x alpha into
// this mask (keeping the maximum per pixel), then the mask is blended onto the frame once. So
// where segments overlap - every joint, sharp bends, loops - a pixel is blended once, and a
// trail with alpha < 1 shows no darker blobs at its joints.
import { blendPixel, type RgbaImage } from './rgba-image.js';

export interface CoverageMask {
  // One word per frame pixel: (coverage x alpha, 1..255) << 24 | 0xRRGGBB; 0 = untouched.
  // A segment raises a pixel only above what it holds (the colour goes with the maximum).
  // Int32 for the same reason as RgbaImage.pixels.
  values: Int32Array;
  // Indices of the touched pixels, so blending and clearing visit only those.
  touched: Int32Array;
  count: number;
}

export function createCoverageMask(width: number, height: number): CoverageMask {
  return { values: new Int32Array(width * height), touched: new Int32Array(4096), count: 0 };
}

// Doubles the room for touched pixels.
export function growTouched(mask: CoverageMask): void {
  const grown = new Int32Array(mask.touched.length * 2);
  grown.set(mask.touched);
  mask.touched = grown;
}

// Blends every touched pixel onto the frame and leaves the mask empty.
export function compositeCoverage(img: RgbaImage, mask: CoverageMask): void {
  const { pixels } = img;
  const { values, touched } = mask;
  for (let i = 0; i < mask.count; i++) {
    const p = touched[i];
    const m = values[p];
    values[p] = 0;
    let c = m >>> 24;
    c += c >> 7; // 255 -> 256: full coverage replaces the pixel
    pixels[p] = blendPixel(pixels[p], (m >> 16) & 255, (m >> 8) & 255, m & 255, c);
  }
  mask.count = 0;
}
