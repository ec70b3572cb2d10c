/**
 * Seeded synthetic graphs with a skewed (power-law-like) degree distribution,
 * written as JSON edge lists so every library in the benchmark reads exactly
 * the same graph.
 *
 * Preferential attachment (Barabási–Albert) with a mixed number of links per
 * new node: node i >= 2 attaches with one or two edges to distinct earlier
 * nodes chosen with probability proportional to degree, and exactly
 * `edges - (nodes - 1)` of them take two, so the edge count is exact. The
 * result is connected, which is the worst case for all-pairs shortest paths.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SkewedGraphSpec {
  nodes: number;
  edges: number;
  seed: number;
}

export interface EdgeListFile {
  name: string;
  nodes: string[];
  edges: [string, string][];
  /** Two-mode graphs only (bench/bipartite-graph.ts): the nodes on the home (Indonesian) side. */
  home?: string[];
}

/** Small, fast, seedable PRNG (mulberry32) returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the graph; throws a RangeError when the edge count cannot be met. */
export function skewedGraph(name: string, spec: SkewedGraphSpec): EdgeListFile {
  const { nodes, edges, seed } = spec;
  const extra = edges - (nodes - 1);
  if (nodes < 3 || extra < 0 || extra > nodes - 3) {
    throw new RangeError(`Expected nodes >= 3 and edges between nodes - 1 and 2 * nodes - 4, got ${nodes} nodes and ${edges} edges.`);
  }
  const random = mulberry32(seed);
  const ends = new Int32Array(2 * edges);
  let endCount = 0;
  const pairs: [number, number][] = [[1, 0]];
  ends[endCount++] = 0;
  ends[endCount++] = 1;
  let extraLeft = extra;
  for (let i = 2; i < nodes; i++) {
    // Selection sampling: exactly `extra` of the nodes 3..n-1 take a second edge.
    const links = i >= 3 && random() * (nodes - i) < extraLeft ? 2 : 1;
    if (links === 2) extraLeft--;
    let first = -1;
    const endsBefore = endCount;
    for (let l = 0; l < links; l++) {
      let target: number;
      do target = ends[Math.floor(random() * endsBefore)];
      while (target === first);
      first = target;
      pairs.push([i, target]);
      ends[endCount++] = i;
      ends[endCount++] = target;
    }
  }
  const ids = Array.from({ length: nodes }, (_, i) => `n${i}`);
  return { name, nodes: ids, edges: pairs.map(([u, v]) => [ids[u], ids[v]]) };
}

/** Writes an edge list file (creating its folder). */
export function writeEdgeListFile(path: string, file: EdgeListFile): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(file));
}
