// Width by property, --z-order, --highlight and head labels, measured in pixels of small frames.
import { describe, expect, it } from 'vitest';
import { encodeScene, decodeScene } from '../../../src/scene/scene-file.js';
import { createCapsuleList } from '../../../src/render/trails/capsule-list.js';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { createLabelPainter, fitLabelText, formatLabelNumber, MAX_LABEL_CHARS } from '../../../src/render/trails/draw-labels.js';
import { createTrailPainter } from '../../../src/render/trails/draw-trails.js';
import { createRgbaImage } from '../../../src/render/raster/rgba-image.js';
import type { Scene } from '../../../src/scene/scene.js';
import { CATEGORY_PALETTE, cssToRgb } from '../../../src/style/colormaps.js';
import { syntheticScene, type SceneOptions, type Track } from './synthetic-scene.js';

const S = 600; // 600 x 600: one style pixel is one frame pixel
const px = (img: Uint8Array, x: number, y: number): number[] => { const o = (Math.floor(y) * S + Math.floor(x)) * 4; return [img[o], img[o + 1], img[o + 2]]; };
const scene = (tracks: Track[], options: SceneOptions): Scene =>
  syntheticScene(tracks, { width: S, height: S, bbox: [-20, -20, 20, 20], trailDurationMs: 1e9, timeline: { fps: 10, durationSec: 1 }, ...options });
const last = (s: Scene): Uint8Array => createFrameRenderer(s).renderFrameRgba(s.timeline.frameCount - 1);
// The palette colour of an object (colouring by id).
const colorOf = (s: Scene, id: string): number[] => {
  const v = cssToRgb(CATEGORY_PALETTE[s.trajectories.objectIds.indexOf(id) % CATEGORY_PALETTE.length])!;
  return [v >> 16, (v >> 8) & 255, v & 255];
};
// 31 points from (lon0, lat0) to (lon1, lat1) over 300 s, with a constant property value.
const line = (id: string, lon0: number, lat0: number, lon1: number, lat1: number, value = 0): Track => ({
  id, points: Array.from({ length: 31 }, (_, j) => [j * 10_000, lon0 + ((lon1 - lon0) * j) / 30, lat0 + ((lat1 - lat0) * j) / 30, value]),
});
// Rows of column x (around y) whose colour is nearer the trail colour than the background.
const coveredRows = (img: Uint8Array, bg: Uint8Array, x: number, y: number, color: number[]): number => {
  let n = 0;
  for (let r = Math.floor(y) - 30; r <= Math.floor(y) + 30; r++) {
    const p = px(img, x, r); const b = px(bg, x, r);
    const toTrail = p.reduce((sum, v, i) => sum + Math.abs(v - color[i]), 0);
    const toBg = p.reduce((sum, v, i) => sum + Math.abs(v - b[i]), 0);
    if (toTrail < toBg) n++;
  }
  return n;
};
const opaque = { colorBy: 'id', head: 'none' as const, tailOpacity: 1 };

describe('trail width by property', () => {
  it('--line-width PROPERTY maps the property\'s range onto --line-width-range', () => {
    const s = scene([line('thin', -15, 8, 15, 8, 0), line('wide', -15, -8, 15, -8, 10)], {
      numericNames: ['w'], style: { ...opaque, widthBy: 'w', lineWidthRange: [2, 20] },
    });
    const img = last(s);
    const x = s.screenX[15];
    // 'wide' (value 10, the top of the range) is 20 px wide: a half-width of 10; 'thin' 2 px.
    expect(Math.abs(coveredRows(img, s.background, x, s.screenY[31 + 15], colorOf(s, 'wide')) - 20)).toBeLessThanOrEqual(1);
    expect(Math.abs(coveredRows(img, s.background, x, s.screenY[15], colorOf(s, 'thin')) - 2)).toBeLessThanOrEqual(1);
  });
});

