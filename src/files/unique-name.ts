// A name no other process or call will pick for a temporary file: "<base>.<pid>-<random><suffix>".
import { randomBytes } from 'node:crypto';

export function uniqueName(base: string, suffix: string): string {
  return `${base}.${process.pid}-${randomBytes(4).toString('hex')}${suffix}`;
}
