/**
 * One worker's share of `pathCentralityArraysParallel`, run on a thread of the
 * analysis pool (worker/pool-worker.ts). It takes chunks of
 * core sources from a shared counter until none are left, then (for harmonic)
 * chunks of tree nodes, and adds their contributions to shared arrays.
 * Only the kernel is imported, so it starts quickly.
 */
import type { CoreGraph } from './hanging-trees';
import { accumulateCoreSources, accumulateTreeHarmonic, type CoreSums, createPathScratch } from './path-kernel';

/** What the main thread hands each worker; every array is SharedArrayBuffer-backed. */
export interface PathWorkerData {
  core: CoreGraph;
  longestHistogram: number;
  /** counter[0] is the next unclaimed index into `coreSources`, counter[1] into `trees.todo`. */
  counter: Int32Array;
  chunk: number;
  /** The core sources to search (all, or those a stopped run of this sweep left). */
  coreSources: Int32Array;
  /** Set to 1 per core source once its contributions are all added. */
  coreDone: Uint8Array;
  /** stop[0] = 1 asks the worker to return after the source it is on: what it finished is kept. */
  stop: Int32Array;
  /** Shared sums, except betweenness: this worker's own partial sums (added up by the main thread). */
  sums: CoreSums;
  /**
   * For the in-tree harmonic searches (null when harmonic is not wanted): `todo` lists the
   * indices into `sources` still to search, `done` marks each index once searched.
   */
  trees: { offsets: Int32Array; neighbours: Int32Array; root: Int32Array; sources: Int32Array; inside: Float64Array; todo: Int32Array; done: Uint8Array } | null;
}

/**
 * Work through shared chunks until none are left or `stop` is set; results go into the
 * shared arrays. Sources are searched one at a time and marked done only once their
 * contributions are all added, so a stopped run leaves consistent sums behind.
 */
export function runPathWorker(data: PathWorkerData): void {
  const { core, counter, chunk, coreSources, coreDone, stop } = data;
  const scratch = createPathScratch(core.order, data.longestHistogram);
  for (;;) {
    if (Atomics.load(stop, 0) !== 0) return;
    const from = Atomics.add(counter, 0, chunk);
    if (from >= coreSources.length) break;
    const to = Math.min(coreSources.length, from + chunk);
    for (let i = from; i < to; i++) {
      if (Atomics.load(stop, 0) !== 0) return;
      const source = coreSources[i];
      accumulateCoreSources(core, source, source + 1, scratch, data.sums);
      coreDone[source] = 1;
    }
  }
  const trees = data.trees;
  if (trees === null || trees.todo.length === 0) return;
  const order = trees.offsets.length - 1;
  const dist = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  const treeChunk = 256;
  for (;;) {
    if (Atomics.load(stop, 0) !== 0) return;
    const from = Atomics.add(counter, 1, treeChunk);
    if (from >= trees.todo.length) break;
    const to = Math.min(trees.todo.length, from + treeChunk);
    for (let i = from; i < to; i++) {
      if (Atomics.load(stop, 0) !== 0) return;
      const k = trees.todo[i];
      accumulateTreeHarmonic(trees.offsets, trees.neighbours, trees.root, trees.sources, k, k + 1, dist, queue, trees.inside);
      trees.done[k] = 1;
    }
  }
}
