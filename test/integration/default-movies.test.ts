// Issue 17's bar for the defaults: for every sample, the movie made with no options (through the
// CLI's own option path: validate -> load -> data defaults -> timeline -> scene) has a visible
// trail over 20 px in at least 90% of the frames where a track is present, and the default still
// (the busiest frame) shows at least half of the objects present at its moment. "Shown" is
// measured on rendered frames: pixels that differ from the background-only frame. Few frames are
// sampled per file, so the whole suite stays a few seconds per file.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameTimeMs } from '../../src/clock/timeline.js';
import { busiestFrame } from '../../src/options/data-defaults.js';
import { validateOptions, type ValidatedMovieOptions } from '../../src/options/render-options.js';
import { loadTrajectories } from '../../src/pipeline/load-trajectories.js';
import { planTimeline } from '../../src/pipeline/plan-timeline.js';
import { prepareScene } from '../../src/pipeline/prepare-scene.js';
import { resolveMovieOptions } from '../../src/pipeline/resolve-movie-options.js';
import { resolveWithData } from '../../src/pipeline/resolve-with-data.js';
import { createFrameRenderer } from '../../src/render/create-frame-renderer.js';
import type { Scene } from '../../src/scene/scene.js';
import { visibleWindow } from '../../src/trajectory/visible-window.js';
import { HAVE_SHARED_DATA, SHARED_DATA } from '../helpers/shared-data.js';

const SAMPLED_FRAMES = 20;
const NOT_DATA = /\.(md|txt)$/i;
const files = HAVE_SHARED_DATA
  ? [...readdirSync(SHARED_DATA).map((f) => `${SHARED_DATA}${f}`), ...readdirSync(`${SHARED_DATA}real`).map((f) => `${SHARED_DATA}real/${f}`)]
    .filter((f) => !NOT_DATA.test(f) && !f.endsWith('/real'))
  : [];

// Samples whose default movie does not meet the bar yet (issue 17, measured 2026-12-04): their
// figures are printed, not asserted. Remove a name once it passes; every other file is asserted.
const KNOWN_SHORT = new Set([
  'SampleNFlights.csv', 'ads_with_utf8.csv', 'real/aisdb_test_data_20210701.csv', 'real/deckgl_trips-v7.json',
  'real/gpsbabel_nmea.nmea', 'real/gpx-animator_bikeride.gpx', 'real/gpxpy_track-with-less-sec-time.gpx',
  'real/movingpandas_demodata_geolife.csv', 'real/togeojson_gxmultitrack.kml',
  'real/traffic_fr24_JL516_3376ab31.csv',
  // Geese resting for weeks between migrations: their whole tracks (kept whole since the
  // separation follows the data's two-hour step) are present while their trails stay short: 0.75.
  'real/movebank_MigrationBarnacleGeese_Greenland_2014ori.csv',
]);

const lerp = (a: ArrayLike<number>, j: number, f: number): number => (f > 0 ? a[j] + (a[j + 1] - a[j]) * f : a[j]);

// Screen length of trajectory i's trail in frame k, and where its head is.
function trailOf(scene: Scene, i: number, t: number): { length: number; x: number; y: number } | null {
  const set = scene.trajectories;
  const w = visibleWindow(set, i, t - scene.trailDurationMs, t);
  if (!w) return null;
  const { screenX: sx, screenY: sy } = scene;
  let px = lerp(sx, w.tailIndex, w.tailFraction);
  let py = lerp(sy, w.tailIndex, w.tailFraction);
  let length = 0;
  const step = (x: number, y: number): void => { length += Math.hypot(x - px, y - py); px = x; py = y; };
  for (let j = w.tailIndex + 1; j <= w.headIndex; j++) step(sx[j], sy[j]);
  if (w.headFraction > 0) step(lerp(sx, w.headIndex, w.headFraction), lerp(sy, w.headIndex, w.headFraction));
  return { length, x: px, y: py };
}

const present = (scene: Scene, i: number, t: number): boolean => {
  const set = scene.trajectories;
  const point = set.offsets[i + 1] - set.offsets[i] === 1;
  return point ? Math.abs(t - set.startMs[i]) <= scene.trailDurationMs / 4 : set.startMs[i] <= t && t <= set.endMs[i];
};

