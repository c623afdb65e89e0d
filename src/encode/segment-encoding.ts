// How a canonical segment is encoded: straight into the final codec, one key frame at its start
// (it is a stream of its own, so its group of pictures is closed), and every setting that can
// change the bits fixed, so the same frames give the same bytes on any machine, in any batch.
import { intermediateCodecArgs, type IntermediateCodec } from './codecs.js';

export const SEGMENT_FORMATS = ['mp4', 'webm', 'mov', 'mkv'] as const;
export type SegmentFormat = (typeof SEGMENT_FORMATS)[number];

export interface SegmentEncoding {
  format: SegmentFormat;
  // Frames per segment (the last one of a movie may be shorter); also the key-frame interval.
  segmentFrames: number;
  crf: number | null;
  preset: string;
  // The lossless codec of .mkv output.
  intermediateCodec: IntermediateCodec;
  // Extra encoder arguments known not to touch key frames, rate control or threads (see segmentSafeArgs).
  encoderArgs: readonly string[];
}

// Encoder threads per segment: a constant, never "auto" (x264's output depends on its thread
// count, and auto depends on the machine). Workers encode segments side by side, so a few
// threads per encoder are enough to keep the cores busy.
export const SEGMENT_ENCODER_THREADS = 4;

// Encoder arguments of the final codec, shared by the segment path and the second pass.
export function finalCodecArgs(format: 'mp4' | 'webm' | 'mov', crf: number | null, preset: string): string[] {
  switch (format) {
    case 'mp4':
      return ['-c:v', 'libx264', '-preset', preset, '-crf', String(crf ?? 18), '-pix_fmt', 'yuv420p'];
    case 'webm':
      // row-mt and cpu-used 4: VP9's default "good" speed is far slower than everything else here.
      return ['-c:v', 'libvpx-vp9', '-crf', String(crf ?? 32), '-b:v', '0', '-row-mt', '1', '-deadline', 'good', '-cpu-used', '4', '-pix_fmt', 'yuv420p'];
    case 'mov':
      return ['-c:v', 'prores_ks', '-profile:v', '3', '-pix_fmt', 'yuv422p10le'];
  }
}

// One key frame per segment, no scene-cut key frames, a fixed thread count, bit-exact flags.
export function segmentCodecArgs(s: SegmentEncoding): string[] {
  const threads = String(SEGMENT_ENCODER_THREADS);
  const gop = String(s.segmentFrames);
  switch (s.format) {
    case 'mp4':
      // MPEG-4 part 2 (tracktable's final codec, asked for with --encoder-args "-c:v mpeg4 -q:v 5").
      if (mpeg4(s.encoderArgs)) return ['-c:v', 'mpeg4', '-pix_fmt', 'yuv420p', '-g', gop, '-sc_threshold', '0', '-threads', threads, ...withoutCodec(s.encoderArgs)];
      return [...finalCodecArgs('mp4', s.crf, s.preset), '-g', gop, '-keyint_min', gop, '-sc_threshold', '0',
        '-x264-params', 'scenecut=0:open-gop=0', '-threads', threads, ...s.encoderArgs];
    case 'webm':
      return [...finalCodecArgs('webm', s.crf, s.preset), '-g', gop, '-threads', threads, ...s.encoderArgs];
    case 'mov':
      return [...finalCodecArgs('mov', s.crf, s.preset), '-threads', threads, ...s.encoderArgs];
    case 'mkv':
      return [...intermediateCodecArgs(s.intermediateCodec), ...(s.intermediateCodec === 'libx264rgb'
        ? ['-g', gop, '-keyint_min', gop, '-sc_threshold', '0', '-x264-params', 'scenecut=0:open-gop=0'] : []), '-threads', threads, ...s.encoderArgs];
  }
}

const mpeg4 = (args: readonly string[]): boolean => args.some((a, i) => i % 2 === 0 && a === '-c:v' && args[i + 1] === 'mpeg4');
const withoutCodec = (args: readonly string[]): string[] => args.filter((_, i) => !(args[i - (i % 2)] === '-c:v'));

// Encoder arguments that only change how each frame is coded, never where key frames fall, the
// rate control or the threads: those the segment path honours. A fixed quantizer (-q:v) and
// MPEG-4 part 2 instead of H.264 in .mp4 are fine too. Anything else (a bitrate, a target size, -g,
// -threads, filters...) needs the whole movie in one encoder.
const SAFE_FLAGS = new Set(['-tune', '-profile:v', '-level', '-level:v', '-q:v']);

export function segmentSafeArgs(args: readonly string[], format: string): boolean {
  if (args.length % 2 !== 0) return false;
  for (let i = 0; i < args.length; i += 2) {
    if (!SAFE_FLAGS.has(args[i]) && !(format === 'mp4' && args[i] === '-c:v' && args[i + 1] === 'mpeg4')) return false;
  }
  return true;
}
