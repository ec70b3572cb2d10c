/**
 * Harmonic centrality (Marchiori & Latora 2000; Boldi & Vigna 2014):
 *   H(u) = sum over v != u of 1 / d(u, v)
 * with 1/d = 0 for unreachable v, so disconnected parts need no special rule.
 * NOT normalised: the score is a plain sum, between 0 (isolated) and n-1 (linked
 * to everyone). Divide by n-1 for a share. Unweighted: d counts hops.
 *
 * Matches networkx `harmonic_centrality(G)`. Not in graphology: one breadth-first
 * search per node, O(n·m).
 */
import type { GovernmentGraph, Scores } from './types';
import { indexGraph } from './graph-index';

export function harmonic(graph: GovernmentGraph): Scores {
  const { ids, neighbors } = indexGraph(graph);
  const n = ids.length;
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  const scores: Scores = {};
  for (let s = 0; s < n; s++) {
    dist.fill(-1);
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    let sum = 0;
    while (head < tail) {
      const u = queue[head++];
      for (const v of neighbors[u]) {
        if (dist[v] !== -1) continue;
        dist[v] = dist[u] + 1;
        sum += 1 / dist[v];
        queue[tail++] = v;
      }
    }
    scores[ids[s]] = sum;
  }
  return scores;
}
