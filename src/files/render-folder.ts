// Where movies started from the preview page go when no --output-dir is given: the user's video
// folder (XDG_VIDEOS_DIR, else ~/Videos or ~/Movies when it exists), else the system's temporary
// folder; never the directory the command happened to be run in.
import { existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export function defaultRenderFolder(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.XDG_VIDEOS_DIR, join(homedir(), 'Videos'), join(homedir(), 'Movies')];
  for (const dir of candidates) if (dir && existsSync(dir)) return join(dir, 'trackreel');
  return join(tmpdir(), 'trackreel-renders');
}
