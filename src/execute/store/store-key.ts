// Store keys come from job payloads, so nothing in one may leave the store: relative, '/'-separated,
// only [A-Za-z0-9._-] in each segment, and no '.' or '..' segment.
import { TrackreelError } from '../../errors/trackreel-error.js';

const SEGMENT = /^[A-Za-z0-9._-]{1,128}$/;
const MAX_KEY_LENGTH = 512;

export function isValidStoreKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split('/').every((s) => SEGMENT.test(s) && s !== '.' && s !== '..');
}

// Returns the key unchanged, or throws INVALID_JOB naming what was refused.
export function checkStoreKey(key: unknown): string {
  if (!isValidStoreKey(key)) {
    throw new TrackreelError('INVALID_JOB', `Refused store key ${JSON.stringify(key)}: keys are relative paths of [A-Za-z0-9._-] segments without "." or ".."`);
  }
  return key;
}

export function joinKey(...parts: string[]): string {
  return checkStoreKey(parts.join('/'));
}
