/**
 * Ego network: the governments within `radius` partnership steps of one
 * government, and every edge of the network among them (the induced subgraph),
 * as networkx `ego_graph(G, id, radius=radius, center=True, undirected=True)`.
 * Unweighted: radius counts hops. Each member comes with its distance from the centre.
 */
import { NotFoundError, BadInputError } from '../domain/errors';
import type { GovernmentGraph } from './types';

export interface EgoNetwork {
  center: string;
  radius: number;
  /** Member ids sorted by distance then id, with their distance from the centre. */
  members: Array<{ id: string; distance: number }>;
  /** Edges among members as [source, target] with source < target, sorted. */
  edges: Array<[string, string]>;
}

/** @throws NotFoundError when `id` is not a node of the network; BadInputError for a negative radius. */
export function egoNetwork(graph: GovernmentGraph, id: string, radius: number): EgoNetwork {
  if (!Number.isInteger(radius) || radius < 0) throw new BadInputError(`Expected "radius" to be a whole number of at least 0, got ${radius}.`);
  if (!graph.hasNode(id)) throw new NotFoundError('government in the filtered network', id);
  const distance = new Map<string, number>([[id, 0]]);
  let frontier = [id];
  for (let d = 1; d <= radius && frontier.length > 0; d++) {
    const nextFrontier: string[] = [];
    for (const u of frontier)
      graph.forEachNeighbor(u, (v) => {
        if (distance.has(v)) return;
        distance.set(v, d);
        nextFrontier.push(v);
      });
    frontier = nextFrontier;
  }
  const members = [...distance].map(([m, dist]) => ({ id: m, distance: dist }));
  members.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));
  const edges: Array<[string, string]> = [];
  graph.forEachEdge((_, __, s, t) => {
    if (distance.has(s) && distance.has(t)) edges.push(s < t ? [s, t] : [t, s]);
  });
  edges.sort((x, y) => (x[0] === y[0] ? (x[1] < y[1] ? -1 : 1) : x[0] < y[0] ? -1 : 1));
  return { center: id, radius, members, edges };
}
