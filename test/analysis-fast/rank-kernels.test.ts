/**
 * The PageRank, eigenvector and Louvain kernels on CSR arrays (src/analysis/fast/)
 * against the networkx fixtures (test/fixtures/networkx, made by
 * tools/networkx-fixtures/generate.sh) and against graphology-communities-louvain,
 * whose partition the Louvain kernel must reproduce seed for seed; and the same
 * kernels as pool tasks, with the same answers.
 */
import louvain from 'graphology-communities-louvain';
import modularityOf from 'graphology-metrics/graph/modularity';
import { UndirectedGraph } from 'graphology';
import seedrandom from 'seedrandom';
import { KotaKembarError } from '../../src/domain/errors';
import { eigenvector } from '../../src/analysis/eigenvector';
import { csrFromEdgeList, toCsrGraph, toScores, type CsrGraph } from '../../src/analysis/fast';
import { eigenvalueFromTop, eigenvectorArrays, eigenvectorOf } from '../../src/analysis/fast/eigenvector-kernel';
import { idRank } from '../../src/analysis/fast/id-rank';
import { louvainArrays, modularity } from '../../src/analysis/fast/louvain-kernel';
import { pagerankArray } from '../../src/analysis/fast/pagerank-kernel';
import { pagerank } from '../../src/analysis/pagerank';
import { AnalysisPool } from '../../src/analysis/worker/analysis-pool';
import { graphFromFixture } from '../../tools/networkx-fixtures/fixture-graph';
import { skewedGraph } from '../../bench/skewed-graph';
import { expectScoresClose, expectValueClose, loadFixtures } from '../analysis/support';

const fixtures = loadFixtures();
const seeds = [1, 7, 42];

/** graphology-communities-louvain's partition, as the API ran it before the kernel. */
function libraryPartition(graph: UndirectedGraph, seed: number): Record<string, number> {
  return louvain(graph, { getEdgeWeight: null, resolution: 1, rng: seedrandom(String(seed)), fastLocalMoves: true, randomWalk: true });
}

/** True when two labellings group the nodes the same way (community numbers may differ). */
function samePartition(ids: readonly string[], a: (id: string, i: number) => number, b: (id: string, i: number) => number): boolean {
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  return ids.every((id, i) => {
    const x = a(id, i);
    const y = b(id, i);
    if ((forward.get(x) ?? y) !== y || (backward.get(y) ?? x) !== x) return false;
    forward.set(x, y);
    backward.set(y, x);
    return true;
  });
}

