import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { CATEGORY_PALETTE, cssToRgb } from '../../../src/style/colormaps.js';
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
