/**
 * Clustering on the two-mode network, where triangles cannot exist.
 *
 * - Local: Latapy, Magnien & Del Vecchio (2008) "dot" clustering. For u, over
 *   every v at distance 2 (sharing a neighbour with u):
 *     c(u) = mean over v of |N(u) ∩ N(v)| / |N(u) ∪ N(v)|
 *   and 0 when u has no such v. networkx `bipartite.clustering(G, mode='dot')`;
 *   averages as in `clustering.ts` (with zeros = networkx
 *   `bipartite.average_clustering(G, mode='dot')`).
 * - Transitivity analogue: Robins & Alexander (2004) bipartite clustering,
 *   4 × (number of 4-cycles) / (number of 3-paths), 0 on graphs with fewer than
 *   4 nodes or 3 edges or no 3-path; networkx `bipartite.robins_alexander_clustering`.
 *
 * Both formulas are computed on the network as it is; an occasional edge
 * between two governments on the same side (a domestic tie) is simply counted.
 * Unweighted.
 */
import { averages, type ClusteringResult } from './clustering';
import { indexGraph } from './graph-index';
import type { GovernmentGraph, Scores } from './types';

export function bipartiteClustering(graph: GovernmentGraph): ClusteringResult {
  const { ids, neighbors } = indexGraph(graph);
  const sets = neighbors.map((nb) => new Set(nb));
  const coefficients: Scores = {};
  ids.forEach((id, u) => {
    const second = new Set<number>();
    for (const w of neighbors[u]) for (const v of neighbors[w]) if (v !== u) second.add(v);
    let sum = 0;
    for (const v of second) {
      let common = 0;
      for (const x of sets[v]) if (sets[u].has(x)) common++;
      sum += common / (sets[u].size + sets[v].size - common);
    }
    coefficients[id] = sum > 0 ? sum / second.size : 0;
  });
  return { coefficients, ...averages(coefficients), transitivity: robinsAlexander(graph.size, sets, neighbors) };
}

function robinsAlexander(edgeCount: number, sets: Set<number>[], neighbors: number[][]): number {
  const n = neighbors.length;
  if (n < 4 || edgeCount < 3) return 0;
  let paths = 0; // each 3-path counted from both ends
  for (let v = 0; v < n; v++)
    for (const u of neighbors[v])
      for (const w of neighbors[u]) {
        if (w === v) continue;
        paths += sets[w].size - (sets[w].has(v) ? 1 : 0) - 1; // minus v (if adjacent) and u
      }
  const threePaths = paths / 2;
  if (threePaths === 0) return 0;
  let cycles = 0; // each 4-cycle counted 4 times
  for (let v = 0; v < n; v++) {
    const nb = neighbors[v];
    for (let i = 0; i < nb.length; i++)
      for (let j = i + 1; j < nb.length; j++) {
        let common = 0;
        for (const x of sets[nb[i]]) if (x !== v && sets[nb[j]].has(x)) common++;
        cycles += common;
      }
  }
  return cycles / threePaths; // 4 × (cycles / 4) / threePaths
}
