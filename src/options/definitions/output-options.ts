// Options: The movie file. One entry per option (see option-definition.ts).
import { z } from 'zod';
import { INTERMEDIATE_CODECS } from '../../encode/codecs.js';
import { parseIntStrict } from '../parse-values.js';
import { int, list } from './schema-helpers.js';
import type { OptionDefinition } from './option-definition.js';

export const OUTPUT_OPTIONS = [
  // output
  { key: 'intermediateCodec', group: 'output', flag: '--intermediate-codec <name>', description: 'Lossless codec of the per-batch chunks.',
    defaultText: 'libx264rgb', expected: `one of ${INTERMEDIATE_CODECS.join(', ')}`, schema: z.enum(INTERMEDIATE_CODECS) },
  { key: 'crf', group: 'output', flag: '--crf <n>', description: 'Constant rate factor of H.264 / VP9 (lower is better quality).',
    defaultText: '18 (mp4), 32 (webm)', expected: 'an integer between 0 and 63', schema: int(0, 63), fromCli: parseIntStrict },
  { key: 'preset', group: 'output', flag: '--preset <name>', description: 'x264 preset of MP4 output.',
    defaultText: 'veryfast', expected: 'an x264 preset name',
    schema: z.enum(['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium', 'slow', 'slower', 'veryslow']) },
  { key: 'encoderArgs', group: 'output', flag: '--encoder-args <args>', description: 'Extra ffmpeg output arguments, split at spaces and passed as a list (never through a shell), e.g. --encoder-args "-tune animation".',
    expected: 'a list of strings', schema: z.array(z.string()), fromCli: (raw) => raw.trim().split(/\s+/).filter(Boolean) },
  { key: 'twoPass', group: 'output', flag: '--two-pass', description: 'Render lossless chunks and encode the whole movie once more (tracktable\'s way), instead of encoding canonical segments straight into the final codec and joining them by stream copy. Chosen by itself for GIF and for --encoder-args other than -tune, -profile:v, -level, -q:v, -c:v mpeg4.',
    defaultText: 'false (automatic)', expected: 'a boolean', schema: z.boolean() },
  { key: 'direct', group: 'output', flag: '--direct', description: 'Kept so that older commands work: segments straight in the final codec are the default now. Refused where only two passes work (GIF, --two-pass, whole-movie encoder arguments).',
    defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  { key: 'artist', group: 'output', flag: '--artist <text>', description: 'Artist metadata.', expected: 'a string', schema: z.string() },
  { key: 'comment', group: 'output', flag: '--comment <text>', description: 'Comment metadata.', expected: 'a string', schema: z.string() },
  { key: 'overwrite', group: 'output', flag: '--overwrite', description: 'Replace an existing output file.', defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
] as const satisfies readonly OptionDefinition[];
