// The last two steps of a movie: join the lossless chunks with the concat demuxer (no re-encode
// of the chunks) and encode them once into the requested format; then check the frame count.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TrackreelError } from '../errors/trackreel-error.js';
import { callFfmpeg } from './call-ffmpeg.js';
import type { OutputFormat } from './codecs.js';
import { concatList, finalArgs, type FinalArgsInput } from './ffmpeg-args.js';
import { probeVideo, type VideoProbe } from './probe-video.js';

export interface JoinAndEncodeInput {
  ffmpeg: string;
  ffprobe: string;
  chunkPaths: readonly string[];
  workDir: string;
  outputPath: string;
  format: OutputFormat;
  fps: number;
  expectedFrames: number;
  crf: number | null;
  preset: string;
  metadata: FinalArgsInput['metadata'];
  encoderArgs: readonly string[];
  // Chunks are already in the final codec (direct mode).
  copy?: boolean;
  signal?: AbortSignal;
  onFrame?: (framesEncoded: number) => void;
  // Called between the encode and the frame-count check (for stage timings).
  onEncoded?: () => void;
}

// The final encoder prints progress every ~0.5 s; this much silence means it is stuck.
const FINAL_IDLE_TIMEOUT_MS = 300_000;

export async function joinAndEncode(o: JoinAndEncodeInput): Promise<VideoProbe> {
  const listPath = join(o.workDir, 'chunks.txt');
  await writeFile(listPath, concatList(o.chunkPaths));
  let partial = '';
  await callFfmpeg(o.ffmpeg, finalArgs({
    concatListPath: listPath, outputPath: o.outputPath, format: o.format, fps: o.fps, crf: o.crf, preset: o.preset,
    metadata: o.metadata, encoderArgs: o.encoderArgs, copy: o.copy,
  }), {
    signal: o.signal, idleTimeoutMs: FINAL_IDLE_TIMEOUT_MS,
    onStdout: (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('frame=')) o.onFrame?.(Number(line.slice(6)));
    },
  }).done;
  o.onEncoded?.();
  const probe = await probeVideo(o.ffprobe, o.outputPath, o.signal);
  if (probe.frameCount !== o.expectedFrames) {
    throw new TrackreelError('FRAME_COUNT_MISMATCH',
      `The encoded movie has ${probe.frameCount} frames but ${o.expectedFrames} were planned; it was not written`);
  }
  return probe;
}
