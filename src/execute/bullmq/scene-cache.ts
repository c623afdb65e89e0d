// A worker's loaded scenes, by content hash: each scene file is read and checked once, and its
// frame renderer (with the copied background) is reused by every batch of that render.
import { createFrameRenderer, type FrameRenderer } from '../../render/create-frame-renderer.js';
import type { Scene } from '../../scene/scene.js';
import { readSceneFile } from '../store/scene-store.js';
import type { Store } from '../store/store.js';

export interface LoadedScene { scene: Scene; renderer: FrameRenderer }

// Renders usually arrive one after another; two entries cover the overlap between them.
const MAX_SCENES = 2;

export class SceneCache {
  private readonly entries = new Map<string, Promise<LoadedScene>>();

  // Concurrent jobs of one render share a single load.
  get(store: Store, key: string, hash: string): Promise<LoadedScene> {
    let entry = this.entries.get(hash);
    if (entry) {
      this.entries.delete(hash);
      this.entries.set(hash, entry); // most recently used last
      return entry;
    }
    entry = readSceneFile(store, key, hash).then((scene) => ({ scene, renderer: createFrameRenderer(scene) }));
    entry.catch(() => this.entries.delete(hash));
    this.entries.set(hash, entry);
    while (this.entries.size > MAX_SCENES) {
      // A batch still drawing with an evicted scene keeps its own reference to it.
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return entry;
  }
}
