/**
 * The API's clustering analyses on typed arrays: a one-mode projection
 * (one-mode-projection.ts) followed by triangle clustering, or the two-mode
 * clustering, each over the network's CSR (clustering.ts). `oneModeInput` turns a
 * graphology network into the kernel's input on SharedArrayBuffers, so a pool
 * worker (../worker/pool-worker.ts) reads it without a copy.
 */
import type { OneModeProjection } from '../one-mode-projection';
import type { GovernmentGraph } from '../types';
import { bipartiteClusteringArrays, clusteringFromEdges, type ClusteringArrays, type CsrAdjacency } from './clustering';
import type { CsrGraph } from './csr-graph';
import { projectOneModeArrays, type ProjectionInput } from './one-mode-projection';

export interface OneModeClusteringResult extends ClusteringArrays {
  /** Edges of the projection. */
  edges: number;
}

/**
 * The kernel input of `projection` over `network` (whose CSR is `csr`, in
 * `network.nodes()` order), and the projected nodes' ids: the side's nodes
 * sorted by id, as projectOneMode orders them.
 */
export function oneModeInput(network: GovernmentGraph, csr: CsrGraph, projection: OneModeProjection): { input: ProjectionInput; ids: string[] } {
  const indonesianSide = projection !== 'FOREIGN_BY_SHARED_PARTNER';
  const byCountry = projection === 'INDONESIAN_BY_SHARED_COUNTRY';
  const n = csr.order;
  const itemOf = new Int32Array(new SharedArrayBuffer(4 * Math.max(n, 1)), 0, n);
  const sideList: number[] = [];
  const countries = new Map<string, number>();
  for (let u = 0; u < n; u++) {
    const a = network.getNodeAttributes(csr.ids[u]);
    if (a.isIndonesian === indonesianSide) {
      sideList.push(u);
      itemOf[u] = -1;
    } else if (byCountry) {
      let c = countries.get(a.countryCode);
      if (c === undefined) countries.set(a.countryCode, (c = countries.size));
      itemOf[u] = c;
    } else {
      itemOf[u] = u;
    }
  }
  const ids = csr.ids;
  sideList.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const side = new Int32Array(new SharedArrayBuffer(4 * Math.max(sideList.length, 1)), 0, sideList.length);
  side.set(sideList);
  return {
    input: { offsets: csr.offsets, neighbours: csr.neighbours, side, itemOf, itemCount: byCountry ? countries.size : n },
    ids: sideList.map((u) => ids[u]),
  };
}

/** Project, then cluster the projection: coefficients in side order. */
export function oneModeClustering(input: ProjectionInput): OneModeClusteringResult {
  const projection = projectOneModeArrays(input);
  return { ...clusteringFromEdges(projection.order, projection.sources, projection.targets), edges: projection.size };
}

/** Two-mode (Latapy dot, Robins-Alexander) clustering of the network itself, in CSR order. */
export function twoModeClustering(csr: CsrAdjacency): ClusteringArrays {
  return bipartiteClusteringArrays(csr);
}
