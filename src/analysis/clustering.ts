/**
 * Clustering on a one-mode projection (unweighted; projection weights ignored).
 *
 * - Local clustering of u: triangles through u / (deg(u)(deg(u)-1)/2); 0 when
 *   deg(u) < 2. networkx `clustering(G)`.
 * - Average with zeros: mean over all nodes (networkx
 *   `average_clustering(G, count_zeros=True)`); average without zeros: mean over
 *   nodes whose coefficient is not 0 (`count_zeros=False`). Either is null when
 *   there is nothing to average (no nodes / no non-zero node), where networkx
 *   divides by zero.
 * - Transitivity: 3 × triangles / connected triples, i.e. the share of two-paths
 *   that close into a triangle (networkx `transitivity`); 0 without triples.
 */
import { indexGraph } from './graph-index';
import type { GovernmentGraph, Scores } from './types';

export interface ClusteringResult {
  coefficients: Scores;
  averageWithZeros: number | null;
  averageWithoutZeros: number | null;
  transitivity: number;
}

export function clustering(graph: GovernmentGraph): ClusteringResult {
  const { ids, neighbors } = indexGraph(graph);
  const sets = neighbors.map((nb) => new Set(nb));
  const coefficients: Scores = {};
  let triangles = 0; // each triangle counted once per corner
  let triples = 0;
  ids.forEach((id, u) => {
    const nb = neighbors[u];
    const d = nb.length;
    let t = 0;
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) if (sets[nb[i]].has(nb[j])) t++;
    triangles += t;
    triples += (d * (d - 1)) / 2;
    coefficients[id] = d < 2 ? 0 : t / ((d * (d - 1)) / 2);
  });
  return { coefficients, ...averages(coefficients), transitivity: triples === 0 ? 0 : triangles / triples };
}

/** Both averages of a coefficient map (see the module comment). */
export function averages(coefficients: Scores): { averageWithZeros: number | null; averageWithoutZeros: number | null } {
  const values = Object.values(coefficients);
  const nonZero = values.filter((v) => v !== 0);
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, v) => s + v, 0) / xs.length);
  return { averageWithZeros: mean(values), averageWithoutZeros: mean(nonZero) };
}
