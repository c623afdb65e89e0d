// The shared store that the coordinator and every worker see: files under validated keys such as
// "renders/<renderId>/chunk-0000000-0000030.mkv". A directory that every machine mounts implements
// it now; an S3-compatible bucket can implement it later without touching the executor.
export interface Store {
  // Writes the whole value atomically (readers see the old value, the new one, or nothing).
  put(key: string, data: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  exists(key: string): Promise<boolean>;
  // Atomic within the store: the final name never holds a partial file.
  rename(fromKey: string, toKey: string): Promise<void>;
  // Keys directly under a folder key (not recursive).
  list(folderKey: string): Promise<string[]>;
  // Removes a key, or a folder key and everything under it; absent keys are fine.
  remove(key: string): Promise<void>;
  // A local file path for the key, for programs that write files themselves (ffmpeg). Mounted
  // stores only; a bucket store would render to a temporary file and put() it instead. The real
  // path, checked to be inside the store.
  localPath(key: string): Promise<string>;
}
