// The page's files: a fixed map from URL path to a file in the package's assets/preview/ folder
// (shipped through package.json "files"), read once at start. Requests only look names up in this
// map; no part of a request path is ever joined to a directory. The index page carries the
// session token (in <meta name="trackreel-token">), which app.js sends with every API call.
import { readFile } from 'node:fs/promises';

export interface Asset { body: Buffer; type: string }

const ASSET_FILES: Record<string, [file: string, type: string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/index.html': ['index.html', 'text/html; charset=utf-8'],
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/style.css': ['style.css', 'text/css; charset=utf-8'],
};

const TOKEN_SLOT = '{{TRACKREEL_TOKEN}}';

export async function loadPreviewAssets(token: string): Promise<ReadonlyMap<string, Asset>> {
  const folder = new URL('../../assets/preview/', import.meta.url);
  const out = new Map<string, Asset>();
  for (const [route, [file, type]] of Object.entries(ASSET_FILES)) {
    const body = await readFile(new URL(file, folder));
    out.set(route, { body: file === 'index.html' ? Buffer.from(body.toString('utf8').replace(TOKEN_SLOT, token)) : body, type });
  }
  return out;
}
