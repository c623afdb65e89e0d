// The encoder limit: the movie's frames rendered once and kept as raw RGBA on disk, then pushed
// through exactly the ffmpeg work a render does (same batches, same number of parallel chunk
// encoders, same concat and final encode) with no drawing at all.
import { createReadStream, createWriteStream } from 'node:fs';
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

// Writes every frame of the movie to one raw RGBA file; returns its path and frame size.
export async function renderRawFrames(movieOptions, dir) {
  const { scene, resolved } = await sceneFor(movieOptions);
  const renderer = createFrameRenderer(scene);
  const path = join(dir, 'frames.rgba');
  const out = createWriteStream(path);
  for (let k = 0; k < scene.timeline.frameCount; k++) {
    if (!out.write(Buffer.from(renderer.renderFrameRgba(k)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { path, width: scene.width, height: scene.height, fps: scene.timeline.fps, frames: scene.timeline.frameCount, resolved };
}

async function encodeChunk(ffmpeg, raw, batch, codec, chunkPath) {
  const frameBytes = raw.width * raw.height * 4;
  const call = callFfmpeg(ffmpeg, chunkArgs({ width: raw.width, height: raw.height, fps: raw.fps, codec, outputPath: chunkPath }), { input: 'pipe' });
  createReadStream(raw.path, { start: batch.start * frameBytes, end: batch.end * frameBytes - 1, highWaterMark: frameBytes }).pipe(call.stdin);
  await call.done;
}

// Time (ms) for chunks + concat + final encode + frame-count check of the raw frames.
export async function encodeOnly(raw, { workers, output, format = 'mp4', codec = 'libx264rgb' }) {
  const { ffmpeg, ffprobe } = resolveFfmpegBinaries();
  const work = await mkdtemp(join(tmpdir(), 'trackreel-bench-enc-'));
  try {
    const start = performance.now();
    const batches = planBatches(raw.frames, defaultBatchSize(raw.frames, workers));
    const queue = [...batches];
    const chunkPaths = batches.map((b) => join(work, `chunk-${b.batchIndex}.mkv`));
    await Promise.all(Array.from({ length: Math.min(workers, batches.length) }, async () => {
      for (let b = queue.shift(); b; b = queue.shift()) await encodeChunk(ffmpeg, raw, b, codec, chunkPaths[b.batchIndex]);
    }));
    const chunksMs = performance.now() - start;
    await joinAndEncode({
      ffmpeg, ffprobe, chunkPaths, workDir: work, outputPath: output, format, fps: raw.fps, expectedFrames: raw.frames,
      crf: null, preset: raw.resolved.output.preset, metadata: {}, encoderArgs: [],
    });
    return { totalMs: performance.now() - start, chunksMs };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
