/**
 * Degree centrality: the number of distinct partners of a node divided by n-1,
 * the most partners it could have (n = number of nodes).
 *
 * Matches networkx `degree_centrality`, including its convention for graphs with
 * at most one node: every node scores 1. Unweighted: a pair with three agreements
 * counts once (its `strength` is not used).
 */
import type { GovernmentGraph, Scores } from './types';

export function degree(graph: GovernmentGraph): Scores {
  const n = graph.order;
  const scores: Scores = {};
  graph.forEachNode((id) => {
    scores[id] = n <= 1 ? 1 : graph.degree(id) / (n - 1);
  });
  return scores;
}
