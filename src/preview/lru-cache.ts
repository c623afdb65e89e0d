// A small LRU map bounded by total bytes (rendered PNG frames): Map keeps insertion order, so the
// first key is the least recently used one.
export class LruCache<V extends { byteLength: number }> {
  private readonly entries = new Map<string, V>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) { this.entries.delete(key); this.entries.set(key, value); }
    return value;
  }

  set(key: string, value: V): void {
    const old = this.entries.get(key);
    if (old) { this.bytes -= old.byteLength; this.entries.delete(key); }
    if (value.byteLength > this.maxBytes) return;
    this.entries.set(key, value);
    this.bytes += value.byteLength;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.byteLength;
    }
  }

  get size(): number { return this.entries.size; }
}
