/**
 * ExportService: the export graph for a filter (see export-graph.ts), built from
 * the AnalysisService's cached network, scores and communities plus a store
 * snapshot, and cached per (dataVersion, filter).
 *
 * Positions come from one ForceAtlas2 layout of the whole (unfiltered) network
 * per data version: every filtered network is a subgraph of it, so a government
 * keeps its place as filters or the year change, and only one layout is computed.
 */
import type { AnalysisService, SnapshotSource } from '../analysis/analysis-service';
import { filterKey, normalizeFilter, type NetworkFilter } from '../analysis/filter';
import { ResultCache } from '../analysis/result-cache';
import { SnapshotCache } from '../analysis/snapshot-cache';
import type { PartnerGraph } from '../analysis/types';
import type { Snapshot } from '../domain/model';
import { buildExportGraph, EXPORT_MEASURES, MEASURE_OF, type ExportGraph, type ExportMeasure } from './export-graph';
import { forceLayout, type Positions } from './layout';

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
      const network = await this.analysis.graph(normalized);
      const snapshot = await this.analysis.snapshotFor(normalized);
      const scores = {} as Record<ExportMeasure, Record<string, number>>;
      for (const m of EXPORT_MEASURES) {
        const ranked = await this.analysis.centrality(MEASURE_OF[m], normalized);
        scores[m] = Object.fromEntries(ranked.map((r) => [r.node.id, r.score]));
      }
      const { membership } = await this.analysis.communities(normalized);
      const world = normalized.scope === 'WORLD';
      const shown = focus === 'indonesia' ? aroundIndonesia(network) : null;
      const positions =
        layout === 'geo' ? geoPositions(network, snapshot) : world && shown ? await this.aroundIndonesiaPositions(version) : await this.positions(version, world);
      const [basis, release] = await Promise.all([this.analysis.basis(normalized), this.snapshots.release()]);
      const provenance = { release: release ? { id: release.id, date: release.date } : null, basis, generatedAt: new Date().toISOString() };
      return buildExportGraph({ snapshot, network, scores, membership, positions, filterJson: filterKey(normalized), provenance, shown });
    });
  }

  /** The layout positions at the current data version (the force layout the exports use). */
  async layoutPositions(): Promise<Positions> {
    return this.positions(await this.snapshots.dataVersion(), false);
  }

  /** The snapshot at the current data version, from the shared snapshot cache. */
  snapshot(): Promise<Snapshot> {
    return this.snapshots.snapshot();
  }

  /** Positions of every government in the whole network of the scope at `version`, leads (LOW) included (computed once per version and scope, cached). */
  private positions(version: number, world: boolean): Promise<Positions> {
    return this.cache.getOrCompute(`${version}|layout|${this.layoutSeed}|${world ? 'WORLD' : 'INDONESIA'}`, async () =>
      forceLayout(await this.analysis.graph(world ? { scope: 'WORLD', minConfidence: 'LOW' } : { minConfidence: 'LOW' }), { seed: this.layoutSeed }),
    );
  }

  /**
   * Positions for the world around Indonesia: one layout of the whole world network's Indonesian places and their
   * direct partners (leads included), once per version, so a place keeps its spot as filters change.
   */
  private aroundIndonesiaPositions(version: number): Promise<Positions> {
    return this.cache.getOrCompute(`${version}|layout|${this.layoutSeed}|WORLD|indonesia`, async () => {
      const whole = await this.analysis.graph({ scope: 'WORLD', minConfidence: 'LOW' });
      return forceLayout(whole, { seed: this.layoutSeed, only: aroundIndonesia(whole) });
    });
  }

}

/** The Indonesian nodes of `network` and every node tied to one of them. */
export function aroundIndonesia(network: PartnerGraph): Set<string> {
  const keep = new Set<string>();
  network.forEachNode((id, a) => {
    if (!a.isIndonesian) return;
    keep.add(id);
    network.forEachNeighbor(id, (n) => keep.add(n));
  });
  return keep;
}

/** x = longitude, y = latitude; a government without coordinates sits at (0, 0). */
function geoPositions(network: PartnerGraph, snapshot: Snapshot): Positions {
  const byId = new Map(snapshot.governments.map((g) => [g.id, g]));
  const positions: Positions = {};
  network.forEachNode((id) => (positions[id] = { x: byId.get(id)?.lon ?? 0, y: byId.get(id)?.lat ?? 0 }));
  return positions;
}
