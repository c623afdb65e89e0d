// What one BullMQ job carries: names and numbers only, never a path. The worker validates it
// with zod before doing anything and builds every store key itself from these parts.
import { z } from 'zod';
import { INTERMEDIATE_CODECS } from '../../encode/codecs.js';
import { SEGMENT_FORMATS, segmentSafeArgs } from '../../encode/segment-encoding.js';
import { TrackreelError } from '../../errors/trackreel-error.js';
import { PIECE_NAME, pieceName } from '../piece-name.js';

// One path segment made by the coordinator (mkdtemp's "trackreel-XXXXXX"); no dots at the start.
const RENDER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const SHA256 = /^[0-9a-f]{64}$/;
// The most frames one batch may hold (the batchSize option's upper bound).
const MAX_BATCH_FRAMES = 100_000;
// Values of the few encoder arguments a segment may carry (-tune animation, -profile:v high...).
const ARG_VALUE = /^[A-Za-z0-9._:-]{1,40}$/;

const range = { start: z.number().int().min(0), end: z.number().int().min(1) };

export const jobPayloadSchema = z.object({
  version: z.literal(2),
  renderId: z.string().regex(RENDER_ID),
  sceneHash: z.string().regex(SHA256),
  batch: z.object({ batchIndex: z.number().int().min(0), ...range }).strict()
    .refine((b) => b.end > b.start && b.end - b.start <= MAX_BATCH_FRAMES, 'end must be in (start, start + 100000]'),
  codec: z.enum(INTERMEDIATE_CODECS),
  // Canonical segments in the final codec; null for lossless chunks.
  segment: z.object({
    format: z.enum(SEGMENT_FORMATS),
    segmentFrames: z.number().int().min(1).max(MAX_BATCH_FRAMES),
    crf: z.number().int().min(0).max(63).nullable(),
    // An x264 preset name (one list item to ffmpeg, which refuses unknown names).
    preset: z.string().regex(/^[a-z]{4,10}$/),
    intermediateCodec: z.enum(INTERMEDIATE_CODECS),
    encoderArgs: z.array(z.string().max(40)).max(8),
  }).strict().refine((s) => segmentSafeArgs(s.encoderArgs, s.format) && s.encoderArgs.every((x, i) => i % 2 === 0 || ARG_VALUE.test(x)),
    { message: 'only -tune, -profile:v, -level, -q:v (or -c:v mpeg4 in .mp4) with a plain value', path: ['encoderArgs'] }).nullable(),
  pieces: z.array(z.object({ ...range, name: z.string().regex(PIECE_NAME) }).strict()).min(1).max(1000),
}).strict().superRefine((p, ctx) => {
  let previous = p.batch.start;
  for (const [i, piece] of p.pieces.entries()) {
    const fits = piece.start >= previous && piece.end > piece.start && piece.end <= p.batch.end;
    if (!fits) ctx.addIssue({ code: 'custom', path: ['pieces', i], message: 'pieces must lie in the batch, in order, without overlap' });
    if (piece.name !== pieceName(p.segment ? 'segment' : 'chunk', piece.start, piece.end)) {
      ctx.addIssue({ code: 'custom', path: ['pieces', i, 'name'], message: 'name must match the piece frames and kind' });
    }
    previous = piece.end;
  }
});

export type JobPayload = z.infer<typeof jobPayloadSchema>;

// Returns the payload, or throws INVALID_JOB listing what is wrong (never echoing huge values).
export function parseJobPayload(data: unknown): JobPayload {
  const parsed = jobPayloadSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
  throw new TrackreelError('INVALID_JOB', `Rejected job payload: ${issues}`);
}

// The folder of the store that a job may read and write.
export function renderFolderKey(renderId: string): string {
  return `renders/${renderId}`;
}
