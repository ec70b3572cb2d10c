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
import { asCsrGraph, type CsrGraph } from './fast';
import { eigenvectorArrays, type EigenvectorKernelResult } from './fast/eigenvector-kernel';
import { idRank } from './fast/id-rank';
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

/**
 * Eigenvector centrality of a graphology graph or of its CSR form; `rank` (each node's
 * position in sorted id order, fast/id-rank.ts) may be passed when the caller keeps it.
 * The power iteration runs on the CSR arrays (fast/eigenvector-kernel.ts).
 */
export function eigenvector(graph: GovernmentGraph | CsrGraph, options: EigenvectorOptions = {}, rank?: Int32Array): EigenvectorResult {
  const csr = asCsrGraph(graph);
  const run = eigenvectorArrays(csr, rank ?? idRank(csr.ids), options);
  return eigenvectorResult(csr.ids, run, options.maxIterations ?? 100_000);
}

/** The kernel's arrays as the result keyed by node id, or the coded error when a component did not converge. */
export function eigenvectorResult(ids: readonly string[], run: EigenvectorKernelResult, maxIterations: number): EigenvectorResult {
  if (run.scores === null) throw new KotaKembarError('TIMEOUT', `Eigenvector centrality did not converge in ${maxIterations} iterations.`);
  const scores: Record<string, EigenvectorScore> = {};
  for (let i = 0; i < ids.length; i++) {
    const c = run.component[i];
    scores[ids[i]] = { score: run.scores[i], componentIndex: c, componentSize: run.sizes[c] };
  }
  return { scores, dominantComponent: run.dominantComponent === -1 ? null : run.dominantComponent, eigenvalues: Array.from(run.eigenvalues) };
}