describe('stacking', () => {
  // A horizontal and a vertical trail crossing at the centre; 'h' is trajectory 0, 'v' 1.
  const crossing = (alt: [number, number], style: SceneOptions['style'] = {}): { s: Scene; img: Uint8Array } => {
    const s = scene([line('h', -15, 0, 15, 0, alt[0]), line('v', 0, -15, 0, 15, alt[1])], {
      numericNames: ['alt'], style: { ...opaque, lineWidth: 6, taper: false, ...style },
    });
    return { s, img: last(s) };
  };
  const centre = (s: Scene): [number, number] => [s.screenX[15], s.screenY[15]];

  it('draws in data order by default, the later trajectory on top', () => {
    const { s, img } = crossing([10, 5]);
    expect(px(img, ...centre(s))).toEqual(colorOf(s, 'v'));
  });

  it('--z-order PROPERTY puts the higher value on top, whatever the data order', () => {
    const high = crossing([10, 5], { zOrder: 'alt' });
    expect(px(high.img, ...centre(high.s))).toEqual(colorOf(high.s, 'h'));
    const low = crossing([5, 10], { zOrder: 'alt' });
    expect(px(low.img, ...centre(low.s))).toEqual(colorOf(low.s, 'v'));
    // Equal values: ties keep data order.
    const tie = crossing([7, 7], { zOrder: 'alt' });
    expect(px(tie.img, ...centre(tie.s))).toEqual(colorOf(tie.s, 'v'));
  });

  it('--highlight draws the object on top, twice as wide, with a larger head', () => {
    const { s, img } = crossing([10, 5], { highlight: ['h'], zOrder: 'alt' });
    expect(px(img, ...centre(s))).toEqual(colorOf(s, 'h'));
    const { s: s2, img: img2 } = crossing([5, 10], { highlight: ['h'], zOrder: 'alt' });
    expect(px(img2, ...centre(s2))).toEqual(colorOf(s2, 'h')); // on top despite the lower z
    const x = s2.screenX[8];
    expect(Math.abs(coveredRows(img2, s2.background, x, s2.screenY[8], colorOf(s2, 'h')) - 12)).toBeLessThanOrEqual(1);
    // The head: radius 3.5 -> 5.6 px.
    const heads = scene([line('h', -15, 0, 15, 0)], { style: { highlight: ['h'] } });
    const headImg = last(heads);
    const [hx, hy] = [heads.screenX[30], heads.screenY[30]];
    expect(Math.min(...px(headImg, hx, hy - 4.6))).toBeGreaterThan(200);
    const plain = last(scene([line('h', -15, 0, 15, 0)], {}));
    expect(Math.min(...px(plain, hx, hy - 4.6))).toBeLessThan(100);
  });
});

