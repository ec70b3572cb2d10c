import { projectOneMode } from '../../src/analysis/one-mode-projection';
import { bipartiteGraph } from '../../bench/bipartite-graph';
import { toGraphology } from '../../bench/edge-list';
import { compareProjections, projectionDigest } from '../../bench/projection-digest';

const spec = { nodes: 300, edges: 431, home: 100, seed: 7, offset: 1 };

/** Shared neighbours on the other side, for every pair of `side` with at least one, by brute force. */
function bruteForceProjection(file: ReturnType<typeof bipartiteGraph>, onHome: boolean): Record<string, number> {
  const home = new Set(file.home);
  const neighbours = new Map(file.nodes.map((id) => [id, new Set<string>()]));
  for (const [u, v] of file.edges) {
    neighbours.get(u)!.add(v);
    neighbours.get(v)!.add(u);
  }
  const side = file.nodes.filter((id) => home.has(id) === onHome).sort();
  const weights: Record<string, number> = {};
  for (let i = 0; i < side.length; i++)
    for (let j = i + 1; j < side.length; j++) {
      let shared = 0;
      for (const x of neighbours.get(side[i])!) if (neighbours.get(side[j])!.has(x)) shared++;
      if (shared > 0) weights[`${side[i]} ${side[j]}`] = shared;
    }
  return weights;
}

describe('bipartiteGraph (bench two-mode graphs)', () => {
  const file = bipartiteGraph('test', spec);
  const home = new Set(file.home);

  it('is deterministic for a seed and changes with it', () => {
    expect(bipartiteGraph('test', spec)).toEqual(file);
    expect(bipartiteGraph('test', { ...spec, seed: 8 }).edges).not.toEqual(file.edges);
  });

  it('has exactly the requested nodes, edges and home side, and every node has an edge', () => {
    expect(file.nodes).toHaveLength(spec.nodes);
    expect(new Set(file.nodes).size).toBe(spec.nodes);
    expect(file.edges).toHaveLength(spec.edges);
    expect(home.size).toBe(spec.home);
    expect(file.home.every((id) => file.nodes.includes(id))).toBe(true);
    const touched = new Set(file.edges.flat());
    expect(file.nodes.filter((id) => !touched.has(id))).toEqual([]);
  });

  it('is bipartite: every edge joins a home node to a foreign one, written [home, foreign]', () => {
    expect(file.edges.filter(([h, f]) => !home.has(h) || home.has(f))).toEqual([]);
  });

  it('has no duplicate edges and no self-loops', () => {
    const keys = file.edges.map(([u, v]) => (u < v ? `${u} ${v}` : `${v} ${u}`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(file.edges.filter(([u, v]) => u === v)).toEqual([]);
  });

  it('is skewed: a home hub far above the median degree', () => {
    const degree = new Map<string, number>();
    for (const [h] of file.edges) degree.set(h, (degree.get(h) ?? 0) + 1);
    const degrees = [...degree.values()].sort((a, b) => a - b);
    expect(degrees[degrees.length - 1]).toBeGreaterThan(5 * degrees[Math.floor(degrees.length / 2)]);
  });

  it('rejects counts it cannot meet', () => {
    expect(() => bipartiteGraph('bad', { ...spec, edges: spec.nodes - 1 })).toThrow(RangeError);
    expect(() => bipartiteGraph('bad', { ...spec, edges: 2 * spec.nodes })).toThrow(RangeError);
    expect(() => bipartiteGraph('bad', { ...spec, home: 1 })).toThrow(RangeError);
  });

  it.each([
    ['INDONESIAN_BY_SHARED_PARTNER', true],
    ['FOREIGN_BY_SHARED_PARTNER', false],
  ] as const)('projectOneMode %s on it counts shared neighbours as brute force does', (projection, onHome) => {
    const projected = projectOneMode(toGraphology(file), projection);
    const weights: Record<string, number> = {};
    projected.forEachEdge((_e, a, s, t) => (weights[s < t ? `${s} ${t}` : `${t} ${s}`] = a.sharedPartners as number));
    const expected = bruteForceProjection(file, onHome);
    expect(Object.keys(expected).length).toBeGreaterThan(100);
    expect(weights).toEqual(expected);
    expect(projected.order).toBe(onHome ? spec.home : spec.nodes - spec.home);
  });
});

describe('projection digests (bench cross-check)', () => {
  const edges: [string, string, number][] = [
    ['a', 'b', 2],
    ['c', 'a', 1],
    ['b', 'c', 3],
  ];

  it('do not depend on edge order or orientation', () => {
    const reordered: [string, string, number][] = [
      ['b', 'a', 2],
      ['b', 'c', 3],
      ['a', 'c', 1],
    ];
    expect(projectionDigest(reordered)).toEqual(projectionDigest(edges));
    expect(compareProjections(projectionDigest(reordered), projectionDigest(edges))).toEqual({ agreement: 0 });
  });

  it('name a differing pair, or say what differs when only digests were written', () => {
    const changed = projectionDigest([edges[0], edges[1], ['b', 'c', 4]]);
    const result = compareProjections(changed, projectionDigest(edges));
    expect(result.agreement).toBeCloseTo(1 / 3);
    expect(result.note).toContain('b–c 4 vs 3');
    const { weights: _w, ...digestOnly } = projectionDigest(edges.slice(1));
    expect(compareProjections(digestOnly, projectionDigest(edges))).toEqual({
      agreement: 1,
      note: expect.stringContaining('2 vs 3 edges') as string,
    });
  });
});
