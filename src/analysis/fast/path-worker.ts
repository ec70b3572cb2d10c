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
  /** counter[0] is the next unclaimed core source, counter[1] the next unclaimed tree node. */
  counter: Int32Array;
  chunk: number;
  /** Shared sums, except betweenness: this worker's own partial sums (added up by the main thread). */
  sums: CoreSums;
  /** For the in-tree harmonic searches (null when harmonic is not wanted). */
  trees: { offsets: Int32Array; neighbours: Int32Array; root: Int32Array; sources: Int32Array; inside: Float64Array } | null;
}

/** Work through shared chunks until none are left; results go into the shared arrays. */
export function runPathWorker(data: PathWorkerData): void {
  const { core, counter, chunk } = data;
  const scratch = createPathScratch(core.order, data.longestHistogram);
  for (;;) {
    const from = Atomics.add(counter, 0, chunk);
    if (from >= core.order) break;
    accumulateCoreSources(core, from, Math.min(core.order, from + chunk), scratch, data.sums);
  }
  const trees = data.trees;
  if (trees === null || trees.sources.length === 0) return;
  const order = trees.offsets.length - 1;
  const dist = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  const treeChunk = 256;
  for (;;) {
    const from = Atomics.add(counter, 1, treeChunk);
    if (from >= trees.sources.length) break;
    const to = Math.min(trees.sources.length, from + treeChunk);
    accumulateTreeHarmonic(trees.offsets, trees.neighbours, trees.root, trees.sources, from, to, dist, queue, trees.inside);
  }
}
