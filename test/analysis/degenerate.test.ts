/**
 * Degenerate inputs on purpose: empty network, one node, one edge, isolates.
 * Every metric returns defined values (never NaN) and the networkx conventions.
 */
import { assortativity } from '../../src/analysis/assortativity';
import { bipartiteClustering } from '../../src/analysis/bipartite-clustering';
import { centrality, CENTRALITY_MEASURES } from '../../src/analysis/centrality';
import { clustering } from '../../src/analysis/clustering';
import { communities } from '../../src/analysis/communities';
import { components } from '../../src/analysis/components';
import { articulationPoints } from '../../src/analysis/articulation-points';
import { bridges } from '../../src/analysis/bridges';
import { egoNetwork } from '../../src/analysis/ego-network';
import { shortestPath } from '../../src/analysis/shortest-path';
import { rank } from '../../src/analysis/ranking';
import { graphFromFixture } from '../../tools/networkx-fixtures/fixture-graph';

const empty = graphFromFixture({ name: 'empty', description: '', nodes: [], edges: [] });
const single = graphFromFixture({ name: 'single', description: '', nodes: [{ id: 'a' }], edges: [] });
const pair = graphFromFixture({ name: 'pair', description: '', nodes: [{ id: 'a' }, { id: 'b' }], edges: [['a', 'b']] });
const islands = graphFromFixture({
  name: 'islands',
  description: '',
  nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'z' }],
  edges: [['a', 'b'], ['c', 'd']],
});

describe.each([
  ['empty', empty],
  ['single node', single],
  ['one edge', pair],
  ['two pairs and an isolate', islands],
])('on %s', (_name, graph) => {
  it.each(CENTRALITY_MEASURES)('%s gives a finite score per node', (measure) => {
    const { scores } = centrality(graph, measure);
    expect(Object.keys(scores).sort()).toEqual(graph.nodes().sort());
    for (const v of Object.values(scores)) expect(Number.isFinite(v)).toBe(true);
  });
  it('clustering, communities and structure are defined', () => {
    for (const c of [clustering(graph), bipartiteClustering(graph)]) {
      expect(Number.isFinite(c.transitivity)).toBe(true);
      for (const v of Object.values(c.coefficients)) expect(v).toBe(0);
      expect(c.averageWithoutZeros).toBeNull();
      expect(c.averageWithZeros).toBe(graph.order === 0 ? null : 0);
    }
    const com = communities(graph, { seed: 1 });
    expect(com.communities.flatMap((c) => c.members).sort()).toEqual(graph.nodes().sort());
    if (graph.size === 0) expect(com.modularity).toBeNull();
    else expect(Number.isFinite(com.modularity)).toBe(true);
    expect(components(graph).reduce((s, c) => s + c.size, 0)).toBe(graph.order);
    expect(articulationPoints(graph)).toEqual([]);
    expect(bridges(graph).length).toBe(graph.size);
  });
  it('assortativity is null with a reason, never NaN', () => {
    const r = assortativity(graph);
    for (const c of [r.degree, r.level]) {
      expect(c.value).toBeNull();
      expect(c.undefinedReason).toMatch(/\w/);
    }
  });
});

describe('networkx conventions at the edges', () => {
  it('degree centrality of a single node is 1, as networkx', () => expect(centrality(single, 'DEGREE').scores).toEqual({ a: 1 }));
  it('closeness of an isolate is 0 and of a lone pair is scaled down by Wasserman-Faust', () => {
    expect(centrality(islands, 'CLOSENESS').scores).toEqual({ a: 0.25, b: 0.25, c: 0.25, d: 0.25, z: 0 });
  });
  it('eigenvector gives each component its own unit vector and names the dominant one', () => {
    const r = centrality(islands, 'EIGENVECTOR');
    expect(r.scores.a).toBeCloseTo(Math.SQRT1_2, 12);
    expect(r.scores.z).toBe(1);
    expect(r.components!.z).toEqual({ componentIndex: 2, componentSize: 1 });
    expect(r.dominantComponent).toBe(0);
  });
  it('PageRank of isolates (dangling nodes) still sums to 1', () => {
    const total = Object.values(centrality(islands, 'PAGERANK').scores).reduce((s, v) => s + v, 0);
    expect(total).toBeCloseTo(1, 14);
  });
});

describe('ego network and shortest path', () => {
  it('ego network of radius 0 is the node alone; unknown id is NOT_FOUND', () => {
    expect(egoNetwork(islands, 'a', 0)).toEqual({ center: 'a', radius: 0, members: [{ id: 'a', distance: 0 }], edges: [] });
    expect(egoNetwork(islands, 'a', 3).edges).toEqual([['a', 'b']]);
    expect(() => egoNetwork(islands, 'nope', 1)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => egoNetwork(islands, 'a', -1)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
  it('shortest path is null between components and [id] to itself', () => {
    expect(shortestPath(islands, 'a', 'c')).toBeNull();
    expect(shortestPath(islands, 'a', 'a')).toEqual(['a']);
    expect(shortestPath(islands, 'a', 'b')).toEqual(['a', 'b']);
    expect(() => shortestPath(islands, 'a', 'nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
  it('shortest path picks the first path in id order among equals', () => {
    const square = graphFromFixture({
      name: 'square', description: '', nodes: [{ id: 's' }, { id: 'x' }, { id: 'y' }, { id: 't' }],
      edges: [['s', 'y'], ['s', 'x'], ['x', 't'], ['y', 't']],
    });
    expect(shortestPath(square, 's', 't')).toEqual(['s', 'x', 't']);
  });
});

describe('articulation points and bridges by hand', () => {
  it('finds the cut vertex joining two triangles and the bridge to a pendant', () => {
    const g = graphFromFixture({
      name: 'bowtie', description: '',
      nodes: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id })),
      edges: [['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd'], ['d', 'e'], ['c', 'e'], ['e', 'f']],
    });
    expect(articulationPoints(g)).toEqual(['c', 'e']);
    expect(bridges(g)).toEqual([['e', 'f']]);
  });
  it('handles a 100,000-node path without overflowing the stack', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => `n${String(i).padStart(6, '0')}`);
    const g = graphFromFixture({ name: 'long', description: '', nodes: ids.map((id) => ({ id })), edges: ids.slice(1).map((id, i) => [ids[i], id]) });
    expect(articulationPoints(g)).toHaveLength(n - 2);
    expect(bridges(g)).toHaveLength(n - 1);
  });
});

describe('rank', () => {
  it('sorts by score descending, ties by id, competition ranks 1224, and keeps the top N', () => {
    const scores = { b: 0.5, a: 0.5, c: 1, d: 0.1, e: 0.5 + 1e-17 };
    expect(rank(scores)).toEqual([
      { id: 'c', score: 1, rank: 1 },
      { id: 'a', score: 0.5, rank: 2 },
      { id: 'b', score: 0.5, rank: 2 },
      { id: 'e', score: 0.5 + 1e-17, rank: 2 },
      { id: 'd', score: 0.1, rank: 5 },
    ]);
    expect(rank(scores, 2).map((r) => r.id)).toEqual(['c', 'a']);
    expect(rank({})).toEqual([]);
  });
});
