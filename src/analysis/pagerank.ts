/**
 * PageRank (Page, Brin, Motwani & Winograd 1999) with damping α = 0.85: the
 * long-run share of time a random walker spends at each government, following a
 * random partnership with probability α and jumping to a uniformly random
 * government otherwise. A node without partners (dangling) sends its share to
 * every node uniformly. Scores sum to 1. Unweighted: every partner equally likely.
 *
 * Matches networkx `pagerank(G, alpha=0.85, weight=None)` (uniform
 * personalization and dangling weights, same update and stopping rule
 * `sum |x - x_last| < n * tolerance`). Written here rather than taken from
 * graphology because networkx's own default tolerance (1e-6) leaves scores off
 * in the 7th digit; we iterate to `tolerance` 1e-15 (about machine precision),
 * and an empty graph returns {} instead of failing to converge.
 */
import { KotaKembarError } from '../domain/errors';
import { indexGraph } from './graph-index';
import type { GovernmentGraph, Scores } from './types';

export interface PagerankOptions {
  /** Damping factor. Defaults to 0.85. */
  alpha?: number;
  /** Stop when the L1 change of an iteration is below n × tolerance. Defaults to 1e-15. */
  tolerance?: number;
  /** Defaults to 10,000. */
  maxIterations?: number;
}

export function pagerank(graph: GovernmentGraph, options: PagerankOptions = {}): Scores {
  const alpha = options.alpha ?? 0.85;
  const tolerance = options.tolerance ?? 1e-15;
  const maxIterations = options.maxIterations ?? 10_000;
  const { ids, neighbors } = indexGraph(graph);
  const n = ids.length;
  if (n === 0) return {};

  const dangling = neighbors.flatMap((nb, i) => (nb.length === 0 ? [i] : []));
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let bestError = Infinity;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let danglingSum = 0;
    for (const i of dangling) danglingSum += x[i];
    const base = alpha * danglingSum / n + (1 - alpha) / n;
    next.fill(0);
    for (let i = 0; i < n; i++) {
      const nb = neighbors[i];
      if (nb.length === 0) continue;
      const share = x[i] / nb.length;
      for (const j of nb) next[j] += share;
    }
    let error = 0;
    for (let i = 0; i < n; i++) {
      next[i] = alpha * next[i] + base;
      error += Math.abs(next[i] - x[i]);
    }
    [x, next] = [next, x];
    bestError = Math.min(bestError, error);
    if (error < n * tolerance) return toScores(ids, x);
  }
  // Rounding can keep the change just above a tolerance at machine precision;
  // accept a result that settled to well within what any reader can see.
  if (bestError < n * 1e-12) return toScores(ids, x);
  throw new KotaKembarError('TIMEOUT', `PageRank did not converge in ${maxIterations} iterations.`);
}

function toScores(ids: string[], x: Float64Array): Scores {
  const scores: Scores = {};
  ids.forEach((id, i) => (scores[id] = x[i]));
  return scores;
}
