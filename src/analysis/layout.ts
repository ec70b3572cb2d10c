/**
 * Deterministic positions for drawing the partnership network: ForceAtlas2
 * (Jacomy et al. 2014, graphology-layout-forceatlas2) started from a seeded
 * random layout, so the same graph and seed always give the same picture.
 * Unweighted (strength is not used as an attraction weight), settings inferred
 * from the graph's size, with the Barnes–Hut approximation (deterministic too:
 * the same start positions build the same tree).
 *
 * The layout is plain data in and out (`layoutInput` → `layoutArrays`: ids, edge index
 * pairs, positions in a Float64Array), so the AnalysisService runs it on a pool thread
 * (worker/pool-worker.ts), off the event loop; `forceLayout` is the same computation inline.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { AbstractGraph } from 'graphology-types';
import seedrandom from 'seedrandom';

export interface LayoutOptions {
  /** Seed of the initial random positions. Defaults to 42. */
  seed?: number;
  /** ForceAtlas2 iterations. Defaults to 200. */
  iterations?: number;
}

/** The Indonesian nodes of `network` and every node tied to one of them (the world around Indonesia). */
export function aroundIndonesia(network: AbstractGraph): Set<string> {
  const keep = new Set<string>();
  network.forEachNode((id, a) => {
    if (!a.isIndonesian) return;
    keep.add(id);
    network.forEachNeighbor(id, (n) => keep.add(n));
  });
  return keep;
}

export type Positions = Record<string, { x: number; y: number }>;

/** What the layout needs of a graph: node ids in id order and its edges as index pairs (in the graph's edge order). */
export interface LayoutInput {
  ids: string[];
  sources: Int32Array;
  targets: Int32Array;
}

/** The layout's input from `graph`, only the nodes in `only` (and the edges among them) when given; one pass over nodes and edges. */
export function layoutInput(graph: AbstractGraph, only?: ReadonlySet<string>): LayoutInput {
  // Nodes in id order: the start positions must not depend on insertion order.
  const ids = [...graph.nodes()].filter((id) => !only || only.has(id)).sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    const i = index.get(s);
    const j = index.get(t);
    if (i === undefined || j === undefined) return;
    sources[e] = i;
    targets[e++] = j;
  });
  return { ids, sources: sources.subarray(0, e), targets: targets.subarray(0, e) };
}

/**
 * ForceAtlas2 positions of `input`'s nodes: x of node i at `2i`, y at `2i + 1`, rounded to
 * 3 decimals. Plain data in and out, so it runs as well on a pool thread as inline.
 */
export function layoutArrays(input: LayoutInput, options: LayoutOptions = {}): Float64Array {
  const seed = options.seed ?? 42;
  const iterations = options.iterations ?? 200;
  const rng = seedrandom(String(seed));
  const { ids, sources, targets } = input;
  const copy = new UndirectedGraph();
  for (const id of ids) copy.addNode(id, { x: rng() * 100, y: rng() * 100 });
  for (let e = 0; e < sources.length; e++) {
    const s = ids[sources[e]];
    const t = ids[targets[e]];
    if (!copy.hasEdge(s, t)) copy.addEdge(s, t);
  }
  const out = new Float64Array(2 * ids.length);
  if (copy.order === 0) return out;
  const positions: Record<string, { x: number; y: number }> =
    copy.size === 0
      ? Object.fromEntries(copy.mapNodes((id, a) => [id, { x: a.x as number, y: a.y as number }]))
      : forceAtlas2(copy, {
          iterations,
          getEdgeWeight: null,
          settings: { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: true },
        });
  ids.forEach((id, i) => {
    out[2 * i] = round3(positions[id].x);
    out[2 * i + 1] = round3(positions[id].y);
  });
  return out;
}

/** `layoutArrays`' positions by node id. */
export function toPositions(ids: readonly string[], xy: Float64Array): Positions {
  const out: Positions = {};
  ids.forEach((id, i) => (out[id] = { x: xy[2 * i], y: xy[2 * i + 1] }));
  return out;
}

/** Positions for every node of `graph` (or those in `options.only`; the graph is not modified), rounded to 3 decimals, computed inline. */
export function forceLayout(graph: AbstractGraph, options: LayoutOptions & { only?: ReadonlySet<string> } = {}): Positions {
  const input = layoutInput(graph, options.only);
  return toPositions(input.ids, layoutArrays(input, options));
}

function round3(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0;
}
