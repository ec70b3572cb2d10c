/**
 * Betweenness centrality (Brandes 2001): for each node, the share of shortest
 * paths between other pairs of nodes that pass through it, summed over pairs.
 * Normalised by (n-1)(n-2)/2, the number of pairs not involving the node, which
 * is networkx `betweenness_centrality(G, normalized=True)` on undirected graphs;
 * with n <= 2 nobody can lie between two others and every score is 0 (networkx
 * skips the scaling there). Pairs in different components have no path and add 0.
 *
 * Unweighted on purpose: graphology reads an edge weight as a path *length* in
 * betweenness, and our edge numbers (`strength`) are tie strengths.
 */
import { fastBetweenness } from './fast';
import type { GovernmentGraph, Scores } from './types';

export function betweenness(graph: GovernmentGraph): Scores {
  // The CSR Brandes in ./fast matches networkx exactly (and, unlike graphology-metrics
  // 2.4.2, ignores self-loops as networkx does); it is 2-3x faster on large graphs.
  return fastBetweenness(graph, { normalized: true });
}
