import { describe, expect, it } from 'vitest';
import { drawCapsule } from '../../../src/render/raster/draw-capsule.js';
import { createRgbaImage } from '../../../src/render/raster/rgba-image.js';

const blank = () => { const img = createRgbaImage(40, 20); img.pixels.fill(0xff000000 | 0); return img; };
const red = (img: ReturnType<typeof createRgbaImage>, x: number, y: number) => img.data[(y * img.width + x) * 4];

describe('drawCapsule', () => {
  it('drawCapsule() fills the inside, anti-aliases the edge and leaves the rest', () => {
    const img = blank();
    drawCapsule(img, 10, 10.5, 30, 10.5, 3, 0xff0000, false);
    expect(red(img, 20, 10)).toBe(255);
    expect(red(img, 20, 12)).toBe(255);
    expect(red(img, 20, 13)).toBeGreaterThan(60); // pixel centre 3 from the axis: half covered
    expect(red(img, 20, 13)).toBeLessThan(200);
    expect(red(img, 20, 15)).toBe(0);
    expect(red(img, 8, 10)).toBe(255); // round start cap
    expect(red(img, 5, 10)).toBe(0);
    expect(img.data[(10 * 40 + 20) * 4 + 3]).toBe(255);
  });

  it('drawCapsule() leaves the start cap to the previous segment with skipStart', () => {
    const img = blank();
    drawCapsule(img, 10, 10, 30, 10, 3, 0xff0000, true);
    expect(red(img, 8, 10)).toBe(0);
    expect(red(img, 11, 10)).toBe(255);
  });

  it('drawCapsule() clips to the image and ignores NaN', () => {
    const img = blank();
    drawCapsule(img, -100, -100, 100, 100, 2, 0xff0000, false);
    drawCapsule(img, NaN, 5, 10, 5, 2, 0xff0000, false);
    expect(red(img, 10, 10)).toBe(255);
    expect(red(img, 10, 0)).toBe(0);
  });
});
