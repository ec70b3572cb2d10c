/**
 * PageRank on a CSR graph (typed arrays only, so it runs on a pool thread over the
 * graph's SharedArrayBuffers). Same convention as `pagerank.ts`: damping α, a
 * uniform jump, a node without partners (dangling: in an undirected graph, an
 * isolated node) sends its share to every node uniformly, scores sum to 1,
 * unweighted — networkx `pagerank(G, alpha, weight=None)`.
 *
 * How: on an undirected graph the dangling nodes are exactly the isolated ones, and
 * at the fixed point each of the k of them holds v = (1 − α) / (n − αk); every other
 * node j then satisfies x_j = α Σ_{i ∈ N(j)} x_i / d_i + v (the jump and the dangling
 * share together are v). In y_i = x_i / d_i that system is (D − αA) y = v·1, whose
 * matrix is symmetric and positive definite (strictly diagonally dominant), so
 * successive over-relaxation — Gauss–Seidel sweeps that read the values already
 * updated in the sweep, each step stretched by ω (any 0 < ω < 2 converges on such a
 * matrix) — reaches the same fixed point as networkx's power iteration in about a
 * third of the sweeps, and does not oscillate on bipartite parts as the power
 * iteration's error does. Stopping rule as networkx's, on the sweep:
 * Σ |x − x_last| < n × tolerance; the result is divided by its sum so it sums to 1 to
 * the last digit.
 */

/** Over-relaxation factor: 1.3–1.4 took the fewest sweeps on the benchmark graphs (world, 14k, 100k: 24–32 against 65–73 for ω = 1). */
const OMEGA = 1.3;

/** The CSR arrays the kernel reads. */
export interface CsrArrays {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

export interface PagerankKernelOptions {
  /** Damping factor. Defaults to 0.85. */
  alpha?: number;
  /** Stop when the L1 change of a sweep is below n × tolerance. Defaults to 1e-15. */
  tolerance?: number;
  /** Defaults to 10,000. */
  maxIterations?: number;
}

export interface PagerankKernelResult {
  /** Scores indexed like the graph's nodes; null when the iteration did not converge. */
  scores: Float64Array | null;
  iterations: number;
}

export function pagerankArray(graph: CsrArrays, options: PagerankKernelOptions = {}): PagerankKernelResult {
  const alpha = options.alpha ?? 0.85;
  const tolerance = options.tolerance ?? 1e-15;
  const maxIterations = options.maxIterations ?? 10_000;
  const { order: n, offsets, neighbours } = graph;
  if (n === 0) return { scores: new Float64Array(0), iterations: 0 };

  let isolated = 0;
  for (let i = 0; i < n; i++) if (offsets[i + 1] === offsets[i]) isolated++;
  const v = (1 - alpha) / (n - alpha * isolated);
  // y[i] = x[i] / d[i], started from the uniform x = 1/n as networkx starts; isolated nodes keep 0 here.
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = offsets[i + 1] - offsets[i];
    if (d > 0) y[i] = 1 / (n * d);
  }
  const stop = n * tolerance;
  let bestError = Infinity;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    // Isolated nodes hold v from the first sweep on.
    let error = iterations === 1 ? isolated * Math.abs(v - 1 / n) : 0;
    for (let j = 0; j < n; j++) {
      const start = offsets[j];
      const end = offsets[j + 1];
      if (start === end) continue;
      let sum = 0;
      for (let k = start; k < end; k++) sum += y[neighbours[k]];
      const d = end - start;
      const old = y[j];
      const next = old + OMEGA * ((alpha * sum + v) / d - old);
      error += Math.abs(next - old) * d;
      y[j] = next;
    }
    if (error < bestError) bestError = error;
    if (error < stop) {
      converged = true;
      break;
    }
  }
  // Rounding can keep the change just above a tolerance at machine precision;
  // accept a result that settled to well within what any reader can see (as pagerank.ts did).
  if (!converged && !(bestError < n * 1e-12)) return { scores: null, iterations };
  const scores = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = offsets[i + 1] - offsets[i];
    scores[i] = d === 0 ? v : y[i] * d;
    total += scores[i];
  }
  for (let i = 0; i < n; i++) scores[i] /= total;
  return { scores, iterations };
}
