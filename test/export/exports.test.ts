/**
 * The network exports over real HTTP on the seeded embedded store: each format
 * opens in the tool it is for (graphology, networkx, a CSV parser, Cytoscape.js's
 * shape), filters apply, bad parameters are 400s.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import Graph from 'graphology';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { ATTRIBUTION_TEXT, DATASET_LICENSE } from '../../src/domain/attribution';
import { loadSeed } from '../../src/seed/load';
import { seedRelease } from '../../src/seed/release';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { runQuery, silentLogger } from '../support/graphql';
import { REPO_ROOT } from '../support/neo4j-env';
import { networkxPython } from '../support/python';

let server: KotaKembarServer;
let store: EmbeddedStore;
let url: string;
let reference: any; // the JSON export, unfiltered
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kk-export-'));
const python = networkxPython();

beforeAll(async () => {
  store = new EmbeddedStore({ file: path.join(tmp, 'db.json') });
  await store.init();
  await loadSeed(store as any, path.join(REPO_ROOT, 'seed'));
  server = await createServer({ store: store as any, logger: silentLogger });
  url = await server.listen(0, '127.0.0.1');
  reference = await (await fetch(`${url}/export/network.json`)).json();
});
afterAll(() => server?.stop());

const get = (p: string) => fetch(`${url}${p}`);

/** Files of a ZIP archive (local headers only; enough for archives we write). */
function unzip(buf: Buffer): Record<string, string> {
  const files: Record<string, string> = {};
  let at = 0;
  while (buf.readUInt32LE(at) === 0x04034b50) {
    const size = buf.readUInt32LE(at + 18);
    const nameLength = buf.readUInt16LE(at + 26);
    const extraLength = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extraLength;
    files[name] = inflateRawSync(buf.subarray(start, start + size)).toString('utf8');
    at = start + size;
  }
  return files;
}

describe('provenance and confidence in every export', () => {
  it('carries the seed release, the generation time, the licence and the attribution as graph attributes', async () => {
    const { stamp } = await seedRelease(path.join(REPO_ROOT, 'seed'));
    expect(reference.attributes).toMatchObject({ release: stamp.id, license: DATASET_LICENSE, attribution: ATTRIBUTION_TEXT });
    expect(Date.parse(reference.attributes.generatedAt)).not.toBeNaN();
    expect(reference.attributes.basis).toMatch(/^release .+; minConfidence MEDIUM; .* partnerships counted; left out: \d+ LOW_CONFIDENCE/);
  });

  it('names the release in GEXF meta and GraphML graph data, and in a header for the plain CSVs', async () => {
    const gexf = await (await get('/export/network.gexf')).text();
    expect(gexf).toContain(`<release>${reference.attributes.release}</release>`);
    expect(gexf).toMatch(/<attribution>Kota Kembar dataset: /);
    const graphml = await (await get('/export/network.graphml')).text();
    expect(graphml).toMatch(/<key id="g_release" for="graph" attr.name="release" attr.type="string"\/>/);
    expect(graphml).toContain(`<data key="g_release">${reference.attributes.release}</data>`);
    expect(graphml).toMatch(/<data key="g_license">Open Database License/);
    const nodes = await get('/export/nodes.csv');
    expect(nodes.headers.get('x-dataset-release')).toBe(reference.attributes.release);
    const cy: any = await (await get('/export/network.cyjs')).json();
    expect(cy.data).toMatchObject({ release: reference.attributes.release, license: DATASET_LICENSE });
  });

  it('gives every tie a confidence and statuses; no LOW tie by default, LOW ties with minConfidence=low', async () => {
    expect(reference.edges.every((e: any) => ['MEDIUM', 'HIGH'].includes(e.attributes.confidence) && e.attributes.statuses.length > 0)).toBe(true);
    const all: any = await (await get('/export/network.json?minConfidence=low')).json();
    expect(all.edges.length).toBeGreaterThan(reference.edges.length);
    expect(all.edges.some((e: any) => e.attributes.confidence === 'LOW')).toBe(true);
    expect(all.attributes.basis).toMatch(/minConfidence LOW/);
    const edgesCsv: any[] = parse(await (await get('/export/edges.csv')).text(), { columns: true, bom: true });
    expect(edgesCsv[0]).toHaveProperty('confidence');
    expect(edgesCsv[0]).toHaveProperty('statuses');
  });
});

