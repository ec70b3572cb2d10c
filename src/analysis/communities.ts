/**
 * Communities by the Louvain method (Blondel et al. 2008), unweighted, resolution 1,
 * with a seeded random number generator (seedrandom) so the same data and seed
 * always give the same partition. The algorithm is graphology-communities-louvain's
 * (fastLocalMoves, randomWalk), run on the graph's CSR arrays
 * (fast/louvain-kernel.ts): the same seed gives the same partition as that library.
 *
 * Modularity is Newman's Q of the returned partition with resolution 1,
 * unweighted (equal to networkx `community.modularity(G, partition, weight=None,
 * resolution=1)`). On a network without edges modularity is undefined (null), and
 * every node is its own community.
 *
 * Communities are renumbered: sorted by size descending then smallest member id,
 * `id` = 0-based position; members sorted by id.
 */
import seedrandom from 'seedrandom';
import { asCsrGraph, type CsrGraph } from './fast';
import { idRank } from './fast/id-rank';
import { louvainArrays } from './fast/louvain-kernel';
import type { GovernmentGraph } from './types';

export interface Community {
  id: number;
  members: string[];
}

export interface CommunityResult {
  communities: Community[];
  /** Q of the partition (resolution 1, unweighted), or null when the network has no edges. */
  modularity: number | null;
  /** Community id of each node. */
  membership: Record<string, number>;
  seed: number;
}

export interface CommunityOptions {
  /** Seed for the random number generator. Defaults to 42. */
  seed?: number;
}

/**
 * Louvain communities of a graphology graph or of its CSR form; `rank` (each node's
 * position in sorted id order, fast/id-rank.ts) may be passed when the caller keeps it.
 */
export function communities(graph: GovernmentGraph | CsrGraph, options: CommunityOptions = {}, rank?: Int32Array): CommunityResult {
  const seed = options.seed ?? 42;
  const csr = asCsrGraph(graph);
  const run = louvainArrays(csr, seedrandom(String(seed)));
  return communityResult(csr.ids, run.membership, run.count, run.modularity, seed, rank ?? idRank(csr.ids));
}

/** The kernel's partition as the renumbered result keyed by node id. */
export function communityResult(
  ids: readonly string[],
  membership: Int32Array,
  count: number,
  modularity: number,
  seed: number,
  rank: Int32Array,
): CommunityResult {
  const n = ids.length;
  const byRank = new Int32Array(n);
  for (let i = 0; i < n; i++) byRank[rank[i]] = i;
  // Members in id order: each community's first member is its smallest id.
  const groups: string[][] = Array.from({ length: count }, () => []);
  const least = new Int32Array(count).fill(n);
  for (let r = 0; r < n; r++) {
    const i = byRank[r];
    const c = membership[i];
    if (least[c] === n) least[c] = r;
    groups[c].push(ids[i]);
  }
  const order = Array.from({ length: count }, (_, c) => c)
    .filter((c) => groups[c].length > 0)
    .sort((a, b) => groups[b].length - groups[a].length || least[a] - least[b]);
  const list = order.map((c, id) => ({ id, members: groups[c] }));
  const byId: Record<string, number> = {};
  for (const c of list) for (const m of c.members) byId[m] = c.id;
  return { communities: list, modularity: Number.isNaN(modularity) ? null : modularity, membership: byId, seed };
}
