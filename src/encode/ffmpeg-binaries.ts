// Which ffmpeg and ffprobe to run: an explicit option, then TRACKREEL_FFMPEG / TRACKREEL_FFPROBE,
// then the static builds shipped in npm packages.
import { accessSync, chmodSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface FfmpegBinaries {
  ffmpeg: string;
  ffprobe: string;
}

const require = createRequire(import.meta.url);

function bundled(pkg: '@ffmpeg-installer/ffmpeg' | '@ffprobe-installer/ffprobe'): string | null {
  try {
    const path = (require(pkg) as { path: string }).path;
    ensureExecutable(path);
    return path;
  } catch {
    return null;
  }
}

// npm 11 may skip the packages' postinstall chmod; make the shipped binary executable ourselves.
function ensureExecutable(path: string): void {
  if (!existsSync(path)) return;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    try { chmodSync(path, 0o755); } catch { /* reported later as FFMPEG_MISSING when it fails to run */ }
  }
}

export function resolveFfmpegBinaries(opts: { ffmpegPath?: string | null; ffprobePath?: string | null } = {}): FfmpegBinaries {
  const ffmpeg = opts.ffmpegPath || process.env.TRACKREEL_FFMPEG || bundled('@ffmpeg-installer/ffmpeg') || 'ffmpeg';
  let ffprobe = opts.ffprobePath || process.env.TRACKREEL_FFPROBE || null;
  if (!ffprobe && (opts.ffmpegPath || process.env.TRACKREEL_FFMPEG)) {
    // A user-supplied ffmpeg usually has its ffprobe beside it.
    const sibling = join(dirname(ffmpeg), 'ffprobe');
    if (existsSync(sibling)) ffprobe = sibling;
  }
  return { ffmpeg, ffprobe: ffprobe || bundled('@ffprobe-installer/ffprobe') || 'ffprobe' };
}
