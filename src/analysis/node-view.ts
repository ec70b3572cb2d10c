/**
 * How analysis results show nodes, edges and ranked scores: shared by the
 * AnalysisService and the pool's tasks (worker/pool-worker.ts), so a result computed
 * on a thread is the same as one computed inline.
 */
import type { CentralityResult } from './centrality';
import { rank } from './ranking';
import type { GovernmentGraph, NetworkNodeAttributes, PartnerGraph, PartnershipEdgeAttributes } from './types';
import type { NetworkEdge, NetworkNode, NodeScore } from './analysis-service';

export function toEdge(s: string, t: string, a: PartnershipEdgeAttributes): NetworkEdge {
  const [source, target] = s < t ? [s, t] : [t, s];
  return { source, target, strength: a.strength, types: a.types, years: a.years };
}

export function toNode(id: string, a: NetworkNodeAttributes): NetworkNode {
  return { id, name: a.name, level: a.level, countryCode: a.countryCode, parentId: a.parentId, isIndonesian: a.isIndonesian, layer: a.layer ?? 'DATASET' };
}

const nodeMaps = new WeakMap<GovernmentGraph, Readonly<Record<string, NetworkNode>>>();

/**
 * Every node of `graph` as results show it, by id: built once per graph (a cached graph is
 * never modified) and shared by the results computed on it, so a world-scale result does not
 * build 17,000 node objects on the event loop each time. Callers must not modify it.
 */
export function nodeMap(graph: GovernmentGraph): Readonly<Record<string, NetworkNode>> {
  let map = nodeMaps.get(graph);
  if (!map) nodeMaps.set(graph, (map = Object.fromEntries(graph.mapNodes((id, a) => [id, toNode(id, a)]))));
  return map;
}

/** The scores of `result` ranked (ranking.ts), Indonesian governments only when `onlyIndonesian`; eigenvector components attached. */
export function rankedScores(graph: PartnerGraph, result: CentralityResult, onlyIndonesian: boolean): NodeScore[] {
  const listed = onlyIndonesian
    ? Object.fromEntries(
        Object.entries(result.scores).filter(([id]) => {
          const a = graph.getNodeAttributes(id);
          return a.isIndonesian && a.layer !== 'WORLD';
        }),
      )
    : result.scores;
  const nodes = nodeMap(graph);
  return rank(listed).map((r): NodeScore => {
    const score: NodeScore = { node: nodes[r.id]!, score: r.score, rank: r.rank };
    const c = result.components?.[r.id];
    if (c) score.component = { index: c.componentIndex, size: c.componentSize, dominant: c.componentIndex === result.dominantComponent };
    return score;
  });
}
