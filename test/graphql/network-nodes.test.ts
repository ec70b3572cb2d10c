/**
 * The typed `network` nodes carry what a drawing needs, so a frontend needs no untyped
 * JSON: coordinates, the layout position the exports use, the province, and the partner
 * counts of the filtered network. On every store.
 */
import { smallDataset } from '../fixtures/small-dataset';
import { runQuery } from '../support/graphql';
import { useSmallStore } from '../support/served-store';
import { storeFactories, type StoreFactory } from '../support/stores';

const QUERY = `{ network(filter: { minConfidence: LOW }) {
  nodes { id lat lon x y province { id name } partnerCount partnershipCount }
  edges { source target strength }
} }`;

describe.each(storeFactories())('network nodes on the %s store', (kind: string, create: StoreFactory) => {
  const small = useSmallStore(kind, create);

  it('gives coordinates, layout positions, province and partner counts', async () => {
    const result = await runQuery(small.server, small.store, QUERY);
    expect(result.errors).toBeUndefined();
    const { nodes, edges } = (result.data as any).network;
    const dataset = smallDataset();
    const byId = new Map(dataset.governments.map((g) => [g.id, g]));
    expect(nodes.length).toBeGreaterThan(3);
    for (const n of nodes) {
      const g = byId.get(n.id)!;
      expect([n.lat, n.lon]).toEqual([g.lat, g.lon]);
      const touching = edges.filter((e: any) => e.source === n.id || e.target === n.id);
      expect(n.partnerCount).toBe(touching.length);
      expect(n.partnershipCount).toBe(touching.reduce((sum: number, e: any) => sum + e.strength, 0));
      expect(typeof n.x).toBe('number');
      expect(typeof n.y).toBe('number');
      if (g.countryCode !== 'ID') expect(n.province).toBeNull();
      else if (g.level === 'PROVINCE') expect(n.province).toEqual({ id: g.id, name: g.name });
      else if (g.parentId) expect(n.province).toEqual({ id: g.parentId, name: byId.get(g.parentId)!.name });
    }
    expect(nodes.some((n: any) => n.province && n.province.id !== n.id)).toBe(true);
  });

  it('draws each government where the exports draw it', async () => {
    const nodes = ((await runQuery(small.server, small.store, QUERY)).data as any).network.nodes as Array<{ id: string; x: number; y: number }>;
    const url = await small.server.listen(0, '127.0.0.1');
    const exported = (await (await fetch(`${url}/export/network.json?minConfidence=low`)).json()) as {
      nodes: Array<{ key: string; attributes: { x: number; y: number } }>;
    };
    const at = new Map(exported.nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]]));
    expect(nodes.map((n) => [n.id, n.x, n.y])).toEqual(nodes.map((n) => [n.id, ...at.get(n.id)!]));
  });
});
