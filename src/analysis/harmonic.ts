/**
 * Harmonic centrality (Marchiori & Latora 2000; Boldi & Vigna 2014):
 *   H(u) = sum over v != u of 1 / d(u, v)
 * with 1/d = 0 for unreachable v, so disconnected parts need no special rule.
 * NOT normalised: the score is a plain sum, between 0 (isolated) and n-1 (linked
 * to everyone). Divide by n-1 for a share. Unweighted: d counts hops.
 *
 * Matches networkx `harmonic_centrality(G)`. Not in graphology: one breadth-first
 * search per node, O(n·m), run by the CSR kernel in ./fast (which folds degree-1
 * nodes into their neighbour's search).
 */
import { fastHarmonic } from './fast';
import type { GovernmentGraph, Scores } from './types';

export function harmonic(graph: GovernmentGraph): Scores {
  return fastHarmonic(graph);
}
