/** Dataset coverage figures, computed from a snapshot and cached per data version, and the release the store holds. */
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
  private cached: { version: number; stats: Promise<DatasetStats> } | null = null;

  constructor(private readonly store: Store) {}

  async stats(): Promise<DatasetStats> {
    const version = await this.store.dataVersion();
    if (this.cached?.version !== version) {
      const stats = this.store.snapshot().then(computeDatasetStats);
      this.cached = { version, stats };
      stats.catch(() => (this.cached = null));
    }
    return this.cached.stats;
  }

  /** The release the store was loaded from, or null when no import recorded one. */
  async release(): Promise<DatasetRelease | null> {
    const r = await this.store.release();
    if (!r) return null;
    return { id: r.id, date: r.date, editsSinceRelease: r.editsSinceRelease, license: DATASET_LICENSE, attribution: ATTRIBUTION_TEXT, citation: citationText(r) };
  }
}
