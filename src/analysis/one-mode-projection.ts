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

  // Number the side's nodes and the "things" they can share (partner ids or partner countries).
  const sideIndex = new Map<string, number>();
  side.forEach((id, i) => sideIndex.set(id, i));
  const itemIndex = new Map<string, number>();
  const itemsOf: number[][] = side.map(() => []);
  side.forEach((id, i) => {
    const items = itemsOf[i];
    network.forEachNeighbor(id, (nb, a) => {
      if (a.isIndonesian === indonesianSide) return;
      const key = projection === 'INDONESIAN_BY_SHARED_COUNTRY' ? a.countryCode : nb;
      let item = itemIndex.get(key);
      if (item === undefined) itemIndex.set(key, (item = itemIndex.size));
      if (!items.includes(item)) items.push(item);
    });
  });
  // Invert (item -> members, in side order), then count co-memberships per pair with a
  // dense counter per node: O(sum of squared item sizes), integers only.
  const members: number[][] = Array.from({ length: itemIndex.size }, () => []);
  itemsOf.forEach((items, i) => {
    for (const item of items) members[item].push(i);
  });
  const count = new Int32Array(side.length);
  const touched = new Int32Array(side.length);
  const attribute = projection === 'INDONESIAN_BY_SHARED_COUNTRY' ? 'sharedCountries' : 'sharedPartners';
  for (let i = 0; i < side.length; i++) {
    let touchedCount = 0;
    for (const item of itemsOf[i]) {
      for (const j of members[item]) {
        if (j <= i) continue;
        if (count[j]++ === 0) touched[touchedCount++] = j;
      }
    }
    // Edges in (source, target) order: ids are sorted, so index order is id order.
    touched.subarray(0, touchedCount).sort();
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t];
      out.addUndirectedEdge(side[i], side[j], { [attribute]: count[j] });
      count[j] = 0;
    }
  }
  return out;
}
