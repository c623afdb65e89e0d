// What one BullMQ job carries: names and numbers only, never a path. The worker validates it
// with zod before doing anything and builds every store key itself from these parts.
import { z } from 'zod';
import { INTERMEDIATE_CODECS } from '../../encode/codecs.js';
import { TrackreelError } from '../../errors/trackreel-error.js';

// One path segment made by the coordinator (mkdtemp's "trackreel-XXXXXX"); no dots at the start.
const RENDER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const CHUNK_NAME = /^chunk-\d{7}-\d{7}\.mkv$/;
// The most frames one batch may hold (the batchSize option's upper bound).
const MAX_BATCH_FRAMES = 100_000;
const pad = (n: number): string => String(n).padStart(7, '0');

export const jobPayloadSchema = z.object({
  version: z.literal(1),
  renderId: z.string().regex(RENDER_ID),
  sceneHash: z.string().regex(SHA256),
  batch: z.object({
    batchIndex: z.number().int().min(0),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  }).strict().refine((b) => b.end > b.start && b.end - b.start <= MAX_BATCH_FRAMES, 'end must be in (start, start + 100000]'),
  codec: z.enum(INTERMEDIATE_CODECS),
  chunkName: z.string().regex(CHUNK_NAME),
}).strict().refine((p) => p.chunkName === `chunk-${pad(p.batch.start)}-${pad(p.batch.end)}.mkv`, 'chunkName must match the batch frames');

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
