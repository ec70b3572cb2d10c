/**
 * PageRank (Page, Brin, Motwani & Winograd 1999) with damping α = 0.85: the
 * long-run share of time a random walker spends at each government, following a
 * random partnership with probability α and jumping to a uniformly random
 * government otherwise. A node without partners (dangling) sends its share to
 * every node uniformly. Scores sum to 1. Unweighted: every partner equally likely.
 *
 * Matches networkx `pagerank(G, alpha=0.85, weight=None)` (uniform
 * personalization and dangling weights; stopping rule `sum |x - x_last| < n *
 * tolerance`). Written here rather than taken from graphology because networkx's
 * own default tolerance (1e-6) leaves scores off in the 7th digit; we iterate to
 * `tolerance` 1e-15 (about machine precision), and an empty graph returns {}
 * instead of failing to converge. The iteration runs on the graph's CSR arrays
 * (fast/pagerank-kernel.ts: over-relaxed Gauss–Seidel sweeps to the same fixed point).
 */
import { KotaKembarError } from '../domain/errors';
import { asCsrGraph, toScores, type CsrGraph } from './fast';
import { pagerankArray } from './fast/pagerank-kernel';
import type { GovernmentGraph, Scores } from './types';

export interface PagerankOptions {
  /** Damping factor. Defaults to 0.85. */
  alpha?: number;
  /** Stop when the L1 change of an iteration is below n × tolerance. Defaults to 1e-15. */
  tolerance?: number;
  /** Defaults to 10,000. */
  maxIterations?: number;
}

/** PageRank of every node of a graphology graph or of its CSR form (built once per graph by the caller, to share). */
export function pagerank(graph: GovernmentGraph | CsrGraph, options: PagerankOptions = {}): Scores {
  const csr = asCsrGraph(graph);
  return toScores(csr, pagerankScores(csr, options));
}

/** The kernel's scores, or the coded error when the iteration did not converge. */
export function pagerankScores(csr: Pick<CsrGraph, 'order' | 'offsets' | 'neighbours'>, options: PagerankOptions = {}): Float64Array {
  const { scores } = pagerankArray(csr, options);
  if (scores === null) throw noConvergence(options.maxIterations ?? 10_000);
  return scores;
}

export function noConvergence(maxIterations: number): KotaKembarError {
  return new KotaKembarError('TIMEOUT', `PageRank did not converge in ${maxIterations} iterations.`);
}
