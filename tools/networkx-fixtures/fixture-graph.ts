/**
 * The JSON shape of a fixture graph and how to turn it into the graph our
 * metrics take. Shared by export-edges.ts and test/analysis.
 */
import type { NetworkFilter } from '../../src/analysis/filter';
import { emptyNetwork } from '../../src/analysis/projection';
import type { GovernmentGraph, NetworkNodeAttributes } from '../../src/analysis/types';
import type { GovernmentLevel } from '../../src/domain/model';

export interface FixtureGraph {
  name: string;
  description: string;
  filter?: NetworkFilter;
  nodes: Array<{ id: string; level?: string; isIndonesian?: boolean; countryCode?: string }>;
  /** [source, target] or [source, target, strength]. */
  edges: Array<[string, string] | [string, string, number]>;
  /** Louvain membership per seed, written by export-edges.ts. */
  louvain?: Record<string, Record<string, number>>;
}

/** Nodes in the fixture's order (sorted ids), edges in the fixture's order. */
export function graphFromFixture(fixture: FixtureGraph): GovernmentGraph {
  const graph = emptyNetwork<{ strength: number }>();
  for (const n of fixture.nodes) {
    const attrs: NetworkNodeAttributes = {
      name: n.id,
      level: (n.level ?? 'OTHER') as GovernmentLevel,
      countryCode: n.countryCode ?? (n.isIndonesian ? 'ID' : 'XX'),
      parentId: null,
      isIndonesian: n.isIndonesian ?? false,
    };
    graph.addNode(n.id, attrs);
  }
  for (const e of fixture.edges) graph.addEdge(e[0], e[1], { strength: e[2] ?? 1 });
  return graph;
}
