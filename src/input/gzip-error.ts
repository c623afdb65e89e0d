// zlib's errors (codes Z_*) mean the file is not valid gzip: the user gets a located input error
// naming the file, not zlib's stack trace. Anything else passes through unchanged.
import { inputError } from '../errors/messages.js';

export function asGzipError(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_')
    ? inputError('INPUT_PARSE', `not a valid gzip file (${(error as Error).message})`, { file })
    : error;
}
