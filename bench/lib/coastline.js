// npm run bench -- --only=coastline: how right and how fast the harbour basemap is. The share of
// moving ships on land (Natural Earth 10m against the built-in OpenStreetMap coastline), the
// basemap load time of a harbour view in a fresh process (index first built, then cached), and a
// 1080p harbour movie's cost per frame and first frame with each coastline.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { renderMovie, renderStill } from '../../dist/index.js';
import { landShare } from './land-share.js';
import { summary, table } from './stats.js';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./basemap-load-child.js', import.meta.url));
const NY_BOX = '-74.26,40.48,-73.70,40.92';

// shared/data beside the clone or beside one of its ancestors (worktrees sit deeper).
function sharedData() {
  let dir = fileURLToPath(new URL('../../', import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, '..', 'shared', 'data');
    if (existsSync(candidate)) return candidate;
    dir = join(dir, '..');
  }
  return null;
}

async function loadOnce(mode, cacheDir, size) {
  const { stdout } = await run(process.execPath, [CHILD, mode, NY_BOX, size], { env: { ...process.env, TRACKREEL_CACHE_DIR: cacheDir } });
  return JSON.parse(stdout);
}

export async function coastlineBench({ runs, dir, results, repeat }) {
  const shared = sharedData();
  results.coastline = {};
  if (shared) {
    const rows = [];
    results.coastline.landShare = [];
    for (const name of ['NYHarbor_2020_06_30_first_hour.csv', 'VirginiaBeach_2020_06_04_to_06_filtered.traj']) {
      const s = await landShare(join(shared, name));
      results.coastline.landShare.push({ file: name, ...s });
      rows.push([name, s.moving, `${(100 * s.naturalEarth).toFixed(1)}%`, `${(100 * s.osm).toFixed(1)}%`]);
    }
    console.log('\n## Moving ships (SOG > 1 kn) on land\n');
    console.log(table(['file', 'moving positions', 'Natural Earth 10m', 'built-in OSM coastline'], rows));
  } else console.warn('note: shared/data not found; land shares skipped');

  const size = '1920x1080';
  const first = await repeat(runs, async () => {
    const cache = mkdtempSync(join(dir, 'coast-cache-'));
    const r = await loadOnce('osm', cache, size);
    rmSync(cache, { recursive: true, force: true });
    return r;
  });
  const warm = mkdtempSync(join(dir, 'coast-cache-'));
  await loadOnce('osm', warm, size);
  const cached = await repeat(runs, () => loadOnce('osm', warm, size));
  const ne = await repeat(runs, () => loadOnce('natural-earth', warm, size));
  const load = { firstUseMs: summary(first.map((r) => r.ms), 0), cachedMs: summary(cached.map((r) => r.ms), 0), naturalEarthMs: summary(ne.map((r) => r.ms), 0) };
  results.coastline.basemapLoad = load;
  console.log(`\n## Harbour basemap load (New York harbour, ${size}, fresh process; median (min–max) of ${runs})\n`);
  console.log(table(['coastline', 'load + draw ms'], [
    ['OSM, first use (index built)', load.firstUseMs.text], ['OSM, index cached', load.cachedMs.text], ['Natural Earth 10m', load.naturalEarthMs.text],
  ]));

  if (!shared) { rmSync(warm, { recursive: true, force: true }); return; }
  const input = join(shared, 'NYHarbor_2020_06_30_first_hour.csv');
  const movie = { input, size: [1920, 1080], fps: 30, durationMs: 10_000, trailDurationMs: '10m', workers: 1, overwrite: true };
  const rows = [];
  const previous = process.env.TRACKREEL_CACHE_DIR;
  process.env.TRACKREEL_CACHE_DIR = warm;
  try {
    for (const coastlineSource of ['natural-earth', 'auto']) {
      const movies = await repeat(runs, async (i) => renderMovie({ ...movie, coastlineSource, output: join(dir, `coast-${i}.mp4`) }));
      const stills = await repeat(runs, async (i) => {
        const started = performance.now();
        await renderStill({ input, size: [1920, 1080], trailDurationMs: '10m', coastlineSource, at: '2020-06-30T00:30:00Z', output: join(dir, `coast-${i}.png`), overwrite: true });
        return performance.now() - started;
      });
      const entry = {
        coastlineSource, drawMsPerFrame: summary(movies.map((r) => r.timings.drawMs / r.frameCount), 2),
        prepareMs: summary(movies.map((r) => r.timings.prepareMs), 0), totalMs: summary(movies.map((r) => r.elapsedMs), 0), stillMs: summary(stills, 0),
      };
      (results.coastline.movie ??= []).push(entry);
      rows.push([coastlineSource === 'auto' ? 'OSM (auto)' : 'Natural Earth 10m', entry.drawMsPerFrame.text, entry.prepareMs.text, entry.totalMs.text, entry.stillMs.text]);
    }
  } finally {
    if (previous === undefined) delete process.env.TRACKREEL_CACHE_DIR; else process.env.TRACKREEL_CACHE_DIR = previous;
    rmSync(warm, { recursive: true, force: true });
  }
  console.log(`\n## NYHarbor 1080p movie (10 s at 30 fps, 1 worker) by coastline\n`);
  console.log(table(['coastline', 'draw ms/frame', 'prepare ms', 'total ms', 'still (first frame) ms'], rows));
}
