/**
 * The centrality measures by name, so the service, the worker thread and the
 * API dispatch in one place. Each measure's convention is in its own file.
 */
import { UnreachableCaseError } from '../domain/errors';
import { betweenness } from './betweenness';
import { closeness } from './closeness';
import { degree } from './degree';
import { eigenvector, type EigenvectorResult, type EigenvectorScore } from './eigenvector';
import { harmonic } from './harmonic';
import { pagerank } from './pagerank';
import type { GovernmentGraph } from './types';

export const CENTRALITY_MEASURES = ['DEGREE', 'BETWEENNESS', 'CLOSENESS', 'HARMONIC', 'PAGERANK', 'EIGENVECTOR'] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

export interface CentralityResult {
  measure: CentralityMeasure;
  scores: Record<string, number>;
  /** EIGENVECTOR only: each node's component, and the dominant component. */
  components?: Record<string, Omit<EigenvectorScore, 'score'>>;
  dominantComponent?: number | null;
}

export function centrality(graph: GovernmentGraph, measure: CentralityMeasure): CentralityResult {
  switch (measure) {
    case 'DEGREE':
      return { measure, scores: degree(graph) };
    case 'BETWEENNESS':
      return { measure, scores: betweenness(graph) };
    case 'CLOSENESS':
      return { measure, scores: closeness(graph) };
    case 'HARMONIC':
      return { measure, scores: harmonic(graph) };
    case 'PAGERANK':
      return { measure, scores: pagerank(graph) };
    case 'EIGENVECTOR':
      return eigenvectorCentrality(eigenvector(graph));
    default:
      throw new UnreachableCaseError(measure);
  }
}

/** An eigenvector result as a CentralityResult: scores, each node's component, the dominant one. */
export function eigenvectorCentrality(result: EigenvectorResult): CentralityResult {
  const scores: Record<string, number> = {};
  const comps: Record<string, Omit<EigenvectorScore, 'score'>> = {};
  for (const [id, s] of Object.entries(result.scores)) {
    scores[id] = s.score;
    comps[id] = { componentIndex: s.componentIndex, componentSize: s.componentSize };
  }
  return { measure: 'EIGENVECTOR', scores, components: comps, dominantComponent: result.dominantComponent };
}
