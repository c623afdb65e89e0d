// The clock is composed from cached glyphs (raster/glyph-cache.ts); it must give exactly the pixels
// of Skia drawing the whole string, at every size a frame can have.
import { describe, expect, it } from 'vitest';
import { MONO_FAMILY } from '../../../src/render/raster/canvas.js';
import { createGlyphCache, layoutGlyphs } from '../../../src/render/raster/glyph-cache.js';
import { createTextScratch } from '../../../src/render/raster/text-scratch.js';

// Premultiplied RGBA over an opaque grey image, as the clock painter blends.
function blend(dst: Uint8Array, dstWidth: number, src: Uint8Array, srcWidth: number, srcHeight: number, dx: number): void {
  for (let y = 0; y < srcHeight; y++) {
    for (let x = 0; x < srcWidth; x++) {
      const tx = dx + x;
      if (tx < 0 || tx >= dstWidth) continue;
      const s = (y * srcWidth + x) * 4;
      const a = src[s + 3];
      if (a === 0) continue;
      const o = (y * dstWidth + tx) * 4;
      const keep = (255 - a) / 255;
      for (let c = 0; c < 3; c++) dst[o + c] = src[s + c] + dst[o + c] * keep;
    }
  }
}

const grey = (width: number, height: number): Uint8Array => new Uint8Array(width * height * 4).fill(60);

describe('glyph cache', () => {
  for (const size of [9.6, 16, 21.333, 28.8, 38.4, 57.6]) {
    it(`composes the same pixels as Skia's whole-string drawing at ${size} px`, () => {
      const font = `${size}px ${MONO_FAMILY}`;
      const pad = Math.ceil(size / 8) + 1;
      const height = Math.ceil(size * 1.3) + 2 * pad;
      const baseline = pad + Math.round(size);
      for (const text of ['2020-12-08 14:24:45 UTC', '+6 h 12 min  00:29:57.3', '1d 03:00:00']) {
        const scratch = createTextScratch(height);
        const textWidth = Math.ceil(scratch.measure(text, font));
        const width = textWidth + 4 * pad + 8;
        const ctx = scratch.begin(textWidth + 2 * pad);
        ctx.font = font;
        ctx.fillStyle = '#f0f0f0';
        ctx.textAlign = 'left';
        ctx.textBaseline = 'alphabetic';
        ctx.fillText(text, pad, baseline);
        const whole = grey(width, height);
        const { rgba, width: scratchWidth } = scratch.pixels();
        blend(whole, width, rgba, scratchWidth, height, 3);

        const cache = createGlyphCache(font, '#f0f0f0', height, baseline, pad);
        expect(Math.ceil(cache.width(text))).toBe(textWidth);
        const composed = grey(width, height);
        layoutGlyphs(cache, text, 3 + pad, (ch, column, phase) => {
          const g = cache.glyph(ch, phase);
          blend(composed, width, g.rgba, g.width, g.height, column - pad);
        });
        expect(Buffer.from(composed).equals(Buffer.from(whole))).toBe(true);
      }
    });
  }
});
