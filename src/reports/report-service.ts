/**
 * ReportService: centrality reports (centrality-report.ts) for a measure and a
 * filter, from the shared AnalysisService (cached rankings) and a store snapshot.
 */
import type { AnalysisService, SnapshotSource } from '../analysis/analysis-service';
import type { CentralityMeasure } from '../analysis/centrality';
import { filterKey, normalizeFilter, type NetworkFilter } from '../analysis/filter';
import { SnapshotCache } from '../analysis/snapshot-cache';
import { BadInputError } from '../domain/errors';
import { provinceReport, rankingReport, type ProvinceReport, type RankingReport, type ReportInput } from './centrality-report';

/** Most rows a ranking report may list. */
export const MAX_REPORT_TOP = 1000;

export class ReportService {
  private readonly snapshots: SnapshotCache;

  constructor(
    private readonly analysis: AnalysisService,
    source: SnapshotSource,
    /** Clock, for the report date; injectable for tests. */
    private readonly now: () => Date = () => new Date(),
  ) {
    this.snapshots = SnapshotCache.over(source);
  }

  /** The top `top` governments by `measure` (default 20). @throws BadInputError for a bad `top` or filter. */
  async ranking(measure: CentralityMeasure, filter: NetworkFilter, top = 20): Promise<RankingReport> {
    if (!Number.isInteger(top) || top < 1 || top > MAX_REPORT_TOP)
      throw new BadInputError(`Expected "top" between 1 and ${MAX_REPORT_TOP}, got ${top}.`);
    return rankingReport(await this.input(measure, filter), top);
  }

  /** Indonesian provinces compared on `measure`. @throws BadInputError for a bad filter. */
  async provinces(measure: CentralityMeasure, filter: NetworkFilter): Promise<ProvinceReport> {
    return provinceReport(await this.input(measure, filter));
  }

  private async input(measure: CentralityMeasure, filter: NetworkFilter): Promise<ReportInput> {
    const normalized = normalizeFilter(filter);
    const [ranked, basis, snapshot, release] = await Promise.all([
      this.analysis.centrality(measure, normalized),
      this.analysis.basis(normalized),
      this.snapshots.snapshot(),
      this.snapshots.release(),
    ]);
    const stamp = release ? { id: release.id, date: release.date } : null;
    return { snapshot, measure, filter: normalized, filterJson: filterKey(normalized), ranked, generatedAt: this.now(), release: stamp, basis };
  }
}
