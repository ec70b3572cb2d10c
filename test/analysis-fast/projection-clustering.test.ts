/**
 * The typed-array projection and clustering kernels (src/analysis/fast/
 * one-mode-projection.ts, clustering.ts) against networkx's fixtures, with the
 * same tolerances as the graphology functions' suite, and against the graphology
 * functions themselves (projectOneMode, clustering, bipartiteClustering), which
 * they must repeat: the same edges and weights, the same coefficient bits.
 */
import { UndirectedGraph } from 'graphology';
import { bipartiteGraph } from '../../bench/bipartite-graph';
import { mulberry32 } from '../../bench/skewed-graph';
import { bipartiteClustering } from '../../src/analysis/bipartite-clustering';
import { clustering } from '../../src/analysis/clustering';
import { bipartiteClusteringArrays, clusteringArrays, clusteringFromEdges } from '../../src/analysis/fast/clustering';
import { cachedCsrGraph, csrFromEdgeList, csrFromIndexPairs } from '../../src/analysis/fast/csr-graph';
import { projectOneModeArrays } from '../../src/analysis/fast/one-mode-projection';
import { oneModeClustering, oneModeInput, twoModeClustering } from '../../src/analysis/fast/projection-clustering';
import { ONE_MODE_PROJECTIONS, projectOneMode, type OneModeProjection } from '../../src/analysis/one-mode-projection';
import type { GovernmentGraph } from '../../src/analysis/types';
import { graphFromFixture } from '../../tools/networkx-fixtures/fixture-graph';
import { expectScoresClose, expectValueClose, loadFixtures } from '../analysis/support';

const fixtures = loadFixtures();
const byId = (ids: readonly string[], values: ArrayLike<number>) => Object.fromEntries(ids.map((id, i) => [id, values[i]]));

/** The fast projection's edges as [source id, target id, weight], in kernel order. */
function fastEdges(network: GovernmentGraph, projection: OneModeProjection): { ids: string[]; edges: Array<[string, string, number]> } {
  const { input, ids } = oneModeInput(network, cachedCsrGraph(network), projection);
  const p = projectOneModeArrays(input);
  return { ids, edges: Array.from(p.sources, (s, e) => [ids[s], ids[p.targets[e]], p.weights[e]] as [string, string, number]) };
}

describe('fast one-mode clustering matches networkx clustering / transitivity on every fixture graph', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const csr = csrFromEdgeList(
      fixture.nodes.map((n) => n.id),
      fixture.edges.map((e) => [e[0], e[1]] as [string, string]),
    );
    const result = clusteringArrays(csr);
    expectScoresClose(byId(csr.ids, result.coefficients), fixture.expected.clustering.coefficients, 'fast clustering');
    expectValueClose(result.transitivity, fixture.expected.clustering.transitivity, 'fast transitivity');
    if (fixture.expected.latapy) {
      const two = bipartiteClusteringArrays(csr);
      expectScoresClose(byId(csr.ids, two.coefficients), fixture.expected.latapy.coefficients, 'fast latapy');
      expectValueClose(two.transitivity, fixture.expected.latapy.transitivity, 'fast robins-alexander');
    }
  });
});

describe('fast projections match the projections networkx builds for the dataset fixtures', () => {
  const datasetFixtures = fixtures.filter((f) => f.expected.projections);
  it('has dataset fixtures with projections', () => expect(datasetFixtures.length).toBeGreaterThan(0));
  it.each(datasetFixtures.map((f) => [f.name, f] as const))('%s', (_n, fixture) => {
    const network = graphFromFixture(fixture);
    for (const [name, exp] of Object.entries<{ nodes: string[]; edges: Array<[string, string, number]>; clustering: Record<string, unknown> }>(fixture.expected.projections)) {
      const { ids, edges } = fastEdges(network, name as OneModeProjection);
      expect(ids).toEqual(exp.nodes);
      expect(edges).toEqual(exp.edges);
      const c = oneModeClustering(oneModeInput(network, cachedCsrGraph(network), name as OneModeProjection).input);
      expect(c.edges).toBe(exp.edges.length);
      expectScoresClose(byId(ids, c.coefficients), exp.clustering.coefficients as Record<string, number>, 'fast projection clustering');
      expectValueClose(c.transitivity, exp.clustering.transitivity as number, 'fast projection transitivity');
    }
  });
});

/**
 * A seeded two-mode network like the benchmark's, plus a few same-side ties (which
 * are not shared partners) and countries shared by several foreign nodes.
 */
