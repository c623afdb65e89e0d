// The JS polygon filler and the JS basemap of a moving camera, against exact coverage and Skia.
import { describe, expect, it } from 'vitest';
import { frameView } from '../../../src/camera/camera-track.js';
import { viewMapSpec } from '../../../src/camera/view-map-spec.js';
import { createSurface } from '../../../src/render/raster/canvas.js';
import { drawBasemap } from '../../../src/render/basemap/draw-basemap.js';
import { createPolygonFiller } from '../../../src/render/raster/fill-polygons.js';
import { createPlanarBasemapCache } from '../../../src/render/basemap/planar-basemap.js';
import { createBasemapRasteriser } from '../../../src/render/basemap/rasterise-basemap.js';
import { createRgbaImage } from '../../../src/render/raster/rgba-image.js';
import { ALL_LAYERS, straightTrack, syntheticScene } from './synthetic-scene.js';

const red = (img: { data: Uint8Array; width: number }, x: number, y: number): number => img.data[(y * img.width + x) * 4];

describe('createPolygonFiller', () => {
  it('fills a square with exact coverage: whole inside, half on an edge through pixel centres, nothing outside', () => {
    const img = createRgbaImage(40, 30);
    const filler = createPolygonFiller(40, 30);
    // x from 10 to 20.5, y from 5 to 15: column 20 is half covered.
    filler.moveTo(10, 5); filler.lineTo(20.5, 5); filler.lineTo(20.5, 15); filler.lineTo(10, 15); filler.closePath();
    filler.fill(img, 0xc80000);
    expect(red(img, 10, 5)).toBe(200);
    expect(red(img, 19, 14)).toBe(200);
    expect(red(img, 20, 10)).toBe(100);
    expect(red(img, 9, 10)).toBe(0);
    expect(red(img, 21, 10)).toBe(0);
    expect(red(img, 15, 15)).toBe(0);
  });

  it('leaves a hole wound the other way empty, and clears itself for the next fill', () => {
    const img = createRgbaImage(40, 30);
    const filler = createPolygonFiller(40, 30);
    filler.moveTo(0, 0); filler.lineTo(30, 0); filler.lineTo(30, 20); filler.lineTo(0, 20); filler.closePath();
    filler.moveTo(10, 5); filler.lineTo(10, 15); filler.lineTo(20, 15); filler.lineTo(20, 5); filler.closePath();
    filler.fill(img, 0xff0000);
    expect(red(img, 5, 5)).toBe(255);
    expect(red(img, 15, 10)).toBe(0);
    // Nothing accumulated: a fill with no rings draws nothing.
    filler.fill(img, 0x00ff00);
    expect(img.data[(10 * 40 + 15) * 4 + 1]).toBe(0);
  });

  it('clips rings that leave the frame (d3 hands it coordinates up to 8 px outside)', () => {
    const img = createRgbaImage(20, 20);
    const filler = createPolygonFiller(20, 20);
    filler.moveTo(-8, -8); filler.lineTo(10, -8); filler.lineTo(10, 28); filler.lineTo(-8, 28); filler.closePath();
    filler.fill(img, 0xff0000);
    expect(red(img, 0, 0)).toBe(255);
    expect(red(img, 9, 19)).toBe(255);
    expect(red(img, 10, 10)).toBe(0);
  });
});

describe('the JS basemap of a moving camera', () => {
  it('draws what drawBasemap draws with Skia for the same view, but for anti-aliasing', () => {
    const scene = syntheticScene([straightTrack('a', 0, 10_000, 11, -80, -72, 40)], {
      width: 320, height: 240, layers: { ...ALL_LAYERS, graticuleLabels: false, cities: false }, trailDurationMs: 30_000,
      timeline: { startMs: 0, endMs: 100_000, fps: 10, durationSec: 1.1 }, camera: { follow: 'a', followRadiusKm: 150 },
    });
    const planar = createPlanarBasemapCache(scene);
    const view = frameView(scene, 6);
    const spec = viewMapSpec(scene.map, view);
    const js = createRgbaImage(320, 240);
    createBasemapRasteriser(320, 240).draw(js, spec, view, planar.layersFor(spec.detail, view));
    const { ctx } = createSurface(320, 240);
    drawBasemap(ctx, spec, 320, 240, planar.layersFor(spec.detail, view));
    const skia = ctx.getImageData(0, 0, 320, 240).data;
    let differing = 0;
    let land = 0;
    for (let i = 0; i < js.data.length; i += 4) {
      const d = Math.max(Math.abs(js.data[i] - skia[i]), Math.abs(js.data[i + 1] - skia[i + 1]), Math.abs(js.data[i + 2] - skia[i + 2]));
      if (d > 32) differing++;
      if (js.data[i] === 0x30) land++;
    }
    // Both have land and sea here (the coast of New Jersey and Long Island), and agree but for edges.
    expect(land).toBeGreaterThan(0.1 * 320 * 240);
    expect(land).toBeLessThan(0.9 * 320 * 240);
    expect(differing).toBeLessThan(0.01 * 320 * 240);
  });
});
