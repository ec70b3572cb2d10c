/**
 * Resolvers contributed by the other modules (analysis, dataset statistics), wired in
 * one place so build-schema.ts stays short.
 */
import { AnalysisService } from '../analysis/analysis-service';
import { ExportService } from '../export/export-service';
import { DatasetStatsService } from '../services/dataset-stats-service';
import type { Store } from '../store/store';
import { createAnalysisResolverInstances } from './analysis';
import { NetworkExportResolver } from './export/network-export.resolver';
import { DatasetStatsResolver } from './resolvers/dataset-stats.resolver';
import { SearchResolver } from './search/search.resolver';
import { BreakdownService } from '../services/breakdown-service';
import { BreakdownResolver } from './breakdown/breakdown.resolver';
import { VocabularyResolver } from './resolvers/vocabulary.resolver';

/** A resolver class, as type-graphql's container looks it up. */
export type ResolverClass = abstract new (...args: never[]) => unknown;

export interface ExtraResolverDeps {
  store: Store;
  /** Shared analysis service; one is created from the store when omitted. */
  analysis?: AnalysisService;
  /** Shared export service; one is created from the analysis service when omitted. */
  exports?: ExportService;
}

export function extraResolvers(deps: ExtraResolverDeps): { instances: Array<[ResolverClass, unknown]> } {
  const analysis = deps.analysis ?? new AnalysisService(deps.store);
  const exportService = deps.exports ?? new ExportService(analysis, deps.store);
  return {
    instances: [
      ...createAnalysisResolverInstances(analysis),
      [DatasetStatsResolver, new DatasetStatsResolver(new DatasetStatsService(deps.store))],
      [NetworkExportResolver, new NetworkExportResolver(exportService)],
      [SearchResolver, new SearchResolver(deps.store)],
      [BreakdownResolver, new BreakdownResolver(new BreakdownService(deps.store))],
      [VocabularyResolver, new VocabularyResolver()],
    ],
  };
}
