/**
 * ExportService: the export graph for a filter (see export-graph.ts), built from
 * the AnalysisService's cached network, scores and communities plus a store
 * snapshot, and cached per (dataVersion, filter).
 *
 * Positions come from one ForceAtlas2 layout of the whole (unfiltered) network
 * per data version: every filtered network is a subgraph of it, so a government
 * keeps its place as filters or the year change, and only one layout is computed
 * (on the worker pool; see `positions`).
 */
import type { AnalysisService, SnapshotSource } from '../analysis/analysis-service';
import { filterKey, normalizeFilter, type NetworkFilter } from '../analysis/filter';
import { ResultCache } from '../analysis/result-cache';
import { SnapshotCache } from '../analysis/snapshot-cache';
import type { PartnerGraph } from '../analysis/types';
import type { Snapshot } from '../domain/model';
export { aroundIndonesia } from './layout';
import { buildExportGraph, EXPORT_MEASURES, MEASURE_OF, type ExportGraph, type ExportMeasure } from './export-graph';
import { withSignal } from '../analysis/cancellation';
import { aroundIndonesia, type Positions } from './layout';

/** Where nodes are drawn: the seeded ForceAtlas2 layout, or longitude/latitude (x = lon, y = lat). */
export const EXPORT_LAYOUTS = ['force', 'geo'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

/**
 * Which nodes an export shows: `all` of the filtered network, or `indonesia`: the
 * Indonesian governments and places and every place tied to one of them directly
 * (the world around Indonesia at scope WORLD, a few hundred of 17,000 places). Scores,
 * communities, node sizes and colours are always those of the whole filtered network.
 */
export const EXPORT_FOCUSES = ['all', 'indonesia'] as const;
export type ExportFocus = (typeof EXPORT_FOCUSES)[number];

export interface ExportServiceOptions {
  /** The cache of export graphs; the composition root shares one between services. Defaults to a 64 MB cache. */
  cache?: ResultCache;
  /** Seed of the layout's initial positions. Defaults to 42. */
  layoutSeed?: number;
}

export class ExportService {
  private readonly cache: ResultCache;
  private readonly snapshots: SnapshotCache;
  private readonly layoutSeed: number;

  constructor(
    private readonly analysis: AnalysisService,
    store: SnapshotSource,
    options: ExportServiceOptions = {},
  ) {
    this.snapshots = SnapshotCache.over(store);
    this.cache = options.cache ?? new ResultCache({ maxBytes: 64 * 1024 * 1024 });
    this.layoutSeed = options.layoutSeed ?? 42;
  }

  /**
   * The export graph for `filter`, drawn with `layout` (default force), showing the nodes `focus` names (default
   * all). Callers must not modify it (it is shared).
   * @throws BadInputError for a filter naming unknown countries, provinces or fields.
   */
  async exportGraph(filter?: NetworkFilter | null, layout: ExportLayout = 'force', focus: ExportFocus = 'all'): Promise<ExportGraph> {
    const normalized = normalizeFilter(filter);
    const version = await this.snapshots.dataVersion();
    return this.cache.getOrCompute(`${version}|export|${layout}|${focus}|${filterKey(normalized)}`, async () => {
      // The layout runs on the pool while the scores are computed.
      const world = normalized.scope === 'WORLD';
      const layoutPositions = layout === 'geo' ? null : this.positions(world, world && focus === 'indonesia');
      layoutPositions?.catch(() => undefined);
      const network = await this.analysis.graph(normalized);
      const snapshot = await this.analysis.snapshotFor(normalized);
      const scores = {} as Record<ExportMeasure, Record<string, number>>;
      // One call, so the path measures share one sweep of the network (AnalysisService.centralities).
      const ranked = await this.analysis.centralities(
        EXPORT_MEASURES.map((m) => MEASURE_OF[m]),
        normalized,
      );
      for (const m of EXPORT_MEASURES) scores[m] = Object.fromEntries(ranked.get(MEASURE_OF[m])!.map((r) => [r.node.id, r.score]));
      const { membership } = await this.analysis.communities(normalized);
      const shown = focus === 'indonesia' ? aroundIndonesia(network) : null;
      const positions = layoutPositions ? await layoutPositions : geoPositions(network, snapshot);
      const [basis, release] = await Promise.all([this.analysis.basis(normalized), this.snapshots.release()]);
      const provenance = { release: release ? { id: release.id, date: release.date } : null, basis, generatedAt: new Date().toISOString() };
      return buildExportGraph({ snapshot, network, scores, membership, positions, filterJson: filterKey(normalized), provenance, shown });
    });
  }

  /** The layout positions at the current data version (the force layout the exports use). */
  async layoutPositions(): Promise<Positions> {
    return this.positions(false);
  }

  /** The snapshot at the current data version, from the shared snapshot cache. */
  snapshot(): Promise<Snapshot> {
    return this.snapshots.snapshot();
  }

  /**
   * Positions of every government in the whole network of the scope, leads (LOW) included, or
   * (`aroundIndonesia`) of its Indonesian places and their direct partners only: one ForceAtlas2
   * layout per data version, scope and focus, computed on the worker pool (AnalysisService.layout)
   * and cached, so a place keeps its spot as filters change. It is shared by every export at that
   * version, so no single request's time budget stops it: a request that runs out of time answers
   * TIMEOUT while the layout goes on (the whole world's takes minutes), and the exports that
   * follow use it.
   */
  private positions(world: boolean, aroundIndonesia = false): Promise<Positions> {
    const filter: NetworkFilter = world ? { scope: 'WORLD', minConfidence: 'LOW' } : { minConfidence: 'LOW' };
    return withSignal(undefined, () => this.analysis.layout(filter, { seed: this.layoutSeed, aroundIndonesia }));
  }
}

/** x = longitude, y = latitude; a government without coordinates sits at (0, 0). */
function geoPositions(network: PartnerGraph, snapshot: Snapshot): Positions {
  const byId = new Map(snapshot.governments.map((g) => [g.id, g]));
  const positions: Positions = {};
  network.forEachNode((id) => (positions[id] = { x: byId.get(id)?.lon ?? 0, y: byId.get(id)?.lat ?? 0 }));
  return positions;
}
