/** Dataset coverage figures, computed from a snapshot and cached per data version. */
import { computeDatasetStats, type DatasetStats } from '../seed/dataset-stats';
import type { Store } from '../store/store';

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
}