function twoModeNetwork(seed: number, nodes: number): GovernmentGraph {
  const file = bipartiteGraph(`t${seed}`, { nodes, edges: Math.round(nodes * 1.44), home: Math.round(nodes / 3), seed, offset: 1 });
  const home = new Set(file.home);
  const random = mulberry32(seed * 7 + 1);
  const graph = new UndirectedGraph() as unknown as GovernmentGraph;
  // Insertion order unlike id order, so the kernels' own ordering is exercised.
  for (const id of [...file.nodes].reverse()) {
    graph.addNode(id, { name: id, level: 'CITY', countryCode: home.has(id) ? 'ID' : `C${Math.floor(random() * 9)}`, parentId: null, isIndonesian: home.has(id) });
  }
  for (const [a, b] of file.edges) graph.addEdge(a, b, { strength: 1 } as never);
  for (let k = 0; k < nodes / 20; k++) {
    const a = file.nodes[Math.floor(random() * nodes)];
    const b = file.nodes[Math.floor(random() * nodes)];
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { strength: 1 } as never);
  }
  return graph;
}

describe('fast kernels repeat the graphology functions exactly', () => {
  it.each([
    [1, 300],
    [2, 900],
  ])('seed %i, %i nodes: every projection edge for edge, clustering bit for bit', (seed, nodes) => {
    const network = twoModeNetwork(seed, nodes);
    for (const projection of ONE_MODE_PROJECTIONS) {
      const slow = projectOneMode(network, projection);
      const attribute = projection === 'INDONESIAN_BY_SHARED_COUNTRY' ? 'sharedCountries' : 'sharedPartners';
      const { ids, edges } = fastEdges(network, projection);
      expect(ids).toEqual(slow.nodes());
      expect(edges).toEqual(slow.mapEdges((_e, a, s, t) => [s, t, a[attribute]]));
      expect(edges.length).toBeGreaterThan(0);
      // The same when the output starts with room for one edge and has to grow.
      const grown = projectOneModeArrays(oneModeInput(network, cachedCsrGraph(network), projection).input, 1);
      expect(Array.from(grown.weights)).toEqual(edges.map((e) => e[2]));
      expect(Array.from(grown.targets)).toEqual(edges.map((e) => ids.indexOf(e[1])));

      const expected = clustering(slow as unknown as GovernmentGraph);
      const fast = oneModeClustering(oneModeInput(network, cachedCsrGraph(network), projection).input);
      expect(byId(ids, fast.coefficients)).toEqual(expected.coefficients);
      expect(fast.transitivity).toBe(expected.transitivity);
      expect(fast.transitivity).toBeGreaterThan(0);
    }
    // Two-mode: the Latapy sums run in CSR (sorted) order, the graphology version in insertion order.
    const expected = bipartiteClustering(network);
    const csr = cachedCsrGraph(network);
    const fast = twoModeClustering(csr);
    const got = byId(csr.ids, fast.coefficients);
    for (const [id, value] of Object.entries(expected.coefficients)) expect(Math.abs(got[id] - value)).toBeLessThanOrEqual(1e-12 * Math.max(1, value));
    expect(fast.transitivity).toBe(expected.transitivity);
    expect(fast.transitivity).toBeGreaterThan(0);
  });

  it('handles empty sides, isolates and a projection without edges', () => {
    const network = new UndirectedGraph() as unknown as GovernmentGraph;
    const add = (id: string, isIndonesian: boolean) => network.addNode(id, { name: id, level: 'CITY', countryCode: isIndonesian ? 'ID' : 'JP', parentId: null, isIndonesian });
    add('a', true);
    add('b', true);
    add('x', false);
    network.addEdge('a', 'x', { strength: 1 } as never);
    for (const projection of ONE_MODE_PROJECTIONS) {
      const { ids, edges } = fastEdges(network, projection);
      expect(ids).toEqual(projectOneMode(network, projection).nodes());
      expect(edges).toEqual([]);
      const c = oneModeClustering(oneModeInput(network, cachedCsrGraph(network), projection).input);
      expect(Array.from(c.coefficients)).toEqual(ids.map(() => 0));
      expect(c.transitivity).toBe(0);
    }
    const empty = new UndirectedGraph() as unknown as GovernmentGraph;
    expect(oneModeClustering(oneModeInput(empty, cachedCsrGraph(empty), 'FOREIGN_BY_SHARED_PARTNER').input)).toEqual({ coefficients: new Float64Array(0), transitivity: 0, edges: 0 });
    expect(twoModeClustering(cachedCsrGraph(empty)).transitivity).toBe(0);
  });

  it('clusters a projection from its edge arrays as from its CSR', () => {
    const network = twoModeNetwork(3, 400);
    for (const projection of ONE_MODE_PROJECTIONS) {
      const { input } = oneModeInput(network, cachedCsrGraph(network), projection);
      const p = projectOneModeArrays(input);
      const csr = csrFromIndexPairs(
        Array.from({ length: p.order }, (_, i) => String(i)),
        p.sources,
        p.targets,
      );
      const fromEdges = clusteringFromEdges(p.order, p.sources, p.targets);
      expect(fromEdges).toEqual(clusteringArrays(csr));
      expect(fromEdges.transitivity).toBeGreaterThan(0);
    }
  });
});
