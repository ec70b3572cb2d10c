/**
 * The cache of computed results (projected graphs, analyses, exports, breakdowns), on
 * the kept `lru-cache` library, bounded by the (estimated) bytes it holds rather than by
 * entry count: one 100k-node graph and a two-number assortativity are not the same
 * weight. It stores the computation's promise, so concurrent requests for one key share
 * one computation (lru-cache's `fetch`); a computation that fails is not kept, so the
 * next request retries.
 */
import { LRUCache } from 'lru-cache';

export interface ResultCacheOptions {
  /** Most bytes (estimated by `estimateBytes`) the cache holds. */
  maxBytes: number;
}

type Compute = () => Promise<unknown>;

export class ResultCache<V = unknown> {
  private readonly lru: LRUCache<string, NonNullable<unknown>, Compute>;
  /** Lookups answered from the cache (or joined to a computation in flight), and lookups that started one. */
  readonly counts = { hits: 0, misses: 0 };

  constructor(options: ResultCacheOptions) {
    if (!(options.maxBytes >= 1)) throw new RangeError(`Expected "maxBytes" of at least 1, got ${options.maxBytes}.`);
    this.lru = new LRUCache<string, NonNullable<unknown>, Compute>({
      maxSize: options.maxBytes,
      sizeCalculation: (value) => Math.max(1, Math.min(estimateBytes(value), options.maxBytes)),
      fetchMethod: async (_key, _stale, { context }) => (await context()) as NonNullable<unknown>,
      // A computation whose entry is evicted while in flight (a large result arriving) still answers its callers.
      ignoreFetchAbort: true,
    });
  }

  /** Entries held now. */
  get size(): number {
    return this.lru.size;
  }

  /** Estimated bytes held now. */
  get bytes(): number {
    return this.lru.calculatedSize;
  }

  /** The cached result for `key`, or the one `compute` starts (and caches once it resolves). */
  getOrCompute<T extends V>(key: string, compute: () => Promise<T>): Promise<T> {
    const status: LRUCache.Status<string, NonNullable<unknown>, Compute> = {};
    const promise = this.lru.fetch(key, { context: compute, status }) as Promise<T>;
    if (status.fetch === 'hit' || status.fetch === 'inflight' || status.fetch === 'stale') this.counts.hits++;
    else this.counts.misses++;
    return promise;
  }
}

/**
 * A rough size in bytes of a result: graphs by their nodes and edges, arrays and
 * objects by sampling their entries. Cheap (never walks a whole large structure) and
 * good to a small factor, which is all a cache bound needs.
 */
export function estimateBytes(value: unknown, depth = 0): number {
  if (value === null || value === undefined) return 8;
  switch (typeof value) {
    case 'number':
    case 'boolean':
      return 8;
    case 'string':
      return 40 + 2 * value.length;
    case 'object':
      break;
    default:
      return 16;
  }
  const graph = value as { order?: unknown; size?: unknown; forEachNode?: unknown };
  if (typeof graph.order === 'number' && typeof graph.size === 'number' && typeof graph.forEachNode === 'function') {
    // graphology: a node or an edge with a few attributes is a few hundred bytes of maps and objects.
    return 400 * graph.order + 300 * graph.size;
  }
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (depth > 4) return 64;
  const entries: unknown[] = Array.isArray(value)
    ? value
    : value instanceof Map || value instanceof Set
      ? firstValues(value, 16, value.size)
      : Object.values(value as object);
  const n = value instanceof Map || value instanceof Set ? value.size : entries.length;
  if (n === 0) return 32;
  const sample = Math.min(n, 16);
  let sampled = 0;
  const pick = (i: number) => (entries.length === n ? entries[Math.floor((i * n) / sample)] : entries[i]);
  for (let i = 0; i < sample; i++) sampled += estimateBytes(pick(i), depth + 1) + 16;
  return 32 + Math.round((sampled / sample) * n);
}

/** The first `k` values of a Map or Set (a padded array of length `size` is not needed: callers scale by size). */
function firstValues(collection: Map<unknown, unknown> | Set<unknown>, k: number, _size: number): unknown[] {
  const out: unknown[] = [];
  for (const v of collection.values()) {
    if (out.length >= k) break;
    out.push(v);
  }
  return out;
}
