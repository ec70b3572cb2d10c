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
import { buildExportGraph, EXPORT_MEASURES, type ExportGraph } from '../../src/export/export-graph';
import { toGexf } from '../../src/export/gexf';
import { toGraphml } from '../../src/export/graphml';
import { forceLayout } from '../../src/export/layout';
import { sampleSnapshot } from '../analysis/sample-snapshot';
import { REPO_ROOT } from '../support/neo4j-env';
import { networkxPython } from '../support/python';

const AWKWARD = 'Kota "Ā" & <Bé>, 서울\u0007 \'x\'';
const python = networkxPython();

function awkwardGraph(): ExportGraph {
  const snapshot = sampleSnapshot();
  snapshot.governments = snapshot.governments.map((g) => (g.id === 'id-kota-bandung' ? { ...g, name: AWKWARD, lat: -6.9, lon: 107.6 } : g));
  const network = projectNetwork(snapshot, {});
  const scores = Object.fromEntries(EXPORT_MEASURES.map((m) => [m, Object.fromEntries(network.mapNodes((id, _a) => [id, network.degree(id) / 10]))])) as any;
  const membership = Object.fromEntries(network.mapNodes((id, _a) => [id, 0]));
  return buildExportGraph({ snapshot, network, scores, membership, positions: forceLayout(network), filterJson: '{}' });
}

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
    expect(e[2]).toMatchObject({ strength: 2, types: 'MOU|SISTER_CITY', years: '2013|2015', firstYear: 2013, sourceCount: 1 });
  });

  it('GEXF', () => {
    const g = read('gexf', toGexf(awkwardGraph()));
    expect(g.nodes['id-kota-bandung'].label).toBe(expected);
    expect(g.nodes['id-kota-bandung'].viz.color).toMatchObject({ r: 214, g: 39, b: 40 });
  });
});
