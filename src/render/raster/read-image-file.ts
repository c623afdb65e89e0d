// The bytes of an image file a user names (--logo, --head icon:FILE), read once by the coordinator,
// with the one error shape for a file that cannot be read.
import { readFileSync } from 'node:fs';
import { inputError } from '../../errors/messages.js';

// option: the option's name in messages ("logo", "head"); noun: what the file is ("logo", "icon").
export function readImageFile(path: string, option: string, noun: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw inputError('INPUT_NOT_FOUND', `${option}: cannot read the ${noun} file (${why})`, { file: path });
  }
}
