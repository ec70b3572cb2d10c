/** Build the store the configuration names. The only place that picks an adapter. */
import type { StoreConfig } from '../config';
import { EmbeddedStore } from '../store/embedded/embedded-store';
import { Neo4jStore } from '../store/neo4j/neo4j-store';
import type { Store } from '../store/store';

export function createStore(config: StoreConfig): Store {
  switch (config.kind) {
    case 'embedded':
      return new EmbeddedStore({ file: config.snapshotFile });
    case 'neo4j':
      return new Neo4jStore({
        uri: config.uri,
        user: config.user,
        password: config.password,
        database: config.database,
        maxPoolSize: config.maxPoolSize,
        acquisitionTimeoutMs: config.acquisitionTimeoutMs,
        transactionTimeoutMs: config.transactionTimeoutMs,
        versionRefreshMs: config.versionRefreshMs,
        readCacheBytes: config.readCacheBytes,
      });
  }
}
