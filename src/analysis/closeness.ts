/**
 * Closeness centrality with the Wasserman–Faust correction:
 *   C(u) = (r - 1) / (sum of distances from u to the r - 1 nodes it reaches) * (r - 1) / (n - 1)
 * where r counts u and the nodes reachable from it and n is the number of nodes.
 * The second factor scales a score by the share of the network the node can
 * reach, so a pair of governments in a two-node component does not outrank a
 * hub of the main component. Isolated nodes (and a single-node graph) score 0.
 *
 * Matches networkx `closeness_centrality(G, wf_improved=True)` (its default). Computed
 * by the CSR kernel in ./fast with the correction on (graphology-metrics, which served it
 * before, defaults to no correction).
 * Unweighted: distances are numbers of hops.
 */
import { fastCloseness } from './fast';
import type { GovernmentGraph, Scores } from './types';

export function closeness(graph: GovernmentGraph): Scores {
  return fastCloseness(graph, { wassermanFaust: true });
}
