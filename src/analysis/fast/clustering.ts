/**
 * Typed-array kernels of the clustering coefficients, over CSR (csr-graph.ts):
 * the same conventions and the same values as ../clustering.ts (one-mode) and
 * ../bipartite-clustering.ts (two-mode), which the tests compare them with.
 *
 * - `clusteringArrays`: triangles per node by the "forward" method (edges
 *   oriented from lower to higher (degree, index) rank; for each node, its
 *   higher neighbours are marked, and every 2-step walk along the orientation
 *   that ends on a mark is one triangle, counted once), so a hub's dense
 *   neighbourhood costs O(m^1.5) at worst, not deg². Nodes are renumbered by
 *   rank for the count, for memory locality. Coefficient t / (d(d-1)/2),
 *   transitivity Σt / Σ d(d-1)/2, both in the same arithmetic as clustering.ts.
 * - `bipartiteClusteringArrays`: for each node u, a sparse accumulator counts,
 *   over every 2-step walk u-w-v (v ≠ u), the common neighbours c(u, v); that
 *   gives the Latapy "dot" coefficient (mean of c / (d(u) + d(v) - c) over the
 *   v reached), the 4-cycles (Σ over pairs u < v of c(c-1) is four times their
 *   number) and the 3-paths of Robins & Alexander in the same pass.
 */
export interface CsrAdjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
}

export interface ClusteringArrays {
  /** Local coefficient of each node, in CSR index order. */
  coefficients: Float64Array;
  /** Transitivity (one-mode) or Robins-Alexander clustering (two-mode). */
  transitivity: number;
}

export function clusteringArrays({ offsets, neighbours }: CsrAdjacency): ClusteringArrays {
  const n = offsets.length - 1;
  const degree = new Int32Array(n);
  for (let u = 0; u < n; u++) degree[u] = offsets[u + 1] - offsets[u];
  const rank = degreeRank(degree);
  // Each node's higher-ranked neighbours, as ranks, in a CSR over ranks: the nodes are
  // renumbered by rank, so the hubs, whose lists the inner loop reads most, sit together.
  const outOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) for (let k = offsets[u]; k < offsets[u + 1]; k++) if (rank[neighbours[k]] > rank[u]) outOffsets[rank[u] + 1]++;
  for (let r = 0; r < n; r++) outOffsets[r + 1] += outOffsets[r];
  const out = new Int32Array(outOffsets[n]);
  const fill = outOffsets.slice(0, n);
  for (let u = 0; u < n; u++) {
    const r = rank[u];
    for (let k = offsets[u]; k < offsets[u + 1]; k++) {
      const v = rank[neighbours[k]];
      if (v > r) out[fill[r]++] = v;
    }
  }
  return countTriangles(degree, rank, outOffsets, out);
}

/**
 * `clusteringArrays` of a graph given as `order` nodes and distinct edges (no self-loops),
 * e.g. a projection's edge arrays: the oriented lists are built from the edges directly.
 */
export function clusteringFromEdges(order: number, sources: Int32Array, targets: Int32Array): ClusteringArrays {
  const degree = new Int32Array(order);
  const size = sources.length;
  for (let e = 0; e < size; e++) {
    degree[sources[e]]++;
    degree[targets[e]]++;
  }
  const rank = degreeRank(degree);
  const outOffsets = new Int32Array(order + 1);
  for (let e = 0; e < size; e++) outOffsets[Math.min(rank[sources[e]], rank[targets[e]]) + 1]++;
  for (let r = 0; r < order; r++) outOffsets[r + 1] += outOffsets[r];
  const out = new Int32Array(size);
  const fill = outOffsets.slice(0, order);
  for (let e = 0; e < size; e++) {
    const a = rank[sources[e]];
    const b = rank[targets[e]];
    if (a < b) out[fill[a]++] = b;
    else out[fill[b]++] = a;
  }
  return countTriangles(degree, rank, outOffsets, out);
}

