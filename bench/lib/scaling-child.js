// Runs in its own process so its peak memory is its own. Modes:
//   movie   renderMovie end to end: time to the first finished frame, total time, peak RSS
//   frames  load + prepare once, then draw sample frames in this thread: mean ms per frame
//   read    read the file into a PointTable and assemble trajectories: points per second (elapsed and CPU), peak RSS
import { rmSync } from 'node:fs';
import { renderMovie } from '../../dist/index.js';
import { assembleTrajectories, createFrameRenderer, readPoints, resolveMovieOptions, validateOptions } from '../../dist/internals.js';
import { sceneFor } from './encode-only.js';

const [mode, input, output] = process.argv.slice(2);
const options = { input, output, size: [800, 600], fps: 30, durationMs: 4000, trailDurationMs: '30m', workers: 2, timeFormat: 'auto', overwrite: true };
const started = performance.now();
const result = {};
if (mode === 'read') {
  const resolved = resolveMovieOptions(validateOptions({}, []));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { table } = await readPoints([input], resolved.input);
  const readMs = performance.now() - t0;
  // As loadTrajectories does: the table's columns are let go as they are copied.
  const { set } = assembleTrajectories(table, resolved.assembly, { releaseTable: true });
  const assembleMs = performance.now() - t0 - readMs;
  // CPU time as well as elapsed: on a shared machine the elapsed time includes waiting for a core.
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  Object.assign(result, {
    points: table.length, trajectories: set.count, readMs, assembleMs, cpuMs,
    pointsPerSecond: table.length / ((readMs + assembleMs) / 1000), pointsPerCpuSecond: table.length / (cpuMs / 1000),
  });
} else if (mode === 'movie') {
  let firstFrameMs = null;
  const r = await renderMovie(options, {
    onProgress: (p) => { if (firstFrameMs === null && p.framesDone > 0) firstFrameMs = performance.now() - started; },
  });
  Object.assign(result, { firstFrameMs, totalMs: performance.now() - started, loadMs: r.timings.loadMs, prepareMs: r.timings.prepareMs });
  rmSync(output, { force: true });
} else {
  const { scene } = await sceneFor(options);
  const prepared = performance.now() - started;
  const renderer = createFrameRenderer(scene);
  const frames = scene.timeline.frameCount;
  for (let k = 0; k < 10; k++) renderer.renderFrameRgba(k); // warm up
  let visibleSum = 0;
  const t = performance.now();
  const sample = [];
  for (let k = Math.floor(frames / 4); k < Math.floor((3 * frames) / 4); k++) sample.push(k);
  for (const k of sample) renderer.renderFrameRgba(k);
  const msPerFrame = (performance.now() - t) / sample.length;
  for (const k of sample) {
    const b = Math.floor(k / scene.frameIndex.bucketFrames);
    for (let j = scene.frameIndex.bucketOffsets[b]; j < scene.frameIndex.bucketOffsets[b + 1]; j++) {
      const i = scene.frameIndex.ids[j];
      if (scene.frameIndex.firstFrame[i] <= k && k <= scene.frameIndex.lastFrame[i]) visibleSum++;
    }
  }
  Object.assign(result, { prepareMs: prepared, msPerFrame, visiblePerFrame: visibleSum / sample.length });
}
result.maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify(result));
