// --config movie.json: the same keys as the library's options (see the README), validated by the
// same schema; flags on the command line win over the file.
import { dirname, resolve } from 'node:path';
import { TrackreelError, isTrackreelError } from '../errors/trackreel-error.js';
import { reasonFor, errnoCode } from '../files/file-system-error.js';
import { readTextFile } from '../files/read-text-file.js';
import { validateOptions } from '../options/render-options.js';

// `signal` ends a wait for the file (a FIFO with no writer yet).
export async function loadConfig(path: string, allowedExtra: readonly string[], signal?: AbortSignal): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readTextFile(path, signal);
  } catch (error) {
    if (isTrackreelError(error)) throw error;
    const why = reasonFor(errnoCode(error)) ?? (error as Error).message;
    throw new TrackreelError('CONFIG_FILE', `${path}: cannot read the config file (${why})`,
      { context: { file: path }, cause: error });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new TrackreelError('CONFIG_FILE', `${path}: not valid JSON (${(error as Error).message})`, { context: { file: path }, cause: error });
  }
  // Validate values (raw, so CLI overrides merge with what the user wrote) and reject unknown keys.
  validateOptions(raw, allowedExtra, path);
  // Paths in the file are relative to the file, not to wherever trackreel was started.
  const config = { ...(raw as Record<string, unknown>) };
  const base = dirname(resolve(path));
  for (const key of ['input', 'output'] as const) {
    const value = config[key];
    if (typeof value === 'string') config[key] = resolve(base, value);
    else if (Array.isArray(value)) config[key] = value.map((v) => resolve(base, String(v)));
  }
  return config;
}
