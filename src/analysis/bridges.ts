/**
 * Bridges: partnership ties whose removal disconnects their component, i.e.
 * ties that no other chain of partnerships backs up. A DFS tree edge (p, c) is a
 * bridge when low[c] > disc[p] (Tarjan 1974). Linear time. Non-tree edges are
 * never bridges; the network has no parallel edges (agreements merge into one
 * edge), so a pair with several agreements is still one bridge.
 *
 * Matches networkx `bridges` (as a set of pairs). Each bridge is returned as
 * [source, target] with source < target, sorted.
 */
import { cachedCsrGraph } from './fast/csr-graph';
import { lowpoints } from './lowpoint';
import type { GovernmentGraph } from './types';

export function bridges(graph: GovernmentGraph): Array<[string, string]> {
  const index = cachedCsrGraph(graph);
  const { disc, low, treeEdges } = lowpoints(index);
  const out: Array<[string, string]> = [];
  for (const [p, c] of treeEdges) {
    if (low[c] <= disc[p]) continue;
    const a = index.ids[p];
    const b = index.ids[c];
    out.push(a < b ? [a, b] : [b, a]);
  }
  return out.sort((x, y) => (x[0] === y[0] ? (x[1] < y[1] ? -1 : 1) : x[0] < y[0] ? -1 : 1));
}
