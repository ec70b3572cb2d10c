import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { csrFromEdgeList, fastBetweenness, fastCloseness, fastHarmonic, toCsrGraph } from '../../src/analysis/fast';
import { hangingTrees } from '../../src/analysis/fast/hanging-trees';
import { expectScoresClose, randomGraph, referenceHarmonic } from './helpers';

// graphology-metrics 2.4.2 counts a self-loop as a path (a-b-c-d with a loop on b
// gives a betweenness 0.083 where networkx gives 0), so the references run on the
// graph without its self-loops; the fast path ignores them, as networkx does.
const withoutSelfLoops = (g: UndirectedGraph): UndirectedGraph => {
  const copy = g.copy();
  copy.filterEdges((_e, _a, s, t) => s === t).forEach((e) => copy.dropEdge(e));
  return copy;
};
const graphologyBetweenness = (g: UndirectedGraph) => betweennessCentrality(withoutSelfLoops(g), { getEdgeWeight: null, normalized: true });
const graphologyCloseness = (g: UndirectedGraph) => closenessCentrality(withoutSelfLoops(g), { wassermanFaust: true });

function graphOf(nodes: string[], edges: [string, string][]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const id of nodes) graph.addNode(id);
  for (const [u, v] of edges) graph.mergeEdge(u, v);
  return graph;
}

const randomCases = [
  { name: 'a connected skewed graph', seed: 1, options: { nodes: 120 } },
  { name: 'a tree (every other node a leaf)', seed: 2, options: { nodes: 90, chords: 0 } },
  { name: 'five components with isolates', seed: 3, options: { nodes: 150, components: 5, isolates: 7 } },
  { name: 'many tiny components (pairs and triples)', seed: 4, options: { nodes: 60, components: 25, isolates: 3 } },
  { name: 'a dense graph', seed: 5, options: { nodes: 40, chords: 4 } },
  { name: 'a graph with self-loops', seed: 6, options: { nodes: 70, components: 2, selfLoops: true } },
  { name: 'deep trees hanging from a cyclic core', seed: 8, options: { nodes: 150, components: 2, chords: 0.08, isolates: 2 } },
  { name: 'a few cycles in a mostly tree-like graph', seed: 9, options: { nodes: 300, components: 3, chords: 0.02 } },
];

describe('fast path centralities match graphology-metrics', () => {
  it.each(randomCases)('betweenness on $name, within 1e-12', ({ seed, options }) => {
    const graph = randomGraph(seed, options);
    expectScoresClose(fastBetweenness(graph), graphologyBetweenness(graph), 1e-12);
  });

  it.each(randomCases)('closeness on $name, within 1e-12', ({ seed, options }) => {
    const graph = randomGraph(seed, options);
    expectScoresClose(fastCloseness(graph), graphologyCloseness(graph), 1e-12);
  });

  it.each(randomCases)('harmonic on $name matches a plain BFS, within 1e-12', ({ seed, options }) => {
    const graph = randomGraph(seed, options);
    expectScoresClose(fastHarmonic(graph), referenceHarmonic(graph), 1e-12);
  });

  it('takes a prebuilt CSR graph as well as a graphology graph', () => {
    const graph = randomGraph(7, { nodes: 50, components: 2 });
    expectScoresClose(fastBetweenness(toCsrGraph(graph)), fastBetweenness(graph), 0);
  });
});

