// Options: Where and how batches are rendered. One entry per option (see option-definition.ts).
import { z } from 'zod';
import { parseIntStrict } from '../parse-values.js';
import { int } from './schema-helpers.js';
import type { OptionDefinition } from './option-definition.js';

export const EXECUTION_OPTIONS = [
  // execution
  { key: 'workers', group: 'execution', flag: '--workers <n>', description: 'Worker threads rendering batches in parallel (1 renders serially through the same code).',
    defaultText: 'number of cores', expected: 'an integer between 1 and 256', schema: int(1, 256), fromCli: parseIntStrict },
  { key: 'batchSize', group: 'execution', flag: '--batch-size <frames>', description: 'Frames per batch; rounded up to whole segments unless the render is two-pass.',
    defaultText: 'one segment (two-pass: about 4 batches per worker, 30..600)', expected: 'an integer between 1 and 100000', schema: int(1, 100000), fromCli: parseIntStrict },
  { key: 'ffmpegPath', group: 'execution', flag: '--ffmpeg <path>', description: 'ffmpeg binary to use (also TRACKREEL_FFMPEG).',
    defaultText: 'the one bundled from npm', expected: 'a path', schema: z.string().min(1) },
  { key: 'ffprobePath', group: 'execution', flag: '--ffprobe <path>', description: 'ffprobe binary to use (also TRACKREEL_FFPROBE).',
    defaultText: 'beside --ffmpeg, else bundled', expected: 'a path', schema: z.string().min(1) },
  { key: 'workDir', group: 'execution', flag: '--work-dir <dir>', description: 'Keep chunks in DIR/trackreel-<key> (key: hash of data, options, version), kept after a failure so the same command resumes; removed after success.',
    defaultText: 'a temporary folder, always removed', expected: 'a path', schema: z.string().min(1) },
  { key: 'keepWork', group: 'execution', flag: '--keep-work', description: 'Keep the work directory (chunks, manifest) even after a successful render.', defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  { key: 'redis', group: 'execution', flag: '--redis <url>', description: 'Render on `trackreel worker` processes through a BullMQ queue on this Redis (redis:// or rediss:// for TLS; a password may be in the URL). Needs --store.',
    defaultText: 'off: render on this machine', expected: 'a redis:// or rediss:// URL', schema: z.string().regex(/^rediss?:\/\/\S+$/) },
  { key: 'store', group: 'execution', flag: '--store <dir>', description: 'With --redis: the directory every worker mounts too (NFS or similar); each render works in DIR/renders/ID/.',
    expected: 'a path', schema: z.string().min(1) },
] as const satisfies readonly OptionDefinition[];
