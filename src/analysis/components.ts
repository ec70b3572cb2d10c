/**
 * Connected components: maximal sets of governments linked by chains of
 * partnerships. Sorted by size descending, then by the smallest member id;
 * members sorted by id. `index` is the 0-based position in that order and is the
 * component index other results (eigenvector centrality) refer to.
 *
 * Matches networkx `connected_components` (as sets; networkx yields them unordered).
 */
import { connectedComponents } from 'graphology-components';
import type { GovernmentGraph } from './types';

export interface Component {
  index: number;
  size: number;
  /** Member ids, sorted. */
  members: string[];
}

export function components(graph: GovernmentGraph): Component[] {
  const sets = connectedComponents(graph).map((members) => [...members].sort());
  sets.sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sets.map((members, index) => ({ index, size: members.length, members }));
}
