// Temporary files and folders removed synchronously when the process exits while they still exist:
// a second Ctrl-C ends the CLI with process.exit at once, skipping every `finally` that would
// have removed them. One 'exit' listener for all of them (no listener per render).
import { rmSync } from 'node:fs';

const paths = new Set<string>();
let installed = false;

// Returns the function that forgets `path` again (call it once the path is removed or kept).
export function removeOnExit(path: string): () => void {
  if (!installed) {
    installed = true;
    process.on('exit', () => {
      for (const p of paths) {
        try { rmSync(p, { recursive: true, force: true }); } catch { /* exiting anyway; the next run sweeps it */ }
      }
    });
  }
  paths.add(path);
  return () => { paths.delete(path); };
}
