// Pure builders of ffmpeg argument lists (tested without running ffmpeg). Arguments are always
// passed as a list, never through a shell.
import { type IntermediateCodec, intermediateCodecArgs, type OutputFormat } from './codecs.js';
import { finalCodecArgs, segmentCodecArgs, type SegmentEncoding } from './segment-encoding.js';

const QUIET = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y'];

export interface ChunkArgsInput {
  width: number;
  height: number;
  fps: number;
  codec: IntermediateCodec;
  // Set for a canonical segment in the final codec; otherwise a lossless chunk.
  segment?: SegmentEncoding | null;
  outputPath: string;
}

// Bit-exact muxing: no library version strings, nothing that differs between runs or machines.
const BITEXACT = ['-fflags', '+bitexact', '-flags:v', '+bitexact'];

// Raw RGBA frames on stdin -> one NUT file: a lossless chunk, or a segment in the final codec.
// NUT keeps exact 1/fps timestamps (Matroska rounds them to milliseconds), so the join's
// timestamps are exact whatever the batching.
export function chunkArgs(o: ChunkArgsInput): string[] {
  const codecArgs = o.segment ? segmentCodecArgs(o.segment) : intermediateCodecArgs(o.codec);
  return [
    ...QUIET.filter((a) => a !== '-nostdin'),
    // "frame=N" progress on stdout: the last one is the number of frames the chunk holds.
    '-progress', 'pipe:1', '-nostats',
    '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${o.width}x${o.height}`, '-framerate', String(o.fps),
    '-i', 'pipe:0',
    '-an', ...codecArgs, ...BITEXACT,
    '-f', 'nut', o.outputPath,
  ];
}

export interface ConcatEntry {
  // A file name in the list's own folder.
  name: string;
  start: number;
  end: number;
}

const microseconds = (frame: number, fps: number): number => Math.round((frame * 1_000_000) / fps);

// The concat demuxer's list file, written beside the chunks: names relative to it (so the work
// directory's own path, whatever characters it holds, never appears in the list), quoted as its
// syntax requires (' -> '\''). Each file's duration is given in whole microseconds
// as the difference of its rounded start and end times, so the demuxer's running offsets are the
// exact frame times rounded to a microsecond (never drifting), which the output time base
// (ticks longer than a microsecond: NUT's 1/(2048 fps), MP4's fps x 2^k) turns back into exact
// frame times.
export function concatList(entries: readonly ConcatEntry[], fps: number): string {
  return entries.map((e) => {
    if (/[\n\r/]/.test(e.name)) throw new RangeError(`A concat list entry is a plain file name, not ${JSON.stringify(e.name)}`);
    const us = microseconds(e.end, fps) - microseconds(e.start, fps);
    return `file '${e.name.replace(/'/g, "'\\''")}'\nduration ${Math.floor(us / 1e6)}.${String(us % 1e6).padStart(6, '0')}\n`;
  }).join('');
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
}

export type JoinArgsInput = Pick<FinalArgsInput, 'concatListPath' | 'outputPath' | 'format' | 'metadata'>;

function encodeArgs(o: Pick<FinalArgsInput, 'format' | 'crf' | 'preset' | 'fps'>): string[] {
  switch (o.format) {
    case 'mp4': return [...finalCodecArgs('mp4', o.crf, o.preset), '-movflags', '+faststart'];
    case 'webm': case 'mov': return finalCodecArgs(o.format, o.crf, o.preset);
    case 'mkv': return ['-c:v', 'copy'];
    case 'gif':
      // One graph: palettegen over the whole movie, then paletteuse, as ffmpeg's docs recommend.
      return ['-filter_complex', `[0:v]setpts=N/(${o.fps}*TB),split[a][b];[a]palettegen=stats_mode=full[p];[b][p]paletteuse=dither=bayer:bayer_scale=3[v]`, '-loop', '0'];
  }
}

const MUXER: Record<OutputFormat, string> = { mp4: 'mp4', webm: 'webm', gif: 'gif', mov: 'mov', mkv: 'matroska' };

function metadataArgs(metadata: FinalArgsInput['metadata']): string[] {
  const meta: string[] = [];
  for (const [key, value] of Object.entries(metadata)) if (value) meta.push('-metadata', `${key}=${value}`);
  return meta;
}

const PROGRESS = ['-progress', 'pipe:1', '-nostats'];

// Chunks already in the final codec (segments, or lossless chunks for .mkv) -> the movie, by
// stream copy: the packets as they are, with the concat list's exact timestamps; MP4 and MOV
// with the index first (faststart) so a player can start before the whole file has arrived.
export function joinArgs(o: JoinArgsInput): string[] {
  return [
    ...QUIET, ...PROGRESS,
    '-f', 'concat', '-safe', '0', '-i', o.concatListPath,
    '-map', '0:v:0', '-an', '-c:v', 'copy', ...(o.format === 'mp4' || o.format === 'mov' ? ['-movflags', '+faststart'] : []),
    ...metadataArgs(o.metadata), ...BITEXACT,
    '-f', MUXER[o.format], o.outputPath,
  ];
}

// The second pass: joined lossless chunks (concat demuxer) encoded once into the movie's format.
export function finalArgs(o: FinalArgsInput): string[] {
  // .mkv holds the lossless chunks themselves.
  if (o.format === 'mkv') return joinArgs(o);
  return [
    ...QUIET,
    // Machine-readable progress ("frame=N" lines) on stdout, for the progress bar and the
    // inactivity timeout (palettegen reads the whole movie before writing anything).
    ...PROGRESS,
    '-f', 'concat', '-safe', '0', '-i', o.concatListPath,
    // GIF's filter graph has a labelled output; everything else maps the joined video directly.
    '-map', o.format === 'gif' ? '[v]' : '0:v:0', '-an',
    // Regenerated timestamps: one output frame per input frame at exactly fps. (GIF's filter
    // graph sets the timestamps itself.)
    ...(o.format === 'gif' ? [] : ['-vf', `setpts=N/(${o.fps}*TB)`]), ...encodeArgs(o), '-vsync', 'passthrough',
    '-r', String(o.fps),
    ...metadataArgs(o.metadata), ...o.encoderArgs, ...BITEXACT,
    '-f', MUXER[o.format], o.outputPath,
  ];
}

// Frame count, size and codec of the first video stream.
export function probeArgs(path: string): string[] {
  return ['-v', 'error', '-select_streams', 'v:0', '-count_packets',
    '-show_entries', 'stream=codec_name,width,height,nb_read_packets,r_frame_rate', '-of', 'json', path];
}
