// Reads frame count, size and codec of a movie with ffprobe.
import { TrackreelError } from '../errors/trackreel-error.js';
import { callFfmpeg } from './call-ffmpeg.js';
import { probeArgs } from './ffmpeg-args.js';

export interface VideoProbe {
  codec: string;
  width: number;
  height: number;
  frameCount: number;
  frameRate: string;
}

export async function probeVideo(ffprobe: string, path: string, signal?: AbortSignal): Promise<VideoProbe> {
  const out = await callFfmpeg(ffprobe, probeArgs(path), { captureStdout: true, signal, label: 'ffprobe', idleTimeoutMs: 60_000 }).done;
  const stream = (JSON.parse(out) as { streams?: Array<Record<string, string | number>> }).streams?.[0];
  if (!stream) throw new TrackreelError('FFMPEG_FAILED', `ffprobe found no video stream in ${path}`);
  return {
    codec: String(stream.codec_name),
    width: Number(stream.width),
    height: Number(stream.height),
    frameCount: Number(stream.nb_read_packets),
    frameRate: String(stream.r_frame_rate),
  };
}
