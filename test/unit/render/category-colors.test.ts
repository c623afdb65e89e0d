import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { CATEGORY_PALETTE, colormapLutRgb, cssToRgb } from '../../../src/style/colormaps.js';
import { straightTrack, syntheticScene, type SceneOptions, type Track } from './synthetic-scene.js';

const W = 400; const H = 300;
const t0 = Date.UTC(2020, 0, 1);
// Six eastward tracks, one above the other: cargo three times, tug twice, ferry once.
const TYPES = ['cargo', 'tug', 'cargo', 'ferry', 'tug', 'cargo'];
const tracks = (): Track[] => TYPES.map((type, i) => ({ ...straightTrack(`v${i}`, t0, 10_000, 20, -10, 10, -12 + 5 * i), text: { VesselType: type } }));
const render = (options: SceneOptions) => {
  const s = syntheticScene(tracks(), { width: W, height: H, bbox: [-20, -15, 20, 15], timeline: { fps: 10, durationSec: 1 }, ...options });
  return { s, img: createFrameRenderer(s).renderFrameRgba(s.timeline.frameCount - 1) };
};
const px = (img: Uint8Array, x: number, y: number): number[] => { const o = (Math.floor(y) * W + Math.floor(x)) * 4; return [img[o], img[o + 1], img[o + 2]]; };
const rgbOf = (css: string): number[] => { const c = cssToRgb(css)!; return [c >> 16, (c >> 8) & 255, c & 255]; };
// The head dot of track i (20 points each).
const head = (s: ReturnType<typeof render>['s'], i: number): [number, number] => [s.screenX[20 * i + 19], s.screenY[20 * i + 19]];

describe('colouring by a text property', () => {
  it('createFrameRenderer() gives each category its palette colour, most frequent first', () => {
    const { s, img } = render({ style: { colorBy: 'VesselType', headColor: 'scalar', headRadius: 8 } });
    const expected = { cargo: CATEGORY_PALETTE[0], tug: CATEGORY_PALETTE[1], ferry: CATEGORY_PALETTE[2] } as Record<string, string>;
    TYPES.forEach((type, i) => expect(px(img, ...head(s, i))).toEqual(rgbOf(expected[type])));
  });

  it('createFrameRenderer() draws categories past a custom palette in grey', () => {
    const { s, img } = render({ style: { colorBy: 'VesselType', colormap: 'yellow,magenta', headColor: 'scalar', headRadius: 8 } });
    expect(px(img, ...head(s, 0))).toEqual([255, 255, 0]);
    expect(px(img, ...head(s, 1))).toEqual([255, 0, 255]);
    expect(px(img, ...head(s, 3))).toEqual([128, 128, 128]);
    expect(px(img, ...head(s, 5))).toEqual([255, 255, 0]);
  });
});

describe('stepped scalars: categories and cyclic values are not blended between points', () => {
  const lutRgb = (s: ReturnType<typeof render>['s'], i: number): number[] => {
    const { style } = s;
    const lut = style.palette
      ? Uint32Array.from(style.palette, (c) => cssToRgb(c)!)
      : colormapLutRgb(style.colormap, style.colorBins, style.colormapRange[0], style.colormapRange[1]);
    const c = lut[Math.round(s.scalar![i] * (style.colorBins - 1))];
    return [c >> 16, (c >> 8) & 255, c & 255];
  };
  const mid = (s: ReturnType<typeof render>['s'], a: number): [number, number] =>
    [(s.screenX[a] + s.screenX[a + 1]) / 2, (s.screenY[a] + s.screenY[a + 1]) / 2];
  const whole = { trailDurationMs: 1e9, style: { taper: false, lineWidth: 8, tailOpacity: 1, headRadius: 0 } };

  it('createFrameRenderer() draws a segment where a category changes in its start point\'s colour, never a third category', () => {
    // cargo (most points) = palette 0, tug = 1, ferry = 2; track v1 switches from cargo to ferry at point 10,
    // whose naive mean would be tug's colour.
    const switching = straightTrack('v1', t0, 10_000, 20, -10, 10, -7);
    const trackSet: Track[] = [
      { ...straightTrack('v0', t0, 10_000, 20, -10, 10, -12), text: { VesselType: 'cargo' } },
      { ...switching, text: { VesselType: [...Array(10).fill('cargo'), ...Array(10).fill('ferry')] } },
      { ...straightTrack('v2', t0, 10_000, 20, -10, 10, -2), text: { VesselType: 'cargo' } },
      { ...straightTrack('v3', t0, 10_000, 20, -10, 10, 3), text: { VesselType: 'tug' } },
    ];
    const s = syntheticScene(trackSet, { width: W, height: H, bbox: [-20, -15, 20, 15], timeline: { fps: 10, durationSec: 1 }, ...whole, style: { ...whole.style, colorBy: 'VesselType' } });
    const img = createFrameRenderer(s).renderFrameRgba(s.timeline.frameCount - 1);
    expect(px(img, ...mid(s, 20 + 9))).toEqual(rgbOf(CATEGORY_PALETTE[0]));
    expect(px(img, ...mid(s, 20 + 10))).toEqual(rgbOf(CATEGORY_PALETTE[2]));
    expect(px(img, ...mid(s, 20 + 9))).not.toEqual(rgbOf(CATEGORY_PALETTE[1]));
  });

  it('createFrameRenderer() colours a heading zigzag across north by each segment\'s own heading, not the opposite one', () => {
    // Headings alternate near 346 and 14 degrees; their mean, 180, would be the far side of the cyclic map.
    const points: Track['points'] = [];
    for (let i = 0; i < 12; i++) points.push([t0 + i * 10_000, (i % 2) * 0.5, -10 + 2 * i]);
    const s = syntheticScene([{ id: 'zig', points }], { width: W, height: H, bbox: [-20, -15, 20, 15], timeline: { fps: 10, durationSec: 1 }, ...whole, style: { ...whole.style, colorBy: 'heading' } });
    expect(s.style.steppedScalar).toBe(true);
    const img = createFrameRenderer(s).renderFrameRgba(s.timeline.frameCount - 1);
    for (const a of [3, 4, 5, 6]) {
      expect(Math.abs(s.scalar![a] - 0.5)).toBeGreaterThan(0.4);
      expect(px(img, ...mid(s, a))).toEqual(lutRgb(s, a));
    }
  });
});
