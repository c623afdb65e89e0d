// Each map layer and overlay: present when on, absent when off, at positions computed from the
// projection.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjection } from '../../../src/map/create-projection.js';
import { graticuleEdgeLabels } from '../../../src/map/graticule-labels.js';
import type { MapSpec } from '../../../src/map/map-spec.js';
import { placeLabels } from '../../../src/map/place-labels.js';
import { DEFAULT_MAP_COLORS, resolveMapSpec, type MapSpecInput } from '../../../src/map/resolve-map-spec.js';
import { createSurface, surfaceRgba } from '../../../src/render/raster/canvas.js';
import { drawBasemap } from '../../../src/render/basemap/draw-basemap.js';
import { drawMapOverlays, northArrowCentre, northArrowLength, northDirection, scaleBarFor } from '../../../src/render/decorations/draw-map-overlays.js';
import { NO_OVERLAYS, type MapOverlays } from '../../../src/scene/map-overlays.js';
import { readLogo } from '../../../src/render/decorations/read-logo.js';
import { isTrackreelError } from '../../../src/errors/trackreel-error.js';

const COLORS = { ...DEFAULT_MAP_COLORS, sea: '#000000', land: '#303030', lakes: '#0000ff', states: '#ff0000', cities: '#00ff00', labels: '#ffff00' };
const W = 320;
const H = 240;

function spec(input: Partial<MapSpecInput>): MapSpec {
  return resolveMapSpec({
    width: W, height: H, domain: 'terrestrial', dataBbox: [0, 0, 1, 1], map: 'auto', projection: 'equirectangular', marginFraction: 0,
    layers: {}, colors: COLORS, ...input,
  });
}

function draw(map: MapSpec, overlays: MapOverlays = NO_OVERLAYS): { px: (x: number, y: number) => [number, number, number] } {
  const { surface, ctx } = createSurface(W, H);
  drawBasemap(ctx, map, W, H);
  drawMapOverlays(ctx, map, overlays, '#ffffff', W, H);
  const data = surfaceRgba(surface);
  return {
    px: (x, y) => {
      const i = (Math.floor(y) * W + Math.floor(x)) * 4;
      return [data[i], data[i + 1], data[i + 2]];
    },
  };
}

const project = (map: MapSpec, p: [number, number]): [number, number] => (createProjection(map) as (q: [number, number]) => [number, number])(p);

// Pixels in the box that are not the sea's black.
function inked(image: ReturnType<typeof draw>, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(y0)); y <= Math.min(H - 1, y1); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x <= Math.min(W - 1, x1); x++) if (image.px(x, y).some((c) => c > 40)) n++;
  }
  return n;
}

