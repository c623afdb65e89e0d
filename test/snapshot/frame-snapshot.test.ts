// Golden PNGs of the looks (test/helpers/golden.ts says how they are compared), each made as a user
// makes it: a CSV file, the options a user gives, renderStill. No test-only scene: the defaults
// are the real ones, so a golden shows a picture anyone can get.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareToGolden as compareAt } from '../helpers/golden.js';
import { useTempFiles } from '../helpers/temp-files.js';
import { renderStill, type RenderStillOptions } from '../../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const writeFile = useTempFiles('trackreel-looks-');
const T0 = Date.UTC(2020, 5, 30);
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

// Five aircraft-like tracks over the eastern US with curving paths and different speeds, one
// point every 10 s, with a numeric "speed" and a text "kind" column.
const KINDS = ['jet', 'prop', 'jet', 'glider', 'prop'];
function planes(): string {
  const rows = ['id,time,lon,lat,speed,kind'];
  for (let i = 0; i < 5; i++) {
    let lon = -88 + 3 * i;
    let lat = 32 + 2 * i;
    for (let j = 0; j <= 60; j++) {
      rows.push(`plane-${i},${iso(T0 + j * 10_000)},${lon.toFixed(5)},${lat.toFixed(5)},${100 * i + 3 * j},${KINDS[i]}`);
      lon += 0.06 + 0.02 * i;
      lat += 0.04 * Math.sin(j / 10 + i);
    }
  }
  return rows.join('\n') + '\n';
}

// Ships through the Kill van Kull, Newark Bay and the Upper Bay of New York, one report every 15 s.
function ships(): string {
  const paths: Array<Array<[number, number]>> = [
    [[-74.17, 40.645], [-74.12, 40.643], [-74.08, 40.645], [-74.05, 40.66], [-74.04, 40.69]],
    [[-74.14, 40.69], [-74.13, 40.67], [-74.12, 40.655], [-74.1, 40.645]],
    [[-74.02, 40.60], [-74.04, 40.63], [-74.045, 40.66], [-74.03, 40.70], [-74.02, 40.74]],
  ];
  const rows = ['id,time,lon,lat'];
  paths.forEach((path, i) => {
    for (let j = 0; j <= 40; j++) {
      const u = (j / 40) * (path.length - 1);
      const k = Math.min(path.length - 2, Math.floor(u));
      const f = u - k;
      rows.push(`ship-${i},${iso(T0 + j * 15_000)},${(path[k][0] + f * (path[k + 1][0] - path[k][0])).toFixed(6)},${(path[k][1] + f * (path[k + 1][1] - path[k][1])).toFixed(6)}`);
    }
  });
  return rows.join('\n') + '\n';
}

// A 3 s movie at 10 fps (30 frames); each golden is one of its frames.
const MOVIE = { size: [320, 240] as [number, number], fps: 10, durationMs: 3000 };

async function still(name: string, input: string, options: Partial<RenderStillOptions>): Promise<void> {
  const output = join(dirname(input), `${name}.png`);
  await renderStill({ input, output, overwrite: true, ...MOVIE, ...options } as RenderStillOptions);
  await compareAt(join(here, `${name}.png`), await readFile(output));
}

describe('frame snapshots', () => {
  it('matches the golden frame of the eastern US planes with the default look', async () => {
    await still('eastern-us-320x240', await writeFile('planes.csv', planes()), { trailDurationMs: 180_000, title: 'trackreel', frame: 20 });
  });

  it('matches the golden frame of a harbour on the OpenStreetMap coastline, with an overlay and the credit line', async () => {
    const lane = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[-74.07, 40.60], [-74.07, 40.63], [-74.03, 40.63], [-74.03, 40.60], [-74.07, 40.60]]] } },
    ] };
    const overlay = await writeFile('lane.geojson', JSON.stringify(lane));
    const result = await renderStill({
      input: await writeFile('ships.csv', ships()), output: join(dirname(overlay), 'harbour.png'), overwrite: true,
      ...MOVIE, trailDurationMs: 240_000, bbox: [-74.2, 40.58, -73.98, 40.75], overlay: [overlay],
      overlayColor: '#3ec7ff', overlayWidth: 1.2, overlayFill: 0.15, frame: 25,
    } as RenderStillOptions);
    expect(result.width).toBe(320);
    await compareAt(join(here, 'harbour-osm-320x240.png'), await readFile(result.output));
  });

  // One golden frame per look of the gallery, on the same planes: each look is the options a user gives.
  const looks: Record<string, Partial<RenderStillOptions>> = {
    'look-light': { theme: 'light' },
    'look-speed-colorbar': { colorBy: 'speed' },
    'look-id-legend': { theme: 'light', colorBy: 'id' },
    'look-arrows-anchors': { head: 'arrow', clockAnchor: 'top-left', subtitle: 'arrows', titleAnchor: 'bottom' },
    'look-orthographic': { projection: 'orthographic', map: 'world' },
    'look-lambert': { projection: 'lambert-conformal-conic', map: 'conus', theme: 'light' },
    // A place map: lakes, provinces, cities with placed names, graticule labels, scale bar, north arrow.
    'look-city-map': {
      projection: 'lambert-conformal-conic', map: 'city:Pittsburgh', mapRadiusKm: 500, cities: 300_000,
      layers: ['land', 'lakes', 'coastlines', 'borders', 'states', 'provinces', 'graticule', 'graticule-labels', 'cities'],
      scaleBar: true, northArrow: true,
    },
    // A text property as categories (legend, coloured heads); a derived scalar on a cyclic map.
    'look-category-legend': { colorBy: 'kind' },
    'look-heading-cyclic': { colorBy: 'heading', head: 'arrow' },
    // Head labels with collision avoidance, a highlighted object on top, trails fading to 0.2.
    'look-labels-highlight': { label: 'id', highlight: ['plane-2'], tailOpacity: 0.2, zOrder: 'speed' },
    // A heatmap movie: density over a 5-minute window, its colour bar, trails and heads on top.
    'look-heatmap': { movieType: 'heatmap', heatmapWindowMs: 300_000, heatmapRadius: 24, heatmapTrails: true },
    // A follow camera: plane-2's head at the centre, the map zoomed under it, the title and clock fixed.
    'look-follow': { follow: 'plane-2', followRadiusKm: 250, colorBy: 'speed' },
    // Decorations stacked at shared anchors above the trails: scale bar, north arrow and colour bar
    // (with --color-label) at bottom-left, a --clock-format clock under the title at the top.
    'look-stacked-decorations': {
      colorBy: 'speed', scaleBar: true, northArrow: true, northArrowAnchor: 'bottom-left',
      clockAnchor: 'top', clockFormat: '%d %b %Y %H:%M', subtitle: 'stacked', colorLabel: 'speed (kn)', legendAnchor: 'bottom-left',
    },
  };
  for (const [name, options] of Object.entries(looks)) {
    it(`matches the golden frame of ${name}`, async () => {
      await still(name, await writeFile('planes.csv', planes()), { trailDurationMs: 180_000, title: 'trackreel', frame: 20, ...options });
    });
  }
});
