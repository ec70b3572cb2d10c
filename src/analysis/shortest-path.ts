/**
 * Shortest path between two governments, counted in partnership steps
 * (unweighted breadth-first search, as networkx `shortest_path(G, s, t)` with no
 * weight). When several shortest paths exist, the one returned is the first found
 * visiting neighbours in id order, so the answer is repeatable.
 * Returns the ids from `from` to `to`, [from] when they are the same, or null
 * when no chain of partnerships links them.
 */
import { NotFoundError } from '../domain/errors';
import type { GovernmentGraph } from './types';

/** @throws NotFoundError when either id is not a node of the (filtered) network. */
export function shortestPath(graph: GovernmentGraph, from: string, to: string): string[] | null {
  for (const id of [from, to]) if (!graph.hasNode(id)) throw new NotFoundError('government in the filtered network', id);
  if (from === to) return [from];
  const previous = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const v of graph.neighbors(u).sort()) {
        if (previous.has(v)) continue;
        previous.set(v, u);
        if (v === to) return walkBack(previous, to);
        next.push(v);
      }
    }
    frontier = next;
  }
  return null;
}

function walkBack(previous: Map<string, string | null>, to: string): string[] {
  const path: string[] = [];
  for (let at: string | null = to; at !== null; at = previous.get(at)!) path.push(at);
  return path.reverse();
}
