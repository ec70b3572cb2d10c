/**
 * One snapshot per data version, shared by everything that reads one (analysis,
 * exports, reports, breakdowns): built once by the composition root (src/app) and handed
 * to every service, so a data version is read from the store once, not once per service.
 * Concurrent callers share the read in flight; a failed read is not kept.
 */
import type { Snapshot } from '../domain/model';
import type { WorldLayer } from '../domain/world';
import type { SnapshotSource } from './analysis-service';

export class SnapshotCache implements SnapshotSource {
  private current: { version: number; promise: Promise<Snapshot> } | null = null;
  private loaded: Snapshot | null = null;
  /** Snapshots read from the store so far (for tests and metrics). */
  reads = 0;

  constructor(private readonly source: SnapshotSource) {}

  /** `source` itself when it is already a SnapshotCache, else a cache over it. */
  static over(source: SnapshotSource): SnapshotCache {
    return source instanceof SnapshotCache ? source : new SnapshotCache(source);
  }

  dataVersion(): Promise<number> {
    return this.source.dataVersion();
  }

  release(): ReturnType<NonNullable<SnapshotSource['release']>> | Promise<null> {
    return this.source.release ? this.source.release() : Promise.resolve(null);
  }

  /** The world layer (scope WORLD), passed through: AnalysisService caches it per data version. */
  worldLayer(): Promise<WorldLayer> {
    return this.source.worldLayer ? this.source.worldLayer() : Promise.resolve({ places: [], ties: [] });
  }

  /** The snapshot at the current data version. */
  async snapshot(): Promise<Snapshot> {
    return this.at(await this.source.dataVersion());
  }

  /** The most recent snapshot read so far, without reading one (null before the first read). */
  latest(): Snapshot | null {
    return this.loaded;
  }

  /** The snapshot for `version` (read once; a newer version replaces it). */
  at(version: number): Promise<Snapshot> {
    if (this.current?.version !== version) {
      this.reads++;
      const promise = this.source.snapshot();
      this.current = { version, promise };
      promise.then((snapshot) => {
        if (this.current?.promise === promise) this.loaded = snapshot;
      }, () => undefined);
      promise.catch(() => {
        if (this.current?.promise === promise) this.current = null;
      });
    }
    return this.current.promise;
  }
}
