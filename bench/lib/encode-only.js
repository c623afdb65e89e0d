// The limit and the old baseline, both fed the movie's frames rendered once and kept as raw RGBA
// in memory (no drawing, no disk reads):
// - encodeLimit: ONE ffmpeg encode of all the frames with the movie's codec and settings, on all
//   cores (the encoder's own threading): what the job costs at the very least.
// - encodeTwoPass: the tracktable-shaped pipeline (lossless chunks in parallel, concat, a second
//   full encode): what the old default spent on encoding alone.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import {
  callFfmpeg, chunkArgs, createFrameRenderer, defaultBatchSize, finalCodecArgs, joinAndEncode, loadTrajectories, planBatches, planTimeline,
  prepareScene, resolveFfmpegBinaries, resolveMovieOptions, validateOptions,
} from '../../dist/internals.js';

export async function sceneFor(movieOptions) {
  const validated = validateOptions(movieOptions, ['input', 'output']);
  const resolved = resolveMovieOptions(validated);
  const loaded = await loadTrajectories([validated.input].flat(), resolved);
  const timeline = planTimeline(loaded.trajectories, resolved.timeline);
  return { scene: prepareScene(loaded.trajectories, timeline, resolved), resolved };
}

// Keeps every frame of the movie in memory (8.3 MB a frame at 1080p: 5 GB for 600 frames; disk
// reads would make the baseline slower than the real thing).
export async function renderRawFrames(movieOptions) {
  const { scene, resolved } = await sceneFor(movieOptions);
  const renderer = createFrameRenderer(scene);
  const frames = [];
  for (let k = 0; k < scene.timeline.frameCount; k++) frames.push(Buffer.from(renderer.renderFrameRgba(k)));
  return { frames, width: scene.width, height: scene.height, fps: scene.timeline.fps, frameCount: frames.length, resolved };
}

async function feed(call, raw, start, end) {
  for (let k = start; k < end; k++) {
    if (!call.stdin.write(raw.frames[k])) await once(call.stdin, 'drain');
  }
  call.stdin.end();
  await call.done;
}

// The codec arguments of one continuous encode: the user-visible settings only (x264 default
// veryfast crf 18, or tracktable's final `-c:v mpeg4 -q:v 5`), threads left to the encoder.
export function limitCodecArgs(codec) {
  return codec === 'mpeg4' ? ['-c:v', 'mpeg4', '-q:v', '5', '-pix_fmt', 'yuv420p'] : finalCodecArgs('mp4', null, 'veryfast');
}

// Time (ms) and file size of one ffmpeg encoding all the raw frames into an MP4.
export async function encodeLimit(raw, { codec, output }) {
  const { ffmpeg } = resolveFfmpegBinaries();
  const start = performance.now();
  const call = callFfmpeg(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${raw.width}x${raw.height}`,
    '-framerate', String(raw.fps), '-i', 'pipe:0', '-an', ...limitCodecArgs(codec), '-movflags', '+faststart', '-f', 'mp4', output], { input: 'pipe' });
  await feed(call, raw, 0, raw.frameCount);
  return { totalMs: performance.now() - start, bytes: (await stat(output)).size };
}

// Time (ms) for lossless chunks + concat + final encode + frame-count check of the raw frames.
export async function encodeTwoPass(raw, { workers, output, format = 'mp4', codec = 'libx264rgb' }) {
  const { ffmpeg, ffprobe } = resolveFfmpegBinaries();
  const work = await mkdtemp(join(tmpdir(), 'trackreel-bench-enc-'));
  try {
    const start = performance.now();
    const batches = planBatches(raw.frameCount, defaultBatchSize(raw.frameCount, workers));
    const queue = [...batches];
    const pieces = batches.map((b) => ({ start: b.start, end: b.end, path: join(work, `chunk-${b.batchIndex}.nut`) }));
    await Promise.all(Array.from({ length: Math.min(workers, batches.length) }, async () => {
      for (let b = queue.shift(); b; b = queue.shift()) {
        const call = callFfmpeg(ffmpeg, chunkArgs({ width: raw.width, height: raw.height, fps: raw.fps, codec, outputPath: pieces[b.batchIndex].path }), { input: 'pipe' });
        await feed(call, raw, b.start, b.end);
      }
    }));
    await joinAndEncode({
      ffmpeg, ffprobe, pieces, workDir: work, outputPath: output, format, fps: raw.fps, expectedFrames: raw.frameCount,
      crf: null, preset: raw.resolved.output.preset, metadata: {}, encoderArgs: [], copy: false,
    });
    return { totalMs: performance.now() - start };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
