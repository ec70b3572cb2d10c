/**
 * Eigenvector centrality per connected component on a CSR graph (typed arrays only,
 * so it runs on a pool thread over the graph's SharedArrayBuffers). Same convention
 * as `eigenvector.ts`: within each component, power iteration on A + I from the
 * uniform unit vector, each iterate scaled to Euclidean length 1, until the L1 change
 * is below size × tolerance (or, on the last allowed iteration, the best change seen
 * was below size × 1e-12); λ = ‖(A + I)x‖ − 1. Components are indexed as
 * `components.ts` orders them: size descending, then smallest member id.
 */
import type { CsrArrays } from './pagerank-kernel';

export interface EigenvectorKernelOptions {
  /** Defaults to 1e-15. */
  tolerance?: number;
  /** Per component. Defaults to 100,000. */
  maxIterations?: number;
}

export interface EigenvectorKernelResult {
  /** Score of each node (unit length within its component); null when a component did not converge. */
  scores: Float64Array | null;
  /** Component index of each node. */
  component: Int32Array;
  /** Size of each component, by component index. */
  sizes: Int32Array;
  /** Leading eigenvalue of each component's adjacency matrix, by component index. */
  eigenvalues: Float64Array;
  /** The component with the largest leading eigenvalue (ties to the lower index), or -1 for an empty graph. */
  dominantComponent: number;
  /** Iterations of the component that needed most; the failing component's when scores is null. */
  iterations: number;
}

/**
 * @param rank position of each node's id in sorted id order (ties of size broken by the
 *   smallest member id, as components.ts does); identity when ids are sorted already.
 */
export function eigenvectorArrays(graph: CsrArrays, rank: Int32Array, options: EigenvectorKernelOptions = {}): EigenvectorKernelResult {
  const tolerance = options.tolerance ?? 1e-15;
  const maxIterations = options.maxIterations ?? 100_000;
  const { order: n, offsets, neighbours } = graph;
  const { members, starts, component, sizes } = orderedComponents(graph, rank);
  const count = sizes.length;
  const eigenvalues = new Float64Array(count);
  const x = new Float64Array(n);
  const next = new Float64Array(n);
  let dominantComponent = -1;
  let most = 0;
  for (let c = 0; c < count; c++) {
    const from = starts[c];
    const to = starts[c + 1];
    const size = to - from;
    const initial = 1 / Math.sqrt(size);
    for (let m = from; m < to; m++) x[members[m]] = initial;
    let bestError = Infinity;
    let done = false;
    let iteration = 0;
    for (; iteration < maxIterations && !done; iteration++) {
      let norm = 0;
      for (let m = from; m < to; m++) {
        const j = members[m];
        let sum = x[j];
        for (let k = offsets[j], end = offsets[j + 1]; k < end; k++) sum += x[neighbours[k]];
        next[j] = sum;
        norm += sum * sum;
      }
      norm = Math.sqrt(norm);
      let error = 0;
      for (let m = from; m < to; m++) {
        const j = members[m];
        const value = next[j] / norm;
        error += Math.abs(value - x[j]);
        x[j] = value;
      }
      if (error < bestError) bestError = error;
      // ‖(A + I)x‖ with x converged is λ + 1.
      if (error < size * tolerance || (iteration === maxIterations - 1 && bestError < size * 1e-12)) {
        eigenvalues[c] = norm - 1;
        done = true;
      }
    }
    if (!done) return { scores: null, component, sizes, eigenvalues, dominantComponent: -1, iterations: maxIterations };
    most = Math.max(most, iteration);
    if (dominantComponent === -1 || eigenvalues[c] > eigenvalues[dominantComponent] + 1e-12) dominantComponent = c;
  }
  return { scores: x, component, sizes, eigenvalues, dominantComponent, iterations: most };
}

/**
 * Connected components by breadth-first search, indexed by size descending then by
 * the smallest member id (smallest `rank`): members of component c are
 * `members[starts[c] .. starts[c + 1])`, in search order.
 */
export function orderedComponents(
  graph: CsrArrays,
  rank: Int32Array,
): { members: Int32Array; starts: Int32Array; component: Int32Array; sizes: Int32Array } {
  const { order: n, offsets, neighbours } = graph;
  const found = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const foundStarts: number[] = [];
  const minRank: number[] = [];
  let tail = 0;
  for (let s = 0; s < n; s++) {
    if (found[s] !== -1) continue;
    const label = foundStarts.length;
    foundStarts.push(tail);
    let least = rank[s];
    found[s] = label;
    queue[tail++] = s;
    for (let head = tail - 1; head < tail; head++) {
      const u = queue[head];
      for (let k = offsets[u], end = offsets[u + 1]; k < end; k++) {
        const w = neighbours[k];
        if (found[w] !== -1) continue;
        found[w] = label;
        if (rank[w] < least) least = rank[w];
        queue[tail++] = w;
      }
    }
    minRank.push(least);
  }
  const count = foundStarts.length;
  foundStarts.push(n);
  const byIndex = Array.from({ length: count }, (_, c) => c).sort(
    (a, b) => foundStarts[b + 1] - foundStarts[b] - (foundStarts[a + 1] - foundStarts[a]) || minRank[a] - minRank[b],
  );
  const members = new Int32Array(n);
  const starts = new Int32Array(count + 1);
  const sizes = new Int32Array(count);
  const component = new Int32Array(n);
  let at = 0;
  byIndex.forEach((label, c) => {
    starts[c] = at;
    sizes[c] = foundStarts[label + 1] - foundStarts[label];
    for (let q = foundStarts[label]; q < foundStarts[label + 1]; q++) {
      members[at++] = queue[q];
      component[queue[q]] = c;
    }
  });
  starts[count] = n;
  return { members, starts, component, sizes };
}
