// Whether the file system holding `dir` has (nearly) no room left: asked after a write whose
// failure did not say why (an encoder that exited 0 with a truncated file, a probe of it).
import { statfs } from 'node:fs/promises';
import { TrackreelError } from '../errors/trackreel-error.js';

const NEARLY_FULL_BYTES = 256 * 1024;

export async function diskFullAt(dir: string): Promise<boolean> {
  const info = await statfs(dir).catch(() => null);
  return info !== null && info.bavail * info.bsize < NEARLY_FULL_BYTES;
}

export function diskFullError(dir: string, what: string): TrackreelError {
  return new TrackreelError('DISK_FULL', `${dir}: cannot write ${what}: no space left on the device`, { context: { file: dir } });
}
