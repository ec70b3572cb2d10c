/**
 * The shortest-path inner loop shared by the main thread and the workers.
 *
 * One breadth-first search per source on a CSR graph, with Brandes' (2001)
 * dependency accumulation for betweenness. Unweighted only. Everything lives in
 * preallocated typed arrays (`PathScratch`): the BFS queue doubles as Brandes'
 * stack (reverse BFS order is non-increasing distance), so no predecessor lists
 * are kept; the backward pass "pulls" from the neighbours one level deeper.
 *
 * This file imports nothing, so a worker can load it cheaply.
 *
 * Reference: U. Brandes, A faster algorithm for betweenness centrality,
 * Journal of Mathematical Sociology 25(2), 2001.
 */

/** Raw sums filled per source; `null` for what is not wanted. */
export interface PathSums {
  /** Sum over sources of pair dependencies; each unordered pair counted twice. */
  betweenness: Float64Array | null;
  /** Per source: sum of distances to the nodes it reaches. */
  distanceSum: Float64Array | null;
  /** Per source: number of other nodes it reaches. */
  reached: Int32Array | null;
  /** Per source: sum of 1/d over the nodes it reaches. */
  harmonic: Float64Array | null;
}

/** Work arrays for one thread, sized to the graph's order. */
export interface PathScratch {
  dist: Int32Array;
  sigma: Float64Array;
  /** Holds (1 + dependency) / sigma per node during the backward pass. */
  coefficient: Float64Array;
  queue: Int32Array;
}

/** Allocates the work arrays for a graph of `order` nodes. */
export function createPathScratch(order: number): PathScratch {
  return {
    dist: new Int32Array(order).fill(-1),
    sigma: new Float64Array(order),
    coefficient: new Float64Array(order),
    queue: new Int32Array(order),
  };
}

/**
 * Runs the searches from sources `from` (inclusive) to `to` (exclusive) and adds
 * their contributions to `sums`. Leaves `scratch.dist` all -1 again.
 */
export function accumulateSources(
  offsets: Int32Array,
  neighbours: Int32Array,
  from: number,
  to: number,
  scratch: PathScratch,
  sums: PathSums,
): void {
  const { dist, sigma, coefficient, queue } = scratch;
  const betweenness = sums.betweenness;
  const wantDistances = sums.distanceSum !== null || sums.reached !== null || sums.harmonic !== null;

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
      for (let i = tail - 1; i > 0; i--) {
        const v = queue[i];
        const next = dist[v] + 1;
        let pulled = 0;
        for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
          const w = neighbours[k];
          if (dist[w] === next) pulled += coefficient[w];
        }
        const dependency = sigma[v] * pulled;
        betweenness[v] += dependency;
        coefficient[v] = (1 + dependency) / sigma[v];
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

    if (wantDistances) {
      let total = 0;
      let inverse = 0;
      for (let i = 1; i < tail; i++) {
        const d = dist[queue[i]];
        total += d;
        inverse += 1 / d;
      }
      if (sums.distanceSum !== null) sums.distanceSum[source] = total;
      if (sums.reached !== null) sums.reached[source] = tail - 1;
      if (sums.harmonic !== null) sums.harmonic[source] = inverse;
    }

    for (let i = 0; i < tail; i++) dist[queue[i]] = -1;
  }
}
