import { describe, expect, it } from 'vitest';
import { createProjection } from '../../../src/map/create-projection.js';
import { createSurface } from '../../../src/render/raster/canvas.js';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { boxesIntersect, layoutDecorations, type Box, type DecorationName } from '../../../src/render/decorations/decoration-layout.js';
import type { DecorationLayer } from '../../../src/render/decorations/decoration-layer.js';
import type { MapOverlays } from '../../../src/scene/map-overlays.js';
import type { Scene } from '../../../src/scene/scene.js';
import { decodeScene, encodeScene } from '../../../src/scene/scene-file.js';
import { straightTrack, syntheticScene, type SceneOptions, type Track } from './synthetic-scene.js';

const t0 = Date.UTC(2020, 5, 30);

// The layer's premultiplied RGBA at (x, y), or null where the layer is empty.
function layerPixel(layer: DecorationLayer, x: number, y: number): number[] | null {
  for (let r = 0, s = 0; r < layer.rects.length; r += 4) {
    const [rx, ry, w, h] = layer.rects.subarray(r, r + 4);
    if (x >= rx && x < rx + w && y >= ry && y < ry + h) {
      const o = s + 4 * ((y - ry) * w + (x - rx));
      return [...layer.pixels.subarray(o, o + 4)];
    }
    s += 4 * w * h;
  }
  return null;
}

const px = (img: Uint8Array, width: number, x: number, y: number): number[] => {
  const o = (y * width + x) * 4;
  return [img[o], img[o + 1], img[o + 2]];
};

// A track whose speed rises along it, crossing the frame at pixel row y.
function trackAtRow(scene: Scene, y: number, x0: number, x1: number, id = 'a'): Track {
  const projection = createProjection(scene.map) as unknown as { invert(p: [number, number]): [number, number] };
  const [lon0, lat] = projection.invert([x0, y]);
  const [lon1] = projection.invert([x1, y]);
  const track = straightTrack(id, t0, 10_000, 30, lon0, lon1, lat);
  track.points.forEach((p, i) => p.push(5 + i));
  return track;
}

async function logoPng(): Promise<Uint8Array> {
  const { surface, ctx } = createSurface(40, 20);
  ctx.fillStyle = '#ff0000';
  ctx.fillRect(0, 0, 40, 20);
  return new Uint8Array(await surface.encode('png'));
}

