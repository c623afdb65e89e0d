// The decorations as one transparent layer, drawn once by the coordinator and blended over every
// frame after trails, heads, labels and heat, so nothing drawn per frame hides them. Only the
// layer's non-empty rectangles are kept (found once, on 16-pixel tiles), so a frame blends a few
// percent of its pixels, not all of them.
import type { DecorationBoxes, DecorationLayer } from '../../scene/scene-layers.js';

export type { DecorationLayer };
import type { RgbaImage } from '../raster/rgba-image.js';


const TILE = 16;

export function emptyDecorationLayer(boxes: DecorationBoxes = {}): DecorationLayer {
  return { boxes, rects: new Int32Array(0), pixels: new Uint8Array(0) };
}

// Full-frame premultiplied RGBA -> the rectangles holding its non-transparent pixels: runs of
// non-empty tiles in each tile row (merged down while they span the same columns), each then
// shrunk to its pixels' bounds.
export function packDecorationLayer(rgba: Uint8Array, width: number, height: number, boxes: DecorationBoxes): DecorationLayer {
  const tilesX = Math.ceil(width / TILE);
  const tilesY = Math.ceil(height / TILE);
  const busy = new Uint8Array(tilesX * tilesY);
  for (let y = 0; y < height; y++) {
    const row = (y / TILE | 0) * tilesX;
    for (let x = 0, i = y * width * 4 + 3; x < width; x++, i += 4) if (rgba[i] !== 0) busy[row + (x / TILE | 0)] = 1;
  }
  // Open rectangles in tiles: [tx0, tx1, ty0, ty1) keyed by their column span.
  const rects: Array<[number, number, number, number]> = [];
  let open = new Map<string, [number, number, number, number]>();
  for (let ty = 0; ty < tilesY; ty++) {
    const next = new Map<string, [number, number, number, number]>();
    for (let tx = 0; tx < tilesX; tx++) {
      if (!busy[ty * tilesX + tx]) continue;
      const start = tx;
      while (tx + 1 < tilesX && busy[ty * tilesX + tx + 1]) tx++;
      const key = `${start},${tx + 1}`;
      const above = open.get(key);
      if (above) { above[3] = ty + 1; next.set(key, above); open.delete(key); } else {
        const rect: [number, number, number, number] = [start, tx + 1, ty, ty + 1];
        rects.push(rect);
        next.set(key, rect);
      }
    }
    open = next;
  }
  const packed: number[] = [];
  for (const [tx0, tx1, ty0, ty1] of rects) {
    const x0 = tx0 * TILE; const x1 = Math.min(width, tx1 * TILE);
    const y0 = ty0 * TILE; const y1 = Math.min(height, ty1 * TILE);
    let minX = x1; let maxX = x0 - 1; let minY = y1; let maxY = y0 - 1;
    for (let y = y0; y < y1; y++) {
      for (let x = x0, i = (y * width + x0) * 4 + 3; x < x1; x++, i += 4) {
        if (rgba[i] === 0) continue;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        maxY = y;
      }
    }
    packed.push(minX, minY, maxX - minX + 1, maxY - minY + 1);
  }
  const rectArray = new Int32Array(new SharedArrayBuffer(4 * packed.length));
  rectArray.set(packed);
  let size = 0;
  for (let r = 0; r < rectArray.length; r += 4) size += 4 * rectArray[r + 2] * rectArray[r + 3];
  const pixels = new Uint8Array(new SharedArrayBuffer(size));
  for (let r = 0, o = 0; r < rectArray.length; r += 4) {
    const [x, y, w, h] = [rectArray[r], rectArray[r + 1], rectArray[r + 2], rectArray[r + 3]];
    for (let row = y; row < y + h; row++, o += 4 * w) pixels.set(rgba.subarray((row * width + x) * 4, (row * width + x + w) * 4), o);
  }
  return { boxes, rects: rectArray, pixels };
}

// Premultiplied over the opaque frame: out = src + out * (1 - alpha), in the layer's rectangles.
export function blendDecorationLayer(img: RgbaImage, layer: DecorationLayer): void {
  const { rects, pixels } = layer;
  const { data, width } = img;
  for (let r = 0, s = 0; r < rects.length; r += 4) {
    const x = rects[r]; const y = rects[r + 1]; const w = rects[r + 2]; const h = rects[r + 3];
    for (let row = 0; row < h; row++) {
      for (let i = 0, o = ((y + row) * width + x) * 4; i < w; i++, o += 4, s += 4) {
        const a = pixels[s + 3];
        if (a === 0) continue;
        if (a === 255) {
          data[o] = pixels[s]; data[o + 1] = pixels[s + 1]; data[o + 2] = pixels[s + 2];
          continue;
        }
        const keep = (255 - a) / 255;
        data[o] = pixels[s] + data[o] * keep;
        data[o + 1] = pixels[s + 1] + data[o + 1] * keep;
        data[o + 2] = pixels[s + 2] + data[o + 2] * keep;
      }
    }
  }
}