describe('head labels', () => {
  // Labels of the last frame, computed the way the renderer does.
  const placedLabels = (s: Scene): number[] => {
    const trails = createTrailPainter(s);
    trails.record(createCapsuleList(), s.timeline.frameCount - 1, S, S);
    const labels = createLabelPainter(s)!;
    labels.draw(createRgbaImage(S, S), trails.heads);
    return [...labels.placed];
  };
  const overlap = (a: number[], b: number[]): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

  it('--label id draws the id\'s pixels next to the head, and nothing elsewhere', () => {
    const tracks = [line('alpha', -15, 0, 0, 0)];
    const s = scene(tracks, { style: { label: 'id' } });
    const withLabel = last(s);
    const without = last(scene(tracks, {}));
    const [box] = [placedLabels(s)];
    expect(box).toHaveLength(5);
    const [x0, y0, x1, y1] = box;
    const [hx, hy] = [s.screenX[30], s.screenY[30]];
    // The first spot: right of the head, vertically centred on it.
    expect(x0).toBeGreaterThan(hx); expect(x0).toBeLessThan(hx + 12);
    expect(y0).toBeLessThan(hy); expect(y1).toBeGreaterThan(hy);
    let inside = 0; let outside = 0;
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        const o = (y * S + x) * 4;
        if (withLabel[o] === without[o] && withLabel[o + 1] === without[o + 1] && withLabel[o + 2] === without[o + 2]) continue;
        // The halo reaches a few pixels beyond the text box.
        if (x >= x0 - 4 && x < x1 + 4 && y >= y0 - 4 && y < y1 + 4) inside++; else outside++;
      }
    }
    expect(inside).toBeGreaterThan(30);
    expect(outside).toBe(0);
    // Bright text pixels (the dark theme's #e6e6e6) inside the box.
    let bright = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (Math.min(...px(withLabel, x, y)) > 200) bright++;
    expect(bright).toBeGreaterThan(10);
    // Without a head shape the label is still placed, at the object's position.
    const noHead = placedLabels(scene(tracks, { style: { label: 'id', head: 'none' } }));
    expect(noHead).toHaveLength(5);
    expect(noHead[0]).toBeGreaterThan(hx); expect(noHead[0]).toBeLessThan(hx + 6);
  });

  it('labels of overlapping heads do not overlap; highlighted objects are placed first; a label that fits nowhere is left out', () => {
    // Two objects ending at the same point.
    const two = [line('west', -15, 0, 0, 0), line('south', 0, -15, 0, 0)];
    const placed = placedLabels(scene(two, { style: { label: 'id' } }));
    expect(placed).toHaveLength(10);
    expect(overlap(placed.slice(0, 4), placed.slice(5, 9))).toBe(false);
    // Without a highlight trajectory 0 ('west') takes the first spot; highlighted, 'south' does.
    const first = (p: number[]): number => p[4];
    expect(first(placed)).toBe(0);
    expect(first(placedLabels(scene(two, { style: { label: 'id', highlight: ['south'] } })))).toBe(1);
    // Twelve objects at one point: eight spots, so some labels are left out, none overlapping.
    const many = Array.from({ length: 12 }, (_, i) => line(`object-${i}`, -15 + i, -10, 0, 0));
    const crowd = placedLabels(scene(many, { style: { label: 'id' } }));
    const boxes = Array.from({ length: crowd.length / 5 }, (_, b) => crowd.slice(5 * b, 5 * b + 4));
    expect(boxes.length).toBeGreaterThan(1);
    expect(boxes.length).toBeLessThan(12);
    for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) expect(overlap(boxes[a], boxes[b])).toBe(false);
  });

  it('labels keep clear of the decorations (a head just under the title gets its label below, not under the title)', () => {
    const tracks = [line('alpha', -15, 18.2, 0, 18.2)];
    const s = scene(tracks, { style: { label: 'id' }, decorations: { clock: false, title: 'A title wide enough to cover the head' } });
    const title = s.decorationLayer.boxes.title!;
    const [x0, y0, x1, y1] = placedLabels(s);
    const [hx, hy] = [s.screenX[30], s.screenY[30]];
    // The head is level with the title and under its width, so the first spots would cross it.
    expect(hy).toBeGreaterThan(title.y); expect(hy).toBeLessThan(title.y + title.h + 8);
    expect(hx).toBeGreaterThan(title.x); expect(hx).toBeLessThan(title.x + title.w);
    expect(overlap([x0, y0, x1, y1], [title.x, title.y, title.x + title.w, title.y + title.h])).toBe(false);
  });

  it('--label PROPERTY shows the value at the head, formatted', () => {
    expect(formatLabelNumber(35123.4)).toBe('35123');
    expect(formatLabelNumber(451.26)).toBe('451');
    expect(formatLabelNumber(12.345)).toBe('12.3');
    expect(formatLabelNumber(0.012345)).toBe('0.0123');
    expect(formatLabelNumber(-0)).toBe('0');
    const s = scene([line('a', -15, 0, 0, 0, 42)], { numericNames: ['speed'], style: { label: 'speed' } });
    const byId = scene([line('a', -15, 0, 0, 0, 42)], { numericNames: ['speed'], style: { label: 'id' } });
    expect(placedLabels(s)).toHaveLength(5);
    // '42' and 'a' differ in pixels.
    const diff = (a: Uint8Array, b: Uint8Array): number => { let n = 0; for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++; return n; };
    expect(diff(last(s), last(byId))).toBeGreaterThan(10);
  });
});

