/**
 * Eigenvector centrality, per connected component.
 *
 * Within a connected component, a government's score is its entry in the
 * leading eigenvector of the component's adjacency matrix (a partner of central
 * partners is central), scaled to Euclidean length 1 over the component.
 * Computed by power iteration on A + I, exactly as networkx
 * `eigenvector_centrality(G.subgraph(component))` does (the shift by I keeps the
 * iteration from oscillating on bipartite networks like ours), iterated to
 * machine precision rather than networkx's default tolerance.
 *
 * Why per component: on a disconnected network the whole-graph eigenvector is
 * concentrated on the component with the largest leading eigenvalue and every
 * other component scores (near) 0, which says nothing about them. So each score
 * comes with its component (index as in `components`, size), and the result names
 * the dominant component (largest leading eigenvalue; ties go to the lower index).
 * Scores in the dominant component equal networkx `eigenvector_centrality` on the
 * whole graph; scores in different components are not comparable with each other.
 * A component of one node scores 1 (its vector has length 1). Unweighted.
 */
import { KotaKembarError } from '../domain/errors';
import { components } from './components';
import { indexGraph } from './graph-index';
import type { GovernmentGraph } from './types';

export interface EigenvectorScore {
  score: number;
  /** Index of the node's component, as in `components` (0 = largest). */
  componentIndex: number;
  componentSize: number;
}

export interface EigenvectorResult {
  scores: Record<string, EigenvectorScore>;
  /** Index of the component with the largest leading eigenvalue, or null for an empty graph. */
  dominantComponent: number | null;
  /** Leading eigenvalue of each component, by component index. */
  eigenvalues: number[];
}

export interface EigenvectorOptions {
  /** Stop when the L1 change of an iteration is below size × tolerance. Defaults to 1e-15. */
  tolerance?: number;
  /** Per component. Defaults to 100,000. */
  maxIterations?: number;
}

export function eigenvector(graph: GovernmentGraph, options: EigenvectorOptions = {}): EigenvectorResult {
  const tolerance = options.tolerance ?? 1e-15;
  const maxIterations = options.maxIterations ?? 100_000;
  const { position, neighbors } = indexGraph(graph);
  const scores: Record<string, EigenvectorScore> = {};
  const eigenvalues: number[] = [];
  let dominantComponent: number | null = null;

  for (const component of components(graph)) {
    const members = component.members.map((id) => position.get(id)!);
    const { vector, eigenvalue } = leadingEigenvector(members, neighbors, tolerance, maxIterations);
    eigenvalues.push(eigenvalue);
    if (dominantComponent === null || eigenvalue > eigenvalues[dominantComponent] + 1e-12) dominantComponent = component.index;
    component.members.forEach((id, k) => {
      scores[id] = { score: vector[k], componentIndex: component.index, componentSize: component.size };
    });
  }
  return { scores, dominantComponent, eigenvalues };
}

/** Power iteration on (A + I) restricted to `members`; returns the unit vector and λ of A. */
function leadingEigenvector(
  members: number[],
  neighbors: number[][],
  tolerance: number,
  maxIterations: number,
): { vector: Float64Array; eigenvalue: number } {
  const size = members.length;
  const local = new Map(members.map((g, k) => [g, k]));
  const adj = members.map((g) => neighbors[g].map((nb) => local.get(nb)!));
  let x = new Float64Array(size).fill(1 / Math.sqrt(size));
  let next = new Float64Array(size);
  let bestError = Infinity;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    for (let k = 0; k < size; k++) {
      let sum = x[k];
      for (const j of adj[k]) sum += x[j];
      next[k] = sum;
    }
    let norm = 0;
    for (let k = 0; k < size; k++) norm += next[k] * next[k];
    norm = Math.sqrt(norm);
    let error = 0;
    for (let k = 0; k < size; k++) {
      next[k] /= norm;
      error += Math.abs(next[k] - x[k]);
    }
    [x, next] = [next, x];
    bestError = Math.min(bestError, error);
    // ||(A+I)x|| with x converged is λ + 1.
    if (error < size * tolerance) return { vector: x, eigenvalue: norm - 1 };
    if (iteration === maxIterations - 1 && bestError < size * 1e-12) return { vector: x, eigenvalue: norm - 1 };
  }
  throw new KotaKembarError('TIMEOUT', `Eigenvector centrality did not converge in ${maxIterations} iterations.`);
}