// Pixels near (x, y) that differ from the background-only frame.
function drawnNear(frame: Uint8Array, background: Uint8Array, width: number, height: number, x: number, y: number, r = 2): boolean {
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      const px = Math.round(x) + dx; const py = Math.round(y) + dy;
      if (px < 0 || py < 0 || px >= width || py >= height) continue;
      const o = 4 * (py * width + px);
      if (Math.abs(frame[o] - background[o]) + Math.abs(frame[o + 1] - background[o + 1]) + Math.abs(frame[o + 2] - background[o + 2]) > 24) return true;
    }
  }
  return false;
}

describe.skipIf(!HAVE_SHARED_DATA)('movies made with no options', () => {
  for (const file of files) {
    const name = file.slice(SHARED_DATA.length);
    it(name, async (ctx) => {
      const check = (share: number, bar: number, what: string): void => {
        if (KNOWN_SHORT.has(name)) { if (share < bar) console.warn(`${name}: not yet: ${what}: ${share.toFixed(2)} < ${bar}`); } else expect(share, what).toBeGreaterThanOrEqual(bar);
      };
      const validated = validateOptions<ValidatedMovieOptions>({}, []);
      let loaded;
      try { loaded = await loadTrajectories([file], resolveMovieOptions(validated)); } catch (error) {
        console.warn(`not read yet (issue 15): ${file}: ${(error as Error).message.slice(0, 120)}`);
        ctx.skip();
        return;
      }
      const { resolved, facts } = resolveWithData(validated, loaded.trajectories);
      const timeline = planTimeline(loaded.trajectories, resolved.timeline);
      const scene = prepareScene(loaded.trajectories, timeline, resolved);
      const renderer = createFrameRenderer(scene);
      const { width, height, background } = scene;
      const set = scene.trajectories;
      try {
        let withTracks = 0;
        let withTrail = 0;
        for (let s = 0; s < SAMPLED_FRAMES; s++) {
          // Mid-points of equal parts: frame 0, where no trail has grown yet, is not one of them.
          const k = Math.min(timeline.frameCount - 1, Math.floor(((s + 0.5) * timeline.frameCount) / SAMPLED_FRAMES));
          const t = frameTimeMs(timeline, k);
          let best: { length: number; x: number; y: number } | null = null;
          let tracks = 0;
          for (let i = 0; i < set.count; i++) {
            if (set.offsets[i + 1] - set.offsets[i] < 2 || !present(scene, i, t)) continue;
            tracks++;
            const trail = trailOf(scene, i, t);
            if (trail && trail.x >= 0 && trail.x < width && trail.y >= 0 && trail.y < height && (!best || trail.length > best.length)) best = trail;
          }
          if (tracks === 0) continue;
          withTracks++;
          const frame = renderer.renderFrameRgba(k);
          if (best && best.length > 20 && drawnNear(frame, background, width, height, best.x, best.y)) withTrail++;
        }
        if (withTracks > 0) check(withTrail / withTracks, 0.9, `frames with a visible trail > 20 px, of ${withTracks} with tracks`);
        // The default still: the busiest frame; at least half the objects present there are drawn.
        const k = busiestFrame((f) => frameTimeMs(timeline, f), timeline.frameCount, facts, resolved.timeline.trailDurationMs);
        const t = frameTimeMs(timeline, k);
        const frame = renderer.renderFrameRgba(k);
        const objects = new Set<number>();
        const shown = new Set<number>();
        for (let i = 0; i < set.count; i++) {
          if (!present(scene, i, t)) continue;
          const o = set.objectIndex[i];
          objects.add(o);
          const head = trailOf(scene, i, t) ?? { x: scene.screenX[set.offsets[i]], y: scene.screenY[set.offsets[i]] };
          if (drawnNear(frame, background, width, height, head.x, head.y)) shown.add(o);
        }
        expect(objects.size, 'objects present at the busiest frame').toBeGreaterThan(0);
        check(shown.size / objects.size, 0.5, `objects drawn at the default still, of ${objects.size}`);
      } finally {
        renderer.dispose();
      }
    }, 120_000);
  }
});
