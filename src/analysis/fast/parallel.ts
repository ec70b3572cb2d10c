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
 *
 * Stopping: an aborted signal sets a shared flag that every worker reads between
 * sources, so each returns after the source it is on (milliseconds at world scale)
 * and its thread stays in the pool; the call rejects at once. Each finished source
 * is marked done only after all its contributions are added, so the sums of a
 * stopped run are consistent: with `resume`, they are kept (per graph object and
 * set of measures) and the next run searches only the sources left. A question
 * stopped by its time budget thus gets closer each time it is asked.
 */
import { availableParallelism } from 'node:os';
import type Graph from 'graphology';
import { AnalysisPool } from '../worker/analysis-pool';
import type { CsrGraph } from './csr-graph';
import { type HangingTrees, hangingTrees } from './hanging-trees';
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
  /**
   * Aborting stops the workers after the source each is on and rejects with the signal's
   * reason at once; the threads stay in the pool.
   */
  signal?: AbortSignal;
  /**
   * The shared analysis pool to run on (the server passes its one pool). Without it a
   * pool of `threads` threads is made for this call and closed after it (scripts, tests).
   */
  pool?: AnalysisPool;
  /**
   * Keep what a stopped run finished (per graph object and set of measures), so the next
   * run of the same sweep searches only the sources left: a question stopped by its time
   * budget makes progress each time it is asked. Defaults to false.
   */
  resume?: boolean;
}

export interface ParallelRun {
  /** Final scores per measure, indexed like `CsrGraph.ids`. */
  arrays: PathCentralityArrays;
  /** Thread id of each worker that ran (never the main thread's). */
  threadIds: number[];
  /** Core sources searched by this run (fewer than the core when it went on from a stopped run). */
  searched: number;
}

/** A sweep's finished work: sums of the sources marked done, kept while the sweep is unfinished. */
interface SweepProgress {
  trees: HangingTrees;
  /** Betweenness here holds the finished sources' sums (the threads' partial sums added up). */
  sums: CoreSums;
  inside: Float64Array | null;
  coreDone: Uint8Array;
  treeDone: Uint8Array;
  /** True while a run works on it (a second run of the same sweep then starts apart). */
  running: boolean;
  /** Settles once the workers of the last run have returned and their sums are added up. */
  settled: Promise<void>;
}

/** Unfinished sweeps by graph and measures (`resume`); an entry goes when its sweep finishes. */
const unfinished = new WeakMap<CsrGraph, Map<string, SweepProgress>>();

const sharedBytes = (length: number): Uint8Array => new Uint8Array(new SharedArrayBuffer(Math.max(length, 1)), 0, length);

function freshProgress(graph: CsrGraph, measures: readonly PathMeasure[]): SweepProgress {
  const trees = hangingTrees(graph);
  const sums = createCoreSums(trees, measures, true);
  const order = graph.order;
  return {
    trees,
    sums,
    inside: sums.harmonic === null ? null : new Float64Array(new SharedArrayBuffer(8 * Math.max(order, 1)), 0, order),
    coreDone: sharedBytes(trees.core.order),
    treeDone: sharedBytes(sums.harmonic === null ? 0 : trees.treeSearchSources.length),
    running: false,
    settled: Promise.resolve(),
  };
}

