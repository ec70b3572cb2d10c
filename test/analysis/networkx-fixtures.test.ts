/**
 * Every measure against networkx (and python-igraph where it has the measure),
 * on the standard graphs and on the shipped dataset under several filters.
 * Fixtures: test/fixtures/networkx/, made by tools/networkx-fixtures/generate.sh.
 */
import { assortativity } from '../../src/analysis/assortativity';
import { articulationPoints } from '../../src/analysis/articulation-points';
import { betweenness } from '../../src/analysis/betweenness';
import { bipartiteClustering } from '../../src/analysis/bipartite-clustering';
import { bridges } from '../../src/analysis/bridges';
import { closeness } from '../../src/analysis/closeness';
import { clustering } from '../../src/analysis/clustering';
import { communities } from '../../src/analysis/communities';
import { components } from '../../src/analysis/components';
import { degree } from '../../src/analysis/degree';
import { eigenvector } from '../../src/analysis/eigenvector';
import { harmonic } from '../../src/analysis/harmonic';
import { pagerank } from '../../src/analysis/pagerank';
import { graphFromFixture } from '../../tools/networkx-fixtures/fixture-graph';
import modularityOf from 'graphology-metrics/graph/modularity';
import { expectScoresClose, expectValueClose, loadFixtures, worstDeviation } from './support';

const fixtures = loadFixtures();

afterAll(() => {
  const lines = [...worstDeviation].sort().map(([k, v]) => `${k}: ${v.toExponential(2)}`);
  // Printed so tolerances actually reached can be quoted; jest shows console output of passing suites.
  console.log(`worst relative deviation from the reference, per measure:\n${lines.join('\n')}`);
});

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const graph = graphFromFixture(fixture);
  const exp = fixture.expected;
  const ig = exp.igraph;

  it('has the reference node and edge counts', () => {
    expect(graph.order).toBe(fixture.nodes.length);
    expect(graph.size).toBe(fixture.edges.length);
  });

  it('degree centrality matches networkx degree_centrality', () => expectScoresClose(degree(graph), exp.degree, 'degree'));

  it('betweenness matches networkx (normalized=True) and igraph', () => {
    expectScoresClose(betweenness(graph), exp.betweenness, 'betweenness');
    if (ig.betweenness) expectScoresClose(betweenness(graph), ig.betweenness, 'betweenness vs igraph');
  });

  it('closeness matches networkx (wf_improved=True) and igraph', () => {
    expectScoresClose(closeness(graph), exp.closeness, 'closeness');
    if (ig.closeness) expectScoresClose(closeness(graph), ig.closeness, 'closeness vs igraph');
  });

  it('harmonic matches networkx harmonic_centrality and igraph', () => {
    expectScoresClose(harmonic(graph), exp.harmonic, 'harmonic');
    if (ig.harmonic) expectScoresClose(harmonic(graph), ig.harmonic, 'harmonic vs igraph');
  });

  it('PageRank matches networkx pagerank(alpha=0.85, weight=None) and igraph', () => {
    const scores = pagerank(graph);
    expectScoresClose(scores, exp.pagerank, 'pagerank');
    if (ig.pagerank) expectScoresClose(scores, ig.pagerank, 'pagerank vs igraph');
    if (graph.order > 0) expect(Object.values(scores).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  it('eigenvector per component matches numpy, and networkx on connected graphs', () => {
    const result = eigenvector(graph);
    const scores = Object.fromEntries(Object.entries(result.scores).map(([id, s]) => [id, s.score]));
    expectScoresClose(scores, exp.eigenvector.scores, 'eigenvector');
    for (const [id, s] of Object.entries(result.scores)) expect(s.componentIndex).toBe(exp.eigenvector.componentOf[id]);
    expect(result.dominantComponent).toBe(exp.eigenvector.dominantComponent);
    result.eigenvalues.forEach((value, i) => expectValueClose(value, exp.eigenvector.eigenvalues[i], 'eigenvalue'));
    if (exp.eigenvectorNetworkx) expectScoresClose(scores, exp.eigenvectorNetworkx, 'eigenvector vs networkx whole graph');
    if (ig.eigenvector) expectScoresClose(scores, ig.eigenvector, 'eigenvector vs igraph');
  });

  it('clustering matches networkx clustering / average_clustering / transitivity', () => {
    const result = clustering(graph);
    expectScoresClose(result.coefficients, exp.clustering.coefficients, 'clustering');
    expectValueClose(result.averageWithZeros, exp.clustering.averageWithZeros, 'average clustering');
    expectValueClose(result.averageWithoutZeros, exp.clustering.averageWithoutZeros, 'average clustering without zeros');
    expectValueClose(result.transitivity, exp.clustering.transitivity, 'transitivity');
    if (ig.clustering) expectScoresClose(result.coefficients, ig.clustering, 'clustering vs igraph');
    if (ig.transitivity !== undefined && !Number.isNaN(ig.transitivity) && ig.transitivity !== null)
      expectValueClose(result.transitivity, ig.transitivity, 'transitivity vs igraph');
  });

  if (fixture.expected.latapy) {
    it('Latapy dot clustering matches networkx bipartite.clustering(mode="dot"), Robins-Alexander likewise', () => {
      const result = bipartiteClustering(graph);
      expectScoresClose(result.coefficients, exp.latapy.coefficients, 'latapy');
      expectValueClose(result.averageWithZeros, exp.latapy.averageWithZeros, 'latapy average');
      expectValueClose(result.averageWithoutZeros, exp.latapy.averageWithoutZeros, 'latapy average without zeros');
      expectValueClose(result.transitivity, exp.latapy.transitivity, 'robins-alexander');
    });
  }

  it('components, articulation points and bridges match networkx and igraph', () => {
    expect(components(graph).map((c) => c.members)).toEqual(exp.components);
    expect(articulationPoints(graph)).toEqual(exp.articulationPoints);
    expect(bridges(graph)).toEqual(exp.bridges);
    if (ig.articulationPoints) expect(articulationPoints(graph)).toEqual(ig.articulationPoints);
    if (ig.bridges) expect(bridges(graph)).toEqual(ig.bridges);
  });

  it('assortativity matches networkx (null where networkx gives NaN)', () => {
    const result = assortativity(graph);
    expectValueClose(result.degree.value, exp.degreeAssortativity, 'degree assortativity');
    expectValueClose(result.level.value, exp.levelAssortativity, 'level assortativity');
    if (ig.degreeAssortativity != null && exp.degreeAssortativity !== null)
      expectValueClose(result.degree.value, ig.degreeAssortativity, 'degree assortativity vs igraph');
  });

  it('Louvain is reproducible per seed and its modularity equals networkx community.modularity', () => {
    for (const check of exp.modularity as Array<{ label: string; membership: Record<string, number | string>; networkx: number | null }>) {
      const seedMatch = /^louvain seed (\d+)$/.exec(check.label);
      if (seedMatch) {
        const result = communities(graph, { seed: Number(seedMatch[1]) });
        expect(result.membership).toEqual(check.membership);
        expectValueClose(result.modularity, check.networkx, 'modularity');
      } else if (graph.size > 0) {
        const q = modularityOf(graph, { getNodeCommunity: (n: string) => check.membership[n], getEdgeWeight: null, resolution: 1 });
        expectValueClose(q, check.networkx, 'modularity');
      }
    }
  });
});
