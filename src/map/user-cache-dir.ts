// Where trackreel keeps what it derives once and reuses across renders (the coastline index, map
// tiles): $TRACKREEL_CACHE_DIR, else $XDG_CACHE_HOME/trackreel, else ~/.cache/trackreel.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TRACKREEL_CACHE_DIR) return env.TRACKREEL_CACHE_DIR;
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec says relative paths are to be ignored.
  if (xdg && xdg.startsWith('/')) return join(xdg, 'trackreel');
  return join(homedir(), '.cache', 'trackreel');
}
