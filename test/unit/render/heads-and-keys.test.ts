import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { CATEGORY_PALETTE, cssToRgb } from '../../../src/style/colormaps.js';
import { straightTrack, syntheticScene, type SceneOptions } from './synthetic-scene.js';

const W = 400; const H = 300;
const t0 = Date.UTC(2020, 0, 1);
// One eastward track across the middle of the frame, its head at the last frame.
const scene = (options: SceneOptions) => syntheticScene([straightTrack('a', t0, 10_000, 20, -10, 10, 0)],
  { width: W, height: H, bbox: [-20, -15, 20, 15], timeline: { fps: 10, durationSec: 1 }, ...options });
const last = (s: ReturnType<typeof scene>) => createFrameRenderer(s).renderFrameRgba(s.timeline.frameCount - 1);
const px = (img: Uint8Array, x: number, y: number): number[] => { const o = (Math.floor(y) * W + Math.floor(x)) * 4; return [img[o], img[o + 1], img[o + 2]]; };
const head = (s: ReturnType<typeof scene>): [number, number] => [s.screenX[19], s.screenY[19]];

describe('heads, colour keys and anchors', () => {
  it('createFrameRenderer() draws an arrow pointing along the motion, a dot, or no head', () => {
    const arrow = scene({ style: { head: 'arrow', headRadius: 6 } });
    const [hx, hy] = head(arrow);
    const size = 6 * (H / 600);
    const img = last(arrow);
    // Ahead of the head (eastward) the arrow's tip is white; the same distance above it is sea.
    expect(Math.min(...px(img, hx + 0.3 * size, hy))).toBeGreaterThan(200);
    expect(Math.max(...px(img, hx, hy - 1.6 * size))).toBeLessThan(30);
    // Behind the head, beside the trail, the arrow's wide base.
    expect(Math.min(...px(img, hx - 0.8 * size, hy - 0.6 * size))).toBeGreaterThan(200);
    const dot = last(scene({ style: { head: 'dot', headRadius: 6 } }));
    expect(Math.max(...px(dot, hx + 1.0 * size, hy))).toBeLessThan(30);
    expect(Math.min(...px(dot, hx, hy - 0.7 * size))).toBeGreaterThan(200);
    const none = last(scene({ style: { head: 'none', headRadius: 6 } }));
    expect(Math.max(...px(none, hx, hy - 0.7 * size))).toBeLessThan(30);
  });

  it('createFrameRenderer() colours an object by id from the category palette', () => {
    const s = scene({ style: { colorBy: 'id', head: 'none', lineWidth: 6, tailOpacity: 1 } });
    const img = last(s);
    const rgb = cssToRgb(CATEGORY_PALETTE[0])!;
    expect(px(img, (s.screenX[17] + s.screenX[18]) / 2, s.screenY[17])).toEqual([rgb >> 16, (rgb >> 8) & 255, rgb & 255]);
  });

  it('the decoration layer draws the colour bar bottom left only when asked, with the map\'s colours', () => {
    const s = syntheticScene([{ id: 'a', points: [[t0, -10, 0, 5], [t0 + 10_000, 10, 0, 15]] }],
      { width: W, height: H, bbox: [-20, -15, 20, 15], numericNames: ['speed'], style: { colorBy: 'speed' }, legend: true });
    const unit = H / 600;
    // Inside the bar: left end is plasma at 0.2 (dark purple), right end plasma at 1 (yellow).
    const barTop = H - 10 * unit - 6 * unit - 12 * 1.35 * unit - 2 * unit - 10 * unit;
    const frame = createFrameRenderer(s).renderFrameRgba(0);
    const left = px(frame, 10 * unit + 6 * unit + 2, barTop + 5 * unit);
    const right = px(frame, 10 * unit + 6 * unit + 150 * unit - 2, barTop + 5 * unit);
    expect(left[2]).toBeGreaterThan(left[1]); // purple: more blue than green
    expect(right[0]).toBeGreaterThan(200); expect(right[1]).toBeGreaterThan(200); // yellow
    const off = syntheticScene([{ id: 'a', points: [[t0, -10, 0, 5], [t0 + 10_000, 10, 0, 15]] }],
      { width: W, height: H, bbox: [-20, -15, 20, 15], numericNames: ['speed'], style: { colorBy: 'speed' }, legend: false });
    expect(px(createFrameRenderer(off).renderFrameRgba(0), 10 * unit + 6 * unit + 150 * unit - 2, barTop + 5 * unit)).toEqual([0, 0, 0]);
  });

  it('createFrameRenderer() puts the clock at its anchor', () => {
    const lit = (img: Uint8Array, x0: number, y0: number, x1: number, y1: number): number => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (px(img, x, y)[0] > 128) n++;
      return n;
    };
    const topLeft = last(scene({ decorations: { clock: true, clockAnchor: 'top-left' } }));
    const bottomRight = last(scene({ decorations: { clock: true } }));
    expect(lit(topLeft, 0, 0, 100, 30)).toBeGreaterThan(20);
    expect(lit(topLeft, W - 100, H - 30, W, H)).toBe(0);
    expect(lit(bottomRight, 0, 0, 100, 30)).toBe(0);
    expect(lit(bottomRight, W - 100, H - 30, W, H)).toBeGreaterThan(20);
  });
});
