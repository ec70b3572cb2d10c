/**
 * Deterministic positions for drawing the partnership network: ForceAtlas2
 * (Jacomy et al. 2014, graphology-layout-forceatlas2) started from a seeded
 * random layout, so the same graph and seed always give the same picture.
 * Unweighted (strength is not used as an attraction weight), settings inferred
 * from the graph's size, with the Barnes–Hut approximation (deterministic too:
 * the same start positions build the same tree).
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
  /** Lay out only these nodes (and the edges among them); every node when omitted. */
  only?: ReadonlySet<string>;
}

export type Positions = Record<string, { x: number; y: number }>;

/** Positions for every node of `graph` (which is not modified), rounded to 3 decimals. */
export function forceLayout(graph: AbstractGraph, options: LayoutOptions = {}): Positions {
  const seed = options.seed ?? 42;
  const iterations = options.iterations ?? 200;
  const rng = seedrandom(String(seed));
  const copy = new UndirectedGraph();
  // Nodes in id order: the start positions must not depend on insertion order.
  const only = options.only;
  for (const id of [...graph.nodes()].sort()) if (!only || only.has(id)) copy.addNode(id, { x: rng() * 100, y: rng() * 100 });
  graph.forEachEdge((_e, _a, s, t) => {
    if (copy.hasNode(s) && copy.hasNode(t) && !copy.hasEdge(s, t)) copy.addEdge(s, t);
  });
  if (copy.order === 0) return {};
  const positions: Positions =
    copy.size === 0
      ? Object.fromEntries(copy.mapNodes((id, a) => [id, { x: a.x as number, y: a.y as number }]))
      : forceAtlas2(copy, {
          iterations,
          getEdgeWeight: null,
          settings: { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: true },
        });
  const out: Positions = {};
  for (const [id, p] of Object.entries(positions)) out[id] = { x: round3(p.x), y: round3(p.y) };
  return out;
}

function round3(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0;
}
