import { describe, expect, it } from 'vitest';
import { clockTime } from '../../../src/clock/format-clock.js';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { dialGeometry } from '../../../src/render/decorations/draw-analog-clock.js';
import { syntheticScene, straightTrack } from './synthetic-scene.js';

const W = 800; const H = 600;

describe('analog clock', () => {
  it('clockTime() gives wall-clock fields in the offset or zone', () => {
    const base = { show: true, label: null, color: '#fff', anchor: 'bottom-right' as const, kind: 'analog' as const, format: '%H:%M' };
    const t = Date.parse('2020-06-30T15:45:30Z');
    expect(clockTime(t, { ...base, timeZone: null, utcOffsetHours: 0 })).toEqual({ hours: 15, minutes: 45, seconds: 30 });
    expect(clockTime(t, { ...base, timeZone: null, utcOffsetHours: -5.5 })).toEqual({ hours: 10, minutes: 15, seconds: 30 });
    expect(clockTime(t, { ...base, timeZone: 'America/New_York', utcOffsetHours: 0 })).toEqual({ hours: 11, minutes: 45, seconds: 30 });
  });

  it('createFrameRenderer() draws the hands where the time says: 03:00 points right, 06:00 down', () => {
    // 03:00 UTC at frame 0 and 06:00 at the last frame (3 h over 10 frames).
    const t0 = Date.UTC(2020, 0, 1, 3);
    const scene = syntheticScene([straightTrack('a', t0, 1_200_000, 10, -10, 10, 0)],
      { width: W, height: H, bbox: [-20, -15, 20, 15], timeline: { fps: 10, durationSec: 1, startMs: t0, endMs: t0 + 3 * 3_600_000 }, decorations: { clock: true, clockStyle: 'analog' } });
    const { cx, cy, r } = dialGeometry(scene.decorationLayer.boxes.clock!);
    const renderer = createFrameRenderer(scene);
    const lum = (img: Uint8Array, x: number, y: number): number => img[(Math.floor(y) * W + Math.floor(x)) * 4];
    const three = renderer.renderFrameRgba(0).slice();
    expect(lum(three, cx + 0.35 * r, cy)).toBeGreaterThan(180); // hour hand to the right
    expect(lum(three, cx, cy - 0.6 * r)).toBeGreaterThan(180); // minute hand up
    expect(lum(three, cx, cy + 0.35 * r)).toBeLessThan(100);
    const six = renderer.renderFrameRgba(scene.timeline.frameCount - 1);
    expect(lum(six, cx, cy + 0.35 * r)).toBeGreaterThan(180); // hour hand down
    expect(lum(six, cx + 0.35 * r, cy)).toBeLessThan(100);
  });
});
