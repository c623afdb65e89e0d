// Every look option must visibly change the frame (tracktable accepted clock flags it never drew).
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { ALL_LAYERS, NO_LAYERS, straightTrack, syntheticScene, type SceneOptions } from './synthetic-scene.js';

const tracks = [straightTrack('a', 0, 10_000, 31, -100, -80, 40), straightTrack('b', 0, 10_000, 31, -95, -85, 35)];
const base: SceneOptions = { width: 320, height: 240, bbox: [-105, 30, -75, 45], trailDurationMs: 120_000, layers: ALL_LAYERS };

function frame(options: SceneOptions): Uint8Array {
  return createFrameRenderer(syntheticScene(tracks, { ...base, ...options })).renderFrameRgba(10).slice();
}

// Number of pixels that differ inside [x0, x1) x [y0, y1).
function changed(a: Uint8Array, b: Uint8Array, x0 = 0, y0 = 0, x1 = 320, y1 = 240): number {
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
    const o = (y * 320 + x) * 4;
    if (a[o] !== b[o] || a[o + 1] !== b[o + 1] || a[o + 2] !== b[o + 2]) n++;
  }
  return n;
}

describe('style and decoration options', () => {
  const plain = frame({ decorations: { clock: false } });

  it('the clock appears at the bottom right and follows the offset, zone and label', () => {
    const utc = frame({ decorations: { clock: true } });
    expect(changed(plain, utc, 160, 200, 320, 240)).toBeGreaterThan(100);
    expect(changed(plain, utc, 0, 0, 320, 180)).toBe(0);
    expect(changed(utc, frame({ decorations: { clock: true, utcOffsetHours: 5 } }))).toBeGreaterThan(20);
    expect(changed(utc, frame({ decorations: { clock: true, timeZone: 'America/New_York' } }))).toBeGreaterThan(20);
    expect(changed(utc, frame({ decorations: { clock: true, clockLabel: 'Z' } }))).toBeGreaterThan(20);
  });

  it('the title appears at the top', () => {
    const titled = frame({ decorations: { clock: false, title: 'Harbour traffic' } });
    expect(changed(plain, titled, 0, 0, 320, 40)).toBeGreaterThan(100);
    expect(changed(plain, titled, 0, 60, 320, 240)).toBe(0);
  });

  it('colour map, colour-by, line width, taper, head radius and head colour each change the trails', () => {
    const variants: SceneOptions['style'][] = [
      { colormap: 'viridis' }, { colormap: 'gist_heat_r' }, { lineWidth: 6 }, { taper: false }, { headRadius: 0 }, { headColor: 'red' },
    ];
    for (const style of variants) {
      expect(changed(plain, frame({ decorations: { clock: false }, style })), JSON.stringify(style)).toBeGreaterThan(10);
    }
    // gist_heat ends in white, so a 'scalar' head shows up with another map.
    const viridis = frame({ decorations: { clock: false }, style: { colormap: 'viridis' } });
    expect(changed(viridis, frame({ decorations: { clock: false }, style: { colormap: 'viridis', headColor: 'scalar' } }))).toBeGreaterThan(10);
  });

  it('each basemap layer changes the background', () => {
    const world = { bbox: [-130, 20, -60, 55] as [number, number, number, number], decorations: { clock: false } };
    const all = frame({ ...world, layers: ALL_LAYERS });
    for (const layer of Object.keys(NO_LAYERS) as Array<keyof typeof NO_LAYERS>) {
      expect(changed(all, frame({ ...world, layers: { ...ALL_LAYERS, [layer]: false } })), layer).toBeGreaterThan(10);
    }
  });
});
