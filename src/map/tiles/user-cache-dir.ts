// Where trackreel keeps what it may reuse across renders: $TRACKREEL_CACHE_DIR, else the
// platform's user cache directory (XDG on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA%).
import { homedir } from 'node:os';
import { join } from 'node:path';

export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TRACKREEL_CACHE_DIR) return env.TRACKREEL_CACHE_DIR;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'trackreel');
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'trackreel', 'Cache');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'trackreel');
}