describe('hanging trees', () => {
  // A triangle a-b-c; b carries a path b-d-e and a leaf f; a separate path x-y-z; an isolate i.
  const graph = graphOf(
    ['a', 'b', 'c', 'd', 'e', 'f', 'x', 'y', 'z', 'i'],
    [['a', 'b'], ['b', 'c'], ['c', 'a'], ['b', 'd'], ['d', 'e'], ['b', 'f'], ['x', 'y'], ['y', 'z']],
  );

  it('peels exactly the nodes outside the 2-core, with roots, depths and weights', () => {
    const csr = toCsrGraph(graph);
    const trees = hangingTrees(csr);
    const id = (i: number) => csr.ids[i];
    expect(Array.from(trees.core.nodes, id).sort()).toEqual(['a', 'b', 'c']);
    expect(Array.from(trees.peeled, id).sort()).toEqual(['d', 'e', 'f', 'i', 'x', 'y', 'z']);
    const at = (name: string) => csr.ids.indexOf(name);
    expect(id(trees.root[at('e')])).toBe('b');
    expect(trees.depth[at('e')]).toBe(2);
    expect(trees.core.weight[trees.coreIndex[at('b')]]).toBe(4);
    expect(trees.core.depthSum[trees.coreIndex[at('b')]]).toBe(1 + 2 + 1);
    expect(trees.componentSize[at('e')]).toBe(6);
    expect(trees.componentSize[at('x')]).toBe(3);
    expect(trees.componentSize[at('i')]).toBe(1);
  });

  it('gives the scores of a search from every node', () => {
    expectScoresClose(fastBetweenness(graph), graphologyBetweenness(graph), 1e-14);
    expectScoresClose(fastCloseness(graph), graphologyCloseness(graph), 1e-14);
    expectScoresClose(fastHarmonic(graph), referenceHarmonic(graph), 1e-14);
  });
});

describe('degenerate graphs give defined values, never NaN', () => {
  const cases: { name: string; graph: UndirectedGraph; betweenness: Record<string, number>; closeness: Record<string, number>; harmonic: Record<string, number> }[] = [
    { name: 'no nodes', graph: graphOf([], []), betweenness: {}, closeness: {}, harmonic: {} },
    { name: 'one node', graph: graphOf(['a'], []), betweenness: { a: 0 }, closeness: { a: 0 }, harmonic: { a: 0 } },
    { name: 'two isolated nodes', graph: graphOf(['a', 'b'], []), betweenness: { a: 0, b: 0 }, closeness: { a: 0, b: 0 }, harmonic: { a: 0, b: 0 } },
    { name: 'one edge', graph: graphOf(['a', 'b'], [['a', 'b']]), betweenness: { a: 0, b: 0 }, closeness: { a: 1, b: 1 }, harmonic: { a: 1, b: 1 } },
    {
      name: 'a path a-b-c',
      graph: graphOf(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']]),
      betweenness: { a: 0, b: 1, c: 0 },
      closeness: { a: 2 / 3, b: 1, c: 2 / 3 },
      harmonic: { a: 1.5, b: 2, c: 1.5 },
    },
    {
      name: 'a star centred on h plus an isolate',
      graph: graphOf(['h', 'x', 'y', 'z', 'i'], [['h', 'x'], ['h', 'y'], ['h', 'z']]),
      betweenness: { h: 0.5, x: 0, y: 0, z: 0, i: 0 },
      // h reaches 3 of 4 others at distance 1: (3/3) * (3/4); a leaf reaches 3 at total 5: (3/5) * (3/4).
      closeness: { h: 0.75, x: 0.45, y: 0.45, z: 0.45, i: 0 },
      harmonic: { h: 3, x: 2, y: 2, z: 2, i: 0 },
    },
  ];
  it.each(cases)('on $name', ({ graph, betweenness, closeness, harmonic }) => {
    expectScoresClose(fastBetweenness(graph), betweenness, 1e-15);
    expectScoresClose(fastCloseness(graph), closeness, 1e-15);
    expectScoresClose(fastHarmonic(graph), harmonic, 1e-15);
  });

  it('unnormalised betweenness counts each unordered pair once, as networkx', () => {
    const graph = graphOf(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']]);
    expectScoresClose(fastBetweenness(graph, { normalized: false }), { a: 0, b: 2, c: 2, d: 0 }, 1e-15);
  });

  it('ignores self-loops as networkx does (a-b-c-d with a loop on b)', () => {
    const graph = graphOf(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'b'], ['b', 'c'], ['c', 'd']]);
    expectScoresClose(fastBetweenness(graph), { a: 0, b: 2 / 3, c: 2 / 3, d: 0 }, 1e-15);
    expectScoresClose(fastCloseness(graph), { a: 0.5, b: 0.75, c: 0.75, d: 0.5 }, 1e-15);
  });

  it('merges parallel edges and ignores self-loops in an edge list', () => {
    const csr = csrFromEdgeList(['a'], [['a', 'b'], ['b', 'a'], ['b', 'b'], ['b', 'c']]);
    expect(csr.size).toBe(2);
    expect(fastBetweenness(csr)).toEqual({ a: 0, b: 1, c: 0 });
  });
});
