// Labels next to the heads (--label id|PROPERTY): the object id or the property's value at the
// head's last point, in the theme's text colour with a thin halo of the sea colour. Each
// distinct string is rasterised by Skia once per renderer and then only blended in. Placement
// is greedy: highlighted objects first, then the higher z-order, then trajectory order; each
// label takes the first of eight spots around its head that stays inside the frame and clear
// of every head, every label already placed and the decorations (title, legend, clock...), or is
// left out. Long labels are cut with an ellipsis first (fitLabelText).
import { SANS_FAMILY } from '../raster/canvas.js';
import { HEAD_STRIDE, type HeadList } from './draw-trails.js';
import type { RgbaImage } from '../raster/rgba-image.js';
import type { Scene } from '../../scene/scene.js';
import { createTextScratch } from '../raster/text-scratch.js';
import { own } from '../../memory/name-records.js';
import { knotsTo } from '../../style/speed-units.js';

// A rasterised label: its box grown by `pad` on every side, as the pixels that are not
// transparent: their offsets from the top-left corner in the frame (y * frame width + x) and
// premultiplied colour (0xAABBGGRR), so blending skips the empty ones.
interface LabelPatch {
  width: number;
  height: number;
  offsets: Int32Array;
  words: Int32Array;
}

// Beyond this many distinct strings the cache starts again (values that change every point).
const MAX_CACHED = 4096;

export interface LabelPainter {
  draw(img: RgbaImage, heads: HeadList): void;
  // The labels placed by the last draw(): per label its box x0, y0, x1, y1 and head number.
  readonly placed: number[];
}

// The text shown for a numeric value: about three significant digits, whole numbers from 1000.
export function formatLabelNumber(v: number): string {
  if (Math.abs(v) >= 1000) return String(Math.round(v));
  const short = Number(v.toPrecision(3));
  return String(short === 0 ? 0 : short);
}