describe('GET /export/network.json', () => {
  it('rebuilds with Graph.from into an identical undirected simple graph', async () => {
    const graph = Graph.from(reference);
    expect(graph.type).toBe('undirected');
    expect(graph.multi).toBe(false);
    expect(graph.order).toBeGreaterThan(100);
    expect(graph.export()).toEqual(reference);
  });

  it('has the same nodes and edges as the GraphQL network query', async () => {
    const { data } = await runQuery(server, store as any, '{ network { nodeCount edgeCount nodes { id } } }');
    expect(reference.nodes).toHaveLength(data!.network.nodeCount);
    expect(reference.edges).toHaveLength(data!.network.edgeCount);
    expect(reference.nodes.map((n: any) => n.key)).toEqual(data!.network.nodes.map((n: any) => n.id));
  });

  it('carries node and edge attributes: names, places, scores, community, layout; types, years, strength, sources', () => {
    const bandung = reference.nodes.find((n: any) => n.key === 'id-kota-bandung').attributes;
    expect(bandung).toMatchObject({ name: expect.stringMatching(/Bandung/), level: 'CITY', countryCode: 'ID', country: 'Indonesia', provinceId: 'id-prov-jawa-barat', isIndonesian: true });
    for (const key of ['lat', 'lon', 'degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector', 'x', 'y', 'size'])
      expect(typeof bandung[key]).toBe('number');
    expect(Number.isInteger(bandung.community)).toBe(true);
    expect(bandung.color).toMatch(/^#[0-9a-f]{6}$/);
    const pageRankSum = reference.nodes.reduce((s: number, n: any) => s + n.attributes.pagerank, 0);
    expect(pageRankSum).toBeCloseTo(1, 6);
    const edge = reference.edges.find((e: any) => [e.source, e.target].sort().join() === 'id-kota-bandung,kr-seoul').attributes;
    expect(edge.strength).toBeGreaterThanOrEqual(1);
    expect(edge.types.length).toBeGreaterThan(0);
    expect(edge.sourceCount).toBeGreaterThanOrEqual(1);
    expect(edge.partnershipIds.length).toBe(edge.strength);
  });

  it('lays the network out the same way every time (seeded ForceAtlas2)', async () => {
    const again: any = await (await get('/export/network.json?statuses=ACTIVE,DORMANT,ENDED,UNKNOWN')).json();
    expect(again.nodes.map((n: any) => [n.attributes.x, n.attributes.y])).toEqual(reference.nodes.map((n: any) => [n.attributes.x, n.attributes.y]));
  });

  it('applies the filter from the query string, with a file name saying so', async () => {
    const res = await get('/export/network.json?asOf=2000&agreementTypes=sister_city');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="kota-kembar-network-v\d+-as-of-2000\.json"$/);
    const filtered: any = await res.json();
    expect(filtered.nodes.length).toBeGreaterThan(0);
    expect(filtered.nodes.length).toBeLessThan(reference.nodes.length);
    expect(JSON.parse(filtered.attributes.filter)).toEqual({ asOf: 2000, agreementTypes: ['SISTER_CITY'], minConfidence: 'MEDIUM', undated: 'EXCLUDE' });
    for (const e of filtered.edges) expect(e.attributes.types).toEqual(['SISTER_CITY']);
  });

  it('places nodes at longitude/latitude with layout=geo', async () => {
    const geo: any = await (await get('/export/network.json?layout=geo')).json();
    expect(geo.nodes).toHaveLength(reference.nodes.length);
    for (const n of geo.nodes) expect([n.attributes.x, n.attributes.y]).toEqual([n.attributes.lon ?? 0, n.attributes.lat ?? 0]);
  });

  it('focus=indonesia on the Indonesian network keeps every node (each is Indonesian or a partner of one)', async () => {
    const res = await get('/export/network.json?focus=indonesia');
    const around: any = await res.json();
    expect(around.nodes.map((n: any) => n.key).sort()).toEqual(reference.nodes.map((n: any) => n.key).sort());
    expect(around.attributes.shown).toMatch(/^\d+ of \d+ nodes: the Indonesian/);
  });

  it.each([
    ['layout=circle', /"circle"/],
    ['focus=java', /"java".*all, indonesia/],
    ['asOf=20x0', /"asOf"/],
    ['agreementTypes=TWINNING', /"TWINNING"/],
    ['countries=ZZ', /"ZZ"/],
    ['countries=JPN', /"JPN"/],
    ['provinces=id-prov-atlantis', /id-prov-atlantis/],
    ['minConfidence=SURE', /"SURE"/],
    ['asof=2000', /"asof"/],
  ])('answers 400 BAD_USER_INPUT for %s', async (query, message) => {
    const res = await get(`/export/network.gexf?${query}`);
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(body.errors[0].message).toMatch(message);
  });
});

