/**
 * One-mode projections of the two-mode partnership network, for clustering.
 * The raw network links Indonesian to foreign governments, so it has no
 * triangles; these projections link governments on the same side instead.
 *
 * - INDONESIAN_BY_SHARED_PARTNER: nodes are the Indonesian governments of the
 *   network; two are linked when they share at least one foreign partner. Edge
 *   weight `sharedPartners` = number of foreign partners they share (networkx
 *   `bipartite.weighted_projected_graph`, ratio=False).
 * - INDONESIAN_BY_SHARED_COUNTRY: nodes as above; linked when they have partners
 *   in at least one common foreign country. Edge weight `sharedCountries` =
 *   number of such countries.
 * - FOREIGN_BY_SHARED_PARTNER: nodes are the foreign governments; linked when they
 *   share an Indonesian partner. Edge weight `sharedPartners` = number of shared
 *   Indonesian partners.
 *
 * Every node of the side is kept, so a government with no shared partner is an
 * isolate (clustering 0). Edges of the raw network between two governments on
 * the same side (a domestic or a foreign-foreign tie) are not counted as shared
 * partners. The weights are informative; clustering runs unweighted.
 */
import type { UndirectedGraph } from 'graphology';
import { emptyNetwork } from './projection';
import type { GovernmentGraph, NetworkNodeAttributes, ProjectionEdgeAttributes } from './types';

export const ONE_MODE_PROJECTIONS = [
  'INDONESIAN_BY_SHARED_PARTNER',
  'INDONESIAN_BY_SHARED_COUNTRY',
  'FOREIGN_BY_SHARED_PARTNER',
] as const;
export type OneModeProjection = (typeof ONE_MODE_PROJECTIONS)[number];

export type ProjectionGraph = UndirectedGraph<NetworkNodeAttributes, ProjectionEdgeAttributes>;

/**
 * Project the two-mode `network` onto one side (see the module comment).
 * Nodes are inserted in id order; edges in (source, target) order.
 */
export function projectOneMode(network: GovernmentGraph, projection: OneModeProjection): ProjectionGraph {
  const indonesianSide = projection !== 'FOREIGN_BY_SHARED_PARTNER';
  const side = network.filterNodes((_, a) => a.isIndonesian === indonesianSide).sort();
  const out = emptyNetwork<ProjectionEdgeAttributes>();
  for (const id of side) out.addNode(id, { ...network.getNodeAttributes(id) });

  // For each node of the side, the set of "things" it can share: partner ids or partner countries.
  const shared = new Map<string, Set<string>>();
  for (const id of side) {
    const items = new Set<string>();
    network.forEachNeighbor(id, (nb, a) => {
      if (a.isIndonesian === indonesianSide) return;
      items.add(projection === 'INDONESIAN_BY_SHARED_COUNTRY' ? a.countryCode : nb);
    });
    shared.set(id, items);
  }
  // Invert: item -> members, then count co-memberships per pair.
  const members = new Map<string, string[]>();
  for (const id of side) for (const item of shared.get(id)!) {
    const list = members.get(item);
    if (list) list.push(id);
    else members.set(item, [id]);
  }
  const counts = new Map<string, number>();
  for (const list of members.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const key = list[i] < list[j] ? `${list[i]}\u0000${list[j]}` : `${list[j]}\u0000${list[i]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  }
  const attribute = projection === 'INDONESIAN_BY_SHARED_COUNTRY' ? 'sharedCountries' : 'sharedPartners';
  for (const key of [...counts.keys()].sort()) {
    const [a, b] = key.split('\u0000');
    out.addEdge(a, b, { [attribute]: counts.get(key)! });
  }
  return out;
}
