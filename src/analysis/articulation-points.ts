/**
 * Articulation points (cut vertices): governments whose removal splits their
 * component into more pieces: the brokers the network's connectivity hangs on.
 * A non-root v is one when some DFS child c has low[c] >= disc[v]; a DFS root
 * when it has two or more children (Hopcroft & Tarjan 1973). Linear time.
 *
 * Matches networkx `articulation_points` (as a set); returned sorted by id.
 */
import { cachedCsrGraph } from './fast/csr-graph';
import { lowpoints } from './lowpoint';
import type { GovernmentGraph } from './types';

export function articulationPoints(graph: GovernmentGraph): string[] {
  const index = cachedCsrGraph(graph);
  const { disc, low, parent, rootChildren, treeEdges } = lowpoints(index);
  const cut = new Set<number>();
  for (const [p, c] of treeEdges) if (parent[p] !== -1 && low[c] >= disc[p]) cut.add(p);
  for (const [root, children] of rootChildren) if (children >= 2) cut.add(root);
  return [...cut].map((i) => index.ids[i]).sort();
}
