/**
 * The cache of computed results (projected graphs, analyses, exports, breakdowns), on
 * the kept `lru-cache` library, bounded by the (estimated) bytes it holds rather than by
 * entry count: one 100k-node graph and a two-number assortativity are not the same
 * weight.
 *
 * Computations in flight are kept beside the LRU, one per key, so concurrent requests
 * for a key share one computation. Each caller waits with its own AbortSignal (the
 * request's time budget, passed in or the current one: cancellation.ts): a caller whose
 * signal aborts stops waiting at once, and the computation is stopped (its own signal
 * aborts: pool tasks are terminated, nested computations lose a waiter) only when the
 * last caller has given up. A caller without a signal never gives up. A computation that
 * fails or is stopped leaves no entry, so the next request starts afresh.
 */
import { LRUCache } from 'lru-cache';
import { currentSignal, withSignal } from './cancellation';

export interface ResultCacheOptions {
  /** Most bytes (estimated by `estimateBytes`) the cache holds. */
  maxBytes: number;
}

/** A computation: `signal` aborts when every caller waiting for it has given up. */
export type Compute<T> = (signal: AbortSignal) => Promise<T>;

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers waiting now; the computation stops when this drops to 0 by a caller giving up. */
  waiters: number;
}

export class ResultCache<V = unknown> {
  private readonly lru: LRUCache<string, NonNullable<unknown>>;
  private readonly inFlight = new Map<string, InFlight>();
  /** Lookups answered from the cache (or joined to a computation in flight), lookups that started one, computations stopped. */
  readonly counts = { hits: 0, misses: 0, aborted: 0 };

  constructor(options: ResultCacheOptions) {
    if (!(options.maxBytes >= 1)) throw new RangeError(`Expected "maxBytes" of at least 1, got ${options.maxBytes}.`);
    this.lru = new LRUCache<string, NonNullable<unknown>>({
      maxSize: options.maxBytes,
      sizeCalculation: (value) => Math.max(1, Math.min(estimateBytes(value), options.maxBytes)),
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

  /** Computations in flight now. */
  get computing(): number {
    return this.inFlight.size;
  }

  /** Whether a result for `key` is held (without touching its recency). */
  has(key: string): boolean {
    return this.lru.has(key);
  }

  /**
   * The cached result for `key`, or the computation in flight for it, or the one
   * `compute` starts (cached once it resolves). Rejects with `signal.reason` once
   * `signal` (default: the current signal) aborts, whatever the computation does.
   */
  getOrCompute<T extends V>(key: string, compute: Compute<T>, signal: AbortSignal | undefined = currentSignal()): Promise<T> {
    const held = this.lru.get(key);
    if (held !== undefined) {
      this.counts.hits++;
      return Promise.resolve(held as T);
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    let flight = this.inFlight.get(key);
    if (flight) this.counts.hits++;
    else {
      this.counts.misses++;
      flight = this.start(key, compute);
    }
    return this.wait(key, flight, signal) as Promise<T>;
  }

  private start(key: string, compute: Compute<unknown>): InFlight {
    const controller = new AbortController();
    // The computation runs under its own signal: what it starts waits on its behalf.
    const promise = withSignal(controller.signal, () => Promise.resolve().then(() => compute(controller.signal)));
    const flight: InFlight = { promise, controller, waiters: 0 };
    this.inFlight.set(key, flight);
    promise.then(
      (value) => {
        if (this.inFlight.get(key) !== flight) return;
        this.inFlight.delete(key);
        if (!controller.signal.aborted && value !== undefined) this.lru.set(key, value as NonNullable<unknown>);
      },
      () => {
        if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
      },
    );
    return flight;
  }

  private wait(key: string, flight: InFlight, signal: AbortSignal | undefined): Promise<unknown> {
    flight.waiters++;
    if (!signal) return flight.promise.finally(() => flight.waiters--);
    return new Promise((resolve, reject) => {
      const giveUp = () => {
        flight.waiters--;
        if (flight.waiters === 0 && this.inFlight.get(key) === flight) {
          // Nobody waits any more: stop the work, and let the next request start afresh.
          this.inFlight.delete(key);
          this.counts.aborted++;
          flight.controller.abort(signal.reason);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', giveUp, { once: true });
      flight.promise.then(
        (value) => {
          if (signal.aborted) return;
          signal.removeEventListener('abort', giveUp);
          flight.waiters--;
          resolve(value);
        },
        (error) => {
          if (signal.aborted) return;
          signal.removeEventListener('abort', giveUp);
          flight.waiters--;
          reject(error);
        },
      );
    });
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
  // Parts shared between results (a graph's node map: node-view.ts) are weighed once, not per result.
  const known = estimates.get(value);
  if (known !== undefined) return known;
  const bytes = estimateEntries(value, depth);
  estimates.set(value, bytes);
  return bytes;
}

const estimates = new WeakMap<object, number>();

function estimateEntries(value: object, depth: number): number {
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
