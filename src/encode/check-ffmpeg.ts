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

export async function checkFfmpeg(ffmpeg: string, encoders: readonly string[]): Promise<void> {
  const available = await listEncoders(ffmpeg);
  const missing = encoders.filter((e) => !available.has(e));
  if (missing.length > 0) {
    throw new TrackreelError('FFMPEG_ENCODER_MISSING',
      `ffmpeg at "${ffmpeg}" lacks the encoder${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; use the bundled ffmpeg (unset TRACKREEL_FFMPEG) or one built with ${missing.join(', ')}`);
  }
}
