// Golden PNGs of the looks (test/helpers/golden.ts says how they are compared).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareToGolden as compareAt } from '../helpers/golden.js';
import { createFrameRenderer } from '../../src/render/create-frame-renderer.js';
import { OSM_ATTRIBUTION } from '../../src/map/osm-coast/coast-source.js';
import { ALL_LAYERS, syntheticScene, type SceneOptions, type Track } from '../unit/render/synthetic-scene.js';

const here = dirname(fileURLToPath(import.meta.url));
const compareToGolden = (name: string, png: Buffer): Promise<void> => compareAt(join(here, `${name}.png`), png);

// Five aircraft-like tracks over the eastern US with curving paths and different speeds.
const KINDS = ['jet', 'prop', 'jet', 'glider', 'prop'];
function tracks(): Track[] {
  const out: Track[] = [];
  for (let i = 0; i < 5; i++) {
    const points: Track['points'] = [];
    let lon = -88 + 3 * i;
    let lat = 32 + 2 * i;
    for (let j = 0; j <= 60; j++) {
      points.push([Date.UTC(2020, 5, 30, 0, 0, 0) + j * 10_000, lon, lat]);
      points[points.length - 1].push(100 * i + 3 * j); // speed
      lon += 0.06 + 0.02 * i;
      lat += 0.04 * Math.sin(j / 10 + i);
    }
    out.push({ id: `plane-${i}`, points, text: { kind: KINDS[i] } });
  }
  return out;
}


describe('frame snapshots', () => {
  it('renderFramePng() matches the golden frame of a small synthetic scene at 320x240', async () => {
    const scene = syntheticScene(tracks(), {
      width: 320, height: 240, layers: ALL_LAYERS, trailDurationMs: 180_000,
      timeline: { fps: 10, durationSec: 3 }, decorations: { clock: true, title: 'trackreel' },
    });
    const renderer = createFrameRenderer(scene);
    await compareToGolden('eastern-us-320x240', await renderer.renderFramePng(20));
  });

  it('renderFramePng() matches the golden frame of a harbour on the OpenStreetMap coastline, with an overlay and the credit line', async () => {
    // Ships through the Kill van Kull, Newark Bay and the Upper Bay of New York.
    const paths: Array<Array<[number, number]>> = [
      [[-74.17, 40.645], [-74.12, 40.643], [-74.08, 40.645], [-74.05, 40.66], [-74.04, 40.69]],
      [[-74.14, 40.69], [-74.13, 40.67], [-74.12, 40.655], [-74.1, 40.645]],
      [[-74.02, 40.60], [-74.04, 40.63], [-74.045, 40.66], [-74.03, 40.70], [-74.02, 40.74]],
    ];
    const ships: Track[] = paths.map((path, i) => ({
      id: `ship-${i}`,
      points: Array.from({ length: 41 }, (_, j) => {
        const u = (j / 40) * (path.length - 1);
        const k = Math.min(path.length - 2, Math.floor(u));
        const f = u - k;
        return [Date.UTC(2020, 5, 30) + j * 15_000, path[k][0] + f * (path[k + 1][0] - path[k][0]), path[k][1] + f * (path[k + 1][1] - path[k][1])];
      }),
    }));
    const lane = { name: 'lane', color: '#3ec7ff', width: 1.2, fillOpacity: 0.15, features: { type: 'FeatureCollection' as const, features: [
      { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [[[-74.07, 40.60], [-74.07, 40.63], [-74.03, 40.63], [-74.03, 40.60], [-74.07, 40.60]]] } },
    ] } };
    const scene = syntheticScene(ships, {
      width: 320, height: 240, layers: ALL_LAYERS, trailDurationMs: 240_000, bbox: [-74.2, 40.58, -73.98, 40.75],
      timeline: { fps: 10, durationSec: 3 }, decorations: { clock: true },
      mapOptions: { overlays: [lane] },
      overlays: { scaleBar: null, northArrow: null, logo: null, attribution: { texts: [OSM_ATTRIBUTION], anchor: 'bottom-right' } },
    });
    expect(scene.map.detail).toBe('osm');
    await compareToGolden('harbour-osm-320x240', await createFrameRenderer(scene).renderFramePng(25));
  });

  // One golden frame per look of the gallery, on the same small scene.
  const looks: Record<string, SceneOptions> = {
    'look-light': { theme: 'light' },
    'look-speed-colorbar': { style: { colorBy: 'speed' }, legend: true },
    'look-id-legend': { theme: 'light', style: { colorBy: 'id' }, legend: true },
    'look-arrows-anchors': { style: { head: 'arrow' }, decorations: { clock: true, clockAnchor: 'top-left', title: 'trackreel', subtitle: 'arrows', titleAnchor: 'bottom' } },
    'look-orthographic': { projection: 'orthographic', map: 'world' },
    'look-lambert': { projection: 'lambert-conformal-conic', map: 'conus', theme: 'light' },
    // A place map: lakes, provinces, cities with placed names, graticule labels, scale bar, north arrow.
    'look-city-map': {
      projection: 'lambert-conformal-conic', map: 'city:Pittsburgh',
      layers: { ...ALL_LAYERS, lakes: true, provinces: true, graticuleLabels: true, cities: true },
      mapOptions: { mapRadiusKm: 500, citiesMinPopulation: 300_000, graticuleStepDeg: 'auto' },
      overlays: { scaleBar: { units: 'km', anchor: 'bottom-left' }, northArrow: { anchor: 'top-right' }, logo: null },
    },
    // A text property as categories (legend, coloured heads); a derived scalar on a cyclic map.
    'look-category-legend': { style: { colorBy: 'kind' }, legend: true },
    'look-heading-cyclic': { style: { colorBy: 'heading', head: 'arrow' }, legend: true },
    // Head labels with collision avoidance, a highlighted object on top, trails fading to 0.2.
    'look-labels-highlight': { style: { label: 'id', highlight: ['plane-2'], tailOpacity: 0.2, zOrder: 'speed' } },
    // A heatmap movie: density over a 5-minute window, its colour bar, trails and heads on top.
    'look-heatmap': { heatmap: { windowMs: 300_000, radius: 24, trails: true }, legend: true },
    // A follow camera: plane-2's head at the centre, the 10m basemap zoomed under it, the title and clock fixed.
    'look-follow': { camera: { follow: 'plane-2', followRadiusKm: 250 }, style: { colorBy: 'speed' } },
    // Decorations stacked at shared anchors above the trails: scale bar, north arrow and colour bar
    // (with --color-label) at bottom-left, a --clock-format clock under the title at the top.
    'look-stacked-decorations': {
      style: { colorBy: 'speed' }, legend: true,
      overlays: { scaleBar: { units: 'km', anchor: 'bottom-left' }, northArrow: { anchor: 'bottom-left' }, logo: null },
      decorations: { clock: true, clockAnchor: 'top', clockFormat: '%d %b %Y %H:%M', title: 'trackreel', subtitle: 'stacked', colorLabel: 'speed (kn)', legendAnchor: 'bottom-left' },
    },
  };
  for (const [name, options] of Object.entries(looks)) {
    it(`renderFramePng() matches the golden frame of ${name}`, async () => {
      const scene = syntheticScene(tracks(), {
        width: 320, height: 240, layers: ALL_LAYERS, trailDurationMs: 180_000, numericNames: ['speed'],
        timeline: { fps: 10, durationSec: 3 }, decorations: { clock: true, title: 'trackreel' }, ...options,
      });
      await compareToGolden(name, await createFrameRenderer(scene).renderFramePng(20));
    });
  }
});
