// npm run soak [-- --minutes 5]: renders again and again for a set time with random faults
// injected (worker crash, drawing exception, ffmpeg killed, cancel mid-render, a batch that
// always fails) and reports renders, faults injected and survived, wrong outputs and leftovers.
// Wrong outputs and leftover processes/files must be 0.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderMovie } from '../dist/index.js';
import { generateDemoFlights } from '../dist/internals.js';
import { faultyExecutor } from '../test/helpers/faulty-executor.mjs';

const minutes = Number(process.argv[process.argv.indexOf('--minutes') + 1]) || 2;
const root = mkdtempSync(join(tmpdir(), 'trackreel-soak-'));
const temp = join(root, 'tmp');
mkdirSync(temp);
process.env.TMPDIR = temp; // every work directory of the soak lands here, so leftovers are visible
const ffmpeg = createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg').path;
const input = join(root, 'flights.csv');
writeFileSync(input, generateDemoFlights());
const movie = { input, fps: 12, durationMs: 3000, size: [160, 120], trailDurationMs: '2h', map: 'world', overwrite: true };
const hashes = (path) => execFileSync(ffmpeg, ['-v', 'error', '-i', path, '-pix_fmt', 'rgb24', '-f', 'framemd5', '-'], { encoding: 'utf8' })
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(',').pop().trim()).join();
const pick = (list) => list[Math.floor(Math.random() * list.length)];

const reference = join(root, 'reference.mkv');
await renderMovie({ ...movie, output: reference, workers: 1 });
const expected = hashes(reference);
const stats = { renders: 0, faultsInjected: 0, faultsSurvived: 0, expectedFailures: 0, wrongOutputs: 0, unexpectedErrors: 0, leftoverFiles: 0, leftoverProcesses: 0 };
const deadline = Date.now() + minutes * 60_000;

while (Date.now() < deadline) {
  const workers = 1 + Math.floor(Math.random() * 3);
  const batchSize = pick([1, 3, 7, 12, 36]);
  // Both encode paths: lossless chunks cut at the batch size, or canonical segments (this short
  // movie is one segment, hence one batch); .mkv holds lossless frames either way.
  const twoPass = Math.random() < 0.5;
  const batches = twoPass ? Math.ceil(36 / batchSize) : 1;
  const batch = Math.floor(Math.random() * batches);
  const kind = pick(['none', 'worker-exit', 'draw-throws', 'kill-ffmpeg', 'cancel', 'always-fails']);
  const output = join(root, 'soak.mkv');
  const controller = new AbortController();
  let faults = [];
  if (['worker-exit', 'draw-throws', 'kill-ffmpeg'].includes(kind)) faults = [{ kind, batch, frame: Math.floor(Math.random() * (twoPass ? Math.min(batchSize, 36 - batch * batchSize) : 36)) }];
  if (kind === 'always-fails') faults = [1, 2, 3].map((attempt) => ({ kind: 'draw-throws', batch, attempt }));
  if (kind !== 'none') stats.faultsInjected++;
  // Faults come from the executor's worker threads (test/helpers/faults.mjs), never from the shipped code.
  const executor = faultyExecutor(workers, faults);
  const shouldFail = kind === 'cancel' || kind === 'always-fails';
  try {
    await renderMovie({ ...movie, output, workers, batchSize, twoPass }, {
      executor, signal: controller.signal,
      onProgress: (p) => { if (kind === 'cancel' && p.framesDone >= 10) controller.abort(); },
    });
    if (shouldFail && kind !== 'cancel') stats.unexpectedErrors++;
    if (hashes(output) === expected) { if (kind !== 'none') stats.faultsSurvived++; } else stats.wrongOutputs++;
  } catch (error) {
    const code = error?.code;
    if ((kind === 'cancel' && code === 'CANCELLED') || (kind === 'always-fails' && code === 'RENDER_FAILED')) {
      stats.expectedFailures++;
      if (existsSync(output)) stats.wrongOutputs++; // a failed render must not leave a movie
    } else {
      stats.unexpectedErrors++;
      console.error(`unexpected (${kind}, workers ${workers}, batch size ${batchSize}, ${twoPass ? 'two-pass' : 'segments'}): ${error?.message}`);
    }
  } finally {
    await executor.close();
  }
  stats.renders++;
  rmSync(output, { force: true });
  const left = readdirSync(temp);
  stats.leftoverFiles += left.length;
  for (const f of left) rmSync(join(temp, f), { recursive: true, force: true });
  const procs = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(temp));
  stats.leftoverProcesses += procs.length;
  if (stats.renders % 10 === 0) console.error(`${stats.renders} renders…`);
}

rmSync(root, { recursive: true, force: true });
console.log(JSON.stringify({ minutes, ...stats }, null, 2));
const bad = stats.wrongOutputs + stats.unexpectedErrors + stats.leftoverFiles + stats.leftoverProcesses;
process.exitCode = bad === 0 ? 0 : 1;
