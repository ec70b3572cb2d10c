/**
 * Entry of the analysis pool's worker threads (analysis-pool.ts). Each task is plain
 * data and names its kind:
 * - `path-centralities`: one share of a parallel betweenness/closeness/harmonic run
 *   (see fast/parallel.ts); its arrays are SharedArrayBuffers, so nothing is copied.
 * - `pagerank`, `eigenvector`, `louvain`: one kernel over a graph's CSR arrays
 *   (SharedArrayBuffers, not copied); typed arrays come back.
 * - `one-mode-clustering`: project the two-mode network's CSR onto one side and cluster
 *   the projection (fast/projection-clustering.ts); the input arrays are
 *   SharedArrayBuffers, the coefficients come back as a Float64Array in side order.
 * - `two-mode-clustering`: Latapy and Robins-Alexander clustering of the network's CSR.
 * - `layout`: the ForceAtlas2 iterations of a drawing layout (layout.ts); positions come
 *   back as one Float64Array (x, y per node).
 * - `timeline`: some years of a timeline (timeline.ts), each year's network and measure.
 */
import { setPriority } from 'node:os';
import { isMainThread, threadId } from 'node:worker_threads';
import seedrandom from 'seedrandom';
import { eigenvectorArrays, type EigenvectorKernelOptions, type EigenvectorKernelResult } from '../fast/eigenvector-kernel';
import { louvainArrays, type LouvainInput, type LouvainKernelResult } from '../fast/louvain-kernel';
import { pagerankArray, type CsrArrays, type PagerankKernelOptions, type PagerankKernelResult } from '../fast/pagerank-kernel';
import type { ClusteringArrays, CsrAdjacency } from '../fast/clustering';
import type { ProjectionInput } from '../fast/one-mode-projection';
import { oneModeClustering, twoModeClustering, type OneModeClusteringResult } from '../fast/projection-clustering';
import { runPathWorker, type PathWorkerData } from '../fast/path-worker';
import { layoutArrays, type LayoutInput, type LayoutOptions } from '../layout';
import { timelineYears, type TimelineInput } from '../timeline';
import type { TimelineYear } from '../analysis-service';

/**
 * Analysis threads yield to the event loop: on Linux a thread's nice value is its own, so
 * this lowers the priority of this pool thread only (not of the main thread that answers
 * requests). When the pool's threads keep every core busy, the scheduler still runs the
 * event loop first, so /healthz and small lookups are not queued behind a world-scale analysis.
 * Elsewhere it may lower the whole process or be refused; either way the analysis goes on.
 */
export const POOL_THREAD_NICE = 10;
try {
  // Only on a pool thread: importing this module elsewhere (tests, types) must not slow the importer.
  if (process.platform === 'linux' && !isMainThread) setPriority(POOL_THREAD_NICE);
} catch {
  // Not allowed here: the thread keeps the process's priority.
}

export type PoolTask =
  | { kind: 'path-centralities'; data: PathWorkerData }
  | { kind: 'pagerank'; graph: CsrArrays; options?: PagerankKernelOptions }
  | { kind: 'eigenvector'; graph: CsrArrays; rank: Int32Array; options?: EigenvectorKernelOptions }
  | { kind: 'louvain'; graph: LouvainInput; seed: number }
  | { kind: 'one-mode-clustering'; input: ProjectionInput }
  | { kind: 'two-mode-clustering'; csr: CsrAdjacency }
  | { kind: 'layout'; input: LayoutInput; options: LayoutOptions }
  | { kind: 'timeline'; input: TimelineInput };

/** A coded error (BAD_USER_INPUT, no convergence) as data: structured cloning would drop its class. */
export interface PoolTaskError {
  message: string;
  code: string | null;
}

export type PoolTaskResult<K extends PoolTask['kind']> = K extends 'path-centralities'
  ? { threadId: number }
  : K extends 'pagerank'
    ? PagerankKernelResult & { threadId: number }
    : K extends 'eigenvector'
      ? EigenvectorKernelResult & { threadId: number }
      : K extends 'louvain'
        ? LouvainKernelResult & { threadId: number }
        : K extends 'one-mode-clustering'
          ? { threadId: number; result: OneModeClusteringResult }
          : K extends 'two-mode-clustering'
            ? { threadId: number; result: ClusteringArrays }
            : K extends 'layout'
              ? { threadId: number; positions: Float64Array }
              : K extends 'timeline'
                ? { threadId: number; years?: TimelineYear[]; error?: PoolTaskError }
                : never;

export default function runTask(task: PoolTask): PoolTaskResult<PoolTask['kind']> {
  switch (task.kind) {
    case 'path-centralities':
      runPathWorker(task.data);
      return { threadId };
    case 'pagerank':
      return { ...pagerankArray(task.graph, task.options), threadId };
    case 'eigenvector':
      return { ...eigenvectorArrays(task.graph, task.rank, task.options), threadId };
    case 'louvain':
      return { ...louvainArrays(task.graph, seedrandom(String(task.seed))), threadId };
    case 'one-mode-clustering':
      return { threadId, result: oneModeClustering(task.input) };
    case 'two-mode-clustering':
      return { threadId, result: twoModeClustering(task.csr) };
    case 'layout':
      return { threadId, positions: layoutArrays(task.input, task.options) };
    case 'timeline':
      try {
        return { threadId, years: timelineYears(task.input) };
      } catch (err) {
        return { threadId, error: asTaskError(err) };
      }
    default: {
      const never: never = task;
      throw new Error(`Unknown analysis task ${JSON.stringify(never)}.`);
    }
  }
}

function asTaskError(err: unknown): PoolTaskError {
  const e = err as { message?: string; code?: string };
  return { message: String(e?.message ?? err), code: e?.code ?? null };
}
