/** Reading the benchmark's JSON edge lists into graphology and CSR graphs. */
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import type { EdgeListFile } from './skewed-graph';
import { csrFromEdgeList, type CsrGraph } from '../src/analysis/fast';
import type { NetworkNodeAttributes } from '../src/analysis/types';

export function readEdgeListFile(path: string): EdgeListFile {
  return JSON.parse(readFileSync(path, 'utf8')) as EdgeListFile;
}

/** The graph as the API builds it: undirected, simple, no self-loops; `home` nodes (if any) are the Indonesian side. */
export function toGraphology(file: EdgeListFile): UndirectedGraph<NetworkNodeAttributes> {
  const graph = new UndirectedGraph<NetworkNodeAttributes>({ multi: false, allowSelfLoops: false });
  const home = new Set(file.home ?? []);
  for (const id of file.nodes) {
    const isIndonesian = home.has(id);
    graph.addNode(id, { name: id, isIndonesian, countryCode: isIndonesian ? 'ID' : 'XX', level: 'CITY', parentId: null });
  }
  for (const [u, v] of file.edges) if (u !== v) graph.mergeEdge(u, v);
  return graph;
}

export function toCsr(file: EdgeListFile): CsrGraph {
  return csrFromEdgeList(file.nodes, file.edges);
}
