/**
 * The serialisers on a small hand-made network with awkward names (quotes,
 * ampersands, angle brackets, commas, non-Latin script, a control character):
 * GraphML and GEXF read back with networkx byte for byte, graphology JSON
 * round-trips, Cytoscape JSON keeps lists as lists.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { projectNetwork } from '../../src/analysis/projection';
import { toCytoscape } from '../../src/export/cytoscape';
import { analysisBasis } from '../../src/analysis/basis';
import { ATTRIBUTION_TEXT, DATASET_LICENSE } from '../../src/domain/attribution';
import { buildExportGraph, EXPORT_MEASURES, type ExportGraph } from '../../src/export/export-graph';
import { toGexf } from '../../src/export/gexf';
import { toGraphml } from '../../src/export/graphml';
import { forceLayout } from '../../src/export/layout';
import { sampleSnapshot } from '../analysis/sample-snapshot';
import { REPO_ROOT } from '../support/neo4j-env';
import { networkxPython } from '../support/python';

/** Every partnership of the sample, the LOW lead included. */
const ALL = { minConfidence: 'LOW' } as const;
const RELEASE = { id: '2026.11.29-0123abcd', date: '2026-11-29' };
const GENERATED_AT = '2026-11-29T12:00:00.000Z';
const AWKWARD = 'Kota "Ā" & <Bé>, 서울\u0007 \'x\'';
const python = networkxPython();

function awkwardGraph(): ExportGraph {
  const snapshot = sampleSnapshot();
  snapshot.governments = snapshot.governments.map((g) => (g.id === 'id-kota-bandung' ? { ...g, name: AWKWARD, lat: -6.9, lon: 107.6 } : g));
  const network = projectNetwork(snapshot, ALL);
  const scores = Object.fromEntries(EXPORT_MEASURES.map((m) => [m, Object.fromEntries(network.mapNodes((id, _a) => [id, network.degree(id) / 10]))])) as any;
  const membership = Object.fromEntries(network.mapNodes((id, _a) => [id, 0]));
  const provenance = { release: RELEASE, basis: analysisBasis(snapshot, ALL, RELEASE.id), generatedAt: GENERATED_AT };
  return buildExportGraph({ snapshot, network, scores, membership, positions: forceLayout(network), filterJson: '{"minConfidence":"LOW"}', provenance });
}

it('carries the release, the generation time, the licence, the attribution and the basis as graph attributes (JSON export)', () => {
  const json = awkwardGraph().export();
  expect(json.attributes).toMatchObject({
    release: RELEASE.id,
    generatedAt: GENERATED_AT,
    license: DATASET_LICENSE,
    attribution: ATTRIBUTION_TEXT,
    basis: 'release 2026.11.29-0123abcd; scope INDONESIA; minConfidence LOW; asOf none; 7 partnerships counted; left out: none',
  });
  expect(json.attributes!.citation).toContain('release 2026.11.29-0123abcd (2026-11-29)');
  expect(ATTRIBUTION_TEXT).toMatch(/ODbL/);
  expect(ATTRIBUTION_TEXT).toMatch(/GeoNames.*CC BY 4\.0/);
  expect(ATTRIBUTION_TEXT).toMatch(/OpenStreetMap contributors/);
});

it('gives each tie its strongest confidence and its statuses', () => {
  const graph = awkwardGraph();
  expect(graph.getEdgeAttributes(graph.edge('id-prov-jawa-barat', 'jp-pref-kyoto')!)).toMatchObject({ confidence: 'LOW', statuses: ['ACTIVE'] });
  expect(graph.getEdgeAttributes(graph.edge('id-kota-surabaya', 'jp-kochi')!)).toMatchObject({ confidence: 'HIGH', statuses: ['ENDED'] });
});

it('writes the release, licence and attribution into GEXF meta', () => {
  const gexf = toGexf(awkwardGraph());
  const meta = /<meta>([\s\S]*)<\/meta>/.exec(gexf)![1];
  expect(meta).toContain(`<release>${RELEASE.id}</release>`);
  expect(meta).toContain(`<generatedAt>${GENERATED_AT}</generatedAt>`);
  expect(meta).toContain('<license>Open Database License (ODbL) 1.0');
  expect(meta).toContain('<attribution>Kota Kembar dataset: ');
  expect(meta).toContain('<basis>release 2026.11.29-0123abcd;');
});

it('round-trips graphology JSON exactly, awkward names included', () => {
  const graph = awkwardGraph();
  const json = JSON.parse(JSON.stringify(graph.export()));
  expect(Graph.from(json).export()).toEqual(json);
  expect(Graph.from(json).getNodeAttribute('id-kota-bandung', 'name')).toBe(AWKWARD);
});

it('keeps lists as lists in Cytoscape JSON and gives each edge an id', () => {
  const cy = toCytoscape(awkwardGraph());
  const edge = cy.elements.edges.find((e) => e.data.id === 'id-kota-bandung--kr-seoul')!;
  expect(edge.data.types).toEqual(['MOU', 'SISTER_CITY']);
  expect(edge.data.years).toEqual([2013, 2015]);
  expect(edge.data.strength).toBe(2);
});

(python ? describe : describe.skip)('networkx reads the awkward network back', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kk-formats-'));
  const read = (kind: 'gexf' | 'graphml', text: string) => {
    const file = path.join(dir, `g.${kind}`);
    writeFileSync(file, text);
    return JSON.parse(execFileSync(python!, [path.join(REPO_ROOT, 'test', 'fixtures', 'read_network.py'), kind, file], { encoding: 'utf8' }));
  };
  // XML 1.0 cannot carry U+0007: it is dropped, everything else survives.
  const expected = AWKWARD.replace('\u0007', '');

  it('GraphML', () => {
    const g = read('graphml', toGraphml(awkwardGraph()));
    expect(g.nodes['id-kota-bandung'].name).toBe(expected);
    expect(g.nodes['id-kota-bandung'].lat).toBe(-6.9);
    expect(g.nodes['jp-unused']).toBeUndefined();
    const e = g.edges.find(([u, v]: string[]) => [u, v].sort().join() === 'id-kota-bandung,kr-seoul');
    expect(e[2]).toMatchObject({ strength: 2, types: 'MOU|SISTER_CITY', years: '2013|2015', firstYear: 2013, sourceCount: 1, confidence: 'HIGH', statuses: 'ACTIVE' });
    expect(g.graph).toMatchObject({ release: RELEASE.id, generatedAt: GENERATED_AT, license: DATASET_LICENSE, attribution: ATTRIBUTION_TEXT });
  });

  it('GEXF', () => {
    const g = read('gexf', toGexf(awkwardGraph()));
    expect(g.nodes['id-kota-bandung'].label).toBe(expected);
    expect(g.nodes['id-kota-bandung'].viz.color).toMatchObject({ r: 214, g: 39, b: 40 });
  });
});