describe('map layers', () => {
  it('lakes: Lake Michigan is filled with the lake colour over the land when on, land when off', () => {
    const box: MapSpecInput['bbox'] = [-90, 41, -84, 46];
    const centre: [number, number] = [-87.2, 43.5];
    const on = spec({ bbox: box, layers: { land: true, lakes: true } });
    const [x, y] = project(on, centre);
    expect(draw(on).px(x, y)).toEqual([0, 0, 255]);
    expect(draw(spec({ bbox: box, layers: { land: true } })).px(x, y)).toEqual([48, 48, 48]);
  });

  it('provinces: the Manitoba-Ontario border is drawn in the state colour when on, not at all when off', () => {
    const box: MapSpecInput['bbox'] = [-100, 48, -90, 54];
    const on = spec({ bbox: box, layers: { provinces: true }, lineWidths: { provinces: 2 } });
    // The border runs north along 95.15 W from the US border to about 52.8 N.
    const [x, y] = project(on, [-95.15, 50.5]);
    const red = (image: ReturnType<typeof draw>): number => {
      let n = 0;
      for (let dx = -3; dx <= 3; dx++) { const [r, g] = image.px(x + dx, y); if (r > 150 && g < 80) n++; }
      return n;
    };
    expect(red(draw(on))).toBeGreaterThan(0);
    expect(red(draw(spec({ bbox: box, layers: { states: true } })))).toBe(0);
  });

  it('graticule labels: each meridian is labelled where it meets the bottom edge, each parallel at the left edge', () => {
    const box: MapSpecInput['bbox'] = [-75, 40, -73, 41.5];
    const on = spec({ bbox: box, layers: { graticule: true, graticuleLabels: true }, graticuleStepDeg: 0.5 });
    const labels = graticuleEdgeLabels(on, W, H);
    const lon74 = labels.find((l) => l.text === '74.0°W');
    const lat41 = labels.find((l) => l.text === '41.0°N');
    expect(lon74?.edge).toBe('bottom');
    expect(lon74!.x).toBeCloseTo(project(on, [-74, 40.7])[0], 1);
    expect(lat41?.edge).toBe('left');
    expect(lat41!.y).toBeCloseTo(project(on, [-74, 41])[1], 1);
    const withLabels = draw(on);
    const without = draw(spec({ bbox: box, layers: { graticule: true }, graticuleStepDeg: 0.5 }));
    // Text just above the bottom edge around 74 W, and right of the left edge at 41 N.
    expect(inked(withLabels, lon74!.x - 12, H - 16, lon74!.x + 12, H - 6)).toBeGreaterThan(8);
    expect(inked(without, lon74!.x - 12, H - 16, lon74!.x + 12, H - 6)).toBeLessThan(4);
    expect(inked(withLabels, 6, lat41!.y - 3, 30, lat41!.y + 3)).toBeGreaterThan(8);
    expect(inked(without, 6, lat41!.y - 3, 30, lat41!.y + 3)).toBe(0);
  });

  it('graticule step: auto gives about five lines across small and large maps, 10 degrees on wide ones', () => {
    expect(spec({ bbox: [-75, 40, -73, 41.5], graticuleStepDeg: 'auto' }).graticuleStepDeg).toBe(0.5);
    expect(spec({ map: 'city:Rotterdam', graticuleStepDeg: 'auto' }).graticuleStepDeg).toBe(0.2);
    expect(spec({ map: 'world', graticuleStepDeg: 'auto' }).graticuleStepDeg).toBe(10);
    expect(spec({ bbox: [-75, 40, -73, 41.5] }).graticuleStepDeg).toBe(10);
  });

  it('cities: a dot at each labelled city\'s projected position when on, nothing when off', () => {
    const on = spec({ map: 'city:Paris', mapRadiusKm: 40, layers: { cities: true }, citiesMinPopulation: 100_000 });
    expect(on.cities[0].name).toBe('Paris');
    expect(on.cities.every((c) => c.population >= 100_000)).toBe(true);
    expect(on.cities.length).toBeGreaterThan(3);
    const [x, y] = project(on, [on.cities[0].lon, on.cities[0].lat]);
    // Paris is the map's centre.
    expect(x).toBeCloseTo(W / 2, 0);
    expect(y).toBeCloseTo(H / 2, 0);
    expect(draw(on).px(x, y)).toEqual([0, 255, 0]);
    const off = spec({ map: 'city:Paris', mapRadiusKm: 40, layers: {}, citiesMinPopulation: 100_000 });
    expect(off.cities).toEqual([]);
    expect(draw(off).px(x, y)).toEqual([0, 0, 0]);
    // Without a minimum: the 25 biggest in view.
    expect(spec({ map: 'city:Paris', mapRadiusKm: 40, layers: { cities: true } }).cities).toHaveLength(25);
  });

  it('placeLabels() places labels greedily, in the frame, overlapping neither each other nor any dot', () => {
    const requests = Array.from({ length: 60 }, (_, i) => ({ x: 20 + (i * 37) % 280, y: 20 + (i * 53) % 200, w: 40, h: 10 }));
    const spots = placeLabels(requests, 2, 2, W, H);
    const placed = spots.filter((s): s is NonNullable<typeof s> => s !== null);
    expect(placed.length).toBeGreaterThan(10);
    expect(spots[0]).toEqual({ x: 24, y: 15, w: 40, h: 10 });
    for (const [i, a] of placed.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0); expect(a.x + a.w).toBeLessThanOrEqual(W);
      for (const b of placed.slice(i + 1)) expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
      for (const r of requests) expect(a.x < r.x + 2 && r.x - 2 < a.x + a.w && a.y < r.y + 2 && r.y - 2 < a.y + a.h).toBe(false);
    }
  });
});

