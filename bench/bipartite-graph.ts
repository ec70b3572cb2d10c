/**
 * Seeded synthetic two-mode graphs for timing the one-mode projections: every
 * edge joins a "home" node (the Indonesian side) to a "foreign" node, with a
 * skewed degree distribution like the partnership network's, where a few
 * provinces and big cities hold most ties. Written as JSON edge lists with the
 * home side listed in `home`, so every library projects the same graph.
 *
 * Bipartite preferential attachment: nodes 0, 1 (home) and 2, 3 (foreign)
 * start as a complete K2,2; each later node is home or foreign (selection
 * sampling, so exactly `home` of them are home) and links to one or two
 * distinct nodes of the other side, chosen with probability proportional to
 * degree + `offset`. Exactly `edges - nodes` of the later nodes take two links,
 * so node and edge counts are exact, every node has at least one edge, no edge
 * repeats and the graph is connected. Edges are written [home, foreign].
 *
 * Why an offset: a projection has about as many edges as the sum over the
 * other side of deg²/2, so the hubs decide its size. With weights proportional
 * to degree alone (offset 0), a home node (a third of the nodes, picked by the
 * two thirds that are foreign) grows like t^(2/3): at 100,000 nodes / 144,130
 * edges the largest home degree is 2,276 and the foreign-side projection has
 * 10.5 million edges, which takes graphology gigabytes (and it is not far from
 * the 2^24 entries a V8 Map, hence a graphology graph, can hold). Weights of
 * degree + a slow the hubs to t^b with b = (2/3)(E/N) / (E/N + a/3), E/N ~ 1.44.
 * The benchmark uses a = 1 ("degree + 1"; see BIPARTITE in bench/graphs.ts):
 * largest home degree 83 / 166 / 1,089 at 1k / 14k / 100k nodes, median 2, and
 * foreign-side projections of 12,262 / 210,823 / 2,670,067 edges (home side:
 * 1,706 / 24,105 / 176,921). a = 2 would give 1.4 million at 100k, a = 0.25
 * 5.8 million.
 */
import type { EdgeListFile } from './skewed-graph';
import { mulberry32 } from './skewed-graph';

export interface BipartiteGraphSpec {
  nodes: number;
  edges: number;
  /** How many of the nodes are on the home (Indonesian-like) side. */
  home: number;
  seed: number;
  /** Attachment weight is degree + offset (>= 0: every earlier node has degree >= 1). */
  offset: number;
}

/** Builds the graph; throws a RangeError when the counts cannot be met. */
export function bipartiteGraph(name: string, spec: BipartiteGraphSpec): EdgeListFile & { home: string[] } {
  const { nodes, edges, home, seed, offset } = spec;
  const foreign = nodes - home;
  const extra = edges - nodes; // K2,2 has 4 nodes and 4 edges; each later node adds 1 edge, `extra` of them 2.
  if (home < 2 || foreign < 2 || extra < 0 || extra > nodes - 4 || !(offset >= 0)) {
    throw new RangeError(
      `Expected home and foreign sides of at least 2 nodes, edges between nodes and 2 * nodes - 4, and offset >= 0; got ${nodes} nodes (${home} home), ${edges} edges, offset ${offset}.`,
    );
  }
  const random = mulberry32(seed);
  const isHome = new Uint8Array(nodes);
  // Per side: its nodes in arrival order, and one entry per edge end (sampling by degree).
  const members: [Int32Array, Int32Array] = [new Int32Array(foreign), new Int32Array(home)];
  const memberCount = [0, 0];
  const ends: [Int32Array, Int32Array] = [new Int32Array(edges), new Int32Array(edges)];
  const endCount = [0, 0];
  const pairs: [number, number][] = [];
  const addNode = (id: number, side: 0 | 1): void => {
    isHome[id] = side;
    members[side][memberCount[side]++] = id;
  };
  const addEdge = (h: number, f: number): void => {
    pairs.push([h, f]);
    ends[1][endCount[1]++] = h;
    ends[0][endCount[0]++] = f;
  };
  /** A node of `side`, with probability proportional to degree + offset. */
  const pick = (side: 0 | 1): number => {
    const degreeWeight = endCount[side];
    const r = random() * (degreeWeight + offset * memberCount[side]);
    return r < degreeWeight ? ends[side][Math.floor(r)] : members[side][Math.floor((r - degreeWeight) / offset)];
  };

  addNode(0, 1);
  addNode(1, 1);
  addNode(2, 0);
  addNode(3, 0);
  for (const h of [0, 1]) for (const f of [2, 3]) addEdge(h, f);
  let homeLeft = home - 2;
  let extraLeft = extra;
  for (let i = 4; i < nodes; i++) {
    const left = nodes - i;
    const side: 0 | 1 = random() * left < homeLeft ? 1 : 0;
    if (side === 1) homeLeft--;
    const links = random() * left < extraLeft ? 2 : 1;
    if (links === 2) extraLeft--;
    const other: 0 | 1 = side === 1 ? 0 : 1;
    // Targets are drawn before the new node joins its side, so they are all earlier nodes.
    let first = -1;
    for (let l = 0; l < links; l++) {
      let target: number;
      do target = pick(other);
      while (target === first);
      first = target;
      if (side === 1) addEdge(i, target);
      else addEdge(target, i);
    }
    addNode(i, side);
  }
  const ids = Array.from({ length: nodes }, (_, i) => `n${i}`);
  return {
    name,
    nodes: ids,
    edges: pairs.map(([h, f]) => [ids[h], ids[f]]),
    home: ids.filter((_, i) => isHome[i] === 1),
  };
}
