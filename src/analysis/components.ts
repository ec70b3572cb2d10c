/**
 * Connected components: maximal sets of governments linked by chains of
 * partnerships. Sorted by size descending, then by the smallest member id;
 * members sorted by id. `index` is the 0-based position in that order and is the
 * component index other results (eigenvector centrality) refer to.
 *
 * Matches networkx `connected_components` (as sets; networkx yields them unordered).
 * A breadth-first search over the graph's CSR arrays (built once per cached graph), so a
 * world-scale network is labelled in milliseconds on the event loop.
 */
import { cachedCsrGraph } from './fast/csr-graph';
import type { GovernmentGraph } from './types';

export interface Component {
  index: number;
  size: number;
  /** Member ids, sorted. */
  members: string[];
}

export function components(graph: GovernmentGraph): Component[] {
  const { ids, offsets, neighbours, order } = cachedCsrGraph(graph);
  const label = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  const sets: string[][] = [];
  for (let root = 0; root < order; root++) {
    if (label[root] !== -1) continue;
    const c = sets.length;
    label[root] = c;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const v = queue[head++];
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        const w = neighbours[k];
        if (label[w] === -1) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
    }
    const members: string[] = new Array(tail);
    for (let i = 0; i < tail; i++) members[i] = ids[queue[i]];
    sets.push(members.sort());
  }
  sets.sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sets.map((members, index) => ({ index, size: members.length, members }));
}
