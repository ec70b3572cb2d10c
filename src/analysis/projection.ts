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
 * - Scope WORLD adds the world layer's ties (`world`, see filter.ts and world-scope.ts):
 *   a matched world place is its government's node, an unmatched one a node of its own
 *   (attribute `layer: 'WORLD'`); a world edge has `strength` = number of world ties on
 *   the pair, no types, years or partnership ids, and `worldTieIds`. The snapshot must
 *   already hold the unmatched places as governments (withWorldPlaces).
 *
 * The result is a graphology UndirectedGraph with no self loops or parallel edges
 * (`multi: false`, `allowSelfLoops: false`), so it matches a networkx `Graph`.
 */
import { UndirectedGraph } from 'graphology';
import type { Government, Snapshot } from '../domain/model';
import type { WorldNetwork } from '../domain/world';
import { BadInputError } from '../domain/errors';
import { nextTurn } from './cancellation';
import { checkFilter, normalizeFilter, partnershipMatcher, type NetworkFilter } from './filter';
import type { NetworkNodeAttributes, PartnerGraph, PartnershipEdgeAttributes } from './types';

/** Node attributes for a government. */
export function toNodeAttributes(g: Government, worldPlace = false): NetworkNodeAttributes {
  const a: NetworkNodeAttributes = { name: g.name, level: g.level, countryCode: g.countryCode, parentId: g.parentId, isIndonesian: g.countryCode === 'ID' };
  if (worldPlace) a.layer = 'WORLD';
  return a;
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
export function projectNetwork(snapshot: Snapshot, filter: NetworkFilter | null | undefined = {}, world?: WorldNetwork | null): PartnerGraph {
  const steps = projectionSteps(snapshot, filter, world);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same network as projectNetwork, built in slices of SLICE partnerships, ties, nodes or edges with a turn of
 * the event loop between them, so a server building a world-scope network (about 0.2 s of work for
 * 18,000 places) keeps answering other requests meanwhile. Stops between slices once `signal` aborts.
 */
export async function projectNetworkInSlices(
  snapshot: Snapshot,
  filter: NetworkFilter | null | undefined,
  world: WorldNetwork | null | undefined,
  signal?: AbortSignal,
): Promise<PartnerGraph> {
  const steps = projectionSteps(snapshot, filter, world);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn(signal);
  }
}

/** Items (partnerships, ties, nodes or edges) handled between two turns of the event loop. */
const SLICE = 1000;

function* projectionSteps(snapshot: Snapshot, filter: NetworkFilter | null | undefined, world: WorldNetwork | null | undefined): Generator<void, PartnerGraph, void> {
  const normalized = normalizeFilter(filter);
  checkFilter(snapshot, normalized);
  if (normalized.scope === 'WORLD' && !world)
    throw new BadInputError('Scope WORLD needs the world layer, which this store has not loaded; an operator loads it with "npm run seed" (see seed/world/NOTES.md).');
  const matches = partnershipMatcher(snapshot, normalized);
  const byId = new Map(snapshot.governments.map((g) => [g.id, g]));

  const pairs = new Map<string, { a: string; b: string; attrs: PartnershipEdgeAttributes }>();
  const nodeIds = new Set<string>();
  let n = 0;
  for (const p of snapshot.partnerships) {
    if (++n % SLICE === 0) yield;
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

  const worldIds = new Set<string>();
  if (normalized.scope === 'WORLD' && world) yield* addWorldTies(world, normalized, byId, pairs, nodeIds, worldIds, snapshot);

  const graph = emptyNetwork();
  for (const id of [...nodeIds].sort()) {
    if (++n % SLICE === 0) yield;
    graph.addNode(id, toNodeAttributes(byId.get(id)!, worldIds.has(id)));
  }
  const sortedPairs = [...pairs.values()].sort((x, y) => (x.a === y.a ? cmp(x.b, y.b) : cmp(x.a, y.a)));
  for (const { a, b, attrs } of sortedPairs) {
    if (++n % SLICE === 0) yield;
    attrs.types.sort();
    attrs.years.sort((x, y) => x - y);
    attrs.partnershipIds.sort();
    graph.addEdge(a, b, attrs);
  }
  return graph;
}

type Pairs = Map<string, { a: string; b: string; attrs: PartnershipEdgeAttributes }>;

/** Add the world ties `filter` keeps (filter.ts) to `pairs`; world-only nodes go to `worldIds`. Yields every SLICE ties. */
function* addWorldTies(
  world: WorldNetwork,
  filter: NetworkFilter,
  byId: Map<string, Government>,
  pairs: Pairs,
  nodeIds: Set<string>,
  worldIds: Set<string>,
  snapshot: Snapshot,
): Generator<void, void, void> {
  if (((filter.asOf != null || filter.signedFrom != null) && filter.undated !== 'INCLUDE') || filter.agreementTypes || filter.fields) return;
  if (filter.statuses && !filter.statuses.includes('UNKNOWN')) return;
  const countries = filter.countries ? new Set(filter.countries) : null;
  const levels = filter.indonesianLevels ? new Set<string>(filter.indonesianLevels) : null;
  const provinces = filter.provinces ? new Set(filter.provinces) : null;
  // Pairs with any sourced partnership, filtered or not: the sourced row wins.
  const sourced = new Set<string>();
  for (const p of snapshot.partnerships) {
    const ids = [...new Set(p.partyIds)].sort();
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) sourced.add(`${ids[i]}\u0000${ids[j]}`);
  }
  const nodeOf = new Map(world.places.map((p) => [p.id, p.governmentId ?? p.id]));
  const worldOnly = new Set(world.places.filter((p) => p.governmentId === null).map((p) => p.id));
  let n = 0;
  for (const t of world.ties) {
    if (++n % SLICE === 0) yield;
    const x = nodeOf.get(t.a);
    const y = nodeOf.get(t.b);
    if (!x || !y || x === y) continue;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    if (sourced.has(key)) continue;
    const ga = byId.get(a);
    const gb = byId.get(b);
    if (!ga || !gb) continue;
    const parties = [ga, gb];
    if (countries && !parties.some((g) => countries.has(g.countryCode))) continue;
    if (levels && !parties.some((g) => g.countryCode === 'ID' && !worldOnly.has(g.id) && levels.has(g.level))) continue;
    if (provinces && !parties.some((g) => provinces.has(g.id) || (g.parentId !== null && provinces.has(g.parentId)))) continue;
    let pair = pairs.get(key);
    if (!pair) {
      pair = { a, b, attrs: { strength: 0, types: [], years: [], partnershipIds: [] } };
      pairs.set(key, pair);
    }
    pair.attrs.strength += 1;
    (pair.attrs.worldTieIds ??= []).push(t.id);
    for (const id of [a, b]) {
      nodeIds.add(id);
      if (worldOnly.has(id)) worldIds.add(id);
    }
  }
  for (const pair of pairs.values()) pair.attrs.worldTieIds?.sort();
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
