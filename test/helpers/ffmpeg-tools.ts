// Real ffmpeg/ffprobe helpers for integration tests: probe a movie, hash its decoded frames.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const FFMPEG = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
export const FFPROBE = (require('@ffprobe-installer/ffprobe') as { path: string }).path;

export interface Probe { codec: string; width: number; height: number; frames: number; pixFmt: string }

export function probe(path: string): Probe {
  const out = execFileSync(FFPROBE, ['-v', 'error', '-select_streams', 'v:0', '-count_frames', '-show_entries',
    'stream=codec_name,width,height,nb_read_frames,pix_fmt', '-of', 'json', path], { encoding: 'utf8' });
  const s = JSON.parse(out).streams[0];
  return { codec: s.codec_name, width: s.width, height: s.height, frames: Number(s.nb_read_frames), pixFmt: s.pix_fmt };
}

// One MD5 per decoded frame (RGB), in order.
export function frameHashes(path: string): string[] {
  const out = execFileSync(FFMPEG, ['-v', 'error', '-i', path, '-map', '0:v:0', '-pix_fmt', 'rgb24', '-f', 'framemd5', '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return out.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(',').pop()!.trim());
}

export function metadata(path: string): Record<string, string> {
  const out = execFileSync(FFPROBE, ['-v', 'error', '-show_entries', 'format_tags', '-of', 'json', path], { encoding: 'utf8' });
  const tags = JSON.parse(out).format?.tags ?? {};
  return Object.fromEntries(Object.entries(tags).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

// Indexes of the key frames (packets flagged K) of the first video stream.
export function keyFrames(path: string): number[] {
  const out = execFileSync(FFPROBE, ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=flags', '-of', 'csv=p=0', path], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean).flatMap((flags, i) => (flags.startsWith('K') ? [i] : []));
}

export interface FrameTiming { frames: number; maxErrorS: number; timeBase: string }

// Decoded frames and how far their timestamps stray from k/fps (in a millisecond time base, from
// k/fps rounded to the millisecond: Matroska and WebM store milliseconds).
export function frameTiming(path: string, fps: number): FrameTiming {
  const out = execFileSync(FFPROBE, ['-v', 'error', '-select_streams', 'v:0', '-show_frames', '-show_entries',
    'frame=best_effort_timestamp:stream=time_base', '-of', 'json', path], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const parsed = JSON.parse(out) as { streams: Array<{ time_base: string }>; frames: Array<{ best_effort_timestamp: number }> };
  const timeBase = parsed.streams[0].time_base;
  const [num, den] = timeBase.split('/').map(Number);
  let maxErrorS = 0;
  parsed.frames.forEach((f, k) => {
    const expected = den === 1000 ? Math.round((k * 1000) / fps) / 1000 : k / fps;
    maxErrorS = Math.max(maxErrorS, Math.abs((f.best_effort_timestamp * num) / den - expected));
  });
  return { frames: parsed.frames.length, maxErrorS, timeBase };
}
