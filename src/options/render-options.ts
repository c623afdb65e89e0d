// The public option types and their validation. The schema is generated from
// OPTION_DEFINITIONS, so the API, the CLI and `--config` files accept exactly the same keys.
import { z } from 'zod';
import { TrackreelError } from '../errors/trackreel-error.js';
import { OPTION_DEFINITIONS, OPTIONS_BY_KEY } from './option-definitions.js';

type Definitions = (typeof OPTION_DEFINITIONS)[number];

// Every look/behaviour option, all optional (defaults in OPTION_DEFINITIONS and the README).
export type MovieOptions = { [D in Definitions as D['key']]?: z.input<D['schema']> };
type ParsedMovieOptions = { [D in Definitions as D['key']]?: z.output<D['schema']> };

export interface RenderMovieOptions extends MovieOptions {
  // One file or several (e.g. one per day); formats are detected per file.
  input: string | string[];
  // The movie to write; its extension picks the format (.mp4, .webm, .gif, .mov, .mkv).
  output: string;
}

export interface RenderStillOptions extends MovieOptions {
  input: string | string[];
  // Where to write the PNG.
  output: string;
  // The time to show (ISO 8601 or epoch ms); default: the first frame.
  at?: string | number;
  // Or the frame number in the movie's timeline.
  frame?: number;
}

const optionShape = Object.fromEntries(OPTION_DEFINITIONS.map((d) => [d.key, d.schema.optional()]));
const inputSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
export const movieOptionsSchema = z.object(optionShape).strict();

const EXTRA_KEYS: Record<string, { schema: z.ZodType; expected: string }> = {
  input: { schema: inputSchema, expected: 'a file path or a list of file paths' },
  output: { schema: z.string().min(1), expected: 'a file path' },
  at: { schema: z.union([z.string(), z.number()]), expected: 'an ISO 8601 time or epoch milliseconds' },
  frame: { schema: z.number().int().min(0), expected: 'a frame number >= 0' },
};

function describeValue(value: unknown): string {
  const shown = typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? JSON.stringify(value) : String(value);
  return `${shown} of type ${Array.isArray(value) ? 'array' : typeof value}`;
}

// Validates options from the API or a config file; unknown keys and bad values are errors that
// name the option, what it expects and what it got (with `where`, e.g. the config file's path).
export function validateOptions<T extends object>(raw: unknown, allowedExtra: readonly string[], where?: string): T {
  const prefix = where ? `${where}: ` : '';
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new TrackreelError('INVALID_OPTION', `${prefix}Expected an object of options but received ${describeValue(raw)}`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const def = OPTIONS_BY_KEY.get(key) ?? (allowedExtra.includes(key) ? EXTRA_KEYS[key] : undefined);
    if (!def) {
      const known = [...OPTIONS_BY_KEY.keys(), ...allowedExtra];
      const near = known.find((k) => k.toLowerCase() === key.toLowerCase().replace(/[-_]/g, ''));
      throw new TrackreelError('INVALID_OPTION', `${prefix}Unknown option "${key}"${near ? ` (did you mean "${near}"?)` : ''}`, { context: { option: key } });
    }
    const parsed = def.schema.safeParse(value);
    if (!parsed.success) {
      throw new TrackreelError('INVALID_OPTION', `${prefix}Expected ${def.expected} for ${key} but received ${describeValue(value)}`, { context: { option: key } });
    }
    out[key] = parsed.data;
  }
  return out as T;
}

export type ValidatedMovieOptions = ParsedMovieOptions;
