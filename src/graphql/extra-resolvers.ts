/**
 * Resolvers contributed by the other modules (analysis, dataset statistics, exports,
 * search, breakdowns), wired in one place so build-schema.ts stays short. They get the
 * services the composition root built (src/app/services.ts); none is built here.
 */
import type { AnalysisService } from '../analysis/analysis-service';
import type { ExportService } from '../export/export-service';
import type { BreakdownService } from '../services/breakdown-service';
import type { DatasetStatsService } from '../services/dataset-stats-service';
import type { Store } from '../store/store';
import { createAnalysisResolverInstances } from './analysis';
import { BreakdownResolver } from './breakdown/breakdown.resolver';
import { NetworkExportResolver } from './export/network-export.resolver';
import { DatasetStatsResolver } from './resolvers/dataset-stats.resolver';
import { SearchHitConnectionResolver, SearchResolver } from './search/search.resolver';
import { VocabularyResolver } from './resolvers/vocabulary.resolver';

/** A resolver class, as type-graphql's container looks it up. */
export type ResolverClass = abstract new (...args: never[]) => unknown;

export interface ExtraResolverDeps {
  store: Store;
  analysis: AnalysisService;
  exports: ExportService;
  breakdowns: BreakdownService;
  datasetStats: DatasetStatsService;
}

export function extraResolvers(deps: ExtraResolverDeps): { instances: Array<[ResolverClass, unknown]> } {
  return {
    instances: [
      ...createAnalysisResolverInstances(deps.analysis, deps.exports),
      [DatasetStatsResolver, new DatasetStatsResolver(deps.datasetStats)],
      [NetworkExportResolver, new NetworkExportResolver(deps.exports)],
      [SearchResolver, new SearchResolver(deps.store)],
      [SearchHitConnectionResolver, new SearchHitConnectionResolver()],
      [BreakdownResolver, new BreakdownResolver(deps.breakdowns)],
      [VocabularyResolver, new VocabularyResolver()],
    ],
  };
}
