// Per-frame cost of the head symbols (issue 20: 1,000 plane, ship or icon heads within 1.5x of dots)
// at 1920x1080: 1,000 synthetic flights, the same frames drawn with each head, CPU ms per frame
// (on a shared machine the wall clock counts other processes too), ratios to dots from the same run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleTrajectories } from '../../dist/trajectory/assemble-trajectories.js';
import { createTimeline } from '../../dist/clock/timeline.js';
import { resolveMapSpec } from '../../dist/map/resolve-map-spec.js';
import { resolveDecorations, resolveTrailStyle } from '../../dist/style/default-style.js';
import { buildScene } from '../../dist/scene/build-scene.js';
import { paintSceneLayers } from '../../dist/render/paint-scene-layers.js';
import { createFrameRenderer } from '../../dist/render/create-frame-renderer.js';
import { HEAD_ICON_SIZE, readHeadIcon } from '../../dist/render/trails/read-head-icon.js';
import { summary, table } from './stats.js';
import { syntheticTable } from './synthetic-table.js';

const HEADS = ['dot', 'arrow', 'plane', 'ship', 'icon'];
const FRAMES = 120;

function cpuMsPerFrame(scene) {
  const renderer = createFrameRenderer(scene);
  for (let k = 300; k < 310; k++) renderer.renderFrameRgba(k);
  const cpu = process.cpuUsage();
  for (let k = 300; k < 300 + FRAMES; k++) renderer.renderFrameRgba(k);
  const { user, system } = process.cpuUsage(cpu);
  renderer.dispose();
  return (user + system) / 1000 / FRAMES;
}

export async function headsBench({ runs, dir, results }) {
  const icon = join(dir, 'arrow-icon.svg');
  writeFileSync(icon, '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><path d="M32 2 L58 60 L32 46 L6 60 Z" fill="#000"/></svg>');
  const { set } = assembleTrajectories(syntheticTable(1000), { separationTimeMs: Infinity, separationDistance: Infinity, minPoints: 2 });
  const [width, height] = [1920, 1080];
  const timeline = createTimeline({ startMs: 0, endMs: 3_600_000, fps: 30, durationSec: 20 });
  const map = resolveMapSpec({ width, height, domain: 'terrestrial', dataBbox: set.bbox, map: 'conus', projection: 'equirectangular', marginFraction: 0.1, layers: { land: true, coastlines: true } });
  const scenes = Object.fromEntries(HEADS.map((head) => [head, paintSceneLayers(buildScene({
    trajectories: set, timeline, trailDurationMs: 600_000, width, height, map, scalar: null,
    style: resolveTrailStyle({ head }), decorations: resolveDecorations({ clock: false }),
    headIcon: head === 'icon' ? { mask: readHeadIcon(icon), size: HEAD_ICON_SIZE } : null,
  }))]));
  const times = Object.fromEntries(HEADS.map((head) => [head, []]));
  // Interleaved, so a burst of load elsewhere falls on every kind alike.
  for (let r = 0; r < runs; r++) for (const head of HEADS) times[head].push(cpuMsPerFrame(scenes[head]));
  const dot = summary(times.dot, 2);
  const rows = HEADS.map((head) => {
    const s = summary(times[head], 2);
    const ratios = summary(times[head].map((t, i) => t / times.dot[i]), 2);
    return [head, s.text, ratios.text];
  });
  results.heads = Object.fromEntries(HEADS.map((head) => [head, { cpuMsPerFrame: summary(times[head], 2), ratioToDots: summary(times[head].map((t, i) => t / times.dot[i]), 2) }]));
  console.log(`\n## Head symbols (1,000 flights at 1920x1080, ${FRAMES} frames; CPU ms per frame, median (min-max) of ${runs}; dots ${dot.text})\n`);
  console.log(table(['head', 'CPU ms/frame', 'ratio to dots'], rows));
}
