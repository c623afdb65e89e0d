// Removes what killed trackreel processes left behind (SIGKILL, a crash, a power cut): temporary
// folders in the temp directory, partial movies beside outputs. Only names trackreel itself makes
// (temp-names.ts), made on this host, by a process that is no longer running, and untouched for
// LEFTOVER_AGE_MS: both checks, because a PID may be reused, and a process in another PID
// namespace sharing the folder looks dead by PID alone. Best effort: a failure here never fails
// a render.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { processAlive } from './process-alive.js';
import { HOST_TAG, PARTIAL_OUTPUT_PATTERN, TEMP_DIR_PATTERN } from './temp-names.js';

export const LEFTOVER_AGE_MS = 10 * 60_000;

// The newest modification time of a path and, for a folder, of its direct entries.
async function lastTouched(path: string): Promise<number | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  let newest = info.mtimeMs;
  if (info.isDirectory()) {
    const names = await readdir(path).catch(() => [] as string[]);
    for (const name of names) {
      const entry = await stat(join(path, name)).catch(() => null);
      if (entry) newest = Math.max(newest, entry.mtimeMs);
    }
  }
  return newest;
}

async function sweep(dir: string, pattern: RegExp, now: number): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match || match[2] !== HOST_TAG || processAlive(Number(match[1]))) continue;
    const path = join(dir, name);
    const touched = await lastTouched(path);
    if (touched === null || now - touched < LEFTOVER_AGE_MS) continue;
    try {
      await rm(path, { recursive: true, force: true });
      removed.push(path);
    } catch { /* someone else's to fix: permissions, a read-only folder */ }
  }
  return removed;
}

export interface SweepTargets {
  // Folders holding trackreel's temporary folders (the temp directory, a --work-dir).
  tempDirs?: readonly string[];
  // Folders holding outputs, where partial movies are written.
  outputDirs?: readonly string[];
}

// Returns the paths removed.
export async function sweepLeftovers(targets: SweepTargets, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of new Set(targets.tempDirs ?? [])) removed.push(...(await sweep(dir, TEMP_DIR_PATTERN, now).catch(() => [])));
  for (const dir of new Set(targets.outputDirs ?? [])) removed.push(...(await sweep(dir, PARTIAL_OUTPUT_PATTERN, now).catch(() => [])));
  return removed;
}
