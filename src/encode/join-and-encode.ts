// The last step of a movie: join the chunks with the concat demuxer, by stream copy (segments
// already in the final codec) or encoded once more (the two-pass path); then check the frame count.
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { diskFullAt, diskFullError } from '../files/disk-full.js';
import { uniqueName } from '../files/unique-name.js';
import { fileSystemError } from '../files/file-system-error.js';
import { TrackreelError } from '../errors/trackreel-error.js';
import { callFfmpeg } from './call-ffmpeg.js';
import type { OutputFormat } from './codecs.js';
import { concatList, finalArgs, joinArgs, type FinalArgsInput } from './ffmpeg-args.js';
import { probeVideo, type VideoProbe } from './probe-video.js';

// One chunk to join: a file in the work directory holding frames [start, end).
export interface JoinPiece {
  path: string;
  start: number;
  end: number;
}

export interface JoinAndEncodeInput {
  ffmpeg: string;
  ffprobe: string;
  pieces: readonly JoinPiece[];
  workDir: string;
  outputPath: string;
  format: OutputFormat;
  fps: number;
  expectedFrames: number;
  crf: number | null;
  preset: string;
  metadata: FinalArgsInput['metadata'];
  encoderArgs: readonly string[];
  // The pieces are in the final codec (canonical segments): join by stream copy, no re-encode.
  copy: boolean;
  signal?: AbortSignal;
  onFrame?: (framesEncoded: number) => void;
  // Called between the encode and the frame-count check (for stage timings).
  onEncoded?: () => void;
}

// The final encoder prints progress every ~0.5 s; this much silence means it is stuck.
const FINAL_IDLE_TIMEOUT_MS = 300_000;

export async function joinAndEncode(o: JoinAndEncodeInput): Promise<VideoProbe> {
  const listPath = join(o.workDir, uniqueName('chunks', '.txt'));
  for (const piece of o.pieces) {
    if (dirname(piece.path) !== o.workDir) throw new RangeError(`${piece.path} is not in the work directory ${o.workDir}`);
  }
  await writeFile(listPath, concatList(o.pieces.map((p) => ({ name: basename(p.path), start: p.start, end: p.end })), o.fps))
    .catch((error) => { throw fileSystemError(error, listPath, 'write the list of chunks'); });
  const common = { concatListPath: listPath, outputPath: o.outputPath, format: o.format, metadata: o.metadata };
  const args = o.copy ? joinArgs(common) : finalArgs({ ...common, fps: o.fps, crf: o.crf, preset: o.preset, encoderArgs: o.encoderArgs });
  let partial = '';
  await callFfmpeg(o.ffmpeg, args, {
    signal: o.signal, idleTimeoutMs: FINAL_IDLE_TIMEOUT_MS, writes: dirname(o.outputPath),
    onStdout: (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('frame=')) o.onFrame?.(Number(line.slice(6)));
    },
  }).done;
  o.onEncoded?.();
  // A movie cut short by a full disk is not "invalid data" or a wrong frame count: say so.
  const probe = await probeVideo(o.ffprobe, o.outputPath, o.signal).catch(async (error) => {
    throw await diskFullAt(dirname(o.outputPath)) ? diskFullError(dirname(o.outputPath), 'the movie') : error;
  });
  if (probe.frameCount !== o.expectedFrames) {
    if (await diskFullAt(dirname(o.outputPath))) throw diskFullError(dirname(o.outputPath), 'the movie');
    throw new TrackreelError('FRAME_COUNT_MISMATCH',
      `The encoded movie has ${probe.frameCount} frames but ${o.expectedFrames} were planned; it was not written`);
  }
  return probe;
}
