/**
 * The shortest-path inner loops shared by the main thread and the workers.
 *
 * `accumulateCoreSources` runs one breadth-first search per core source on the
 * 2-core (see hanging-trees.ts), with Brandes' (2001) dependency accumulation
 * for betweenness. Every core node stands for itself and the tree hanging from
 * it: it weighs `weight` as a target, and a source's dependencies count
 * `weight[source]` times. Unweighted only. Everything lives in preallocated
 * typed arrays (`PathScratch`): the BFS queue doubles as Brandes' stack (reverse
 * BFS order is non-increasing distance), so no predecessor lists are kept; the
 * backward pass "pulls" from the neighbours one level deeper.
 *
 * `accumulateTreeHarmonic` searches inside one hanging tree (its nodes and its
 * root) from each tree node, for the part of harmonic centrality that stays in
 * the tree.
 *
 * This file imports nothing at run time, so a worker can load it cheaply.
 *
 * Reference: U. Brandes, A faster algorithm for betweenness centrality,
 * Journal of Mathematical Sociology 25(2), 2001.
 */
import type { CoreGraph } from './hanging-trees';

/** Raw sums per core index, filled per source; `null` for what is not wanted. */
export interface CoreSums {
  /** Sum over sources of weighted pair dependencies; each unordered pair counted twice. */
  betweenness: Float64Array | null;
  /** Per source: sum of distances to every node it reaches (trees included). */
  distanceSum: Float64Array | null;
  /** Per source: sum of 1/d over every node it reaches (trees included). */
  harmonic: Float64Array | null;
  /**
   * Laid out like `CoreGraph.histogram`: at `histogramOffsets[c] + a` (a >= 1),
   * the sum of 1/(a + d) over the nodes outside c's tree at distance d from c;
   * that is, the outside part of the harmonic sum of c's tree nodes at depth a.
   */
  outside: Float64Array | null;
}

/** Work arrays for one thread. */
export interface PathScratch {
  dist: Int32Array;
  sigma: Float64Array;
  /** Holds (weight + dependency) / sigma per node during the backward pass. */
  coefficient: Float64Array;
  queue: Int32Array;
  /** Nodes per distance, for harmonic sums. */
  counts: Float64Array;
}

/** Allocates the work arrays for a core of `order` nodes whose longest depth histogram has `longestHistogram` entries. */
export function createPathScratch(order: number, longestHistogram: number): PathScratch {
  return {
    dist: new Int32Array(order).fill(-1),
    sigma: new Float64Array(order),
    coefficient: new Float64Array(order),
    queue: new Int32Array(order),
    counts: new Float64Array(order + longestHistogram + 1),
  };
}

/**
 * Runs the searches from core sources `from` (inclusive) to `to` (exclusive)
 * and adds their contributions to `sums`. Leaves `scratch.dist` all -1 and
 * `scratch.counts` all 0 again.
 */
export function accumulateCoreSources(core: CoreGraph, from: number, to: number, scratch: PathScratch, sums: CoreSums): void {
  const { offsets, neighbours, weight, depthSum, histogramOffsets, histogram } = core;
  const { dist, sigma, coefficient, queue, counts } = scratch;
  const { betweenness, distanceSum, harmonic, outside } = sums;

  for (let source = from; source < to; source++) {
    let head = 0;
    let tail = 1;
    queue[0] = source;
    dist[source] = 0;
    sigma[source] = 1;

    if (betweenness !== null) {
      while (head < tail) {
        const v = queue[head++];
        const next = dist[v] + 1;
        const paths = sigma[v];
        for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
          const w = neighbours[k];
          const dw = dist[w];
          if (dw < 0) {
            dist[w] = next;
            sigma[w] = paths;
            queue[tail++] = w;
          } else if (dw === next) {
            sigma[w] += paths;
          }
        }
      }
      // Reverse BFS order visits deeper nodes first, so every coefficient read
      // below was written earlier in this loop.
      const sourceWeight = weight[source];
      for (let i = tail - 1; i > 0; i--) {
        const v = queue[i];
        const next = dist[v] + 1;
        let pulled = 0;
        for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
          const w = neighbours[k];
          if (dist[w] === next) pulled += coefficient[w];
        }
        const dependency = sigma[v] * pulled;
        betweenness[v] += sourceWeight * dependency;
        coefficient[v] = (weight[v] + dependency) / sigma[v];
      }
    } else {
      while (head < tail) {
        const v = queue[head++];
        const next = dist[v] + 1;
        for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
          const w = neighbours[k];
          if (dist[w] < 0) {
            dist[w] = next;
            queue[tail++] = w;
          }
        }
      }
    }

    if (distanceSum !== null) {
      let total = 0;
      for (let i = 0; i < tail; i++) {
        const t = queue[i];
        total += weight[t] * dist[t] + depthSum[t];
      }
      distanceSum[source] = total;
    }

    if (harmonic !== null) {
      // Nodes per distance from the source, outside its own tree.
      let farthest = 0;
      for (let i = 1; i < tail; i++) {
        const t = queue[i];
        const d = dist[t];
        const start = histogramOffsets[t];
        const length = histogramOffsets[t + 1] - start;
        for (let k = 0; k < length; k++) counts[d + k] += histogram[start + k];
        if (d + length - 1 > farthest) farthest = d + length - 1;
      }
      let sum = 0;
      for (let d = 1; d <= farthest; d++) sum += counts[d] / d;
      const own = histogramOffsets[source];
      const depths = histogramOffsets[source + 1] - own;
      for (let k = 1; k < depths; k++) sum += histogram[own + k] / k;
      harmonic[source] = sum;
      if (outside !== null) {
        for (let a = 1; a < depths; a++) {
          let part = 0;
          for (let d = 1; d <= farthest; d++) part += counts[d] / (d + a);
          outside[own + a] = part;
        }
      }
      for (let d = 0; d <= farthest; d++) counts[d] = 0;
    }

    for (let i = 0; i < tail; i++) dist[queue[i]] = -1;
  }
}

/**
 * For tree nodes `nodes[from..to)`, the sum of 1/d over the other nodes of the
 * same tree (a hanging tree with its core root, or a tree component), written to
 * `inside[node]`. `dist` (all -1) and `queue` are sized to the whole graph.
 */
export function accumulateTreeHarmonic(
  offsets: Int32Array,
  neighbours: Int32Array,
  root: Int32Array,
  nodes: Int32Array,
  from: number,
  to: number,
  dist: Int32Array,
  queue: Int32Array,
  inside: Float64Array,
): void {
  for (let i = from; i < to; i++) {
    const source = nodes[i];
    const tree = root[source];
    let head = 0;
    let tail = 1;
    queue[0] = source;
    dist[source] = 0;
    let sum = 0;
    while (head < tail) {
      const v = queue[head++];
      const next = dist[v] + 1;
      for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
        const w = neighbours[k];
        if (dist[w] < 0 && root[w] === tree) {
          dist[w] = next;
          sum += 1 / next;
          queue[tail++] = w;
        }
      }
    }
    inside[source] = sum;
    for (let j = 0; j < tail; j++) dist[queue[j]] = -1;
  }
}
