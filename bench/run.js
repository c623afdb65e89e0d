// npm run bench [-- --quick] [-- --only read,throughput,limit,scaling,codecs,coastline,heads]
// Prints tables and writes bench/results/latest.json. Every figure is the median of several runs
// with its range; every comparison is a ratio of figures measured in this same run.
import { execFileSync, execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { availableParallelism, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderMovie } from '../dist/index.js';
import { resolveFfmpegBinaries } from '../dist/internals.js';
import { benchDatasets } from './lib/datasets.js';
import { coastlineBench } from './lib/coastline.js';
import { headsBench } from './lib/heads.js';
import { encodeLimit, renderRawFrames } from './lib/encode-only.js';
import { summary, table } from './lib/stats.js';
import { writeSyntheticTracks } from './lib/synthetic-tracks.js';
import { writeSyntheticAis } from './lib/synthetic-ais.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',') ?? ['read', 'throughput', 'limit', 'scaling', 'codecs', 'coastline', 'heads'];
const RUNS = quick ? 1 : 3;
const CORES = availableParallelism();
const dir = mkdtempSync(join(tmpdir(), 'trackreel-bench-'));
const results = { date: new Date().toISOString(), machine: { cores: CORES, cpu: cpus()[0]?.model, node: process.version }, runs: RUNS };
const SIZES = [[800, 600], [1920, 1080]];
const MOVIE = { fps: 30, durationMs: 10_000 };
const fps = (frames, ms) => frames / (ms / 1000);

async function repeat(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
}

function dirBytes(path) {
  return readdirSync(path).reduce((sum, f) => sum + statSync(join(path, f)).size, 0);
}

async function throughput(datasets) {
  const rows = [];
  results.throughput = [];
  for (const ds of datasets) {
    for (const size of SIZES) {
      const byWorkers = {};
      for (const workers of [...new Set([1, CORES])]) {
        const runs = await repeat(RUNS, async (i) => {
          const output = join(dir, `tp-${i}.mp4`);
          const r = await renderMovie({ input: ds.input, output, size, workers, overwrite: true, ...MOVIE, ...ds.options });
          rmSync(output);
          return r;
        });
        const s = (f) => summary(runs.map(f));
        const entry = {
          dataset: ds.name, size: size.join('x'), workers, frames: runs[0].frameCount,
          fps: s((r) => fps(r.frameCount, r.elapsedMs)), loadMs: s((r) => r.timings.loadMs + r.timings.prepareMs, 0),
          renderMs: s((r) => r.timings.renderMs, 0), finalEncodeMs: s((r) => r.timings.finalEncodeMs, 0),
          drawMsPerFrame: s((r) => r.timings.drawMs / r.frameCount, 2), encodeWaitMsPerFrame: s((r) => r.timings.encodeWaitMs / r.frameCount, 2),
          totalMs: s((r) => r.elapsedMs, 0),
        };
        byWorkers[workers] = entry;
        results.throughput.push(entry);
        rows.push([ds.name, entry.size, workers, entry.fps.text, entry.loadMs.text, entry.renderMs.text, entry.drawMsPerFrame.text,
          entry.encodeWaitMsPerFrame.text, entry.finalEncodeMs.text, entry.totalMs.text]);
        console.error(`  throughput ${ds.name} ${entry.size} workers=${workers}: ${entry.fps.text} frames/s`);
      }
      if (CORES > 1) {
        const speedup = byWorkers[CORES].fps.median / byWorkers[1].fps.median;
        results.throughput.push({ dataset: ds.name, size: size.join('x'), speedup, efficiency: speedup / CORES });
      }
    }
  }
  console.log(`\n## Throughput (${MOVIE.durationMs / 1000} s at ${MOVIE.fps} fps, end to end; median (min–max) of ${RUNS})\n`);
  console.log(table(['data', 'size', 'workers', 'frames/s', 'load+prep ms', 'render ms', 'draw ms/frame', 'enc wait ms/frame', 'final enc ms', 'total ms'], rows));
  const sp = results.throughput.filter((e) => e.speedup);
  if (sp.length) {
    console.log(`\n## Scaling with workers (1 -> ${CORES})\n`);
    console.log(table(['data', 'size', 'speed-up', 'efficiency'], sp.map((e) => [e.dataset, e.size, `${e.speedup.toFixed(2)}x`, `${(100 * e.efficiency).toFixed(0)}%`])));
  }
}

// tracktable's published speeds on this machine kind (its final args, -c:v mpeg4 -q:v 5).
const TRACKTABLE_FPS = { c: '21', d: '13.4', b: '~40' };

// The runs: c and d at 1080p, b (SampleFlightsUS) at 800x600; 600 frames, trail 30 min.
function limitCases() {
  // TRACKREEL_SHARED_DATA: the tracktable samples elsewhere (e.g. when run from a git worktree).
  const shared = process.env.TRACKREEL_SHARED_DATA ?? fileURLToPath(new URL('../../shared/data/', import.meta.url));
  if (!existsSync(shared)) return [];
  const c = { run: 'c', name: 'NYHarbor_2020_12_08.traj', input: join(shared, 'NYHarbor_2020_12_08.traj'), size: [1920, 1080], trailDurationMs: '30m' };
  const d = { run: 'd', name: 'prediction_historical_trajectories.traj', input: join(shared, 'prediction_historical_trajectories.traj'), size: [1920, 1080], trailDurationMs: '30m' };
  const b = { run: 'b', name: 'SampleFlightsUS.csv', input: join(shared, 'SampleFlightsUS.csv'), size: [800, 600], trailDurationMs: '30m' };
  return quick ? [c] : [c, d, b];
}

// The limit: the movie's frames through ONE ffmpeg encode, from memory, same codec and settings,
// all cores. Every configuration is timed in the same run, paired repeat by repeat, and given
// as a ratio to the limit's time (1.00 = as fast as the encoder alone).
async function encoderLimit() {
  const cases = limitCases();
  if (cases.length === 0) { console.log('\n(limit: the shared data sets are not here; skipped)'); return; }
  results.encoderLimit = [];
  const rows = [];
  const LIMIT_MOVIE = { fps: 30, durationMs: 20_000 }; // 600 frames
  for (const c of cases) {
    const options = { input: c.input, size: c.size, trailDurationMs: c.trailDurationMs, workers: CORES, ...LIMIT_MOVIE };
    const raw = await renderRawFrames({ ...options, output: join(dir, 'x.mp4') });
    for (const codec of ['x264', 'mpeg4']) {
      const codecOptions = codec === 'mpeg4' ? { encoderArgs: ['-c:v', 'mpeg4', '-q:v', '5'] } : {};
      const runs = await repeat(RUNS, async () => {
        const output = join(dir, 'limit.mp4');
        const limit = await encodeLimit(raw, { codec, output });
        rmSync(output);
        const ours = await renderMovie({ ...options, ...codecOptions, output, overwrite: true });
        const oursBytes = statSync(output).size;
        rmSync(output);
        const twoPass = await renderMovie({ ...options, ...codecOptions, output, overwrite: true, twoPass: true });
        rmSync(output);
        return { limit, ours, oursBytes, twoPass };
      });
      const frames = raw.frameCount;
      const row = (label, ms, note = '') => {
        const f = summary(ms.map((x) => fps(frames, x)));
        const ratio = summary(ms.map((x, i) => x / runs[i].limit.totalMs), 2);
        rows.push([`${c.run} ${c.name}`, c.size.join('x'), codec === 'mpeg4' ? 'mpeg4 -q:v 5' : 'x264 veryfast crf 18', label, f.text, ratio.text,
          codec === 'mpeg4' && label.startsWith('trackreel (default') ? TRACKTABLE_FPS[c.run] : '', note]);
        return { fps: f, ratio };
      };
      const entry = {
        run: c.run, data: c.name, size: c.size.join('x'), codec, frames,
        limit: row('limit: one ffmpeg encode of the raw frames', runs.map((r) => r.limit.totalMs)),
        ours: row('trackreel (default: segments, end to end)', runs.map((r) => r.ours.elapsedMs),
          `${runs[0].ours.segmentFrames}-frame segments; size ${(runs[0].oursBytes / runs[0].limit.bytes).toFixed(3)}x the limit's file`),
        oursWithoutReading: row('  the same without reading (render + join)', runs.map((r) => r.ours.elapsedMs - r.ours.timings.loadMs - r.ours.timings.prepareMs)),
        twoPass: row('old two-pass (--two-pass: lossless chunks + second encode)', runs.map((r) => r.twoPass.elapsedMs)),
        sizeRatio: summary(runs.map((r) => r.oursBytes / r.limit.bytes), 3),
      };
      results.encoderLimit.push(entry);
      console.error(`  limit ${c.run} ${c.size.join('x')} ${codec}: ours ${entry.ours.ratio.text}x the limit, ${entry.ours.fps.text} frames/s; size ${entry.sizeRatio.text}x`);
    }
    raw.frames.length = 0;
  }
  console.log(`\n## The limit (${CORES} cores; 600 frames; limit = the same frames from memory through ONE ffmpeg encode, same codec and settings; ` +
    `ratio = time / the limit's time in the same repeat; median (min–max) of ${RUNS})\n`);
  console.log(table(['run', 'size', 'codec', 'configuration', 'frames/s', 'x limit', 'tracktable frames/s (published)', 'note'], rows));
}

async function runChild(mode, input) {
  const { stdout } = await promisify(execFile)(process.execPath, [new URL('./lib/scaling-child.js', import.meta.url).pathname, mode, input, join(dir, 'scale.mp4')], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout);
}

async function scaling() {
  results.scaling = { fixedVisible: [], growingVisible: [] };
  const rows = [];
  const counts = quick ? [1000, 10_000] : [1000, 10_000, 100_000];
  for (const trajectories of counts) {
    const input = join(dir, `tracks-${trajectories}.csv`);
    const { points } = await writeSyntheticTracks(input, { trajectories, points: 100, visible: 300 });
    const read = await runChild('read', input);
    const frames = await runChild('frames', input);
    const movie = await runChild('movie', input);
    rmSync(input);
    const entry = { trajectories, points, read, ...frames, firstFrameMs: movie.firstFrameMs, movieTotalMs: movie.totalMs, movieLoadMs: movie.loadMs, movieMaxRssMb: movie.maxRssMb };
    results.scaling.fixedVisible.push(entry);
    rows.push([trajectories, points, `${(read.pointsPerSecond / 1e6).toFixed(2)} M/s, ${read.maxRssMb.toFixed(0)} MB`, entry.visiblePerFrame.toFixed(0), entry.msPerFrame.toFixed(2), (entry.movieLoadMs / 1000).toFixed(1), (entry.firstFrameMs / 1000).toFixed(1), entry.movieMaxRssMb.toFixed(0)]);
    console.error(`  scaling ${trajectories} trajectories: ${entry.msPerFrame.toFixed(2)} ms/frame, first frame ${(entry.firstFrameMs / 1000).toFixed(1)} s, ${entry.movieMaxRssMb.toFixed(0)} MB`);
  }
  const f = results.scaling.fixedVisible;
  const flatness = f[f.length - 1].msPerFrame / f[0].msPerFrame;
  console.log('\n## Scaling with data (visible trajectories per frame held at ~300; 800x600)\n');
  console.log(table(['trajectories', 'points', 'read+assemble (1 core), peak', 'visible/frame', 'draw ms/frame', 'load s', 'first frame s', 'peak RSS MB'], rows));
  console.log(`time per frame, largest / smallest: ${flatness.toFixed(2)}x (target <= 1.5x)`);
  results.scaling.flatness = flatness;

  const grow = [];
  for (const visible of quick ? [100, 1000] : [100, 300, 1000, 3000]) {
    const input = join(dir, `visible-${visible}.csv`);
    await writeSyntheticTracks(input, { trajectories: 10_000, points: 100, visible });
    const r = await runChild('frames', input);
    rmSync(input);
    grow.push({ visible, ...r });
    results.scaling.growingVisible.push({ visible, ...r });
  }
  console.log('\n## Scaling with what is visible (10k trajectories)\n');
  console.log(table(['target visible', 'visible/frame', 'draw ms/frame', 'ms per 100 visible'], grow.map((g) => [g.visible, g.visiblePerFrame.toFixed(0), g.msPerFrame.toFixed(2), ((100 * g.msPerFrame) / g.visiblePerFrame).toFixed(3)])));
}

// Read + assemble on one core, each run in a fresh process (its peak RSS is its own): a 10 M-point
// tracktable CSV (the target: > 1 M points/s, < 1.5 GB) and MarineCadastre-style AIS CSVs (17
// columns, vessels interleaved): 2 M rows, and 10 M rows, the size of one day of US AIS (~1.2 GB of
// text, ~20 s a run; left out of --quick).
async function readSpeed() {
  const tracks = (path, points) => writeSyntheticTracks(path, { trajectories: points / 100, points: 100, visible: 300 });
  const ais = (path, points) => writeSyntheticAis(path, { points });
  const cases = quick
    ? [{ name: 'tracktable CSV', points: 1_000_000, make: tracks }, { name: 'AIS CSV (MarineCadastre)', points: 500_000, make: ais }]
    : [
      { name: 'tracktable CSV', points: 10_000_000, make: tracks },
      { name: 'AIS CSV (MarineCadastre)', points: 2_000_000, make: ais },
      { name: 'AIS CSV (MarineCadastre)', points: 10_000_000, make: ais },
    ];
  results.read = [];
  const rows = [];
  for (const c of cases) {
    const input = join(dir, 'read.csv');
    await c.make(input, c.points);
    const mb = statSync(input).size / 1e6;
    const runs = await repeat(RUNS, () => runChild('read', input));
    rmSync(input);
    const mps = summary(runs.map((r) => r.pointsPerSecond / 1e6), 2);
    const cpuMps = summary(runs.map((r) => r.pointsPerCpuSecond / 1e6), 2);
    const readMs = summary(runs.map((r) => r.readMs), 0);
    const assembleMs = summary(runs.map((r) => r.assembleMs), 0);
    const rss = summary(runs.map((r) => r.maxRssMb), 0);
    results.read.push({ data: c.name, points: runs[0].points, fileMb: mb, pointsPerSecondM: mps, pointsPerCpuSecondM: cpuMps, readMs, assembleMs, maxRssMb: rss });
    rows.push([c.name, runs[0].points.toLocaleString('en'), mb.toFixed(0), mps.text, cpuMps.text, readMs.text, assembleMs.text, rss.text]);
    console.error(`  read ${c.name}: ${mps.text} M points/s, peak ${rss.text} MB`);
  }
  console.log(`\n## Reading (read + assemble, one core; median (min–max) of ${RUNS}; targets at 10 M points: > 1 M points/s, peak < 1.5 GB)\n`);
  console.log(table(['data', 'points', 'file MB', 'M points/s', 'M points per CPU-s', 'read ms', 'assemble ms', 'peak RSS MB'], rows));
}

async function codecs(datasets) {
  const ds = datasets[0];
  const size = [1920, 1080];
  const rows = [];
  results.codecs = [];
  // Intermediate codecs are what the two-pass path's chunks are made of.
  const base = { input: ds.input, size, workers: CORES, ...MOVIE, ...ds.options, twoPass: true };
  const reference = join(dir, 'reference.mkv');
  await renderMovie({ ...base, output: reference, workers: 1, overwrite: true, intermediateCodec: 'ffv1' });
  const { ffmpeg } = resolveFfmpegBinaries();
  const hashes = (path) => execFileSync(ffmpeg, ['-v', 'error', '-i', path, '-pix_fmt', 'rgb24', '-f', 'framemd5', '-'], { encoding: 'utf8', maxBuffer: 1 << 26 })
    .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(',').pop().trim()).join();
  const refHashes = hashes(reference);
  for (const codec of ['ffv1', 'libx264rgb', 'ffvhuff', 'utvideo']) {
    const runs = await repeat(RUNS, async () => {
      const work = mkdtempSync(join(dir, 'work-'));
      const output = join(dir, 'codec.mp4');
      const r = await renderMovie({ ...base, output, overwrite: true, intermediateCodec: codec, workDir: work, keepWork: true });
      const kept = readdirSync(work)[0];
      const bytes = dirBytes(join(work, kept));
      rmSync(work, { recursive: true, force: true });
      rmSync(output);
      return { r, bytes };
    });
    const mkv = join(dir, `codec-${codec}.mkv`);
    await renderMovie({ ...base, output: mkv, overwrite: true, intermediateCodec: codec, batchSize: 37 });
    const identical = hashes(mkv) === refHashes;
    rmSync(mkv);
    const total = summary(runs.map((x) => x.r.elapsedMs), 0);
    const render = summary(runs.map((x) => x.r.timings.renderMs), 0);
    const fpsS = summary(runs.map((x) => fps(x.r.frameCount, x.r.elapsedMs)));
    const mb = runs[0].bytes / 1e6;
    results.codecs.push({ codec, totalMs: total, renderMs: render, fps: fpsS, workDirMb: mb, identicalToSerial: identical });
    rows.push([codec, fpsS.text, render.text, total.text, mb.toFixed(0), identical ? 'yes' : 'NO']);
    console.error(`  codec ${codec}: ${fpsS.text} frames/s, ${mb.toFixed(0)} MB, identical=${identical}`);
  }
  rmSync(reference);
  console.log(`\n## Intermediate codec (${ds.name}, ${size.join('x')}, ${CORES} workers, MP4 output)\n`);
  console.log(table(['intermediate', 'frames/s', 'render ms', 'total ms', 'work dir MB', 'frames identical to serial FFV1'], rows));
}

try {
  const datasets = benchDatasets();
  console.log(`trackreel benchmark: ${CORES} cores, ${results.machine.cpu}, Node ${process.version}, ${RUNS} run(s) per figure`);
  if (only.includes('read')) await readSpeed();
  if (only.includes('throughput')) await throughput(datasets);
  if (only.includes('limit')) await encoderLimit();
  if (only.includes('scaling')) await scaling();
  if (only.includes('codecs')) await codecs(datasets);
  if (only.includes('coastline')) await coastlineBench({ runs: RUNS, dir, results, repeat });
  if (only.includes('heads')) await headsBench({ runs: RUNS, dir, results });
  const outDir = new URL('./results/', import.meta.url);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(new URL('latest.json', outDir), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten: bench/results/latest.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
