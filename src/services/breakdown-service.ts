/**
 * BreakdownService: breakdowns (analysis/breakdown.ts) computed from a store
 * snapshot and cached per (dataVersion, dimension, filter), with the governments
 * resolved for display.
 */
import type { SnapshotSource } from '../analysis/analysis-service';
import { analysisBasis, type AnalysisBasis } from '../analysis/basis';
import { breakdown, type BreakdownBucket, type BreakdownDimension } from '../analysis/breakdown';
import { filterKey, type NetworkFilter } from '../analysis/filter';
import { LruCache } from '../analysis/lru-cache';
import type { Government, Snapshot } from '../domain/model';
import { bucketLabeller } from './breakdown-labels';

export interface BreakdownGovernment {
  id: string;
  name: string;
  level: Government['level'];
  countryCode: string;
  parentId: string | null;
  isIndonesian: boolean;
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
  private readonly cache = new LruCache<ResolvedBreakdown>(200);
  private snapshotAt: { version: number; snapshot: Promise<Snapshot> } | null = null;

  constructor(private readonly source: SnapshotSource) {}

  /** @throws BadInputError for a filter naming unknown countries, provinces or fields. */
  async breakdown(dimension: BreakdownDimension, filter?: NetworkFilter | null): Promise<ResolvedBreakdown> {
    const version = await this.source.dataVersion();
    return this.cache.getOrCompute(`${version}|${dimension}|${filterKey(filter)}`, async () => {
      const [snapshot, release] = await Promise.all([this.snapshot(version), this.source.release?.() ?? null]);
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

  private snapshot(version: number): Promise<Snapshot> {
    if (this.snapshotAt?.version !== version) {
      const snapshot = this.source.snapshot();
      this.snapshotAt = { version, snapshot };
      snapshot.catch(() => {
        if (this.snapshotAt?.snapshot === snapshot) this.snapshotAt = null;
      });
    }
    return this.snapshotAt.snapshot;
  }
}

function toBreakdownGovernment(g: Government): BreakdownGovernment {
  return { id: g.id, name: g.name, level: g.level, countryCode: g.countryCode, parentId: g.parentId, isIndonesian: g.countryCode === 'ID' };
}
