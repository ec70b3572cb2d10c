/**
 * Scope WORLD through the API on every store: the shipped seed plus its world layer,
 * analyses at world scope, catalogue queries unchanged, the sourced row winning over
 * a world tie, and LOW world ties counted whatever minConfidence says.
 */
import path from 'node:path';
import { AnalysisService, type SnapshotSource } from '../../src/analysis/analysis-service';
import { SnapshotCache } from '../../src/analysis/snapshot-cache';
import type { KotaKembarServer } from '../../src/http/server';
import { loadSeed, loadWorldLayer } from '../../src/seed/load';
import type { Store } from '../../src/store/store';
import { runQuery, serverFor } from '../support/graphql';
import { acquireNeo4jLock, storeFactories, type StoreFactory } from '../support/stores';

const SEED = path.join(__dirname, '..', '..', 'seed');

describe.each(storeFactories())('scope WORLD on the %s store', (kind: string, create: StoreFactory) => {
  let store: Store;
  let server: KotaKembarServer;
  let release: () => Promise<void> = async () => undefined;
  let governmentsBefore = 0;
  const q = (query: string, variables?: Record<string, unknown>) => runQuery(server, store, query, variables);

  beforeAll(async () => {
    if (kind === 'neo4j') release = await acquireNeo4jLock();
    store = await create();
    await loadSeed(store, SEED);
    server = await serverFor(store);
    const before = await q('{ governments(first: 1) { totalCount } }');
    governmentsBefore = before.data!.governments.totalCount;
    const world = await loadWorldLayer(store, SEED);
    expect(world!.ties).toBeGreaterThan(25_000);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await store?.close();
    await release();
  });

  it('reads the world layer back as it was written', async () => {
    const layer = await store.worldLayer();
    expect(layer.places.length).toBeGreaterThan(17_000);
    const tie = layer.ties.find((t) => t.id === 'w-de-berlin--w-id-jakarta')!;
    expect(tie.pages.every((u) => u.startsWith('https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_'))).toBe(true);
    expect(layer.places.find((p) => p.id === 'w-id-jakarta')!.governmentId).toBe('id-prov-dki-jakarta');
  });

  it('reads what analysis needs at scope WORLD as the layer and the snapshot hold it', async () => {
    const layer = await store.worldLayer();
    const snapshot = await store.snapshot();
    const pairs = layer.ties.map((t) => ({ id: t.id, a: t.a, b: t.b }));
    // The Neo4j store reads the snapshot and the world network in one statement; the embedded store has no such read.
    const both = 'worldSnapshot' in store ? await (store as unknown as Required<SnapshotSource>).worldSnapshot() : null;
    if (kind === 'neo4j') expect(both).not.toBeNull();
    if (both) {
      expect(both.snapshot).toEqual(snapshot);
      expect(both.layer).toEqual({ places: layer.places, ties: pairs });
      expect(await (store as unknown as Required<SnapshotSource>).worldNetwork()).toEqual(both.layer);
    }
    // Through the snapshot cache, as the services read it: the same snapshot, the same pairs, on every store.
    const cache = new SnapshotCache(store);
    const world = await cache.world(snapshot.dataVersion);
    expect(world.snapshot).toEqual(snapshot);
    expect(world.layer.places).toEqual(layer.places);
    expect(world.layer.ties.map((t) => ({ id: t.id, a: t.a, b: t.b }))).toEqual(pairs);
    expect(await cache.at(snapshot.dataVersion)).toBe(world.snapshot);
    expect(cache.reads).toBe(1);
  });

  it('refuses, whole, a world layer whose tie is not named by its sorted place ids', async () => {
    const layer = await store.worldLayer();
    const before = await store.dataVersion();
    const [first, ...rest] = layer.ties;
    for (const bad of [
      { ...first!, id: `${first!.id}-x` },
      { ...first!, a: first!.b, b: first!.a, id: `${first!.b}--${first!.a}` },
    ]) {
      await expect(store.importWorldLayer({ places: layer.places, ties: [bad, ...rest] })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    expect(await store.dataVersion()).toBe(before);
    expect((await store.worldLayer()).ties).toHaveLength(layer.ties.length);
  });

  it('keeps catalogue queries to the dataset: governments and search do not list world places', async () => {
    const after = await q('{ governments(first: 1) { totalCount } search(text: "Grenoble", first: 5) { totalCount } }');
    expect(after.errors).toBeUndefined();
    expect(after.data!.governments.totalCount).toBe(governmentsBefore);
    expect(after.data!.search.totalCount).toBe(0);
  });

  it('ranks Indonesian governments among the world’s with onlyIndonesian', async () => {
    const res = await q(`{
      world: centrality(measure: DEGREE, filter: { scope: WORLD }, onlyIndonesian: true, first: 5) { rank score node { id isIndonesian layer } }
      all: centrality(measure: DEGREE, filter: { scope: WORLD }, first: 3) { node { id layer } }
      net: network(filter: { scope: WORLD }) { nodeCount edgeCount }
      basis: analysisBasis(filter: { scope: WORLD }) { scope minConfidence worldTiesCounted }
      homeBasis: analysisBasis { scope worldTiesCounted }
      home: network { nodeCount }
    }`);
    expect(res.errors).toBeUndefined();
    const world = res.data!.world;
    expect(world).toHaveLength(5);
    for (const r of world) expect(r.node).toMatchObject({ isIndonesian: true, layer: 'DATASET' });
    expect(res.data!.net.nodeCount).toBeGreaterThan(17_000);
    expect(res.data!.net.nodeCount).toBeGreaterThan(res.data!.home.nodeCount);
    expect(res.data!.all.some((r: any) => r.node.layer === 'WORLD')).toBe(true);
    // The basis says the scope counted the world layer's LOW ties, though minConfidence stays MEDIUM.
    expect(res.data!.basis).toMatchObject({ scope: 'WORLD', minConfidence: 'MEDIUM' });
    expect(res.data!.basis.worldTiesCounted).toBeGreaterThan(25_000);
    expect(res.data!.homeBasis).toEqual({ scope: 'INDONESIA', worldTiesCounted: 0 });
  });

  it('answers shortestPath, egoNetwork, components and communities at world scope', async () => {
    const res = await q(`{
      home: shortestPath(from: "id-kota-surabaya", to: "id-prov-dki-jakarta") { length }
      world: shortestPath(from: "id-kota-surabaya", to: "id-prov-dki-jakarta", filter: { scope: WORLD }) { length nodes { id layer } }
      ego: egoNetwork(id: "id-kota-bandung", radius: 2, filter: { scope: WORLD }) { members { distance node { id layer } } }
      components(filter: { scope: WORLD }) { size }
      communities(filter: { scope: WORLD }) { modularity }
    }`);
    expect(res.errors).toBeUndefined();
    const world = res.data!.world.nodes;
    expect(world[0].id).toBe('id-kota-surabaya');
    expect(world[world.length - 1].id).toBe('id-prov-dki-jakarta');
    // Through the world's ties the two are connected, and never farther apart than in Indonesia's network alone.
    if (res.data!.home) expect(res.data!.world.length).toBeLessThanOrEqual(res.data!.home.length);
    expect(res.data!.ego.members.some((m: any) => m.node.layer === 'WORLD')).toBe(true);
    expect(res.data!.components[0].size).toBeGreaterThan(14_000);
    expect(res.data!.communities.modularity).toBeGreaterThan(0.5);
  });

  it('counts world ties at WORLD scope whatever minConfidence says, and lets the sourced row win', async () => {
    const analysis = new AnalysisService(store);
    const graph = await analysis.graph({ scope: 'WORLD', minConfidence: 'HIGH' });
    // Bandung–Suwon is sourced and in the world list: one edge, from the sourced row, no world tie.
    const sourced = await analysis.graph({ scope: 'WORLD' });
    const edge = sourced.getEdgeAttributes(sourced.edge('id-kota-bandung', 'kr-suwon')!);
    expect(edge.partnershipIds.length).toBeGreaterThan(0);
    expect(edge.worldTieIds).toBeUndefined();
    // With minConfidence HIGH a world tie of an Indonesian government to a place outside the dataset is still counted.
    const layer = await store.worldLayer();
    const governmentOf = new Map(layer.places.map((p) => [p.id, p.governmentId]));
    const tie = layer.ties.find(
      (t) => (governmentOf.get(t.a)?.startsWith('id-') && governmentOf.get(t.b) === null) || (governmentOf.get(t.b)?.startsWith('id-') && governmentOf.get(t.a) === null),
    )!;
    const [indonesian, other] = governmentOf.get(tie.a) ? [governmentOf.get(tie.a)!, tie.b] : [governmentOf.get(tie.b)!, tie.a];
    expect(graph.getEdgeAttributes(graph.edge(indonesian, other)!).worldTieIds).toContain(tie.id);
    expect(graph.getNodeAttribute(other, 'layer')).toBe('WORLD');
  });
});
