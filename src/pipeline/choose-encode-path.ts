// Segments or two passes. The default encodes canonical segments straight into the final codec
// and joins them by stream copy (one encode, the same bytes however the movie is rendered);
// what needs the whole movie in one encoder (GIF's palette, encoder arguments that may touch key
// frames, rate control or threads) keeps tracktable's lossless chunks and a second pass.
import { type OutputFormat } from '../encode/codecs.js';
import { SEGMENT_FORMATS, segmentSafeArgs, type SegmentEncoding, type SegmentFormat } from '../encode/segment-encoding.js';
import { TrackreelError } from '../errors/trackreel-error.js';
import { segmentFrames } from '../plan/plan-segments.js';
import type { ResolvedMovieOptions } from './resolve-movie-options.js';

export type EncodePath =
  | { kind: 'segments'; reason: null }
  // Why the render takes two passes (reported to the user).
  | { kind: 'two-pass'; reason: string };

export function chooseEncodePath(format: OutputFormat, output: ResolvedMovieOptions['output']): EncodePath {
  const why = output.twoPass ? '--two-pass was given'
    : format === 'gif' ? 'GIF needs one palette for the whole movie'
      : !segmentSafeArgs(output.encoderArgs, format) ? `--encoder-args "${output.encoderArgs.join(' ')}" may change key frames, rate control or threads, which segments keep fixed`
        : null;
  if (why === null) return { kind: 'segments', reason: null };
  if (output.direct) {
    throw new TrackreelError('INVALID_OPTION', `--direct (segments joined by stream copy) cannot be used here: ${why}`, { context: { option: 'direct' } });
  }
  return { kind: 'two-pass', reason: why };
}

// The segment encoding of a movie on the segment path.
export function segmentEncoding(format: OutputFormat, output: ResolvedMovieOptions['output'], frameCount: number, fps: number): SegmentEncoding {
  if (!(SEGMENT_FORMATS as readonly string[]).includes(format)) throw new RangeError(`no segment encoding for .${format}`);
  return {
    format: format as SegmentFormat, segmentFrames: segmentFrames(frameCount, fps), crf: output.crf, preset: output.preset,
    intermediateCodec: output.intermediateCodec, encoderArgs: output.encoderArgs,
  };
}