describe('long labels', () => {
  it('an 886-character label is cut with an ellipsis and drawn, within a third of the frame', () => {
    const long = 'N'.repeat(886);
    const s = scene([line(long, -15, 0, 0, 0)], { style: { label: 'id' } });
    const trails = createTrailPainter(s);
    trails.record(createCapsuleList(), s.timeline.frameCount - 1, S, S);
    const labels = createLabelPainter(s)!;
    const img = createRgbaImage(S, S);
    labels.draw(img, trails.heads);
    expect(labels.placed).toHaveLength(5);
    const [x0, y0, x1, y1] = labels.placed;
    expect(x1 - x0).toBeLessThanOrEqual(S / 3);
    expect(x1 - x0).toBeGreaterThan(S / 6);
    // Text pixels where the label goes.
    let bright = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (Math.min(...px(img.data, x, y)) > 200) bright++;
    expect(bright).toBeGreaterThan(50);
  });

  it('fitLabelText() keeps short text, cuts long text at a grapheme boundary to at most 32 characters or the width', () => {
    const width = (t: string): number => [...t].length * 10;
    expect(fitLabelText('MAERSK KOLKATA', MAX_LABEL_CHARS, 1000, width)).toBe('MAERSK KOLKATA');
    const cut = fitLabelText('x'.repeat(886), MAX_LABEL_CHARS, 10_000, width);
    expect(cut).toBe(`${'x'.repeat(31)}\u2026`);
    // By width: 10 px a character, 100 px: nine characters and the ellipsis.
    expect(fitLabelText('abcdefghijklmnop', MAX_LABEL_CHARS, 100, width)).toBe('abcdefghi\u2026');
    // A space before the cut is not kept before the ellipsis.
    expect(fitLabelText('abcd efghijklmnop', MAX_LABEL_CHARS, 60, width)).toBe('abcd\u2026');
    // Combining accents and emoji sequences stay whole: e + U+0301 is one character.
    const accents = 'e\u0301'.repeat(40);
    const cutAccents = fitLabelText(accents, MAX_LABEL_CHARS, 10_000, width);
    expect(cutAccents).toBe(`${'e\u0301'.repeat(31)}\u2026`);
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(fitLabelText(family.repeat(40), MAX_LABEL_CHARS, 10_000, width)).toBe(`${family.repeat(31)}\u2026`);
  });
});

describe('text labels', () => {
  it('--label TEXT_PROPERTY shows the text at the head\'s last point; no label where it is empty', () => {
    const placed = (style: SceneOptions['style'], text: Track['text']): { n: number; img: Uint8Array } => {
      const s = scene([{ ...line('a', -15, 0, 0, 0), text }], { style });
      const trails = createTrailPainter(s);
      trails.record(createCapsuleList(), s.timeline.frameCount - 1, S, S);
      const labels = createLabelPainter(s)!;
      labels.draw(createRgbaImage(S, S), trails.heads);
      return { n: labels.placed.length / 5, img: last(s) };
    };
    // The value changes along the track: the head shows the last one.
    const early = Array.from({ length: 31 }, (_, j) => (j < 30 ? 'UNDERWAY' : 'MOORED'));
    const moored = placed({ label: 'status' }, { status: early });
    const same = placed({ label: 'status' }, { status: 'MOORED' });
    const underway = placed({ label: 'status' }, { status: 'UNDERWAY' });
    expect(moored.n).toBe(1);
    expect(Buffer.compare(Buffer.from(moored.img), Buffer.from(same.img))).toBe(0);
    expect(Buffer.compare(Buffer.from(moored.img), Buffer.from(underway.img))).not.toBe(0);
    expect(placed({ label: 'status' }, { status: '' }).n).toBe(0);
  });
});

describe('frame exactness with every trail option', () => {
  it('renderFrameRgba() gives identical bytes in any frame order, and after a scene-file round trip', () => {
    const tracks = Array.from({ length: 8 }, (_, i) => ({
      id: `o${i}`,
      points: Array.from({ length: 40 }, (_, j) => [j * 5_000 + i * 20_000, -15 + j * 0.6 + i, -10 + i * 2.5 + Math.sin(j / 4 + i) * 3, (i * 37 + j * 11) % 50] as [number, number, number, number]),
    }));
    const s = syntheticScene(tracks, {
      width: 200, height: 150, trailDurationMs: 60_000, numericNames: ['alt'], timeline: { fps: 10, durationSec: 4 },
      style: { colorBy: 'alt', widthBy: 'alt', zOrder: 'alt', highlight: ['o3'], label: 'alt', fadeMs: 30_000, tailOpacity: 0.2, head: 'arrow' },
    });
    const n = s.timeline.frameCount;
    const serial = createFrameRenderer(s);
    const expected = Array.from({ length: n }, (_, k) => Buffer.from(serial.renderFrameRgba(k)));
    const shuffled = createFrameRenderer(decodeScene(encodeScene(s)));
    const order = Array.from({ length: n }, (_, k) => (k * 17) % n);
    for (const k of order) expect(Buffer.compare(Buffer.from(shuffled.renderFrameRgba(k)), expected[k]), `frame ${k}`).toBe(0);
    // Something was drawn: frames differ from one another.
    expect(Buffer.compare(expected[5], expected[30])).not.toBe(0);
  });
});
