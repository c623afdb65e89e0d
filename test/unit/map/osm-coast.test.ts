import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { coastInBox, isOnLand } from '../../../src/map/osm-coast/coast-in-box.js';
import { coastIndex, ensureCoastIndex, forgetCoastIndex } from '../../../src/map/osm-coast/coast-index-cache.js';
import { osmCoastSource } from '../../../src/map/osm-coast/coast-source.js';
import { CellKind, encodeCoastIndex } from '../../../src/map/osm-coast/encode-coast-index.js';
import { CoastIndexUnreadable, openCoastIndex } from '../../../src/map/osm-coast/read-coast-index.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-coast-'));
afterAll(() => { forgetCoastIndex(); rmSync(dir, { recursive: true, force: true }); });

// A square sea from -10 to 10 (outer ring clockwise, as some sources write it) with a
// pentagon-shaped island (a hole) crossing cells, and a lake-like sea inside the island.
const sea = [[-10, -10], [-10, 10], [10, 10], [10, -10], [-10, -10]];
const island = [[-2.5, -2.2], [3.3, -1.7], [3.9, 1.4], [0.2, 2.6], [-2.1, 1.1], [-2.5, -2.2]];
const pond = [[0.1, 0.1], [0.6, 0.1], [0.6, 0.45], [0.1, 0.45], [0.1, 0.1]];

function inside(ring: number[][], x: number, y: number): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    if ((ring[i][1] > y) !== (ring[j][1] > y) && x < ((ring[j][0] - ring[i][0]) * (y - ring[i][1])) / (ring[j][1] - ring[i][1]) + ring[i][0]) c = !c;
  }
  return c;
}
const truthLand = (x: number, y: number): boolean => !inside(sea, x, y) || (inside(island, x, y) && !inside(pond, x, y));

function syntheticIndex(name: string, source = 'test-sea@1') {
  const path = join(dir, name);
  writeFileSync(path, encodeCoastIndex([[sea, island], [pond]], source));
  return openCoastIndex(path, source);
}

describe('coastline index', () => {
  it('encodeCoastIndex() cells: sea, land and mixed, and isOnLand() agrees with the polygons everywhere', () => {
    const index = syntheticIndex('a.bin');
    // Cell (lon 5..6, lat 5..6) is open sea; (lon 20, lat 0) outside every sea polygon is land.
    expect(index.kind(185, 95)).toBe(CellKind.Sea);
    expect(index.kind(200, 90)).toBe(CellKind.Land);
    expect(index.kind(180, 90)).toBe(CellKind.Mixed);
    let checked = 0;
    for (let x = -11.97; x < 11; x += 0.173) {
      for (let y = -11.93; y < 11; y += 0.181) {
        expect(isOnLand(index, x, y), `${x},${y}`).toBe(truthLand(x, y));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    index.close();
  });

  it('coastInBox() gives land rings whose nonzero fill is the land, and coastlines without the cells\' cut edges', () => {
    const index = syntheticIndex('b.bin');
    const { landRings, coastlines } = coastInBox(index, [-4, -4, 5, 4]);
    // Nonzero winding of all rings at a point = land there.
    const winding = (x: number, y: number): number => {
      let w = 0;
      for (const ring of landRings) {
        const n = ring.length / 2;
        for (let i = 0, j = n - 1; i < n; j = i++) {
          const [xi, yi, xj, yj] = [ring[2 * i], ring[2 * i + 1], ring[2 * j], ring[2 * j + 1]];
          const side = (xi - xj) * (y - yj) - (x - xj) * (yi - yj);
          if (yj <= y && yi > y && side > 0) w++;
          else if (yj > y && yi <= y && side < 0) w--;
        }
      }
      return w;
    };
    for (let x = -3.9; x < 4.9; x += 0.137) {
      for (let y = -3.9; y < 3.9; y += 0.129) expect(winding(x, y) !== 0, `${x},${y}`).toBe(truthLand(x, y));
    }
    // The coast is the island's and the pond's outline only: no vertex of a line lies where a
    // segment runs along a whole-degree line.
    for (const line of coastlines.coordinates) {
      for (let i = 1; i < line.length; i++) {
        const [a, b] = [line[i - 1], line[i]];
        const alongGrid = (a[0] === b[0] && Number.isInteger(a[0])) || (a[1] === b[1] && Number.isInteger(a[1]));
        expect(alongGrid, JSON.stringify([a, b])).toBe(false);
      }
    }
    const length = coastlines.coordinates.flatMap((l) => l.slice(1).map((p, i) => Math.hypot(p[0] - l[i][0], p[1] - l[i][1]))).reduce((s, d) => s + d, 0);
    const perimeter = (r: number[][]): number => r.slice(1).reduce((s, p, i) => s + Math.hypot(p[0] - r[i][0], p[1] - r[i][1]), 0);
    expect(length).toBeCloseTo(perimeter(island) + perimeter(pond), 3);
    index.close();
  });

  it('openCoastIndex() refuses a truncated file, another format and other data', () => {
    syntheticIndex('c.bin').close();
    const path = join(dir, 'c.bin');
    expect(() => openCoastIndex(path, 'other-data@2')).toThrow(CoastIndexUnreadable);
    truncateSync(path, 5000);
    expect(() => openCoastIndex(path, 'test-sea@1')).toThrow(CoastIndexUnreadable);
    writeFileSync(path, 'not an index at all');
    expect(() => openCoastIndex(path, 'test-sea@1')).toThrow(CoastIndexUnreadable);
  });
});

const run = promisify(execFile);
// Child processes run the built code (npm test builds first).
const ENSURE = `import { ensureCoastIndex } from ${JSON.stringify(new URL('../../../dist/map/osm-coast/coast-index-cache.js', import.meta.url).href)}; console.log(JSON.stringify(ensureCoastIndex(process.argv[1])));`;

describe('coastline index cache (the real @geo-maps/earth-seas-10m data)', () => {
  it('ensureCoastIndex() built by two processes at once gives one complete file and no temporary files; later calls open it', async () => {
    const cache = join(dir, 'cache');
    const both = await Promise.all([0, 1].map(() => run(process.execPath, ['--input-type=module', '-e', ENSURE, cache])));
    const statuses = both.map(({ stdout }) => JSON.parse(stdout) as { path: string; built: boolean });
    expect(statuses.every((s) => s.built)).toBe(true);
    expect(readdirSync(cache)).toEqual([statuses[0].path.split('/').pop()]);
    forgetCoastIndex();
    const again = ensureCoastIndex(cache);
    expect(again.built).toBe(false);
    expect(coastIndex().header.source).toBe(osmCoastSource());
    // Manhattan, the Upper Bay, the open Atlantic, the Sahara.
    expect([[-73.97, 40.78], [-74.05, 40.65], [-40, 30], [10, 25]].map(([x, y]) => isOnLand(coastIndex(), x, y))).toEqual([true, false, false, true]);
    // A damaged file is built again.
    forgetCoastIndex();
    truncateSync(again.path, 1000);
    expect(ensureCoastIndex(cache).built).toBe(true);
    expect(readFileSync(again.path).length).toBe(coastIndex().header.bytes);
    expect(existsSync(again.path)).toBe(true);
  }, 120_000);
});