/** Indices in [0, done.length) not marked done, in a SharedArrayBuffer. */
function notDone(done: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < done.length; i++) if (done[i] === 0) count++;
  const out = new Int32Array(new SharedArrayBuffer(4 * Math.max(count, 1)), 0, count);
  for (let i = 0, at = 0; i < done.length; i++) if (done[i] === 0) out[at++] = i;
  return out;
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
  const signal = options.signal;
  signal?.throwIfAborted();
  const key = [...new Set(measures)].sort().join(',');
  let progress = options.resume ? unfinished.get(graph)?.get(key) : undefined;
  if (progress) {
    await progress.settled; // a stopped run's workers finish the source they were on
    signal?.throwIfAborted();
    if (progress.running || unfinished.get(graph)?.get(key) !== progress) progress = undefined;
  }
  if (!progress) {
    progress = freshProgress(graph, measures);
    if (options.resume) {
      const byMeasures = unfinished.get(graph) ?? new Map<string, SweepProgress>();
      if (!byMeasures.get(key)?.running) byMeasures.set(key, progress);
      unfinished.set(graph, byMeasures);
    }
  }
  const kept = progress;
  const forget = () => {
    const byMeasures = unfinished.get(graph);
    if (byMeasures?.get(key) === kept) byMeasures.delete(key);
  };
  const { trees, sums: shared, inside } = kept;
  const coreOrder = trees.core.order;
  const coreSources = notDone(kept.coreDone);
  const treeTodo = inside === null ? null : notDone(kept.treeDone);
  const partials = shared.betweenness === null ? null : new SharedArrayBuffer(8 * Math.max(coreOrder, 1) * threads);
  const counter = new Int32Array(new SharedArrayBuffer(8));
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const chunk = Math.max(1, Math.min(64, Math.ceil(coreSources.length / (threads * 32))));
  const pool = options.pool ?? new AnalysisPool({ threads });
  // What every share gets alike; only its betweenness slice differs.
  const common: Omit<PathWorkerData, 'sums'> = {
    core: trees.core,
    longestHistogram: longestHistogram(trees),
    counter,
    chunk,
    coreSources,
    coreDone: kept.coreDone,
    stop,
    trees:
      inside === null || treeTodo === null
        ? null
        : { offsets: graph.offsets, neighbours: graph.neighbours, root: trees.root, sources: trees.treeSearchSources, inside, todo: treeTodo, done: kept.treeDone },
  };
  const runs: Promise<number>[] = [];
  for (let t = 0; t < threads; t++) {
    const sums: CoreSums = {
      ...shared,
      betweenness: partials === null ? null : new Float64Array(partials, 8 * Math.max(coreOrder, 1) * t, coreOrder),
    };
    const data: PathWorkerData = { ...common, sums };
    // No signal for the pool: the workers stop themselves at `stop`, keeping what they finished.
    runs.push(pool.run({ kind: 'path-centralities', data }).then((r) => r.threadId));
  }
  kept.running = true;
  // Once every worker has returned, its partial betweenness (finished sources only) joins the kept sums.
  const settled = Promise.allSettled(runs).then((results) => {
    if (partials !== null && shared.betweenness !== null) {
      for (let t = 0; t < threads; t++) {
        const part = new Float64Array(partials, 8 * Math.max(coreOrder, 1) * t, coreOrder);
        for (let i = 0; i < coreOrder; i++) shared.betweenness[i] += part[i];
      }
    }
    kept.running = false;
    return results;
  });
  kept.settled = settled.then(() => undefined);
  const onAbort = () => Atomics.store(stop, 0, 1);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const aborted = new Promise<never>((_, reject) => {
      if (signal) signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    aborted.catch(() => undefined);
    const results = await Promise.race([settled, aborted]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    forget();
    const threadIds = results.map((r) => (r as PromiseFulfilledResult<number>).value);
    return { arrays: finishPathSums(graph, trees, shared, inside, options), threadIds, searched: coreSources.length };
  } catch (error) {
    // Every share stops after the source it is on; a worker's failure leaves nothing worth keeping.
    Atomics.store(stop, 0, 1);
    if (!signal?.aborted) forget();
    throw signal?.aborted ? signal.reason : error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (!options.pool) {
      await settled;
      await pool.close();
    }
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
export function fastHarmonicParallel(graph: Graph | CsrGraph, options: Pick<ParallelOptions, 'threads' | 'signal' | 'pool' | 'resume'> = {}): Promise<Scores> {
  return oneMeasure(graph, 'harmonic', options);
}