describe('map overlays', () => {
  it('scale bar: a round length about a fifth of the frame, as long in pixels as the projection says', () => {
    const map = spec({ map: 'city:Rotterdam', layers: {} });
    const bar = scaleBarFor(map, W, H, 'km')!;
    expect(bar.label).toBe(`${bar.length} km`);
    expect(bar.length / 10 ** Math.floor(Math.log10(bar.length))).toSatisfy((m: number) => [1, 2, 5].includes(Math.round(m)));
    expect(bar.lengthPx).toBeGreaterThan(W / 5 / 1.6);
    expect(bar.lengthPx).toBeLessThan(W / 5 * 1.6);
    // Equirectangular: one horizontal pixel at latitude phi is R cos(phi) / scale km.
    const lat = 51.9225 * Math.PI / 180;
    expect(bar.lengthPx).toBeCloseTo(bar.length * map.scale / (6371.0088 * Math.cos(lat)), 0);
    const miles = scaleBarFor(map, W, H, 'mi')!;
    expect(miles.label).toMatch(/ mi$/);
    expect(miles.lengthPx).toBeCloseTo(miles.length * 1.609344 * map.scale / (6371.0088 * Math.cos(lat)), 0);
    // Drawn bottom-left: the bar's row is white from the margin for lengthPx pixels.
    const unit = H / 600;
    const row = H - 10 * unit - 0.5;
    const on = draw(map, { ...NO_OVERLAYS, scaleBar: { units: 'km', anchor: 'bottom-left' } });
    const left = Math.ceil(10 * unit);
    let run = 0;
    while (on.px(left + run, row)[0] > 128) run++;
    expect(Math.abs(run - bar.lengthPx), `${run} ${bar.lengthPx}`).toBeLessThanOrEqual(1.5);
    expect(draw(map).px(left + 2, row)).toEqual([0, 0, 0]);
  });

  it('north arrow: points at the pole in a Lambert conic, tilted from "up" away from the central meridian', () => {
    const map = spec({ map: 'conus', projection: 'lambert-conformal-conic', layers: {} });
    const [cx, cy] = northArrowCentre('top-right', W, H);
    const [dx, dy] = northDirection(map, cx, cy);
    // Meridians of a conformal conic are straight lines meeting where the pole is projected.
    const pole = project(map, [-96, 90]);
    const toPole = [pole[0] - cx, pole[1] - cy];
    const n = Math.hypot(toPole[0], toPole[1]);
    expect(dx * toPole[0] / n + dy * toPole[1] / n).toBeGreaterThan(0.9999);
    expect(dx).toBeLessThan(-0.1);
    // On a cylindrical map north is up.
    expect(northDirection(spec({ bbox: [-80, 30, -70, 40] }), cx, cy).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, -1]);
    const tip: [number, number] = [cx + dx * (northArrowLength(W, H) / 2 - 2), cy + dy * (northArrowLength(W, H) / 2 - 2)];
    expect(draw(map, { ...NO_OVERLAYS, northArrow: { anchor: 'top-right' } }).px(...tip)[0]).toBeGreaterThan(128);
    expect(draw(map).px(...tip)[0]).toBeLessThan(40);
  });

  it('logo: the PNG is drawn at its anchor and size; a missing file or a non-PNG is an INPUT error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trackreel-logo-'));
    const { surface, ctx } = createSurface(20, 10);
    ctx.fillStyle = '#ff0000';
    ctx.fillRect(0, 0, 20, 10);
    const logoPath = join(dir, 'logo.png');
    writeFileSync(logoPath, await surface.encode('png'));
    const map = spec({ bbox: [0, 0, 10, 10] });
    const image = draw(map, { ...NO_OVERLAYS, logo: { png: readLogo(logoPath), anchor: 'bottom-right', sizeFraction: 0.25 } });
    // 80 x 40 pixels, 10 * 240/600 = 4 pixels from the bottom right corner.
    expect(image.px(W - 4 - 40, H - 4 - 20)).toEqual([255, 0, 0]);
    expect(image.px(W - 4 - 78, H - 4 - 2)).toEqual([255, 0, 0]);
    expect(image.px(W - 4 - 84, H - 4 - 20)).toEqual([0, 0, 0]);
    expect(draw(map).px(W - 4 - 40, H - 4 - 20)).toEqual([0, 0, 0]);
    const missing = join(dir, 'nope.png');
    const notPng = join(dir, 'logo.txt');
    writeFileSync(notPng, 'hello');
    for (const [path, code] of [[missing, 'INPUT_NOT_FOUND'], [notPng, 'INPUT_PARSE']]) {
      try { readLogo(path); expect.unreachable(); } catch (error) {
        expect(isTrackreelError(error) && error.code).toBe(code);
        expect((error as Error).message).toContain(path);
      }
    }
  });
});
