// The coastline index in the user's cache directory, built on first use. Written under a unique
// temporary name and renamed into place, so processes building it at the same time each produce a
// complete file and readers never see a partial one; a file that does not check out (truncated,
// other data, other format) is built again.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { userCacheDir } from '../user-cache-dir.js';
import { osmCoastSource, readSeaPolygons } from './coast-source.js';
import { COAST_INDEX_FORMAT, encodeCoastIndex } from './encode-coast-index.js';
import { CoastIndexUnreadable, openCoastIndex, type CoastIndex } from './read-coast-index.js';

export interface CoastIndexStatus {
  path: string;
  // Whether this call built the file (first use, or a bad file replaced).
  built: boolean;
  ms: number;
}

let opened: CoastIndex | null = null;
let openedPath: string | null = null;

function indexFileName(source: string): string {
  return `coast-${source.replace(/[^A-Za-z0-9.@-]+/g, '_')}-f${COAST_INDEX_FORMAT}.bin`;
}

function tryOpen(path: string, source: string): CoastIndex | null {
  try {
    return openCoastIndex(path, source);
  } catch (error) {
    if (error instanceof CoastIndexUnreadable || (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function writeAtomically(dir: string, name: string, bytes: Uint8Array): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const temp = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return path;
}

// Makes sure the index exists (building it if needed) and opens it for this process.
export function ensureCoastIndex(cacheDir = userCacheDir()): CoastIndexStatus {
  const started = performance.now();
  const source = osmCoastSource();
  const name = indexFileName(source);
  const path = join(cacheDir, name);
  if (opened && openedPath === path) return { path, built: false, ms: performance.now() - started };
  const fallbackDir = join(tmpdir(), `trackreel-cache-${process.getuid?.() ?? 'user'}`);
  let usedPath = path;
  let index = tryOpen(path, source);
  if (!index && (index = tryOpen(join(fallbackDir, name), source))) usedPath = join(fallbackDir, name);
  let built = false;
  if (!index) {
    const bytes = encodeCoastIndex(readSeaPolygons(), source);
    try {
      usedPath = writeAtomically(cacheDir, name, bytes);
    } catch (error) {
      // A read-only home: keep the index beside the other temporary files instead.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EACCES' && code !== 'EROFS' && code !== 'EPERM' && code !== 'ENOTDIR') throw error;
      usedPath = writeAtomically(fallbackDir, name, bytes);
    }
    index = openCoastIndex(usedPath, source);
    built = true;
  }
  opened?.close();
  opened = index;
  openedPath = path;
  return { path: usedPath, built, ms: performance.now() - started };
}

// The open index (opened, and built if needed, on first call).
export function coastIndex(): CoastIndex {
  if (!opened) ensureCoastIndex();
  return opened as CoastIndex;
}

// Closes the index so the next use opens (or builds) it again: for tests and benchmarks.
export function forgetCoastIndex(): void {
  opened?.close();
  opened = null;
  openedPath = null;
}
