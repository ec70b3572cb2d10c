/**
 * A small least-recently-used cache of promises. Storing the promise (not the
 * value) lets concurrent requests for the same key share one computation; a
 * rejected promise is dropped so the next request retries.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, Promise<V>>();
  /** Lookups answered from the cache, and lookups that started a computation (for metrics). */
  readonly counts = { hits: 0, misses: 0 };

  /** @param maxEntries at least 1. */
  constructor(private readonly maxEntries: number) {
    if (!(maxEntries >= 1)) throw new RangeError(`Expected "maxEntries" of at least 1, got ${maxEntries}.`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached promise for `key`, or the one `compute` starts (and caches). */
  getOrCompute(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit) {
      this.counts.hits++;
      this.entries.delete(key); // re-insert: Map order is recency order
      this.entries.set(key, hit);
      return hit;
    }
    this.counts.misses++;
    const promise = compute();
    this.entries.set(key, promise);
    promise.catch(() => {
      if (this.entries.get(key) === promise) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return promise;
  }
}
