/**
 * The world network exported: GEXF (Gephi) and GraphML read back with networkx, with
 * the world places marked (layer WORLD) and the world ties listed on their edges.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../src/app/services';
import { toGexf } from '../../src/export/gexf';
import { toGraphml } from '../../src/export/graphml';
import { loadSeed, loadWorldLayer } from '../../src/seed/load';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { REPO_ROOT } from '../support/neo4j-env';
import { networkxPython } from '../support/python';

const SEED = path.join(REPO_ROOT, 'seed');
const python = networkxPython();
const withPython = python ? describe : describe.skip;

withPython('the world network read back with networkx', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kk-world-export-'));
  let graph: Awaited<ReturnType<ReturnType<typeof createServices>['exports']['exportGraph']>>;
  let services: ReturnType<typeof createServices>;

  beforeAll(async () => {
    const store = new EmbeddedStore({ file: path.join(tmp, 'snapshot.json') });
    await store.init();
    await loadSeed(store, SEED);
    await loadWorldLayer(store, SEED);
    // Geographic layout: the world places' own coordinates (a force layout of 17,000 nodes is the explorer's job).
    services = createServices(store);
    graph = await services.exports.exportGraph({ scope: 'WORLD' }, 'geo');
  }, 300_000);

  const readBack = (kind: 'gexf' | 'graphml', text: string): any => {
    const file = path.join(tmp, `world.${kind}`);
    writeFileSync(file, text);
    return JSON.parse(execFileSync(python!, [path.join(REPO_ROOT, 'test', 'fixtures', 'read_network.py'), kind, file], { encoding: 'utf8', maxBuffer: 1 << 30 }));
  };

  it.each(['gexf', 'graphml'] as const)('%s: every node and edge, world places marked, world ties on their edges', (kind) => {
    const read = readBack(kind, kind === 'gexf' ? toGexf(graph) : toGraphml(graph));
    expect(Object.keys(read.nodes)).toHaveLength(graph.order);
    expect(read.edges).toHaveLength(graph.size);
    expect(graph.order).toBeGreaterThan(17_000);
    const grenoble = read.nodes['w-fr-grenoble'];
    expect(grenoble.layer).toBe('WORLD');
    expect(read.nodes['id-kota-bandung'].layer).toBe('DATASET');
    const worldEdge = read.edges.find(([u, v]: [string, string]) => [u, v].includes('w-fr-grenoble'));
    expect(worldEdge[2].worldTieIds).toMatch(/w-fr-grenoble/);
    expect(worldEdge[2].confidence).toBe('LOW');
  });

  it('focus=indonesia: the Indonesian places and their direct partners, scored on the whole world network', async () => {
    const around = await services.exports.exportGraph({ scope: 'WORLD' }, 'force', 'indonesia');
    const indonesian = graph.filterNodes((_id, a) => a.isIndonesian);
    const expected = new Set(indonesian);
    for (const id of indonesian) for (const n of graph.neighbors(id)) expected.add(n);
    expect(new Set(around.nodes())).toEqual(expected);
    expect(around.order).toBeLessThan(graph.order / 10);
    expect(around.size).toBe(graph.filterEdges((_e, _a, s, t) => expected.has(s) && expected.has(t)).length);
    // Scores, communities and sizes are the whole network's, not the part's.
    for (const id of ['id-kota-bandung', 'id-kota-surabaya']) {
      for (const key of ['degree', 'betweenness', 'pagerank', 'community', 'size'] as const) expect(around.getNodeAttribute(id, key)).toBe(graph.getNodeAttribute(id, key));
    }
    expect(around.getAttribute('networkNodes')).toBe(graph.order);
    expect(around.getAttribute('shown')).toMatch(new RegExp(`^${around.order.toLocaleString('en-US')} of ${graph.order.toLocaleString('en-US')} nodes: the Indonesian`));
    expect(graph.getAttribute('shown')).toBe(`All ${graph.order.toLocaleString('en-US')} nodes of the network.`);
    // A force layout of the part: every node placed, not piled at the origin.
    const xs = new Set(around.mapNodes((_id, a) => `${a.x},${a.y}`));
    expect(xs.size).toBe(around.order);
  }, 300_000);
});