/** Rank of each node by (degree, index): a counting sort on degree. */
function degreeRank(degree: Int32Array): Int32Array {
  const n = degree.length;
  let maxDegree = 0;
  for (let u = 0; u < n; u++) if (degree[u] > maxDegree) maxDegree = degree[u];
  const bucket = new Int32Array(maxDegree + 2);
  for (let u = 0; u < n; u++) bucket[degree[u] + 1]++;
  for (let d = 0; d <= maxDegree; d++) bucket[d + 1] += bucket[d];
  const rank = new Int32Array(n);
  for (let u = 0; u < n; u++) rank[u] = bucket[degree[u]]++;
  return rank;
}

/** Triangles per node from the rank-oriented lists, then coefficients and transitivity. */
function countTriangles(degree: Int32Array, rank: Int32Array, outOffsets: Int32Array, out: Int32Array): ClusteringArrays {
  const n = degree.length;
  let maxDegree = 0;
  for (let u = 0; u < n; u++) if (degree[u] > maxDegree) maxDegree = degree[u];
  // 32-bit counts while no node can be in 2^31 triangles (d(d-1)/2 < 2^31).
  const byRank = maxDegree < 65536 ? new Int32Array(n) : new Float64Array(n); // triangles per corner, by rank
  const mark = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const start = outOffsets[r];
    const end = outOffsets[r + 1];
    if (end - start < 2) continue;
    for (let k = start; k < end; k++) mark[out[k]] = 1;
    let closedAtR = 0;
    for (let k = start; k < end; k++) {
      const v = out[k];
      let closed = 0;
      for (let j = outOffsets[v]; j < outOffsets[v + 1]; j++) {
        const w = out[j];
        if (mark[w] === 1) {
          closed++;
          byRank[w]++;
        }
      }
      closedAtR += closed;
      byRank[v] += closed;
    }
    byRank[r] += closedAtR;
    for (let k = start; k < end; k++) mark[out[k]] = 0;
  }
  const coefficients = new Float64Array(n);
  let triangleSum = 0;
  let triples = 0;
  for (let u = 0; u < n; u++) {
    const d = degree[u];
    const t = byRank[rank[u]];
    triangleSum += t;
    triples += (d * (d - 1)) / 2;
    coefficients[u] = d < 2 ? 0 : t / ((d * (d - 1)) / 2);
  }
  return { coefficients, transitivity: triples === 0 ? 0 : triangleSum / triples };
}

/** Latapy "dot" coefficients and Robins-Alexander clustering (0 below 4 nodes, 3 edges or without 3-paths). */
export function bipartiteClusteringArrays({ offsets, neighbours }: CsrAdjacency): ClusteringArrays {
  const n = offsets.length - 1;
  const edgeCount = neighbours.length / 2;
  const coefficients = new Float64Array(n);
  const common = new Int32Array(n);
  const touched = new Int32Array(n);
  const adjacent = new Int32Array(n).fill(-1);
  let cycles4 = 0; // Σ over u < v of c(c - 1): four times the 4-cycles
  let paths = 0; // 3-paths, each counted from both ends
  for (let u = 0; u < n; u++) {
    const du = offsets[u + 1] - offsets[u];
    for (let k = offsets[u]; k < offsets[u + 1]; k++) adjacent[neighbours[k]] = u;
    let reached = 0;
    for (let k = offsets[u]; k < offsets[u + 1]; k++) {
      const w = neighbours[k];
      for (let j = offsets[w]; j < offsets[w + 1]; j++) {
        const v = neighbours[j];
        if (v === u) continue;
        // The 3-paths u-w-v-x with x ∉ {u, w}: d(v) - 1, less one when v is adjacent to u.
        paths += offsets[v + 1] - offsets[v] - 1 - (adjacent[v] === u ? 1 : 0);
        if (common[v]++ === 0) touched[reached++] = v;
      }
    }
    let sum = 0;
    for (let t = 0; t < reached; t++) {
      const v = touched[t];
      const c = common[v];
      sum += c / (du + (offsets[v + 1] - offsets[v]) - c);
      if (v > u) cycles4 += c * (c - 1);
      common[v] = 0;
    }
    coefficients[u] = sum > 0 ? sum / reached : 0;
  }
  const threePaths = paths / 2;
  const transitivity = n < 4 || edgeCount < 3 || threePaths === 0 ? 0 : cycles4 / threePaths;
  return { coefficients, transitivity };
}
