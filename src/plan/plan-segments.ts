// Canonical segments: where the movie is cut for encoding depends on the movie alone (its frame
// count and frame rate), never on the workers or the batch size, so every render of a movie
// encodes the same segments and gets the same bytes.
import type { BatchSpec } from './batch-spec.js';

// A key frame costs about 14 times an average frame on a map that barely changes (measured on
// NYHarbor at 1080p, x264 veryfast crf 18); with at least 120 frames per segment the key frames
// add under 5% to the file against one continuous encode (keyint 250). Measured: 60 frames +16%,
// 120 frames +4%, 300 frames -3%.
const MIN_SEGMENT_FRAMES = 120;
// Longer movies get longer segments (fewer key frames), up to this many seconds.
const MAX_SEGMENT_SECONDS = 10;
// ...aiming at about this many segments, enough to spread over many machines.
const TARGET_SEGMENTS = 60;

// Frames per segment: whole seconds of movie (so every segment starts at an exact microsecond and
// the join's timestamps are exact), at least MIN_SEGMENT_FRAMES, longer for longer movies.
export function segmentFrames(frameCount: number, fps: number): number {
  const minSeconds = Math.ceil(MIN_SEGMENT_FRAMES / fps);
  const byLength = Math.min(MAX_SEGMENT_SECONDS, Math.ceil(frameCount / fps / TARGET_SEGMENTS));
  return Math.max(minSeconds, byLength) * fps;
}

// Half-open [start, end) ranges of the segments of a movie.
export function planSegments(frameCount: number, length: number): Array<{ start: number; end: number }> {
  const segments: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < frameCount; start += length) segments.push({ start, end: Math.min(frameCount, start + length) });
  return segments;
}

// A batch is a run of whole segments: the batch size is rounded up to a multiple of the segment
// length (default: one segment per batch).
export function segmentBatchSize(requested: number | null, length: number): number {
  return requested === null ? length : Math.ceil(requested / length) * length;
}

// The segments of one batch (its bounds are segment bounds).
export function segmentsOf(batch: BatchSpec, length: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let start = batch.start; start < batch.end; start += length) out.push({ start, end: Math.min(batch.end, start + length) });
  return out;
}
