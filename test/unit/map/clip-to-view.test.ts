import { geoPath } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { basemapLayers } from '../../../src/map/basemap-layers.js';
import { clipLines } from '../../../src/map/clip-to-view.js';
import { createProjection } from '../../../src/map/create-projection.js';
import { DEFAULT_MAP_COLORS, resolveMapSpec } from '../../../src/map/resolve-map-spec.js';
import { createSurface, surfaceRgba } from '../../../src/render/raster/canvas.js';
import { drawBasemap } from '../../../src/render/basemap/draw-basemap.js';

const W = 320;
const H = 240;

// The land of the whole world, projected by d3 without any pre-clipping.
function unclippedLand(spec: ReturnType<typeof resolveMapSpec>): Uint8Array {
  const { surface, ctx } = createSurface(W, H);
  ctx.fillStyle = spec.colors.sea;
  ctx.fillRect(0, 0, W, H);
  const projection = createProjection(spec).clipExtent([[-8, -8], [W + 8, H + 8]]);
  const path = geoPath(projection as Parameters<typeof geoPath>[0], ctx as unknown as Parameters<typeof geoPath>[1]);
  ctx.beginPath();
  path(basemapLayers(spec.detail).land);
  ctx.fillStyle = spec.colors.land;
  ctx.fill();
  return surfaceRgba(surface).slice();
}

describe('clipping the basemap to the view', () => {
  it('land clipped to the view box draws the same pixels as the whole world\'s land', () => {
    for (const [map, projection] of [['city:Rotterdam', 'equirectangular'], ['airport:JFK', 'mercator'], ['city:Oslo', 'lambert-conformal-conic'], ['city:Athens', 'orthographic']] as const) {
      const spec = resolveMapSpec({
        width: W, height: H, domain: 'terrestrial', dataBbox: [0, 0, 1, 1], map, mapRadiusKm: 150, projection, marginFraction: 0, layers: { land: true },
        colors: { ...DEFAULT_MAP_COLORS, sea: '#000000', land: '#ffffff' },
      });
      const { surface, ctx } = createSurface(W, H);
      drawBasemap(ctx, spec, W, H);
      const clipped = surfaceRgba(surface);
      const whole = unclippedLand(spec);
      let land = 0;
      let differing = 0;
      for (let i = 0; i < clipped.length; i += 4) {
        if (whole[i] > 128) land++;
        if (Math.abs(clipped[i] - whole[i]) > 8) differing++;
      }
      expect(land, map).toBeGreaterThan(W * H * 0.05);
      expect(land, map).toBeLessThan(W * H * 0.95);
      expect(differing, map).toBeLessThanOrEqual(W * H * 0.001);
    }
  });

  it('clipLines() keeps the runs inside the box with one point beyond each end', () => {
    const lines: MultiLineString = { type: 'MultiLineString', coordinates: [
      [[-5, 0], [-2, 0], [1, 0], [2, 0], [5, 0], [8, 0], [9, 1], [9, 2], [3, 3], [-8, 3]],
      [[20, 20], [21, 21]],
    ] };
    expect(clipLines(lines, [0, -1, 4, 4]).coordinates).toEqual([
      [[-2, 0], [1, 0], [2, 0], [5, 0]],
      [[9, 2], [3, 3], [-8, 3]],
    ]);
  });
});
