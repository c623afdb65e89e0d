// Pure builders of ffmpeg argument lists (tested without running ffmpeg). Arguments are always
// passed as a list, never through a shell.
import { type IntermediateCodec, intermediateCodecArgs, type OutputFormat } from './codecs.js';

const QUIET = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y'];

// Direct mode: chunks are encoded straight into the final codec and later joined by stream copy.
export interface DirectEncoding {
  format: 'mp4' | 'webm';
  crf: number | null;
  preset: string;
  encoderArgs: readonly string[];
  // The chunks are already in the final codec (direct mode): join by stream copy, no re-encode.
  copy?: boolean;
}

export interface ChunkArgsInput {
  width: number;
  height: number;
  fps: number;
  codec: IntermediateCodec;
  direct?: DirectEncoding | null;
  outputPath: string;
}

// Raw RGBA frames on stdin -> one Matroska chunk: lossless, or (direct mode) already in the final
// codec, each chunk starting with a key frame (x264 and VP9 close every chunk's first GOP).
export function chunkArgs(o: ChunkArgsInput): string[] {
  const codecArgs = o.direct
    ? [...encodeArgs({ format: o.direct.format, crf: o.direct.crf, preset: o.direct.preset, fps: o.fps }).filter((a) => a !== '-movflags' && a !== '+faststart'), ...o.direct.encoderArgs]
    : intermediateCodecArgs(o.codec);
  return [
    ...QUIET.filter((a) => a !== '-nostdin'),
    // "frame=N" progress on stdout: the last one is the number of frames the chunk holds.
    '-progress', 'pipe:1', '-nostats',
    '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${o.width}x${o.height}`, '-framerate', String(o.fps),
    '-i', 'pipe:0',
    '-an', ...codecArgs,
    '-f', 'matroska', o.outputPath,
  ];
}

// The concat demuxer's list file. Paths are quoted as its syntax requires (' -> '\'').
export function concatList(chunkPaths: readonly string[]): string {
  return chunkPaths.map((p) => `file '${p.replace(/'/g, "'\\''")}'\n`).join('');
}

export interface FinalArgsInput {
  concatListPath: string;
  outputPath: string;
  format: OutputFormat;
  fps: number;
  crf: number | null;
  preset: string;
  metadata: { title?: string | null; artist?: string | null; comment?: string | null };
  encoderArgs: readonly string[];
  // The chunks are already in the final codec (direct mode): join by stream copy, no re-encode.
  copy?: boolean;
}

function encodeArgs(o: Pick<FinalArgsInput, 'format' | 'crf' | 'preset' | 'fps'>): string[] {
  switch (o.format) {
    case 'mp4':
      return ['-c:v', 'libx264', '-preset', o.preset, '-crf', String(o.crf ?? 18), '-pix_fmt', 'yuv420p', '-movflags', '+faststart'];
    case 'webm':
      // row-mt and cpu-used 4: VP9's default "good" speed is far slower than everything else here.
      return ['-c:v', 'libvpx-vp9', '-crf', String(o.crf ?? 32), '-b:v', '0', '-row-mt', '1', '-deadline', 'good', '-cpu-used', '4', '-pix_fmt', 'yuv420p'];
    case 'mov':
      return ['-c:v', 'prores_ks', '-profile:v', '3', '-pix_fmt', 'yuv422p10le'];
    case 'gif':
      // One graph: palettegen over the whole movie, then paletteuse, as ffmpeg's docs recommend.
      return ['-filter_complex', `[0:v]setpts=N/(${o.fps}*TB),split[a][b];[a]palettegen=stats_mode=full[p];[b][p]paletteuse=dither=bayer:bayer_scale=3[v]`, '-loop', '0'];
    case 'mkv':
      return ['-c:v', 'copy'];
  }
}

const MUXER: Record<OutputFormat, string> = { mp4: 'mp4', webm: 'webm', gif: 'gif', mov: 'mov', mkv: 'matroska' };

// Joined chunks (concat demuxer, no re-encode of the chunks themselves) -> the final movie.
export function finalArgs(o: FinalArgsInput): string[] {
  const meta: string[] = [];
  for (const [key, value] of Object.entries(o.metadata)) if (value) meta.push('-metadata', `${key}=${value}`);
  // Regenerated timestamps: one output frame per input frame at exactly fps, whatever
  // millisecond rounding the chunks' containers did.
  const copy = o.copy || o.format === 'mkv';
  const timing = copy ? [] : ['-vsync', 'passthrough'];
  // (GIF's filter graph sets the timestamps itself.)
  const setpts = o.format === 'gif' || copy ? [] : ['-vf', `setpts=N/(${o.fps}*TB)`];
  const codec = o.copy ? ['-c:v', 'copy', ...(o.format === 'mp4' ? ['-movflags', '+faststart'] : [])] : encodeArgs(o);
  return [
    ...QUIET,
    // Machine-readable progress ("frame=N" lines) on stdout, for the progress bar and the
    // inactivity timeout (palettegen reads the whole movie before writing anything).
    '-progress', 'pipe:1', '-nostats',
    '-f', 'concat', '-safe', '0', '-i', o.concatListPath,
    // GIF's filter graph has a labelled output; everything else maps the joined video directly.
    '-map', o.format === 'gif' ? '[v]' : '0:v:0', '-an',
    ...setpts, ...codec, ...timing,
    ...(copy ? [] : ['-r', String(o.fps)]),
    ...meta, ...(o.copy ? [] : o.encoderArgs),
    '-f', MUXER[o.format], o.outputPath,
  ];
}

// Frame count, size and codec of the first video stream.
export function probeArgs(path: string): string[] {
  return ['-v', 'error', '-select_streams', 'v:0', '-count_packets',
    '-show_entries', 'stream=codec_name,width,height,nb_read_packets,r_frame_rate', '-of', 'json', path];
}
