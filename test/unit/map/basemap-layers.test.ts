import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { basemapLayers } from '../../../src/map/basemap-layers.js';

describe('basemapLayers', () => {
  it('basemapLayers() loads every detail from node_modules, cached, with no land polygon over a hemisphere', () => {
    for (const detail of ['110m', '50m', '10m'] as const) {
      const layers = basemapLayers(detail);
      expect(basemapLayers(detail)).toBe(layers);
      expect(layers.borders.coordinates.length).toBeGreaterThan(10);
      expect(layers.states.coordinates.length).toBeGreaterThan(10);
      expect(layers.coastlines.coordinates.length).toBeGreaterThan(10);
      // land-10m has islets that quantise to rings d3 reads as the whole sphere.
      expect(geoArea(layers.land)).toBeLessThan(2 * Math.PI);
    }
  });
});
