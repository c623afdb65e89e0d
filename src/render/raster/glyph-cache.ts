// Per-frame text (the digital clock) composed from cached glyph images instead of one Skia draw
// and read-back per frame: reading even a small Skia surface back costs about 0.5 ms, more than
// the rest of the clock. Each glyph is drawn once per quarter-pixel phase, so a string's glyphs
// land where Skia's own string drawing puts them to within 1/8 px (the clock's font is monospace:
// no kerning between neighbours). A glyph depends only on (character, phase), so every worker
// draws the same pixels.
import { createTextScratch } from './text-scratch.js';

// Premultiplied RGBA, `width` pixels a row; the glyph's origin is at (pad + phase, baseline).
export interface GlyphImage {
  rgba: Uint8Array;
  width: number;
  height: number;
}

export interface GlyphCache {
  // Columns of transparent margin left of a glyph's origin (halo and overhang room).
  readonly pad: number;
  // Advance width of one character.
  advanceOf(ch: string): number;
  // Sum of the characters' advances: the string's width.
  width(text: string): number;
  glyph(ch: string, phaseQuarters: number): GlyphImage;
}

const PHASES = 4;

export function createGlyphCache(font: string, color: string, height: number, baseline: number, pad: number): GlyphCache {
  const scratch = createTextScratch(height);
  const advances = new Map<string, number>();
  const glyphs = new Map<string, GlyphImage>();
  const advanceOf = (ch: string): number => {
    let a = advances.get(ch);
    if (a === undefined) { a = scratch.measure(ch, font); advances.set(ch, a); }
    return a;
  };
  return {
    pad,
    advanceOf,
    width(text) {
      let w = 0;
      for (const ch of text) w += advanceOf(ch);
      return w;
    },
    glyph(ch, phaseQuarters) {
      const key = `${phaseQuarters}${ch}`;
      let g = glyphs.get(key);
      if (!g) {
        const width = Math.ceil(advanceOf(ch)) + 2 * pad + 1;
        const ctx = scratch.begin(width);
        ctx.font = font;
        ctx.fillStyle = color;
        ctx.textAlign = 'left';
        ctx.textBaseline = 'alphabetic';
        ctx.fillText(ch, pad + phaseQuarters / PHASES, baseline);
        const { rgba, width: scratchWidth } = scratch.pixels();
        const own = new Uint8Array(width * height * 4);
        for (let y = 0; y < height; y++) own.set(rgba.subarray(y * scratchWidth * 4, (y * scratchWidth + width) * 4), y * width * 4);
        g = { rgba: own, width, height };
        glyphs.set(key, g);
      }
      return g;
    },
  };
}

// Where each glyph of `text` goes when the string starts at pen position x: an integer column and
// a quarter-pixel phase, calling place(ch, column, phase) for every character but spaces.
export function layoutGlyphs(cache: GlyphCache, text: string, x: number, place: (ch: string, column: number, phaseQuarters: number) => void): void {
  let pen = x;
  for (const ch of text) {
    if (ch !== ' ') {
      let column = Math.floor(pen);
      let phase = Math.round((pen - column) * PHASES);
      if (phase === PHASES) { column++; phase = 0; }
      place(ch, column, phase);
    }
    pen += cache.advanceOf(ch);
  }
}
