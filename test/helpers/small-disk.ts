// A real, tiny file system for full-disk tests: a tmpfs of `sizeKb` mounted on a fresh folder
// (needs root and a kernel that allows it; in containers that do not, the tests skip and say so).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  path: string;
  unmount(): void;
}

export function mountSmallDisk(sizeKb: number): SmallDisk | null {
  const path = mkdtempSync(join(tmpdir(), 'trackreel-small-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', path], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    rmSync(path, { recursive: true, force: true });
    console.warn(`full-disk tests skipped: cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || '').trim()})`);
    return null;
  }
  return {
    path,
    unmount: () => {
      spawnSync('umount', ['-l', path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}

// Fills the disk to the last byte with one file, which the caller may delete to make room again.
export function fillDisk(disk: SmallDisk, name = 'filler'): string {
  const file = join(disk.path, name);
  spawnSync('sh', ['-c', `cat /dev/zero > "${file}" 2>/dev/null`]);
  return file;
}
