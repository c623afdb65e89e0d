// What one request to the preview may ask for. A page (or anything that got hold of the token)
// must not be able to take the machine: frames and movies are bounded in size, movies in frame
// count, and request JSON in nesting depth. `trackreel preview --max-render-frames N
// --max-frame-size WxH` raises the first two for a user who wants longer or larger movies.
import { TrackreelError } from '../errors/trackreel-error.js';
import { exceedsJsonDepth } from '../memory/json-depth.js';

export interface RenderLimits {
  // Frames one movie rendered from the page may have. @defaultValue 18000 (10 minutes at 30 fps)
  maxFrames: number;
  // Largest frame (preview frames and movies), width and height. @defaultValue [3840, 2160]
  maxSize: readonly [number, number];
}

export const DEFAULT_RENDER_LIMITS: RenderLimits = { maxFrames: 18_000, maxSize: [3840, 2160] };

// Deeper than any option value needs (camera keyframes are 3 levels); checked before validation,
// whose recursion a hostile 5,000-deep body would otherwise overflow.
export const MAX_JSON_DEPTH = 16;

const bad = (message: string, option: string): TrackreelError => new TrackreelError('INVALID_OPTION', message, { context: { option } });

export function checkSize(size: readonly [number, number] | undefined, limits: RenderLimits): void {
  const [w, h] = limits.maxSize;
  if (size && (size[0] > w || size[1] > h)) {
    throw bad(`Expected a size up to ${w}x${h} for size in the preview but received ${size[0]}x${size[1]} (restart trackreel preview with --max-frame-size to allow more)`, 'size');
  }
}

export function checkFrameCount(frameCount: number, limits: RenderLimits): void {
  if (frameCount > limits.maxFrames) {
    throw bad(`Expected a movie of at most ${limits.maxFrames} frames from the preview but these options make ${frameCount} (shorten --duration or lower --fps, or restart trackreel preview with --max-render-frames to allow more)`, 'durationMs');
  }
}

// Throws when a parsed JSON value nests deeper than MAX_JSON_DEPTH.
export function checkJsonDepth(value: unknown, what: string): void {
  if (exceedsJsonDepth(value, MAX_JSON_DEPTH)) throw bad(`Expected ${what} nested at most ${MAX_JSON_DEPTH} levels deep`, 'options');
}
