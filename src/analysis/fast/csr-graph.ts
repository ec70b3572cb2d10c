/**
 * Compact undirected graph in CSR (compressed sparse row) form.
 *
 * Node `i` has the neighbours `neighbours[offsets[i] .. offsets[i + 1])`, each
 * listed once: parallel edges merge and self-loops are dropped, because neither
 * changes a shortest path (networkx `Graph` semantics). Both arrays live on
 * `SharedArrayBuffer`s so worker threads read them without copying.
 */
import type Graph from 'graphology';

export interface CsrGraph {
  /** Number of nodes. */
  readonly order: number;
  /** Number of distinct undirected edges (without self-loops). */
  readonly size: number;
  /** Node id of each index, in the source graph's node order. */
  readonly ids: readonly string[];
  /** `order + 1` offsets into `neighbours`. */
  readonly offsets: Int32Array;
  /** Neighbour indices, `2 * size` of them, sorted within each node. */
  readonly neighbours: Int32Array;
  /**
   * The same neighbours (same `offsets`), each row in the order the source listed the
   * edges (first occurrence kept): graphology's edge order for `toCsrGraph`. Louvain
   * reads it, so its partition for a seed equals graphology-communities-louvain's.
   */
  readonly listedNeighbours: Int32Array;
}

/**
 * Builds a CSR graph from node ids and undirected edges given as index pairs.
 * Throws a RangeError for an index outside `[0, ids.length)`.
 */
export function csrFromIndexPairs(ids: readonly string[], sources: ArrayLike<number>, targets: ArrayLike<number>): CsrGraph {
  const order = ids.length;
  const pairCount = sources.length;
  const degree = new Int32Array(order + 1);
  for (let e = 0; e < pairCount; e++) {
    const u = sources[e];
    const v = targets[e];
    if (!(u >= 0 && u < order && v >= 0 && v < order)) {
      throw new RangeError(`Edge ${e} joins node indices ${u} and ${v}, expected both in [0, ${order}).`);
    }
    if (u === v) continue;
    degree[u]++;
    degree[v]++;
  }
  const rawOffsets = new Int32Array(order + 1);
  for (let i = 0; i < order; i++) rawOffsets[i + 1] = rawOffsets[i] + degree[i];
  const raw = new Int32Array(rawOffsets[order]);
  const fill = rawOffsets.slice(0, order);
  for (let e = 0; e < pairCount; e++) {
    const u = sources[e];
    const v = targets[e];
    if (u === v) continue;
    raw[fill[u]++] = v;
    raw[fill[v]++] = u;
  }
  const listed = raw.slice();
  // Sort each row and drop duplicates (parallel edges) in place.
  const offsets = new Int32Array(new SharedArrayBuffer(4 * (order + 1)));
  let write = 0;
  for (let i = 0; i < order; i++) {
    const row = raw.subarray(rawOffsets[i], rawOffsets[i + 1]).sort();
    offsets[i] = write;
    for (let k = 0; k < row.length; k++) {
      if (k === 0 || row[k] !== row[k - 1]) raw[write++] = row[k];
    }
  }
  offsets[order] = write;
  const neighbours = new Int32Array(new SharedArrayBuffer(4 * Math.max(write, 1)), 0, write);
  neighbours.set(raw.subarray(0, write));
  const listedNeighbours = new Int32Array(new SharedArrayBuffer(4 * Math.max(write, 1)), 0, write);
  if (write === listed.length) listedNeighbours.set(listed);
  else {
    // Parallel edges: keep each neighbour's first listing, as graphology's mergeEdge does.
    const seenIn = new Int32Array(order).fill(-1);
    for (let i = 0, at = 0; i < order; i++) {
      for (let k = rawOffsets[i]; k < rawOffsets[i + 1]; k++) {
        if (seenIn[listed[k]] === i) continue;
        seenIn[listed[k]] = i;
        listedNeighbours[at++] = listed[k];
      }
    }
  }
  return { order, size: write / 2, ids, offsets, neighbours, listedNeighbours };
}

/**
 * Builds a CSR graph from node ids and an edge list of id pairs. Nodes that are
 * only named by edges are appended after `nodes`, in order of appearance.
 */
export function csrFromEdgeList(nodes: Iterable<string>, edges: Iterable<readonly [string, string]>): CsrGraph {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const indexOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  for (const id of nodes) indexOf(id);
  const sources: number[] = [];
  const targets: number[] = [];
  for (const [u, v] of edges) {
    sources.push(indexOf(u));
    targets.push(indexOf(v));
  }
  return csrFromIndexPairs(ids, sources, targets);
}

/**
 * Builds a CSR graph from a graphology graph, reading every edge as undirected
 * (as networkx does after `to_undirected()`). Node order is `graph.nodes()` order.
 */
export function toCsrGraph(graph: Graph): CsrGraph {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i], i);
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    sources[e] = index.get(source) as number;
    targets[e] = index.get(target) as number;
    e++;
  });
  return csrFromIndexPairs(ids, sources, targets);
}

/** True when `value` looks like a CsrGraph (used to accept either form). */
export function isCsrGraph(value: unknown): value is CsrGraph {
  return typeof value === 'object' && value !== null && (value as CsrGraph).offsets instanceof Int32Array && (value as CsrGraph).neighbours instanceof Int32Array;
}

const csrCache = new WeakMap<Graph, CsrGraph>();

/**
 * `toCsrGraph(graph)`, built once per graph object and kept as long as the graph
 * is: the API's graphs are immutable once projected and cached, so every kernel
 * that runs on one shares its CSR.
 */
export function cachedCsrGraph(graph: Graph): CsrGraph {
  let csr = csrCache.get(graph);
  if (!csr) csrCache.set(graph, (csr = toCsrGraph(graph)));
  return csr;
}
