// Checks at start-up that ffmpeg runs and has the encoders this render needs, so a missing
// encoder fails in a second, not after an hour of rendering.
import { TrackreelError } from '../errors/trackreel-error.js';
import { callFfmpeg } from './call-ffmpeg.js';

const encoderCache = new Map<string, Promise<Set<string>>>();

function listEncoders(ffmpeg: string): Promise<Set<string>> {
  let cached = encoderCache.get(ffmpeg);
  if (!cached) {
    cached = callFfmpeg(ffmpeg, ['-hide_banner', '-nostdin', '-encoders'], { captureStdout: true, idleTimeoutMs: 30_000 }).done
      .then((out) => new Set(out.split('\n').map((l) => l.trim().split(/\s+/)[1]).filter(Boolean) as string[]));
    cached.catch(() => encoderCache.delete(ffmpeg));
    encoderCache.set(ffmpeg, cached);
  }
  return cached;
}

// Release builds print "ffmpeg version 6.1.1"; git builds ("N-47683-g0e8eb07980") are taken as new.
export const MIN_FFMPEG_MAJOR = 4;

export function parseFfmpegMajor(versionOutput: string): number | null {
  const m = /ffmpeg version n?(\d+)\.(\d+)/i.exec(versionOutput);
  return m ? Number(m[1]) : null;
}

async function checkVersion(ffmpeg: string): Promise<void> {
  const out = await callFfmpeg(ffmpeg, ['-hide_banner', '-nostdin', '-version'], { captureStdout: true, idleTimeoutMs: 30_000 }).done;
  const major = parseFfmpegMajor(out);
  if (major !== null && major < MIN_FFMPEG_MAJOR) {
    throw new TrackreelError('FFMPEG_TOO_OLD',
      `ffmpeg at "${ffmpeg}" is version ${out.split('\n')[0].split(' ')[2]}; trackreel needs ${MIN_FFMPEG_MAJOR}.0 or newer (unset TRACKREEL_FFMPEG to use the bundled one)`);
  }
}

export async function checkFfmpeg(ffmpeg: string, encoders: readonly string[]): Promise<void> {
  await checkVersion(ffmpeg);
  const available = await listEncoders(ffmpeg);
  const missing = encoders.filter((e) => !available.has(e));
  if (missing.length > 0) {
    throw new TrackreelError('FFMPEG_ENCODER_MISSING',
      `ffmpeg at "${ffmpeg}" lacks the encoder${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; use the bundled ffmpeg (unset TRACKREEL_FFMPEG) or one built with ${missing.join(', ')}`);
  }
}
