/**
 * Worker-thread entry for `pathCentralityArraysParallel`. It takes chunks of
 * source nodes from a shared counter until none are left, adds their
 * contributions to shared arrays, and reports its thread id. Only the kernel is
 * imported, so it starts quickly.
 */
import { isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { accumulateSources, createPathScratch, type PathSums } from './path-kernel';

/** What the main thread hands each worker; every array is SharedArrayBuffer-backed. */
export interface PathWorkerData {
  offsets: Int32Array;
  neighbours: Int32Array;
  /** counter[0] is the next unclaimed source. */
  counter: Int32Array;
  chunk: number;
  /** This worker's own betweenness partial sums (summed by the main thread). */
  sums: PathSums;
}

function run(data: PathWorkerData): void {
  const order = data.offsets.length - 1;
  const scratch = createPathScratch(order);
  for (;;) {
    const from = Atomics.add(data.counter, 0, data.chunk);
    if (from >= order) break;
    accumulateSources(data.offsets, data.neighbours, from, Math.min(order, from + data.chunk), scratch, data.sums);
  }
}

if (!isMainThread && parentPort !== null && (workerData as { kind?: string } | null)?.kind === 'path-centralities') {
  run(workerData as PathWorkerData);
  parentPort.postMessage({ threadId });
}
