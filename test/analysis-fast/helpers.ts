import { UndirectedGraph } from 'graphology';
import { mulberry32 } from '../../bench/skewed-graph';

/** Expects the same keys and every value within `tolerance` relative (absolute below 1). */
export function expectScoresClose(actual: Record<string, number>, expected: Record<string, number>, tolerance: number): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, value] of Object.entries(expected)) {
    const got = actual[id];
    expect(Number.isFinite(got)).toBe(true);
    const error = Math.abs(got - value) / Math.max(1, Math.abs(value));
    if (error > tolerance) throw new Error(`Score of "${id}" is ${got}, expected ${value} (relative error ${error} > ${tolerance}).`);
  }
}

/**
 * A seeded random undirected graph: `components` preferential-attachment trees
 * with extra random chords, plus isolates and optional self-loops, so it has
 * leaves, cycles, several components and nodes that reach nobody.
 */
export function randomGraph(seed: number, options: { nodes: number; components?: number; chords?: number; isolates?: number; selfLoops?: boolean }): UndirectedGraph {
  const random = mulberry32(seed);
  const graph = new UndirectedGraph();
  const components = options.components ?? 1;
  let next = 0;
  const pickOf = (list: string[]): string => list[Math.floor(random() * list.length)];
  for (let c = 0; c < components; c++) {
    const size = Math.max(1, Math.round(options.nodes / components));
    const members: string[] = [];
    const ends: string[] = [];
    for (let i = 0; i < size; i++) {
      const id = `v${next++}`;
      graph.addNode(id);
      if (members.length > 0) {
        const target = ends.length > 0 && random() < 0.8 ? pickOf(ends) : pickOf(members);
        graph.addEdge(id, target);
        ends.push(id, target);
      }
      members.push(id);
    }
    const chords = Math.round((options.chords ?? 0.3) * size);
    for (let k = 0; k < chords && members.length > 2; k++) graph.mergeEdge(pickOf(members), pickOf(members));
  }
  for (let i = 0; i < (options.isolates ?? 0); i++) graph.addNode(`iso${i}`);
  if (!options.selfLoops) graph.filterEdges((_e, _a, s, t) => s === t).forEach((e) => graph.dropEdge(e));
  return graph;
}

/** Harmonic centrality by a plain BFS per node, as networkx defines it. */
export function referenceHarmonic(graph: UndirectedGraph): Record<string, number> {
  const scores: Record<string, number> = {};
  graph.forEachNode((source) => {
    const dist = new Map<string, number>([[source, 0]]);
    const queue = [source];
    let sum = 0;
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head];
      const d = dist.get(v) as number;
      if (d > 0) sum += 1 / d;
      graph.forEachNeighbor(v, (w) => {
        if (!dist.has(w)) {
          dist.set(w, d + 1);
          queue.push(w);
        }
      });
    }
    scores[source] = sum;
  });
  return scores;
}
