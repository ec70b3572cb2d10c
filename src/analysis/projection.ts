/**
 * projectNetwork: the two-mode partnership network of a snapshot under a filter.
 *
 * - Nodes: governments that are party to at least one matching partnership,
 *   inserted in id order so every algorithm that depends on order is repeatable.
 * - Edges: one undirected edge per pair of governments sharing at least one
 *   matching partnership, with `strength` = number of such partnerships, the
 *   agreement `types` and signing `years` between them.
 * - A partnership with more than two parties (a multilateral agreement) links
 *   every pair of its parties: it contributes a clique, and 1 to the strength of
 *   each of those pairs.
 * - Containment (a city `IN` its province) is context and never an edge.
 *
 * The result is a graphology UndirectedGraph with no self loops or parallel edges
 * (`multi: false`, `allowSelfLoops: false`), so it matches a networkx `Graph`.
 */
import { UndirectedGraph } from 'graphology';
import type { Government, Snapshot } from '../domain/model';
import { checkFilter, normalizeFilter, partnershipMatcher, type NetworkFilter } from './filter';
import type { NetworkNodeAttributes, PartnerGraph, PartnershipEdgeAttributes } from './types';

/** Node attributes for a government. */
export function toNodeAttributes(g: Government): NetworkNodeAttributes {
  return { name: g.name, level: g.level, countryCode: g.countryCode, parentId: g.parentId, isIndonesian: g.countryCode === 'ID' };
}

/** An empty graph with the options every projection uses. */
export function emptyNetwork<E extends object = PartnershipEdgeAttributes>(): UndirectedGraph<NetworkNodeAttributes, E> {
  return new UndirectedGraph<NetworkNodeAttributes, E>({ multi: false, allowSelfLoops: false });
}

/**
 * Build the partnership network for `filter` (see the module comment).
 * Partnerships naming a party that is not in the snapshot are skipped for that party.
 * @throws BadInputError when the filter names an unknown country, province or field.
 */
export function projectNetwork(snapshot: Snapshot, filter: NetworkFilter | null | undefined = {}): PartnerGraph {
  const normalized = normalizeFilter(filter);
  checkFilter(snapshot, normalized);
  const matches = partnershipMatcher(snapshot, normalized);
  const byId = new Map(snapshot.governments.map((g) => [g.id, g]));

  const pairs = new Map<string, { a: string; b: string; attrs: PartnershipEdgeAttributes }>();
  const nodeIds = new Set<string>();
  for (const p of snapshot.partnerships) {
    if (!matches(p)) continue;
    const parties = [...new Set(p.partyIds.filter((id) => byId.has(id)))].sort();
    if (parties.length < 2) continue;
    for (const id of parties) nodeIds.add(id);
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const key = `${parties[i]}\u0000${parties[j]}`;
        let pair = pairs.get(key);
        if (!pair) {
          pair = { a: parties[i], b: parties[j], attrs: { strength: 0, types: [], years: [], partnershipIds: [] } };
          pairs.set(key, pair);
        }
        pair.attrs.strength += 1;
        if (!pair.attrs.types.includes(p.type)) pair.attrs.types.push(p.type);
        if (p.signedYear !== null && !pair.attrs.years.includes(p.signedYear)) pair.attrs.years.push(p.signedYear);
        pair.attrs.partnershipIds.push(p.id);
      }
    }
  }

  const graph = emptyNetwork();
  for (const id of [...nodeIds].sort()) graph.addNode(id, toNodeAttributes(byId.get(id)!));
  const sortedPairs = [...pairs.values()].sort((x, y) => (x.a === y.a ? cmp(x.b, y.b) : cmp(x.a, y.a)));
  for (const { a, b, attrs } of sortedPairs) {
    attrs.types.sort();
    attrs.years.sort((x, y) => x - y);
    attrs.partnershipIds.sort();
    graph.addEdge(a, b, attrs);
  }
  return graph;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
