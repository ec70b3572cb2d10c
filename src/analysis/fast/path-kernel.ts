/**
 * The shortest-path inner loop shared by the main thread and the workers.
 *
 * One breadth-first search per source on a CSR graph, with Brandes' (2001)
 * dependency accumulation for betweenness. Unweighted only. Everything lives in
 * preallocated typed arrays (`PathScratch`): the BFS queue doubles as Brandes'
 * stack (reverse BFS order is non-increasing distance), so no predecessor lists
 * are kept; the backward pass "pulls" from the neighbours one level deeper.
 *
 * Leaves are folded into their neighbour: for a degree-1 node v hanging on u
 * (deg u > 1), every shortest path from v is v-u followed by one from u. So v's
 * search is never run: d(v,x) = d(u,x) + 1, and v's pair dependencies equal u's
 * on every node but u, which gains one for each target other than u and v
 * (Baglioni, Geraci, Pellegrini and Lastres, Fast exact computation of
 * betweenness centrality in social networks, ASONAM 2012, degree-1 case).
 * Sparse skewed graphs are often half leaves, so this halves the work.
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
  const distanceSum = sums.distanceSum;
  const reached = sums.reached;
  const harmonic = sums.harmonic;
  const wantDistances = distanceSum !== null || reached !== null || harmonic !== null;

  for (let source = from; source < to; source++) {
    const degree = offsets[source + 1] - offsets[source];
    if (degree === 1) {
      const hub = neighbours[offsets[source]];
      if (offsets[hub + 1] - offsets[hub] > 1) continue; // folded into hub's search
    }
    // Leaves folded into this source: only when it is not a leaf itself.
    let leaves = 0;
    if (degree > 1) {
      for (let k = offsets[source], end = offsets[source + 1]; k < end; k++) {
        const w = neighbours[k];
        if (offsets[w + 1] - offsets[w] === 1) leaves++;
      }
    }
    const weight = 1 + leaves;

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
        betweenness[v] += weight === 1 ? dependency : weight * dependency;
        coefficient[v] = (1 + dependency) / sigma[v];
      }
      // Each folded leaf's paths to the other tail - 2 targets all pass through the source.
      if (leaves > 0) betweenness[source] += leaves * (tail - 2);
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
      let inverseShifted = 0; // sum of 1/(d+1): a folded leaf's harmonic, less its own terms
      for (let i = 1; i < tail; i++) {
        const d = dist[queue[i]];
        total += d;
        inverse += 1 / d;
        if (leaves > 0) inverseShifted += 1 / (d + 1);
      }
      const count = tail - 1;
      if (distanceSum !== null) distanceSum[source] = total;
      if (reached !== null) reached[source] = count;
      if (harmonic !== null) harmonic[source] = inverse;
      if (leaves > 0) {
        for (let k = offsets[source], end = offsets[source + 1]; k < end; k++) {
          const leaf = neighbours[k];
          if (offsets[leaf + 1] - offsets[leaf] !== 1) continue;
          // The leaf is 1 further from everything but the source, and 1 from the source.
          if (distanceSum !== null) distanceSum[leaf] = total + count - 1;
          if (reached !== null) reached[leaf] = count;
          // 1/1 for the source, 1/(d+1) for the others, less the leaf's own 1/2.
          if (harmonic !== null) harmonic[leaf] = 1 + (inverseShifted - 0.5);
        }
      }
    }

    for (let i = 0; i < tail; i++) dist[queue[i]] = -1;
  }
}