describe('GraphQL networkExport', () => {
  it('returns the same graphology JSON as the HTTP export', async () => {
    const { data, errors } = await runQuery(server, store as any, '{ networkExport }');
    expect(errors).toBeUndefined();
    expect(data!.networkExport).toEqual(reference);
  });

  it('rejects an unknown country with BAD_USER_INPUT', async () => {
    const { errors } = await runQuery(server, store as any, '{ networkExport(filter: { countries: ["ZZ"] }) }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('GET /export/network.csv', () => {
  it('is a ZIP of nodes.csv, edges.csv and CITATION.txt that a CSV parser reads back', async () => {
    const res = await get('/export/network.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/filename="kota-kembar-network-v\d+-csv\.zip"/);
    const files = unzip(Buffer.from(await res.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['CITATION.txt', 'edges.csv', 'nodes.csv']);
    const citation = files['CITATION.txt'];
    expect(citation).toContain(`Release: ${reference.attributes.release}`);
    expect(citation).toContain(`Generated: ${reference.attributes.generatedAt}`);
    expect(citation).toContain(`Licence: ${DATASET_LICENSE}`);
    expect(citation).toContain(`Attribution: ${ATTRIBUTION_TEXT}`);
    expect(citation).toContain(`Basis: ${reference.attributes.basis}`);
    const nodes: any[] = parse(files['nodes.csv'], { columns: true, bom: true });
    const edges: any[] = parse(files['edges.csv'], { columns: true, bom: true });
    expect(nodes).toHaveLength(reference.nodes.length);
    expect(edges).toHaveLength(reference.edges.length);
    const byId = new Map(reference.nodes.map((n: any) => [n.key, n.attributes]));
    for (const row of nodes) {
      const a: any = byId.get(row.id);
      expect(row.name).toBe(a.name);
      expect(row.province).toBe(a.province ?? '');
      expect(Number(row.betweenness)).toBe(a.betweenness);
      expect(row.lat).toBe(a.lat === null ? '' : String(a.lat));
    }
    const first = reference.edges[0];
    const row: any = edges.find((e: any) => e.source === first.source && e.target === first.target);
    expect(row.types.split('|')).toEqual(first.attributes.types);
    expect(Number(row.strength)).toBe(first.attributes.strength);
  });

  it('serves nodes.csv alone as UTF-8 text/csv with a BOM, CRLF rows and non-Latin names intact', async () => {
    const res = await get('/export/nodes.csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const text = await res.text();
    const bytes = Buffer.from(await (await get('/export/nodes.csv')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('\r\n');
    const rows = parse(text, { columns: true, bom: true });
    expect(rows.map((r: any) => r.name)).toEqual(reference.nodes.map((n: any) => n.attributes.name));
  });
});

describe('GET /export/network.cyjs', () => {
  it('is Cytoscape.js elements JSON with positions', async () => {
    const body: any = await (await get('/export/network.cyjs')).json();
    expect(body.elements.nodes).toHaveLength(reference.nodes.length);
    expect(body.elements.edges).toHaveLength(reference.edges.length);
    const node = body.elements.nodes[0];
    expect(node.data.id).toBe(reference.nodes[0].key);
    expect(node.position).toEqual({ x: reference.nodes[0].attributes.x, y: reference.nodes[0].attributes.y });
    const edge = body.elements.edges[0];
    expect(edge.data).toMatchObject({ source: reference.edges[0].source, target: reference.edges[0].target, strength: reference.edges[0].attributes.strength });
  });
});

const withPython = python ? describe : describe.skip;

withPython('read back with networkx', () => {
  function readBack(kind: 'gexf' | 'graphml', text: string): any {
    const file = path.join(tmp, `network.${kind}`);
    writeFileSync(file, text);
    return JSON.parse(execFileSync(python!, [path.join(REPO_ROOT, 'test', 'fixtures', 'read_network.py'), kind, file], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  }

  function expectSameNetwork(read: any, nodeAttrs: (a: any) => any) {
    expect(read.directed).toBe(false);
    expect(read.multigraph).toBe(false);
    expect(Object.keys(read.nodes).sort()).toEqual(reference.nodes.map((n: any) => n.key).sort());
    expect(read.edges).toHaveLength(reference.edges.length);
    for (const n of reference.nodes) {
      const got = nodeAttrs(read.nodes[n.key]);
      const want = n.attributes;
      for (const key of ['name', 'level', 'countryCode', 'country', 'isIndonesian', 'community']) expect([n.key, key, got[key]]).toEqual([n.key, key, want[key]]);
      for (const key of ['degree', 'betweenness', 'closeness', 'pagerank', 'eigenvector']) expect(got[key]).toBeCloseTo(want[key], 12);
      if (want.province !== null) expect(got.province).toBe(want.province);
      if (want.lat !== null) expect(got.lat).toBeCloseTo(want.lat, 9);
    }
    const edgeKey = (u: string, v: string) => [u, v].sort().join('\u0000');
    const wanted = new Map(reference.edges.map((e: any) => [edgeKey(e.source, e.target), e.attributes]));
    for (const [u, v, d] of read.edges) {
      const want: any = wanted.get(edgeKey(u, v));
      expect(want).toBeDefined();
      expect(d.strength).toBe(want.strength);
      expect(d.sourceCount).toBe(want.sourceCount);
      expect(d.types).toBe(want.types.join('|'));
      expect(d.years ?? '').toBe(want.years.join('|'));
    }
  }

  it('GEXF 1.3: same nodes, edges and attributes, with viz position, size and colour', async () => {
    const res = await get('/export/network.gexf');
    expect(res.headers.get('content-disposition')).toMatch(/\.gexf"$/);
    const text = await res.text();
    expect(text).toContain('version="1.3"');
    const read = readBack('gexf', text);
    expectSameNetwork(read, (a) => ({ ...a, name: a.label }));
    const bandung = read.nodes['id-kota-bandung'];
    const want = reference.nodes.find((n: any) => n.key === 'id-kota-bandung').attributes;
    expect(bandung.viz.position.x).toBeCloseTo(want.x, 3);
    expect(bandung.viz.size).toBeCloseTo(want.size, 3);
    expect(bandung.viz.color).toMatchObject({ r: parseInt(want.color.slice(1, 3), 16), g: parseInt(want.color.slice(3, 5), 16) });
  });

  it('GraphML: same nodes, edges and typed attributes', async () => {
    const text = await (await get('/export/network.graphml')).text();
    expect(text).toContain('<key id="n_betweenness" for="node" attr.name="betweenness" attr.type="double"/>');
    const read = readBack('graphml', text);
    expectSameNetwork(read, (a) => a);
    expect(read.graph.dataVersion).toBe(reference.attributes.dataVersion);
  });
});
