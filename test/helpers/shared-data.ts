// The public samples in ../shared/data (never copied into the repository). Tests that need
// them skip, with a visible message, when a clone elsewhere does not have the folder.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// shared/ sits beside the clone (CI, /work/main); a worktree one level deeper (/work/wt/NAME)
// finds it beside an ancestor, so look upwards from the clone.
function findSharedData(): string {
  let dir = fileURLToPath(new URL('../../', import.meta.url));
  const first = join(dir, '..', 'shared', 'data') + '/';
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, '..', 'shared', 'data') + '/';
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir.replace(/\/$/, ''));
  }
  return first;
}

export const SHARED_DATA = findSharedData();
export const HAVE_SHARED_DATA = existsSync(SHARED_DATA);
if (!HAVE_SHARED_DATA) console.warn(`skipping tests on real data: ${SHARED_DATA} not found`);

export const sample = (name: string): string => `${SHARED_DATA}${name}`;
export const realSample = (name: string): string => `${SHARED_DATA}real/${name}`;
