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
import { type HangingTrees, hangingTrees } from './hanging-trees';
import { accumulateCoreSources, accumulateTreeHarmonic, type CoreSums, createPathScratch } from './path-kernel';

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

/** Allocates the core sums for `measures`; `shared` puts them on SharedArrayBuffers. */
export function createCoreSums(trees: HangingTrees, measures: readonly PathMeasure[], shared: boolean): CoreSums {
  const floats = (length: number): Float64Array => (shared ? new Float64Array(new SharedArrayBuffer(8 * Math.max(length, 1)), 0, length) : new Float64Array(length));
  const order = trees.core.order;
  const wantHarmonic = measures.includes('harmonic');
  return {
    betweenness: measures.includes('betweenness') ? floats(order) : null,
    distanceSum: measures.includes('closeness') ? floats(order) : null,
    harmonic: wantHarmonic ? floats(order) : null,
    outside: wantHarmonic ? floats(trees.core.histogram.length) : null,
  };
}

/** Entries in the longest depth histogram (sizes a thread's scratch). */
export function longestHistogram(trees: HangingTrees): number {
  const offsets = trees.core.histogramOffsets;
  let longest = 0;
  for (let c = 0; c < trees.core.order; c++) longest = Math.max(longest, offsets[c + 1] - offsets[c]);
  return longest;
}

/**
 * Turns core sums (and, for harmonic, the in-tree sums of the tree nodes) into
 * final scores for every node: tree nodes' betweenness from their cut parts,
 * distance sums down the trees, normalisation and Wasserman–Faust.
 */
export function finishPathSums(
  graph: CsrGraph,
  trees: HangingTrees,
  sums: CoreSums,
  inside: Float64Array | null,
  options: PathCentralityOptions = {},
): PathCentralityArrays {
  const order = graph.order;
  const normalized = options.normalized ?? true;
  const wassermanFaust = options.wassermanFaust ?? true;
  const { core, coreIndex, peeled, parent, root, depth, subtree, depthBelow, childSquares, componentSize } = trees;
  const result: PathCentralityArrays = {};

  if (sums.betweenness !== null) {
    // Ordered pairs (each unordered pair twice), then scaled.
    const raw = new Float64Array(order);
    for (let c = 0; c < core.order; c++) {
      const v = core.nodes[c];
      const size = componentSize[v];
      const hanging = core.weight[c] - 1;
      // Core paths, plus pairs split between the node's child trees, plus pairs
      // between its trees and the rest of the component.
      raw[v] = sums.betweenness[c] + (hanging * hanging - childSquares[v]) + 2 * hanging * (size - 1 - hanging);
    }
    for (let i = 0; i < peeled.length; i++) {
      const v = peeled[i];
      const size = componentSize[v];
      const rest = size - subtree[v];
      // A tree node is a cut vertex: every pair split between its parts passes through it.
      raw[v] = (size - 1) * (size - 1) - childSquares[v] - rest * rest;
    }
    const scale = normalized ? (order > 2 ? 1 / ((order - 1) * (order - 2)) : 1) : 0.5;
    for (let i = 0; i < order; i++) raw[i] *= scale;
    result.betweenness = raw;
  }

  if (sums.distanceSum !== null) {
    const total = new Float64Array(order);
    for (let c = 0; c < core.order; c++) total[core.nodes[c]] = sums.distanceSum[c];
    // Parents before children: one step down a bridge brings the subtree 1 closer, the rest 1 further.
    for (let i = peeled.length - 1; i >= 0; i--) {
      const v = peeled[i];
      const p = parent[v];
      total[v] = p < 0 ? depthBelow[v] : total[p] + componentSize[v] - 2 * subtree[v];
    }
    const values = new Float64Array(order);
    for (let i = 0; i < order; i++) {
      const reached = componentSize[i] - 1;
      if (total[i] > 0 && order > 1) {
        // Same operation order as networkx and graphology, so results match bit for bit.
        let score = reached / total[i];
        if (wassermanFaust) score *= reached / (order - 1);
        values[i] = score;
      }
    }
    result.closeness = values;
  }

  if (sums.harmonic !== null && sums.outside !== null && inside !== null) {
    const values = new Float64Array(order);
    for (let c = 0; c < core.order; c++) values[core.nodes[c]] = sums.harmonic[c];
    for (let i = 0; i < peeled.length; i++) {
      const v = peeled[i];
      const c = coreIndex[root[v]];
      if (c < 0) {
        values[v] = inside[v];
        continue;
      }
      const start = core.histogramOffsets[c];
      let within = inside[v];
      if (depth[v] === 1 && graph.offsets[v + 1] - graph.offsets[v] === 1) {
        // A leaf on a core node is 1 + k from every node at depth k of that tree, itself (k = 1) aside.
        within = -0.5;
        for (let k = 0, length = core.histogramOffsets[c + 1] - start; k < length; k++) within += core.histogram[start + k] / (1 + k);
      }
      values[v] = within + sums.outside[start + depth[v]];
    }
    result.harmonic = values;
  }
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
  const trees = hangingTrees(graph);
  const sums = createCoreSums(trees, measures, false);
  accumulateCoreSources(trees.core, 0, trees.core.order, createPathScratch(trees.core.order, longestHistogram(trees)), sums);
  let inside: Float64Array | null = null;
  if (sums.harmonic !== null) {
    inside = new Float64Array(graph.order);
    const dist = new Int32Array(graph.order).fill(-1);
    const queue = new Int32Array(graph.order);
    accumulateTreeHarmonic(graph.offsets, graph.neighbours, trees.root, trees.treeSearchSources, 0, trees.treeSearchSources.length, dist, queue, inside);
  }
  return finishPathSums(graph, trees, sums, inside, options);
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
