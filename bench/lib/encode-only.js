// The encoder limit: the movie's frames rendered once and kept as raw RGBA in memory, then pushed
// through exactly the ffmpeg work a render does (same batches, same number of parallel chunk
// encoders, same concat and final encode) with no drawing at all.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import {
  callFfmpeg, chunkArgs, createFrameRenderer, defaultBatchSize, joinAndEncode, loadTrajectories, planBatches, planTimeline,
  prepareScene, resolveFfmpegBinaries, resolveMovieOptions, validateOptions,
} from '../../dist/internals.js';

export async function sceneFor(movieOptions) {
  const validated = validateOptions(movieOptions, ['input', 'output']);
  const resolved = resolveMovieOptions(validated);
  const loaded = await loadTrajectories([validated.input].flat(), resolved);
  const timeline = planTimeline(loaded.trajectories, resolved.timeline);
  return { scene: prepareScene(loaded.trajectories, timeline, resolved), resolved };
}

// Keeps every frame of the movie in memory (2.5 GB for 300 frames at 1080p: disk reads would
// make the baseline slower than the real thing).
export async function renderRawFrames(movieOptions) {
  const { scene, resolved } = await sceneFor(movieOptions);
  const renderer = createFrameRenderer(scene);
  const frames = [];
  for (let k = 0; k < scene.timeline.frameCount; k++) frames.push(Buffer.from(renderer.renderFrameRgba(k)));
  return { frames, width: scene.width, height: scene.height, fps: scene.timeline.fps, frameCount: frames.length, resolved };
}

async function encodeChunk(ffmpeg, raw, batch, codec, chunkPath) {
  const call = callFfmpeg(ffmpeg, chunkArgs({ width: raw.width, height: raw.height, fps: raw.fps, codec, outputPath: chunkPath }), { input: 'pipe' });
  for (let k = batch.start; k < batch.end; k++) {
    if (!call.stdin.write(raw.frames[k])) await once(call.stdin, 'drain');
  }
  call.stdin.end();
  await call.done;
}

// Time (ms) for chunks + concat + final encode + frame-count check of the raw frames.
export async function encodeOnly(raw, { workers, output, format = 'mp4', codec = 'libx264rgb' }) {
  const { ffmpeg, ffprobe } = resolveFfmpegBinaries();
  const work = await mkdtemp(join(tmpdir(), 'trackreel-bench-enc-'));
  try {
    const start = performance.now();
    const batches = planBatches(raw.frameCount, defaultBatchSize(raw.frameCount, workers));
    const queue = [...batches];
    const chunkPaths = batches.map((b) => join(work, `chunk-${b.batchIndex}.mkv`));
    await Promise.all(Array.from({ length: Math.min(workers, batches.length) }, async () => {
      for (let b = queue.shift(); b; b = queue.shift()) await encodeChunk(ffmpeg, raw, b, codec, chunkPaths[b.batchIndex]);
    }));
    const chunksMs = performance.now() - start;
    await joinAndEncode({
      ffmpeg, ffprobe, chunkPaths, workDir: work, outputPath: output, format, fps: raw.fps, expectedFrames: raw.frameCount,
      crf: null, preset: raw.resolved.output.preset, metadata: {}, encoderArgs: [],
    });
    return { totalMs: performance.now() - start, chunksMs };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
