/**
 * One snapshot per data version, shared by everything that reads one (analysis,
 * exports, reports, breakdowns): built once by the composition root (src/app) and handed
 * to every service, so a data version is read from the store once, not once per service.
 * Concurrent callers share the read in flight; a failed read is not kept.
 */
import type { Snapshot } from '../domain/model';
import type { WorldLayer, WorldNetwork } from '../domain/world';
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
    if (this.current?.version !== version) this.hold(version, this.source.snapshot());
    return this.current!.promise;
  }

  /**
   * The snapshot and the world layer at `version` (scope WORLD). When the snapshot is not
   * held yet and the source reads both at once (`worldSnapshot`), one read brings both and
   * the snapshot is kept like one from `at`; otherwise the world layer is read beside it.
   */
  async world(version: number): Promise<{ snapshot: Snapshot; layer: WorldNetwork }> {
    if (this.current?.version === version || !this.source.worldSnapshot) {
      const [snapshot, layer] = await Promise.all([this.at(version), this.worldNetwork()]);
      return { snapshot, layer };
    }
    const both = this.source.worldSnapshot();
    this.hold(version, both.then((b) => b.snapshot));
    return both;
  }

  /** The world layer as analysis reads it: the source's own read of it when it has one. */
  worldNetwork(): Promise<WorldNetwork> {
    return this.source.worldNetwork ? this.source.worldNetwork() : this.worldLayer();
  }

  /** SnapshotSource: the snapshot and the world network at the current data version. */
  async worldSnapshot(): Promise<{ snapshot: Snapshot; layer: WorldNetwork }> {
    return this.world(await this.source.dataVersion());
  }

  private hold(version: number, promise: Promise<Snapshot>): void {
    this.reads++;
    this.current = { version, promise };
    promise.then((snapshot) => {
      if (this.current?.promise === promise) this.loaded = snapshot;
    }, () => undefined);
    promise.catch(() => {
      if (this.current?.promise === promise) this.current = null;
    });
  }
}
