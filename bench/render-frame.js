// Drawing cost alone: ms per renderFrameRgba() with ~300 visible trajectories of ~60 visible
// points each (synthetic flights over the US), at 800x600 and 1920x1080. Run after `npm run build`:
//   node bench/render-frame.js
// Style options as JSON in the first argument, e.g. labels and translucent trails:
//   node bench/render-frame.js '{"label":"id","tailOpacity":0.3}'
import { assembleTrajectories } from '../dist/trajectory/assemble-trajectories.js';
import { createTimeline } from '../dist/clock/timeline.js';
import { resolveMapSpec } from '../dist/map/resolve-map-spec.js';
import { resolveDecorations, resolveTrailStyle } from '../dist/style/default-style.js';
import { buildScene } from '../dist/scene/build-scene.js';
import { paintSceneLayers } from '../dist/render/paint-scene-layers.js';
import { createFrameRenderer } from '../dist/render/create-frame-renderer.js';
import { syntheticTable } from './lib/synthetic-table.js';

const SPAN_MS = 3_600_000;
const TRAIL_MS = 600_000; // 60 points of each track are inside the trail

const { set } = assembleTrajectories(syntheticTable(300), { separationTimeMs: Infinity, separationDistance: Infinity, minPoints: 2 });
const layers = { land: true, coastlines: true, borders: true, states: true, graticule: true };
for (const [width, height] of [[800, 600], [1920, 1080]]) {
  const timeline = createTimeline({ startMs: 0, endMs: SPAN_MS, fps: 30, durationSec: 20 });
  const map = resolveMapSpec({ width, height, domain: 'terrestrial', dataBbox: set.bbox, map: 'conus', projection: 'equirectangular', marginFraction: 0.1, layers });
  const scene = paintSceneLayers(buildScene({
    trajectories: set, timeline, trailDurationMs: TRAIL_MS, width, height, map, scalar: null,
    style: resolveTrailStyle(JSON.parse(process.argv[2] ?? '{}')), decorations: resolveDecorations({ title: 'bench' }),
  }));
  let start = performance.now();
  const renderer = createFrameRenderer(scene);
  const setupMs = performance.now() - start;
  // Frames 300..599 show t = 15..30 min, when every track has a full trail.
  for (let k = 300; k < 320; k++) renderer.renderFrameRgba(k);
  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
  start = performance.now();
  const cpu = process.cpuUsage();
  for (let k = 300; k < 600; k++) renderer.renderFrameRgba(k);
  const msPerFrame = (performance.now() - start) / 300;
  const { user, system } = process.cpuUsage(cpu);
  const cpuMsPerFrame = (user + system) / 1000 / 300;
  console.log(`${width}x${height}: ${msPerFrame.toFixed(2)} ms/frame wall, ${cpuMsPerFrame.toFixed(2)} ms CPU (renderer setup ${setupMs.toFixed(0)} ms, basemap ${map.detail})`);
  renderer.dispose();
}
