/**
 * Iterative depth-first search computing discovery times and low-points
 * (Hopcroft & Tarjan 1973), shared by `articulationPoints` and `bridges`.
 * Linear time O(n + m); iterative so that long chains cannot overflow the stack.
 * Reads the graph's CSR arrays (fast/csr-graph.ts, built once per cached graph), so a
 * world-scale search builds no per-node arrays on the event loop.
 */
import type { CsrGraph } from './fast/csr-graph';

export interface LowpointVisit {
  /** disc[v] = order in which v was first reached (0-based). */
  disc: Int32Array;
  /** low[v] = smallest disc reachable from v's subtree with one back edge. */
  low: Int32Array;
  /** parent[v] = DFS parent, -1 for roots. */
  parent: Int32Array;
  /** Number of DFS children of each root. */
  rootChildren: Map<number, number>;
  /** Tree edges as [parent, child], in the order they were finished. */
  treeEdges: Array<[number, number]>;
}

export function lowpoints({ offsets, neighbours }: Pick<CsrGraph, 'offsets' | 'neighbours'>): LowpointVisit {
  const n = offsets.length - 1;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = offsets.slice(0, n); // next neighbour (position in `neighbours`) to look at
  const rootChildren = new Map<number, number>();
  const treeEdges: Array<[number, number]> = [];
  let time = 0;
  const stack: number[] = [];
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    disc[root] = low[root] = time++;
    rootChildren.set(root, 0);
    stack.push(root);
    while (stack.length > 0) {
      const v = stack[stack.length - 1];
      if (next[v] < offsets[v + 1]) {
        const w = neighbours[next[v]++];
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          if (v === root) rootChildren.set(root, rootChildren.get(root)! + 1);
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v], disc[w]); // back edge (simple graph: no parallel edge to the parent)
        }
      } else {
        stack.pop();
        const p = parent[v];
        if (p !== -1) {
          low[p] = Math.min(low[p], low[v]);
          treeEdges.push([p, v]);
        }
      }
    }
  }
  return { disc, low, parent, rootChildren, treeEdges };
}
