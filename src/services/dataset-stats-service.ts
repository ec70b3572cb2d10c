/** Dataset coverage figures, computed from the shared snapshot and cached per data version, and the release the store holds. */
import { ResultCache } from '../analysis/result-cache';
import { SnapshotCache } from '../analysis/snapshot-cache';
import { ATTRIBUTION_TEXT, DATASET_LICENSE } from '../domain/attribution';
import { citationText, type StoredRelease } from '../domain/release';
import { computeDatasetStats, type DatasetStats } from '../seed/dataset-stats';
import type { Store } from '../store/store';

/** The release a store holds, with the terms to quote it under. */
export interface DatasetRelease extends Pick<StoredRelease, 'id' | 'date' | 'editsSinceRelease'> {
  license: string;
  attribution: string;
  citation: string;
}

export class DatasetStatsService {
  private readonly snapshots: SnapshotCache;
  private readonly cache: ResultCache;

  /** `options`: the snapshot and result caches the composition root shares between services (own ones when omitted). */
  constructor(
    private readonly store: Store,
    options: { snapshots?: SnapshotCache; cache?: ResultCache } = {},
  ) {
    this.snapshots = options.snapshots ?? SnapshotCache.over(store);
    this.cache = options.cache ?? new ResultCache({ maxBytes: 1024 * 1024 });
  }

  async stats(): Promise<DatasetStats> {
    const version = await this.snapshots.dataVersion();
    return this.cache.getOrCompute(`${version}|datasetStats`, async () => computeDatasetStats(await this.snapshots.at(version)));
  }

  /** The release the store was loaded from, or null when no import recorded one. */
  async release(): Promise<DatasetRelease | null> {
    const r = await this.store.release();
    if (!r) return null;
    return { id: r.id, date: r.date, editsSinceRelease: r.editsSinceRelease, license: DATASET_LICENSE, attribution: ATTRIBUTION_TEXT, citation: citationText(r) };
  }
}