describe.each(fixtures.map((f) => [f.name, f] as const))('kernels on %s', (_name, fixture) => {
  const graph = graphFromFixture(fixture) as unknown as UndirectedGraph;
  const csr = toCsrGraph(graph);
  const exp = fixture.expected;

  it('PageRank matches networkx pagerank(alpha=0.85, weight=None) and sums to 1', () => {
    const run = pagerankArray(csr);
    expect(run.scores).not.toBeNull();
    expectScoresClose(toScores(csr, run.scores as Float64Array), exp.pagerank, 'kernel pagerank');
    if (csr.order > 0) expect((run.scores as Float64Array).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  it('eigenvector per component matches numpy: scores, component of each node, dominant component, eigenvalues', () => {
    const run = eigenvectorArrays(csr, idRank(csr.ids));
    expect(run.scores).not.toBeNull();
    expectScoresClose(toScores(csr, run.scores as Float64Array), exp.eigenvector.scores, 'kernel eigenvector');
    csr.ids.forEach((id, i) => expect(run.component[i]).toBe(exp.eigenvector.componentOf[id]));
    expect(run.dominantComponent === -1 ? null : run.dominantComponent).toBe(exp.eigenvector.dominantComponent);
    Array.from(run.eigenvalues).forEach((value, i) => expectValueClose(value, exp.eigenvector.eigenvalues[i], 'kernel eigenvalue'));
  });

  it('Louvain gives graphology-communities-louvain\'s partition for each seed, and its modularity', () => {
    for (const seed of seeds) {
      const run = louvainArrays(csr, seedrandom(String(seed)));
      if (graph.size === 0) {
        expect(Number.isNaN(run.modularity)).toBe(true);
        expect(run.count).toBe(graph.order);
        continue;
      }
      const reference = libraryPartition(graph, seed);
      expect(samePartition(csr.ids, (id) => reference[id], (_id, i) => run.membership[i])).toBe(true);
      expect(run.count).toBe(new Set(Object.values(reference)).size);
      const q = modularityOf(graph, { getNodeCommunity: (n: string) => reference[n], getEdgeWeight: null, resolution: 1 });
      expectValueClose(run.modularity, q, 'kernel modularity');
      // And the recorded partition of the fixture (the one networkx scored) for this seed.
      const recorded = fixture.louvain?.[String(seed)];
      if (recorded) expect(samePartition(csr.ids, (id) => recorded[id], (_id, i) => run.membership[i])).toBe(true);
    }
  });
});

describe('Louvain kernel on larger seeded graphs', () => {
  it.each([
    ['skewed 3k', skewedGraph('skewed-3k', { nodes: 3_000, edges: 4_300, seed: 3 })],
    ['skewed 8k', skewedGraph('skewed-8k', { nodes: 8_000, edges: 11_000, seed: 8 })],
  ])('%s: the same partition as graphology-communities-louvain for seeds 1, 7, 42', (_name, file) => {
    const graph = new UndirectedGraph();
    for (const id of file.nodes) graph.addNode(id);
    for (const [u, v] of file.edges) if (u !== v) graph.mergeEdge(u, v);
    const fromGraph = toCsrGraph(graph);
    // The edge list's CSR lists rows in file order, which is graphology's order for this graph.
    const fromList = csrFromEdgeList(file.nodes, file.edges);
    for (const seed of seeds) {
      const reference = libraryPartition(graph, seed);
      const run = louvainArrays(fromGraph, seedrandom(String(seed)));
      expect(samePartition(fromGraph.ids, (id) => reference[id], (_id, i) => run.membership[i])).toBe(true);
      expect(louvainArrays(fromList, seedrandom(String(seed))).membership).toEqual(run.membership);
      const q = modularityOf(graph, { getNodeCommunity: (n: string) => reference[n], getEdgeWeight: null, resolution: 1 });
      expect(Math.abs(run.modularity - q)).toBeLessThan(1e-12);
    }
  });

  it('modularity of a hand-made partition: two triangles joined by one edge, split in two, is 5/14', () => {
    const csr = csrFromEdgeList(['a', 'b', 'c', 'd', 'e', 'f'], [['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['c', 'd']]);
    expect(modularity(csr, Int32Array.from([0, 0, 0, 1, 1, 1]), 2)).toBeCloseTo(5 / 14, 15);
  });
});

/** networkx's eigenvector_centrality on one component, written plainly: power iteration on A + I from the uniform vector. */
function plainPowerIteration(csr: CsrGraph, members: number[]): Map<number, number> {
  let x = new Map(members.map((i) => [i, 1 / Math.sqrt(members.length)]));
  for (let iteration = 0; iteration < 100_000; iteration++) {
    const next = new Map<number, number>();
    for (const j of members) {
      let sum = x.get(j) as number;
      for (let k = csr.offsets[j]; k < csr.offsets[j + 1]; k++) sum += x.get(csr.neighbours[k]) as number;
      next.set(j, sum);
    }
    const norm = Math.sqrt([...next.values()].reduce((s, v) => s + v * v, 0));
    let change = 0;
    for (const j of members) {
      next.set(j, (next.get(j) as number) / norm);
      change += Math.abs((next.get(j) as number) - (x.get(j) as number));
    }
    x = next;
    if (change < members.length * 1e-15) break;
  }
  return x;
}

/** A w × w grid: λ₂ close to λ₁ and no isolated pair, so 80 Lanczos steps do not converge and the Chebyshev filter takes over. */
function gridGraph(w: number): { nodes: string[]; edges: [string, string][] } {
  const nodes: string[] = [];
  const edges: [string, string][] = [];
  for (let i = 0; i < w; i++) {
    for (let j = 0; j < w; j++) {
      nodes.push(`g${i}-${j}`);
      if (i > 0) edges.push([`g${i - 1}-${j}`, `g${i}-${j}`]);
      if (j > 0) edges.push([`g${i}-${j - 1}`, `g${i}-${j}`]);
    }
  }
  return { nodes, edges };
}

/** Two stars (a and b leaves) whose centres are joined by a path of `between` nodes: λ₂ close to λ₁, as on the world network. */
function twoHubs(a: number, b: number, between: number): { nodes: string[]; edges: [string, string][] } {
  const nodes = ['hub-a', 'hub-b'];
  const edges: [string, string][] = [];
  let previous = 'hub-a';
  for (let i = 0; i < between; i++) {
    nodes.push(`path-${i}`);
    edges.push([previous, `path-${i}`]);
    previous = `path-${i}`;
  }
  edges.push([previous, 'hub-b']);
  for (let i = 0; i < a; i++) {
    nodes.push(`a-${i}`);
    edges.push(['hub-a', `a-${i}`]);
  }
  for (let i = 0; i < b; i++) {
    nodes.push(`b-${i}`);
    edges.push(['hub-b', `b-${i}`]);
  }
  return { nodes, edges };
}

/**
 * networkx's pagerank as written (power iteration from the uniform vector, dangling nodes
 * spread uniformly), iterated until nothing changes: the reference for the kernel's
 * elimination of hanging trees.
 */
function plainPagerank(csr: CsrGraph, alpha = 0.85): Float64Array {
  const n = csr.order;
  let x = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < 5000; iteration++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (csr.offsets[i + 1] === csr.offsets[i]) dangling += x[i];
    const next = new Float64Array(n).fill(((1 - alpha) + alpha * dangling) / n);
    for (let i = 0; i < n; i++) {
      const d = csr.offsets[i + 1] - csr.offsets[i];
      for (let k = csr.offsets[i]; k < csr.offsets[i + 1]; k++) next[csr.neighbours[k]] += (alpha * x[i]) / d;
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i] - x[i]);
    x = next;
    if (change < n * 1e-17) break;
  }
  return x;
}

describe('PageRank kernel: the trees hanging from the core are eliminated exactly', () => {
  // A core (two triangles sharing a node) with trees of depth 1 to 3 hanging from it, a tree
  // component (a star with a tail), a lone pair, a path of five and two isolated nodes.
  const edges: Array<[string, string]> = [
    ['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'c'],
    ['a', 'l1'], ['a', 'l2'], ['b', 't1'], ['t1', 't2'], ['t2', 't3'], ['t1', 't4'], ['e', 'u1'], ['u1', 'u2'],
    ['s', 's1'], ['s', 's2'], ['s', 's3'], ['s3', 's4'],
    ['p', 'q'],
    ['w1', 'w2'], ['w2', 'w3'], ['w3', 'w4'], ['w4', 'w5'],
  ];
  const csr = csrFromEdgeList([...new Set(edges.flat()), 'i1', 'i2'], edges);

  it('equals networkx\'s power iteration on every kind of node, and sums to 1', () => {
    const run = pagerankArray(csr);
    const expected = plainPagerank(csr);
    expect(run.scores).not.toBeNull();
    for (let i = 0; i < csr.order; i++) expect(Math.abs((run.scores as Float64Array)[i] - expected[i])).toBeLessThan(1e-14);
    expect((run.scores as Float64Array).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
    // Only the six core nodes are swept: it still takes sweeps to reach the tolerance.
    expect(run.iterations).toBeGreaterThan(5);
  });

  it('solves a forest without a sweep, exactly', () => {
    // The same nodes without the two edges that close the triangles: every component is a tree.
    const forestEdges = edges.filter(([u, v]) => !(u === 'c' && v === 'a') && !(u === 'e' && v === 'c'));
    const forest = csrFromEdgeList([...new Set(edges.flat()), 'i1', 'i2'], forestEdges);
    const run = pagerankArray(forest);
    expect(run.iterations).toBe(0);
    const expected = plainPagerank(forest);
    for (let i = 0; i < forest.order; i++) expect(Math.abs((run.scores as Float64Array)[i] - expected[i])).toBeLessThan(1e-14);
  });

  it('equals the power iteration on seeded skewed graphs with many trees', () => {
    for (const seed of [3, 11]) {
      const file = skewedGraph(`skewed-${seed}`, { nodes: 2_000, edges: 2_600, seed });
      const sparse = csrFromEdgeList(file.nodes, file.edges);
      const run = pagerankArray(sparse);
      const expected = plainPagerank(sparse);
      let worst = 0;
      for (let i = 0; i < sparse.order; i++) worst = Math.max(worst, Math.abs((run.scores as Float64Array)[i] - expected[i]));
      expect(worst).toBeLessThan(1e-13);
    }
  });
});

describe('the tridiagonal eigenpairs behind the Lanczos start', () => {
  it('a path\'s tridiagonal matrix (0 on the diagonal, 1 beside it): eigenvalues 2cos(jπ/(k+1)), top vector ∝ sin(iπ/(k+1))', () => {
    for (const k of [2, 3, 7, 40]) {
      const alpha = new Float64Array(k);
      const beta = new Float64Array(k).fill(1);
      for (let index = 0; index < Math.min(k, 3); index++) {
        expect(Math.abs(eigenvalueFromTop(alpha, beta, k, index) - 2 * Math.cos(((index + 1) * Math.PI) / (k + 1)))).toBeLessThan(1e-13);
      }
      const theta = eigenvalueFromTop(alpha, beta, k, 0);
      const out = new Float64Array(k);
      eigenvectorOf(alpha, beta, k, theta, out);
      const exact = Array.from({ length: k }, (_, i) => Math.sin(((i + 1) * Math.PI) / (k + 1)));
      const length = Math.hypot(...exact);
      const sign = Math.sign(out[0]);
      exact.forEach((value, i) => expect(Math.abs(sign * out[i] - value / length)).toBeLessThan(1e-12));
    }
  });

  it('an uneven tridiagonal matrix: the eigenvector satisfies T s = θ s and the count of eigenvalues is right', () => {
    const k = 12;
    const alpha = Float64Array.from({ length: k }, (_, i) => Math.sin(i + 1) * 3);
    const beta = Float64Array.from({ length: k }, (_, i) => 0.5 + Math.cos(i) ** 2);
    const values = Array.from({ length: k }, (_, index) => eigenvalueFromTop(alpha, beta, k, index));
    for (let i = 1; i < k; i++) expect(values[i]).toBeLessThan(values[i - 1]);
    const trace = alpha.reduce((sum, a) => sum + a, 0);
    expect(Math.abs(values.reduce((sum, v) => sum + v, 0) - trace)).toBeLessThan(1e-12);
    for (const theta of [values[0], values[5]]) {
      const s = new Float64Array(k);
      eigenvectorOf(alpha, beta, k, theta, s);
      for (let i = 0; i < k; i++) {
        const ts = alpha[i] * s[i] + (i > 0 ? beta[i - 1] * s[i - 1] : 0) + (i + 1 < k ? beta[i] * s[i + 1] : 0);
        expect(Math.abs(ts - theta * s[i])).toBeLessThan(1e-12);
      }
    }
  });
});

describe('eigenvector kernel on components large enough to start from the Lanczos vector', () => {
  it.each([
    ['skewed 3k, one component (Lanczos converges)', skewedGraph('skewed-3k', { nodes: 3_000, edges: 4_300, seed: 3 }), 0],
    ['two skewed graphs side by side, plus isolated pairs', skewedGraph('skewed-800', { nodes: 800, edges: 1_100, seed: 5 }), 600],
    ['two hubs of similar reach (λ₂ close to λ₁: plain power iteration takes hundreds of steps)', twoHubs(300, 280, 3), 0],
    ['a 30 × 30 grid (Lanczos does not converge; Chebyshev finishes)', gridGraph(30), 0],
  ])('%s: the same vector and eigenvalue as plain power iteration', (_name, file, secondSize) => {
    const nodes = [...file.nodes];
    const edges = [...file.edges];
    if (secondSize > 0) {
      const other = skewedGraph('other', { nodes: secondSize, edges: Math.round(secondSize * 1.4), seed: 9 });
      nodes.push(...other.nodes.map((id) => `b-${id}`));
      edges.push(...other.edges.map(([u, v]) => [`b-${u}`, `b-${v}`] as [string, string]));
      for (let i = 0; i < 20; i++) {
        nodes.push(`p${i}a`, `p${i}b`);
        edges.push([`p${i}a`, `p${i}b`]);
      }
    }
    const csr = csrFromEdgeList(nodes, edges);
    const run = eigenvectorArrays(csr, idRank(csr.ids));
    expect(run.scores).not.toBeNull();
    for (let c = 0; c < Math.min(run.sizes.length, 3); c++) {
      const members = csr.ids.map((_id, i) => i).filter((i) => run.component[i] === c);
      const reference = plainPowerIteration(csr, members);
      let worst = 0;
      let largest = 0;
      for (const i of members) {
        worst = Math.max(worst, Math.abs((run.scores as Float64Array)[i] - (reference.get(i) as number)));
        largest = Math.max(largest, reference.get(i) as number);
      }
      expect(worst / largest).toBeLessThan(1e-9);
      // The reference's eigenvalue: its Rayleigh quotient xᵀAx (x has unit length).
      let rayleigh = 0;
      for (const i of members) {
        for (let k = csr.offsets[i]; k < csr.offsets[i + 1]; k++) rayleigh += (reference.get(i) as number) * (reference.get(csr.neighbours[k]) as number);
      }
      expect(Math.abs(run.eigenvalues[c] - rayleigh) / rayleigh).toBeLessThan(1e-9);
      let sumSquares = 0;
      for (const i of members) sumSquares += (run.scores as Float64Array)[i] ** 2;
      expect(sumSquares).toBeCloseTo(1, 12);
    }
    if (secondSize > 0) expect(run.sizes[0]).toBeGreaterThanOrEqual(256);
  });
});

describe('CSR listing order', () => {
  it('keeps each row in edge listing order, first occurrence only, without self-loops', () => {
    const csr = csrFromEdgeList(['a', 'b', 'c', 'd'], [['a', 'd'], ['a', 'b'], ['c', 'a'], ['b', 'a'], ['a', 'a'], ['d', 'a']]);
    const row = (csr0: CsrGraph, arr: Int32Array, i: number) => Array.from(arr.subarray(csr0.offsets[i], csr0.offsets[i + 1]));
    expect(row(csr, csr.neighbours, 0)).toEqual([1, 2, 3]);
    expect(row(csr, csr.listedNeighbours, 0)).toEqual([3, 1, 2]);
    expect(row(csr, csr.listedNeighbours, 1)).toEqual([0]);
    expect(csr.listedNeighbours.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});

describe('no convergence is a coded error, not a wrong answer', () => {
  const karate = fixtures.find((f) => f.name === 'karate');
  const csr = toCsrGraph(graphFromFixture(karate!) as unknown as UndirectedGraph);

  it('PageRank: the kernel says null, pagerank() throws TIMEOUT', () => {
    expect(pagerankArray(csr, { maxIterations: 2 }).scores).toBeNull();
    expect(() => pagerank(csr, { maxIterations: 2 })).toThrow(KotaKembarError);
    expect(() => pagerank(csr, { maxIterations: 2 })).toThrow(expect.objectContaining({ code: 'TIMEOUT' }));
  });

  it('eigenvector: the kernel says null, eigenvector() throws TIMEOUT naming the iterations', () => {
    expect(eigenvectorArrays(csr, idRank(csr.ids), { maxIterations: 3 }).scores).toBeNull();
    expect(() => eigenvector(csr, { maxIterations: 3 })).toThrow(expect.objectContaining({ code: 'TIMEOUT', message: expect.stringContaining('3 iterations') }));
  });
});

describe('the kernels as pool tasks', () => {
  const pool = new AnalysisPool({ threads: 2 });
  afterAll(() => pool.close());
  const karate = fixtures.find((f) => f.name === 'karate');
  const csr = toCsrGraph(graphFromFixture(karate!) as unknown as UndirectedGraph);
  const arrays = { order: csr.order, offsets: csr.offsets, neighbours: csr.neighbours };

  it('give the same arrays as inline', async () => {
    const rank = idRank(csr.ids);
    const pr = await pool.run({ kind: 'pagerank', graph: arrays });
    expect(pr.scores).toEqual(pagerankArray(arrays).scores);
    const ev = await pool.run({ kind: 'eigenvector', graph: arrays, rank });
    const inline = eigenvectorArrays(arrays, rank);
    expect(ev.scores).toEqual(inline.scores);
    expect(ev.component).toEqual(inline.component);
    const lv = await pool.run({ kind: 'louvain', graph: { order: csr.order, offsets: csr.offsets, listedNeighbours: csr.listedNeighbours }, seed: 42 });
    const local = louvainArrays(csr, seedrandom('42'));
    expect(lv.membership).toEqual(local.membership);
    expect(lv.modularity).toBe(local.modularity);
    expect(typeof lv.threadId).toBe('number');
  });
});