describe('decorations above the trails, laid out without overlaps', () => {
  const W = 400; const H = 300;
  const base: SceneOptions = {
    width: W, height: H, bbox: [-20, -15, 20, 15], numericNames: ['speed'], legend: true, trailDurationMs: 3_600_000,
    style: { colorBy: 'speed', head: 'none', lineWidth: 16, tailOpacity: 1 }, timeline: { fps: 10, durationSec: 1 },
  };

  it('a trail passing under the colour bar leaves the bar\'s pixels intact, and is drawn beside it', () => {
    const probe = syntheticScene([straightTrack('a', t0, 10_000, 30, -10, 10, 0)], base);
    const box = probe.decorationLayer.boxes.legend!;
    const unit = H / 600;
    // The bar's middle row: panel padding, one title line, half the bar.
    const barY = Math.round(box.y + 6 * unit + 12 * 1.35 * unit + 5 * unit);
    const scene = syntheticScene([trackAtRow(probe, barY, box.x + 1, box.x + box.w + 60)], base);
    expect(scene.decorationLayer.boxes.legend).toEqual(box);
    const frame = createFrameRenderer(scene).renderFrameRgba(scene.timeline.frameCount - 1);
    let opaque = 0;
    for (let x = Math.ceil(box.x + 6 * unit) + 1; x < box.x + box.w - 6 * unit - 1; x++) {
      const layer = layerPixel(scene.decorationLayer, x, barY);
      if (!layer || layer[3] !== 255) continue;
      opaque++;
      expect(px(frame, W, x, barY)).toEqual(layer.slice(0, 3));
    }
    expect(opaque).toBeGreaterThan(50);
    // Right of the panel the trail is there: not the black sea.
    expect(Math.max(...px(frame, W, Math.ceil(box.x + box.w) + 20, barY))).toBeGreaterThan(60);
    // Inside the translucent panel (above the bar, between title and bar) the trail shows dimmed.
    const panelY = Math.round(box.y + 6 * unit + 12 * 1.35 * unit - 1);
    const noTrail = createFrameRenderer(syntheticScene([straightTrack('a', t0, 10_000, 30, -10, 10, 0)].map((t) => ({ ...t, points: t.points.map((p) => [...p, 5] as Track['points'][number]) })), base));
    const beside = noTrail.renderFrameRgba(0);
    expect(px(frame, W, Math.round(box.x + box.w / 2), panelY)).not.toEqual(px(beside, W, Math.round(box.x + box.w / 2), panelY));
  });

  it('layoutDecorations() stacks items sharing an anchor away from the edge and squeezes a centred title between corners', () => {
    const boxes = layoutDecorations([
      { name: 'legend', anchor: 'bottom-left', w: 100, h: 40 },
      { name: 'scaleBar', anchor: 'bottom-left', w: 120, h: 12 },
      { name: 'logo', anchor: 'top-right', w: 60, h: 30 },
      { name: 'northArrow', anchor: 'top-right', w: 24, h: 24 },
      { name: 'title', anchor: 'top', w: 300, h: 20, minW: 200 },
      { name: 'clock', anchor: 'top-left', w: 80, h: 16 },
    ], 400, 300, 10, 5);
    // The scale bar keeps the edge, the legend sits above it; the north arrow above the logo.
    expect(boxes.scaleBar).toEqual({ x: 10, y: 300 - 10 - 12, w: 120, h: 12 });
    expect(boxes.legend).toEqual({ x: 10, y: 300 - 10 - 12 - 5 - 40, w: 100, h: 40 });
    expect(boxes.northArrow).toEqual({ x: 400 - 10 - 24, y: 10, w: 24, h: 24 });
    expect(boxes.logo!.y).toBe(10 + 24 + 5);
    // The title is narrowed to the room between the clock (right edge 90) and the logo (left edge 330).
    expect(boxes.title!.y).toBe(10);
    expect(boxes.title!.w).toBeCloseTo(2 * (200 - 90 - 5), 6);
    // Too little room to squeeze: it moves below the corner items instead.
    const tight = layoutDecorations([
      { name: 'clock', anchor: 'top-left', w: 160, h: 16 },
      { name: 'title', anchor: 'top', w: 300, h: 20, minW: 250 },
    ], 400, 300, 10, 5);
    expect(tight.title!.y).toBe(10 + 16 + 5);
  });

  // Everything on at once, at two sizes: boxes inside the frame, none touching another, and the
  // same picture scaled (the logo is a fraction of the width, the rest of the shorter side).
  const crowded = (png: Uint8Array, anchors: 'default' | 'shared'): Pick<SceneOptions, 'overlays' | 'decorations'> => {
    const shared = anchors === 'shared';
    const overlays: MapOverlays = {
      scaleBar: { units: 'km', anchor: 'bottom-left' },
      northArrow: { anchor: shared ? 'top-left' : 'top-right' },
      logo: { png, anchor: shared ? 'top-left' : 'top-right', sizeFraction: 0.1 },
    };
    return {
      overlays,
      decorations: {
        clock: true, clockAnchor: shared ? 'top-left' : 'bottom-right', title: 'Ships in the harbour, 30 June 2020', subtitle: 'AIS, every vessel',
        titleAnchor: 'top', legendAnchor: 'bottom-left', clockFormat: '%d %b %Y %H:%M %Z',
      },
    };
  };
  for (const anchors of ['default', 'shared'] as const) {
    it(`with every decoration on (${anchors} anchors), boxes never intersect at 800x600 and 3840x2160, and scale alike`, async () => {
      const png = await logoPng();
      const all: Record<string, Record<DecorationName, Box>> = {};
      for (const [width, height] of [[800, 600], [3840, 2160]]) {
        const scene = syntheticScene([straightTrack('a', t0, 10_000, 30, -10, 10, 0)].map((t) => ({ ...t, points: t.points.map((p, i) => [...p, i] as Track['points'][number]) })), {
          ...base, width, height, map: 'conus', bbox: undefined, ...crowded(png, anchors),
        });
        const boxes = scene.decorationLayer.boxes as Record<DecorationName, Box>;
        expect(Object.keys(boxes).sort()).toEqual(['clock', 'legend', 'logo', 'northArrow', 'scaleBar', 'title']);
        const list = Object.entries(boxes);
        for (const [name, b] of list) {
          expect(b.x, name).toBeGreaterThanOrEqual(0);
          expect(b.y, name).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w, name).toBeLessThanOrEqual(width);
          expect(b.y + b.h, name).toBeLessThanOrEqual(height);
        }
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) expect(boxesIntersect(list[i][1], list[j][1]), `${list[i][0]} / ${list[j][0]}`).toBe(false);
        }
        // Every visible pixel of the static layer is inside some decoration's box (give or take the
        // north arrow's N and anti-aliasing: 3 px of a 600-px frame).
        const slack = 3 * Math.min(width, height) / 600;
        const inside = (x: number, y: number) => list.some(([, b]) => x >= b.x - slack && x <= b.x + b.w + slack && y >= b.y - slack && y <= b.y + b.h + slack);
        const { rects, pixels } = scene.decorationLayer;
        let outside = 0;
        for (let r = 0, o = 0; r < rects.length; r += 4) {
          for (let y = rects[r + 1]; y < rects[r + 1] + rects[r + 3]; y++) {
            for (let x = rects[r]; x < rects[r] + rects[r + 2]; x++, o += 4) if (pixels[o + 3] !== 0 && !inside(x, y)) outside++;
          }
        }
        expect(outside).toBe(0);
        all[`${width}`] = boxes;
      }
      // Heights scale with the shorter side (3.6x); text boxes to within a pixel or two of rounding.
      for (const name of ['clock', 'legend', 'northArrow', 'scaleBar', 'title'] as DecorationName[]) {
        expect(all['3840'][name].h / all['800'][name].h, name).toBeCloseTo(3.6, 1);
      }
      if (anchors === 'shared') {
        // Three items at top-left, in stack order from the edge: clock, north arrow, logo.
        const b = all['800'];
        expect(b.clock.y).toBeLessThan(b.northArrow.y);
        expect(b.northArrow.y).toBeLessThan(b.logo.y);
      }
      const b = all['800'];
      // The legend above the scale bar at bottom-left.
      expect(b.legend.y + b.legend.h).toBeLessThan(b.scaleBar.y);
    });
  }

  it('--color-label replaces the key\'s title: pixels differ inside the legend\'s box only', () => {
    const track = straightTrack('a', t0, 10_000, 30, -10, 10, 0);
    track.points.forEach((p, i) => p.push(i));
    const plain = syntheticScene([track], base);
    const labelled = syntheticScene([track], { ...base, decorations: { clock: false, colorLabel: 'speed (kn)' } });
    const a = createFrameRenderer(plain).renderFrameRgba(5).slice();
    const b = createFrameRenderer(labelled).renderFrameRgba(5);
    const box = labelled.decorationLayer.boxes.legend!;
    let inside = 0; let outside = 0;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const o = (y * W + x) * 4;
        if (a[o] === b[o] && a[o + 1] === b[o + 1] && a[o + 2] === b[o + 2]) continue;
        if (x >= box.x && x < box.x + box.w && y >= box.y && y < box.y + box.h) inside++; else outside++;
      }
    }
    expect(inside).toBeGreaterThan(20);
    expect(outside).toBe(0);
  });

  it('a different --clock-format draws a different, narrower clock in its box', () => {
    const track = straightTrack('a', t0, 10_000, 30, -10, 10, 0);
    const full = syntheticScene([track], { ...base, legend: false, decorations: { clock: true } });
    const short = syntheticScene([track], { ...base, legend: false, decorations: { clock: true, clockFormat: '%H:%M' } });
    const [fullBox, shortBox] = [full.decorationLayer.boxes.clock!, short.decorationLayer.boxes.clock!];
    // Monospace: "2020-06-30 00:00:00 UTC" is 23 characters, "00:00" 5.
    expect(shortBox.w / fullBox.w).toBeCloseTo(5 / 23, 1);
    expect(shortBox.x + shortBox.w).toBeCloseTo(fullBox.x + fullBox.w, 6);
    const a = createFrameRenderer(full).renderFrameRgba(3).slice();
    const b = createFrameRenderer(short).renderFrameRgba(3);
    // Left of the short clock's box, only the full clock has text.
    let differ = 0;
    for (let y = Math.floor(fullBox.y); y < fullBox.y + fullBox.h; y++) {
      for (let x = Math.floor(fullBox.x); x < shortBox.x - 2; x++) if (a[(y * W + x) * 4] !== b[(y * W + x) * 4]) differ++;
    }
    expect(differ).toBeGreaterThan(30);
  });

  it('frames are identical serially, in shuffled order, and through the scene file, with every decoration on', async () => {
    const track = straightTrack('a', t0, 10_000, 30, -10, 10, 0);
    track.points.forEach((p, i) => p.push(i));
    const scene = syntheticScene([track], { ...base, width: 320, height: 240, map: 'conus', bbox: undefined, ...crowded(await logoPng(), 'default'),
      timeline: { fps: 10, durationSec: 2 } });
    const serial = createFrameRenderer(scene);
    const frames = Array.from({ length: scene.timeline.frameCount }, (_, k) => serial.renderFrameRgba(k).slice());
    const order = frames.map((_, k) => k).sort((a, b) => ((a * 7919) % 13) - ((b * 7919) % 13));
    const shuffled = createFrameRenderer(scene);
    for (const k of order) expect(Buffer.compare(shuffled.renderFrameRgba(k), frames[k]), `frame ${k}`).toBe(0);
    const remote = createFrameRenderer(decodeScene(encodeScene(scene)));
    for (const k of [...order].reverse()) expect(Buffer.compare(remote.renderFrameRgba(k), frames[k]), `frame ${k} from the scene file`).toBe(0);
  });
});