// Labels longer than this many characters (graphemes), or wider than a third of the frame, are
// cut with an ellipsis: a label wider than every spot around its head fitted nowhere and was left
// out (an 886-character name showed no label at all).
export const MAX_LABEL_CHARS = 32;
export const MAX_LABEL_FRAME_FRACTION = 1 / 3;
const ELLIPSIS = '\u2026';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// `text`, or its longest start (whole graphemes, so no accent, emoji or surrogate pair is split)
// that with "…" has at most maxChars graphemes and measures at most maxWidth.
export function fitLabelText(text: string, maxChars: number, maxWidth: number, measure: (s: string) => number): string {
  const parts = Array.from(graphemes.segment(text), (g) => g.segment);
  if (parts.length <= maxChars && measure(text) <= maxWidth) return text;
  const cut = (n: number): string => `${parts.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
  // The largest n whose cut fits (widths grow with n), at least one grapheme.
  let lo = 1;
  let hi = Math.min(parts.length, maxChars) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(cut(mid)) <= maxWidth) lo = mid; else hi = mid - 1;
  }
  return cut(Math.max(1, lo));
}

// Premultiplied RGBA over an opaque image, scaled by alpha (0..256); the patch lies inside the
// frame. x * 257 >> 16 stands in for x / 255 (no division per pixel); opaque pixels of an
// opaque label are copied.
function blendPatch(img: RgbaImage, patch: LabelPatch, origin: number, alpha: number): void {
  const { pixels } = img;
  const { offsets, words } = patch;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const o = origin + offsets[i];
    const sa = w >>> 24;
    if (sa === 255 && alpha === 256) { pixels[o] = w; continue; }
    const a = (sa * alpha) >> 8;
    const keep = 255 - a;
    const q = pixels[o];
    const r = (((w & 255) * alpha) >> 8) + ((((q & 255) * keep + 128) * 257) >> 16);
    const g = ((((w >> 8) & 255) * alpha) >> 8) + (((((q >> 8) & 255) * keep + 128) * 257) >> 16);
    const b = ((((w >> 16) & 255) * alpha) >> 8) + (((((q >> 16) & 255) * keep + 128) * 257) >> 16);
    pixels[o] = 0xff000000 | (b << 16) | (g << 8) | r;
  }
}

export function createLabelPainter(scene: Scene): LabelPainter | null {
  const { style, trajectories: set } = scene;
  const label = style.label;
  if (label === null) return null;
  const unit = Math.min(scene.width, scene.height) / 600;
  const fontSize = style.labelSize * unit;
  const font = `${fontSize}px ${SANS_FAMILY}`;
  const boxHeight = Math.ceil(fontSize * 1.2);
  const halo = Math.max(1, fontSize * 0.16);
  const pad = Math.ceil(halo) + 1;
  const gap = 2 * unit;
  // How far a head reaches from its point, in head radii: an arrow's tip is 1.5 ahead.
  const headReach = style.head === 'arrow' ? 1.5 : 1;
  const numeric = label === 'id' ? null : own(set.numeric, label) ?? null;
  const text = label === 'id' || numeric ? null : own(set.text, label) ?? null;
  // A speed in knots (AIS SOG) is shown in the movie's speed unit, with the unit.
  const speedUnit = numeric ? style.labelSpeedUnit : null;
  const numberText = (x: number): string => (speedUnit ? `${formatLabelNumber(knotsTo(x, speedUnit))} ${speedUnit}` : formatLabelNumber(x));
  const textOf = (trajectory: number, point: number): string => {
    if (label === 'id') return set.objectIds[set.objectIndex[trajectory]];
    if (numeric) return Number.isNaN(numeric[point]) ? '' : numberText(numeric[point]);
    return text ? text.values[text.codes[point]] ?? '' : '';
  };

  const cache = new Map<string, LabelPatch>();
  // One scratch surface for every string; the pixels are read from the surface's memory.
  const patchHeight = boxHeight + 2 * pad;
  const scratch = createTextScratch(patchHeight);
  const maxWidth = Math.max(fontSize, scene.width * MAX_LABEL_FRAME_FRACTION - 2 * pad);
  const rasterise = (whole: string): LabelPatch => {
    const s = fitLabelText(whole, MAX_LABEL_CHARS, maxWidth, (t) => scratch.measure(t, font));
    const pw = Math.max(1, Math.ceil(scratch.measure(s, font))) + 2 * pad;
    const ctx = scratch.begin(pw);
    ctx.font = font;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 2 * halo;
    ctx.strokeStyle = scene.map.colors.sea;
    ctx.strokeText(s, pad, pad + boxHeight / 2);
    ctx.fillStyle = scene.decorations.textColor;
    ctx.fillText(s, pad, pad + boxHeight / 2);
    const { rgba, width: scratchWidth } = scratch.pixels();
    const all = new Int32Array(rgba.buffer, rgba.byteOffset, scratchWidth * patchHeight);
    const offsets: number[] = [];
    const words: number[] = [];
    for (let y = 0; y < patchHeight; y++) {
      for (let x = 0; x < pw; x++) {
        const word = all[y * scratchWidth + x];
        if (word >>> 24 !== 0) { offsets.push(y * scene.width + x); words.push(word); }
      }
    }
    return { width: pw, height: patchHeight, offsets: Int32Array.from(offsets), words: Int32Array.from(words) };
  };
  const patchOf = (s: string): LabelPatch => {
    let patch = cache.get(s);
    if (!patch) {
      if (cache.size >= MAX_CACHED) cache.clear();
      patch = rasterise(s);
      cache.set(s, patch);
    }
    return patch;
  };

  // Obstacles (heads, placed labels) in a uniform grid of cells, so a test looks at neighbours only.
  const cell = Math.max(16, Math.ceil(fontSize * 3));
  const cols = Math.ceil(scene.width / cell) + 1;
  const rows = Math.ceil(scene.height / cell) + 1;
  const grid: number[][] = Array.from({ length: cols * rows }, () => []);
  const usedCells: number[] = [];
  // Per obstacle: x0, y0, x1, y1, owner (head number).
  const boxes: number[] = [];
  // The grid cell of a coordinate, clamped (no tuples: this runs for every label spot of every frame).
  const cellOf = (a: number, n: number): number => Math.max(0, Math.min(n - 1, Math.floor(a / cell)));
  const addBox = (x0: number, y0: number, x1: number, y1: number, owner: number): void => {
    const b = boxes.length;
    boxes.push(x0, y0, x1, y1, owner);
    const cx0 = cellOf(x0, cols); const cx1 = cellOf(x1, cols);
    const cy0 = cellOf(y0, rows); const cy1 = cellOf(y1, rows);
    for (let cy = cy0; cy <= cy1; cy++) {
      for (let cx = cx0; cx <= cx1; cx++) {
        const list = grid[cy * cols + cx];
        if (list.length === 0) usedCells.push(cy * cols + cx);
        list.push(b);
      }
    }
  };
  const isFree = (x0: number, y0: number, x1: number, y1: number, owner: number): boolean => {
    const cx0 = cellOf(x0, cols); const cx1 = cellOf(x1, cols);
    const cy0 = cellOf(y0, rows); const cy1 = cellOf(y1, rows);
    for (let cy = cy0; cy <= cy1; cy++) {
      for (let cx = cx0; cx <= cx1; cx++) {
        for (const b of grid[cy * cols + cx]) {
          if (boxes[b + 4] === owner) continue;
          if (x0 < boxes[b + 2] && boxes[b] < x1 && y0 < boxes[b + 3] && boxes[b + 1] < y1) return false;
        }
      }
    }
    return true;
  };
  const order: number[] = [];
  const placed: number[] = [];
  // The eight candidate spots of the label being placed (x, y pairs), reused for every label.
  const spots = new Float64Array(16);
  // Labels keep clear of the decorations (title, clock, legend...), which are drawn over them.
  const decorations = Object.values(scene.decorationLayer.boxes);

  return {
    placed,
    draw(img, heads) {
      placed.length = 0;
      const v = heads.values;
      boxes.length = 0;
      for (const c of usedCells) grid[c].length = 0;
      usedCells.length = 0;
      order.length = 0;
      for (const d of decorations) addBox(d.x, d.y, d.x + d.w, d.y + d.h, -1);
      for (let h = 0, o = 0; h < heads.count; h++, o += HEAD_STRIDE) {
        const r = v[o + 2] * headReach;
        addBox(v[o] - r, v[o + 1] - r, v[o] + r, v[o + 1] + r, h);
        if (v[o + 3] > 0) order.push(h);
      }
      const zOf = (h: number): number => (Number.isNaN(v[h * HEAD_STRIDE + 6]) ? -Infinity : v[h * HEAD_STRIDE + 6]);
      order.sort((a, b) => v[b * HEAD_STRIDE + 7] - v[a * HEAD_STRIDE + 7] || (zOf(a) > zOf(b) ? -1 : zOf(a) < zOf(b) ? 1 : 0)
        || v[a * HEAD_STRIDE + 4] - v[b * HEAD_STRIDE + 4]);
      for (const h of order) {
        const o = h * HEAD_STRIDE;
        const s = textOf(v[o + 4], v[o + 5]);
        if (s === '') continue;
        const patch = patchOf(s);
        const w = patch.width - 2 * pad;
        const x = v[o]; const y = v[o + 1];
        const g = v[o + 2] * headReach + gap;
        const d = g * 0.7;
        // Right, upper right, lower right, left, upper left, lower left, above, below.
        spots[0] = x + g; spots[1] = y - boxHeight / 2; spots[2] = x + d; spots[3] = y - d - boxHeight;
        spots[4] = x + d; spots[5] = y + d; spots[6] = x - g - w; spots[7] = y - boxHeight / 2;
        spots[8] = x - d - w; spots[9] = y - d - boxHeight; spots[10] = x - d - w; spots[11] = y + d;
        spots[12] = x - w / 2; spots[13] = y - g - boxHeight; spots[14] = x - w / 2; spots[15] = y + g;
        for (let c = 0; c < spots.length; c += 2) {
          const bx = Math.round(spots[c]); const by = Math.round(spots[c + 1]);
          // The whole patch, halo included, inside the frame.
          if (bx < pad || by < pad || bx + w + pad > scene.width || by + boxHeight + pad > scene.height) continue;
          if (!isFree(bx, by, bx + w, by + boxHeight, h)) continue;
          addBox(bx, by, bx + w, by + boxHeight, h);
          placed.push(bx, by, bx + w, by + boxHeight, h);
          blendPatch(img, patch, (by - pad) * scene.width + bx - pad, Math.round(Math.min(1, v[o + 3]) * 256));
          break;
        }
      }
    },
  };
}
