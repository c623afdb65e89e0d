// Names of trackreel's temporary files and folders carry the owner's PID and a short hash of its
// host name, so a later run can tell the leftovers of a dead process (see sweep-leftovers.ts) from
// files another live render, here or on another machine sharing the folder, is still writing.
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';

export const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 6);

// Prefix for mkdtemp: "trackreel-<kind>-<pid>-<host>-" (mkdtemp adds 6 characters).
export function tempPrefix(kind: string): string {
  return `trackreel-${kind}-${process.pid}-${HOST_TAG}-`;
}

// Matches a name made by tempPrefix + mkdtemp.
export const TEMP_DIR_PATTERN = /^trackreel-[a-z]+-(\d+)-([0-9a-f]{6})-[A-Za-z0-9]{6}$/;

// ".<name>.trackreel-<pid>-<host>-<random>.partial.<ext>", written beside the output.
export function partialOutputName(base: string, random: string, ext: string): string {
  return `.${base}.trackreel-${process.pid}-${HOST_TAG}-${random}.partial.${ext}`;
}

export const PARTIAL_OUTPUT_PATTERN = /^\..*\.trackreel-(\d+)-([0-9a-f]{6})-[0-9a-f]+\.partial\.[A-Za-z0-9]+$/;
