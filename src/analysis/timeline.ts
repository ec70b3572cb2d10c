/**
 * The year-by-year loop of a timeline as one plain-data computation: for each year, the
 * network as of that year (the filter with `asOf` = year), its size, and its top
 * governments by one measure. The AnalysisService runs it on the worker pool
 * (worker/pool-worker.ts, the years shared out between tasks), so a long timeline never
 * holds the event loop.
 */
import type { Snapshot } from '../domain/model';
import type { WorldNetwork } from '../domain/world';
import type { TimelineYear } from './analysis-service';
import { centrality, type CentralityMeasure } from './centrality';
import type { NetworkFilter } from './filter';
import { rankedScores } from './node-view';
import { projectNetwork } from './projection';

export interface TimelineInput {
  /** The snapshot of the filter's scope (at WORLD, with the unmatched world places as governments). */
  snapshot: Snapshot;
  /** The world layer at scope WORLD, else null. */
  world: WorldNetwork | null;
  filter: NetworkFilter;
  measure: CentralityMeasure;
  years: number[];
  first: number;
}

/** One TimelineYear per year of `input.years`, in that order. Checks `signal` between years when given. */
export function timelineYears(input: TimelineInput, signal?: AbortSignal): TimelineYear[] {
  return input.years.map((year) => {
    signal?.throwIfAborted();
    const graph = projectNetwork(input.snapshot, { ...input.filter, asOf: year }, input.world);
    const top = rankedScores(graph, centrality(graph, input.measure), false).slice(0, input.first);
    return { year, nodeCount: graph.order, edgeCount: graph.size, top };
  });
}
