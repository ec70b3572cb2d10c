/**
 * The services of the app, built once and shared by every door (GraphQL, the REST
 * routes, the CLIs): one snapshot cache per data version, one size-bounded result cache,
 * and one of each service on top of them. The composition root (main.ts) builds them
 * from the configuration; tests build them from a store.
 */
import { AnalysisService, DEFAULT_CACHE_BYTES, type SnapshotSource } from '../analysis/analysis-service';
import { ResultCache } from '../analysis/result-cache';
import { SnapshotCache } from '../analysis/snapshot-cache';
import { AnalysisPool } from '../analysis/worker/analysis-pool';
import { ExportService } from '../export/export-service';
import { ReportService } from '../reports/report-service';
import { BreakdownService } from '../services/breakdown-service';
import { CatalogService } from '../services/catalog-service';
import { DatasetStatsService } from '../services/dataset-stats-service';
import type { Store } from '../store/store';

export interface Services {
  store: Store;
  /** One snapshot per data version, for every service that reads one. */
  snapshots: SnapshotCache;
  /** Every computed result (graphs, analyses, exports, breakdowns), bounded by size. */
  cache: ResultCache;
  /** The one worker pool (piscina) heavy analyses run on; threads start on demand. */
  pool: AnalysisPool;
  catalog: CatalogService;
  analysis: AnalysisService;
  exports: ExportService;
  reports: ReportService;
  breakdowns: BreakdownService;
  datasetStats: DatasetStatsService;
}

export interface ServicesOptions {
  /** Most bytes of cached results (estimated). Defaults to 256 MB (ANALYSIS_CACHE_MB). */
  cacheBytes?: number;
  /** Threads of the analysis worker pool. Defaults to one per CPU core (ANALYSIS_THREADS). */
  analysisThreads?: number;
}

export function createServices(store: Store, options: ServicesOptions = {}): Services {
  const snapshots = new SnapshotCache(store as SnapshotSource);
  const cache = new ResultCache({ maxBytes: options.cacheBytes ?? DEFAULT_CACHE_BYTES });
  const pool = new AnalysisPool({ threads: options.analysisThreads });
  const analysis = new AnalysisService(snapshots, { cache, pool });
  return {
    store,
    snapshots,
    cache,
    pool,
    catalog: new CatalogService(store),
    analysis,
    exports: new ExportService(analysis, snapshots, { cache }),
    reports: new ReportService(analysis, snapshots),
    breakdowns: new BreakdownService(snapshots, { cache }),
    datasetStats: new DatasetStatsService(store, { snapshots, cache }),
  };
}
