/**
 * BreakdownService: breakdowns (analysis/breakdown.ts) computed from a store
 * snapshot and cached per (dataVersion, dimension, filter), with the governments
 * resolved for display.
 */
import type { SnapshotSource } from '../analysis/analysis-service';
import { analysisBasis, type AnalysisBasis } from '../analysis/basis';
import { breakdown, type BreakdownBucket, type BreakdownDimension } from '../analysis/breakdown';
import { filterKey, type NetworkFilter } from '../analysis/filter';
import { ResultCache } from '../analysis/result-cache';
import { SnapshotCache } from '../analysis/snapshot-cache';
import type { Government } from '../domain/model';
import { bucketLabeller } from './breakdown-labels';

export interface BreakdownGovernment {
  id: string;
  name: string;
  level: Government['level'];
  countryCode: string;
  parentId: string | null;
  isIndonesian: boolean;
  /** Always DATASET here (breakdowns read the dataset only). */
  layer: 'DATASET';
}

export interface ResolvedBucket extends Omit<BreakdownBucket, 'governmentIds' | 'partnerIds'> {
  /** The label in English and in Bahasa Indonesia (breakdown-labels.ts). */
  labelEn: string;
  labelId: string;
  governments: BreakdownGovernment[];
  partners: BreakdownGovernment[];
}

export interface ResolvedBreakdown {
  dimension: BreakdownDimension;
  dataVersion: number;
  partnershipCount: number;
  buckets: ResolvedBucket[];
  /** What the breakdown counted (analysis/basis.ts). */
  basis: AnalysisBasis;
}

export class BreakdownService {
  private readonly cache: ResultCache;
  private readonly snapshots: SnapshotCache;

  /** `options.cache`: the result cache the composition root shares between services (a 16 MB one when omitted). */
  constructor(source: SnapshotSource, options: { cache?: ResultCache } = {}) {
    this.snapshots = SnapshotCache.over(source);
    this.cache = options.cache ?? new ResultCache({ maxBytes: 16 * 1024 * 1024 });
  }

  /** @throws BadInputError for a filter naming unknown countries, provinces or fields. */
  async breakdown(dimension: BreakdownDimension, filter?: NetworkFilter | null): Promise<ResolvedBreakdown> {
    const version = await this.snapshots.dataVersion();
    return this.cache.getOrCompute(`${version}|breakdown|${dimension}|${filterKey(filter)}`, async (): Promise<ResolvedBreakdown> => {
      const [snapshot, release] = await Promise.all([this.snapshots.at(version), this.snapshots.release()]);
      const result = breakdown(snapshot, dimension, filter);
      const byId = new Map(snapshot.governments.map((g) => [g.id, g]));
      const labels = bucketLabeller(snapshot);
      const resolve = (ids: string[]) =>
        ids.map((id) => toBreakdownGovernment(byId.get(id)!)).sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
      return {
        dimension,
        dataVersion: snapshot.dataVersion,
        partnershipCount: result.partnershipCount,
        buckets: result.buckets.map(({ governmentIds, partnerIds, ...rest }) => ({
          ...rest,
          ...(({ en, id }) => ({ labelEn: en, labelId: id }))(labels(dimension, rest.key, rest.label)),
          governments: resolve(governmentIds),
          partners: resolve(partnerIds),
        })),
        basis: analysisBasis(snapshot, filter, release?.id ?? null),
      };
    });
  }
}

function toBreakdownGovernment(g: Government): BreakdownGovernment {
  return { id: g.id, name: g.name, level: g.level, countryCode: g.countryCode, parentId: g.parentId, isIndonesian: g.countryCode === 'ID', layer: 'DATASET' as const };
}
