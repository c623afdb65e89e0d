// Scene files in the store: written once by the coordinator under their content hash, read and
// checked by remote workers (the bytes format is scene/scene-file.ts).
import type { Scene } from '../../scene/scene.js';
import { corrupt, decodeScene, encodeScene, sceneFileName, sha256 } from '../../scene/scene-file.js';
import type { Store } from './store.js';
import { joinKey } from './store-key.js';

// Writes the scene into a folder of the store; returns its key and content hash.
export async function writeSceneFile(store: Store, folderKey: string, scene: Scene): Promise<{ key: string; hash: string }> {
  const bytes = encodeScene(scene);
  const hash = sha256(bytes);
  const key = joinKey(folderKey, sceneFileName(hash));
  if (!await store.exists(key)) await store.put(key, bytes);
  return { key, hash };
}

// Reads and checks a scene file: its bytes must hash to the name it was asked for.
export async function readSceneFile(store: Store, key: string, hash: string): Promise<Scene> {
  const bytes = await store.get(key);
  const actual = sha256(bytes);
  if (actual !== hash) throw corrupt(`${key} hashes to ${actual.slice(0, 12)}…, expected ${hash.slice(0, 12)}…`);
  return decodeScene(bytes);
}
