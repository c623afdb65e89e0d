// Chinese and Japanese text is drawn as glyphs from the bundled Noto Sans SC fallback, not as the
// boxes DejaVu Sans draws for characters it lacks (every such box is the same picture).
import { describe, expect, it } from 'vitest';
import { createCapsuleList } from '../../../src/render/trails/capsule-list.js';
import { createLabelPainter } from '../../../src/render/trails/draw-labels.js';
import { createTrailPainter } from '../../../src/render/trails/draw-trails.js';
import { createSurface, SANS_FAMILY, surfaceRgba } from '../../../src/render/raster/canvas.js';
import { createRgbaImage } from '../../../src/render/raster/rgba-image.js';
import { syntheticScene, type Track } from './synthetic-scene.js';

const S = 300;
const line = (id: string): Track => ({ id, points: Array.from({ length: 11 }, (_, j) => [j * 10_000, -15 + j, 0]) });

// The pixels of the label drawn for one object with this id.
function labelPixels(id: string): { pixels: Uint8Array; box: number[] } {
  const s = syntheticScene([line(id)], { width: S, height: S, bbox: [-20, -20, 20, 20], trailDurationMs: 1e9, timeline: { fps: 10, durationSec: 1 }, style: { label: 'id' } });
  const trails = createTrailPainter(s);
  trails.record(createCapsuleList(), s.timeline.frameCount - 1, S, S);
  const labels = createLabelPainter(s)!;
  const img = createRgbaImage(S, S);
  labels.draw(img, trails.heads);
  const [x0, y0, x1, y1] = labels.placed;
  const pixels: number[] = [];
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) pixels.push(img.data[(y * S + x) * 4 + 1]);
  return { pixels: Uint8Array.from(pixels), box: [x0, y0, x1, y1] };
}

// White text on black, 40 px, in the given font list.
function drawn(text: string, family: string): Uint8Array {
  const { surface, ctx } = createSurface(240, 60);
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, 240, 60);
  ctx.fillStyle = '#fff';
  ctx.font = `40px ${family}`;
  ctx.fillText(text, 4, 46);
  return surfaceRgba(surface).slice();
}
const differing = (a: Uint8Array, b: Uint8Array): number => a.reduce((n, v, i) => n + (v !== b[i] ? 1 : 0), 0);

describe('CJK fallback font', () => {
  it('a label "東京 上海" draws glyphs: it differs from "東京 北京" (boxes would be the same) and from the boxes', () => {
    const shanghai = labelPixels('東京 上海');
    const beijing = labelPixels('東京 北京');
    expect(shanghai.box[2] - shanghai.box[0]).toBe(beijing.box[2] - beijing.box[0]);
    expect(differing(shanghai.pixels, beijing.pixels)).toBeGreaterThan(20);
    // DejaVu alone draws one box per character: the two strings look alike.
    const boxes = drawn('東京 上海', '"Trackreel DejaVu Sans"');
    expect(differing(boxes, drawn('東京 北京', '"Trackreel DejaVu Sans"'))).toBe(0);
    // With the fallback the glyphs are not the boxes, and Latin text is drawn as before.
    expect(differing(drawn('東京 上海', SANS_FAMILY), boxes)).toBeGreaterThan(200);
    expect(differing(drawn('Tokyo Shanghai', SANS_FAMILY), drawn('Tokyo Shanghai', '"Trackreel DejaVu Sans"'))).toBe(0);
  });

  it('kana, Japanese kanji and simplified Chinese are covered too', () => {
    for (const text of ['かな', 'カナ', '广州', '渋谷']) {
      expect(differing(drawn(text, SANS_FAMILY), drawn(text, '"Trackreel DejaVu Sans"')), text).toBeGreaterThan(100);
    }
    expect(differing(drawn('かな', SANS_FAMILY), drawn('カナ', SANS_FAMILY))).toBeGreaterThan(100);
  });
});
