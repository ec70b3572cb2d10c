/**
 * Betweenness, closeness and harmonic centrality on a CSR graph, on the calling
 * thread. Unweighted shortest paths; conventions follow networkx on undirected
 * graphs:
 *
 * - betweenness: `betweenness_centrality(G, normalized=True)`, i.e. the sum of
 *   pair dependencies over unordered pairs divided by (n-1)(n-2)/2; for n <= 2
 *   every score is 0. With `normalized: false`, the plain sum over unordered pairs.
 * - closeness: `closeness_centrality(G, wf_improved=True)`, i.e.
 *   (r / D) * (r / (n-1)) with r the nodes reached and D their total distance;
 *   0 for a node that reaches nobody.
 * - harmonic: `harmonic_centrality(G)`, the unnormalised sum of 1/d.
 *
 * Results equal graphology-metrics' `betweenness` (`getEdgeWeight: null`,
 * `normalized: true`) and `closeness` (`wassermanFaust: true`) up to rounding.
 */
import type Graph from 'graphology';
import { type CsrGraph, isCsrGraph, toCsrGraph } from './csr-graph';
import { accumulateSources, createPathScratch, type PathSums } from './path-kernel';

/** Scores keyed by node id, the shape graphology-metrics returns. */
export type Scores = Record<string, number>;

export type PathMeasure = 'betweenness' | 'closeness' | 'harmonic';

export interface PathCentralityOptions {
  /** Betweenness divided by (n-1)(n-2)/2 as networkx `normalized=True`. Defaults to true. */
  normalized?: boolean;
  /** Closeness scaled by reached/(n-1) (Wasserman–Faust), as networkx. Defaults to true. */
  wassermanFaust?: boolean;
}

/** Final scores per measure, indexed like `CsrGraph.ids`. */
export type PathCentralityArrays = Partial<Record<PathMeasure, Float64Array>>;

/** Allocates the raw sums for `measures`; `shared` puts them on SharedArrayBuffers. */
export function createPathSums(order: number, measures: readonly PathMeasure[], shared: boolean): PathSums {
  const floats = (): Float64Array => (shared ? new Float64Array(new SharedArrayBuffer(8 * order)) : new Float64Array(order));
  const wantCloseness = measures.includes('closeness');
  return {
    betweenness: measures.includes('betweenness') ? floats() : null,
    distanceSum: wantCloseness ? floats() : null,
    reached: wantCloseness ? (shared ? new Int32Array(new SharedArrayBuffer(4 * order)) : new Int32Array(order)) : null,
    harmonic: measures.includes('harmonic') ? floats() : null,
  };
}

/** Turns raw sums into the final scores (normalisation, Wasserman–Faust). */
export function finishPathSums(order: number, sums: PathSums, options: PathCentralityOptions = {}): PathCentralityArrays {
  const normalized = options.normalized ?? true;
  const wassermanFaust = options.wassermanFaust ?? true;
  const result: PathCentralityArrays = {};
  if (sums.betweenness !== null) {
    // Each unordered pair was counted from both ends.
    const scale = normalized ? (order > 2 ? 1 / ((order - 1) * (order - 2)) : 1) : 0.5;
    const values = new Float64Array(order);
    for (let i = 0; i < order; i++) values[i] = sums.betweenness[i] * scale;
    result.betweenness = values;
  }
  if (sums.distanceSum !== null && sums.reached !== null) {
    const values = new Float64Array(order);
    for (let i = 0; i < order; i++) {
      const total = sums.distanceSum[i];
      const reached = sums.reached[i];
      if (total > 0 && order > 1) {
        // Same operation order as networkx and graphology, so results match bit for bit.
        let score = reached / total;
        if (wassermanFaust) score *= reached / (order - 1);
        values[i] = score;
      }
    }
    result.closeness = values;
  }
  if (sums.harmonic !== null) result.harmonic = Float64Array.from(sums.harmonic);
  return result;
}

/**
 * Computes the requested measures on the calling thread (it blocks the event
 * loop: use `pathCentralityArraysParallel` for large graphs in a server).
 */
export function pathCentralityArrays(
  graph: CsrGraph,
  measures: readonly PathMeasure[],
  options: PathCentralityOptions = {},
): PathCentralityArrays {
  const sums = createPathSums(graph.order, measures, false);
  accumulateSources(graph.offsets, graph.neighbours, 0, graph.order, createPathScratch(graph.order), sums);
  return finishPathSums(graph.order, sums, options);
}

/** Scores keyed by node id from values indexed like `graph.ids`. */
export function toScores(graph: CsrGraph, values: Float64Array): Scores {
  const scores: Scores = {};
  for (let i = 0; i < graph.order; i++) scores[graph.ids[i]] = values[i];
  return scores;
}

/** Accepts a graphology graph or an already built CSR graph. */
export function asCsrGraph(graph: Graph | CsrGraph): CsrGraph {
  return isCsrGraph(graph) ? graph : toCsrGraph(graph);
}

function oneMeasure(graph: Graph | CsrGraph, measure: PathMeasure, options: PathCentralityOptions): Scores {
  const csr = asCsrGraph(graph);
  return toScores(csr, pathCentralityArrays(csr, [measure], options)[measure] as Float64Array);
}

/** Unweighted betweenness centrality keyed by node id (networkx `normalized=True` by default). */
export function fastBetweenness(graph: Graph | CsrGraph, options: Pick<PathCentralityOptions, 'normalized'> = {}): Scores {
  return oneMeasure(graph, 'betweenness', options);
}

/** Closeness centrality keyed by node id (Wasserman–Faust by default, as networkx). */
export function fastCloseness(graph: Graph | CsrGraph, options: Pick<PathCentralityOptions, 'wassermanFaust'> = {}): Scores {
  return oneMeasure(graph, 'closeness', options);
}

/** Harmonic centrality keyed by node id: the sum of 1/d over reachable nodes, unnormalised. */
export function fastHarmonic(graph: Graph | CsrGraph): Scores {
  return oneMeasure(graph, 'harmonic', {});
}
