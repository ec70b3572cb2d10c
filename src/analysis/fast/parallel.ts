/**
 * Betweenness, closeness and harmonic centrality split over worker threads.
 *
 * The main thread peels the hanging trees (hanging-trees.ts); the core graph is
 * shared with every worker through SharedArrayBuffers; workers claim chunks of
 * core sources from an atomic counter (so a slow chunk does not hold the others
 * back), write closeness and harmonic sums straight into shared per-source
 * arrays, keep betweenness in a private slice of one shared buffer that the
 * main thread adds up, and then share the in-tree harmonic searches the same
 * way. The main thread finishes the tree nodes' scores in O(n). Results equal
 * `pathCentralityArrays` up to floating-point summation order.
 */
import { availableParallelism } from 'node:os';
import type Graph from 'graphology';
import { AnalysisPool } from '../worker/analysis-pool';
import type { CsrGraph } from './csr-graph';
import { hangingTrees } from './hanging-trees';
import {
  asCsrGraph,
  createCoreSums,
  finishPathSums,
  longestHistogram,
  type PathCentralityArrays,
  type PathCentralityOptions,
  type PathMeasure,
  type Scores,
  toScores,
} from './path-centralities';
import type { CoreSums } from './path-kernel';
import type { PathWorkerData } from './path-worker';

export interface ParallelOptions extends PathCentralityOptions {
  /** Worker threads to use. Defaults to `os.availableParallelism()`; capped at the node count. */
  threads?: number;
  /** Aborting terminates the workers and rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * The shared analysis pool to run on (the server passes its one pool). Without it a
   * pool of `threads` threads is made for this call and closed after it (scripts, tests).
   */
  pool?: AnalysisPool;
}

export interface ParallelRun {
  /** Final scores per measure, indexed like `CsrGraph.ids`. */
  arrays: PathCentralityArrays;
  /** Thread id of each worker that ran (never the main thread's). */
  threadIds: number[];
}

/**
 * Computes the requested measures in worker threads, leaving the event loop
 * free. Rejects if a worker fails or the signal aborts.
 */
export async function pathCentralityArraysParallel(
  graph: CsrGraph,
  measures: readonly PathMeasure[],
  options: ParallelOptions = {},
): Promise<ParallelRun> {
  const order = graph.order;
  const threads = Math.max(1, Math.min(options.threads ?? options.pool?.threads ?? availableParallelism(), Math.max(order, 1)));
  options.signal?.throwIfAborted();
  const trees = hangingTrees(graph);
  const coreOrder = trees.core.order;
  const shared = createCoreSums(trees, measures, true);
  const partials = shared.betweenness === null ? null : new SharedArrayBuffer(8 * Math.max(coreOrder, 1) * threads);
  const inside = shared.harmonic === null ? null : new Float64Array(new SharedArrayBuffer(8 * Math.max(order, 1)), 0, order);
  const counter = new Int32Array(new SharedArrayBuffer(8));
  const chunk = Math.max(1, Math.min(64, Math.ceil(coreOrder / (threads * 32))));
  const pool = options.pool ?? new AnalysisPool({ threads });
  const runs: Promise<number>[] = [];
  for (let t = 0; t < threads; t++) {
    const sums: CoreSums = {
      ...shared,
      betweenness: partials === null ? null : new Float64Array(partials, 8 * Math.max(coreOrder, 1) * t, coreOrder),
    };
    const data: PathWorkerData = {
      core: trees.core,
      longestHistogram: longestHistogram(trees),
      counter,
      chunk,
      sums,
      trees: inside === null ? null : { offsets: graph.offsets, neighbours: graph.neighbours, root: trees.root, sources: trees.treeSearchSources, inside },
    };
    runs.push(pool.run({ kind: 'path-centralities', data }, options.signal).then((r) => r.threadId));
  }
  try {
    const threadIds = await Promise.all(runs);
    if (partials !== null && shared.betweenness !== null) {
      for (let t = 0; t < threads; t++) {
        const part = new Float64Array(partials, 8 * Math.max(coreOrder, 1) * t, coreOrder);
        for (let i = 0; i < coreOrder; i++) shared.betweenness[i] += part[i];
      }
    }
    return { arrays: finishPathSums(graph, trees, shared, inside, options), threadIds };
  } catch (error) {
    // Every share stops with the first failure or the abort: the others would only add to
    // sums nobody reads. piscina terminates the threads of aborted tasks.
    await Promise.allSettled(runs);
    throw options.signal?.aborted ? options.signal.reason : error;
  } finally {
    if (!options.pool) await pool.close();
  }
}

async function oneMeasure(graph: Graph | CsrGraph, measure: PathMeasure, options: ParallelOptions): Promise<Scores> {
  const csr = asCsrGraph(graph);
  const run = await pathCentralityArraysParallel(csr, [measure], options);
  return toScores(csr, run.arrays[measure] as Float64Array);
}

/** `fastBetweenness` in worker threads. */
export function fastBetweennessParallel(graph: Graph | CsrGraph, options: Omit<ParallelOptions, 'wassermanFaust'> = {}): Promise<Scores> {
  return oneMeasure(graph, 'betweenness', options);
}

/** `fastCloseness` in worker threads. */
export function fastClosenessParallel(graph: Graph | CsrGraph, options: Omit<ParallelOptions, 'normalized'> = {}): Promise<Scores> {
  return oneMeasure(graph, 'closeness', options);
}

/** `fastHarmonic` in worker threads. */
export function fastHarmonicParallel(graph: Graph | CsrGraph, options: Pick<ParallelOptions, 'threads' | 'signal' | 'pool'> = {}): Promise<Scores> {
  return oneMeasure(graph, 'harmonic', options);
}
