/**
 * An integer index of a graph: node ids in graph order and, for each node, the
 * positions of its neighbours. The hand-written metrics (harmonic, PageRank,
 * eigenvector, articulation points, bridges) run on it.
 */
import type { GovernmentGraph } from './types';

export interface GraphIndex {
  ids: string[];
  position: Map<string, number>;
  /** neighbors[i] = positions of the neighbours of ids[i], in graph order. */
  neighbors: number[][];
}

export function indexGraph(graph: GovernmentGraph): GraphIndex {
  const ids = graph.nodes();
  const position = new Map(ids.map((id, i) => [id, i]));
  const neighbors = ids.map((id) => graph.neighbors(id).map((nb) => position.get(nb)!));
  return { ids, position, neighbors };
}
