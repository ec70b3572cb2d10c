/**
 * Communities by the Louvain method (Blondel et al. 2008), from
 * graphology-communities-louvain, unweighted, resolution 1, with a seeded random
 * number generator (seedrandom) so the same data and seed always give the same
 * partition.
 *
 * Modularity is Newman's Q of the returned partition with resolution 1,
 * unweighted, recomputed with graphology-metrics `modularity` (equal to networkx
 * `community.modularity(G, partition, weight=None, resolution=1)`). On a network
 * without edges modularity is undefined (null), and every node is its own community.
 *
 * Communities are renumbered: sorted by size descending then smallest member id,
 * `id` = 0-based position; members sorted by id.
 */
import louvain from 'graphology-communities-louvain';
import modularityOf from 'graphology-metrics/graph/modularity';
import seedrandom from 'seedrandom';
import type { GovernmentGraph } from './types';

export interface Community {
  id: number;
  members: string[];
}

export interface CommunityResult {
  communities: Community[];
  /** Q of the partition (resolution 1, unweighted), or null when the network has no edges. */
  modularity: number | null;
  /** Community id of each node. */
  membership: Record<string, number>;
  seed: number;
}

export interface CommunityOptions {
  /** Seed for the random number generator. Defaults to 42. */
  seed?: number;
}

export function communities(graph: GovernmentGraph, options: CommunityOptions = {}): CommunityResult {
  const seed = options.seed ?? 42;
  let raw: Record<string, number>;
  if (graph.size === 0) {
    raw = Object.fromEntries(graph.nodes().map((id, i) => [id, i]));
  } else {
    raw = louvain(graph, {
      getEdgeWeight: null,
      resolution: 1,
      rng: seedrandom(String(seed)),
      fastLocalMoves: true,
      randomWalk: true,
      nodeCommunityAttribute: 'community',
    });
  }
  const groups = new Map<number, string[]>();
  for (const id of graph.nodes()) {
    const list = groups.get(raw[id]);
    if (list) list.push(id);
    else groups.set(raw[id], [id]);
  }
  const sorted = [...groups.values()].map((m) => m.sort());
  sorted.sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
  const list = sorted.map((members, id) => ({ id, members }));
  const membership: Record<string, number> = {};
  for (const c of list) for (const m of c.members) membership[m] = c.id;
  const modularity =
    graph.size === 0
      ? null
      : modularityOf(graph, { getNodeCommunity: (node: string) => membership[node], getEdgeWeight: null, resolution: 1 });
  return { communities: list, modularity, membership, seed };
}
