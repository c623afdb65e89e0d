// A transparent Skia surface of a fixed height on which per-frame text (labels, the digital clock)
// is drawn one string at a time and read back from the surface's memory. It only ever grows, and
// is cleared whole before each string, so what is drawn depends on the string alone, not on the
// surface's size, and a string no wider than the widest seen so far allocates nothing.
import { createSurface, type Context2D, type Surface } from './canvas.js';

export interface TextScratch {
  // Width of `text` in `font` (the context's font is left set to it).
  measure(text: string, font: string): number;
  // Grows the surface to at least `width` pixels, clears all of it and returns its context (the
  // caller sets font, colours and alignment).
  begin(width: number): Context2D;
  // The surface's pixels, premultiplied RGBA, `width` pixels a row (valid until the next begin()).
  pixels(): { rgba: Uint8Array; width: number; height: number };
}

export function createTextScratch(height: number): TextScratch {
  let surface: Surface;
  let ctx: Context2D;
  let width = 0;
  const grow = (w: number): void => {
    ({ surface, ctx } = createSurface(w, height));
    width = w;
  };
  grow(1);
  return {
    measure(text, font) {
      ctx.font = font;
      return ctx.measureText(text).width;
    },
    begin(w) {
      if (w > width) grow(w);
      ctx.clearRect(0, 0, width, height);
      return ctx;
    },
    pixels() {
      const data = surface.data();
      return { rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width, height };
    },
  };
}
