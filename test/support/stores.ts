/**
 * The stores every contract test runs against. The Neo4j store joins the list whenever
 * a test database is configured, which global-setup guarantees under CI=true.
 */
import { promises as fs, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Store } from '../../src/store/store';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { neo4jTestConfig, REPO_ROOT } from './neo4j-env';

export type StoreFactory = () => Promise<Store>;

/** Remove everything from the test Neo4j (constraints stay). */
export async function clearNeo4j(): Promise<void> {
  const config = neo4jTestConfig();
  if (!config) return;
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    await driver.executeQuery('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS', {}, { database: 'neo4j' }).catch(
      // CALL IN TRANSACTIONS needs an implicit transaction; fall back for small graphs.
      () => driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: 'neo4j' }),
    );
  } finally {
    await driver.close();
  }
}

export async function createEmbeddedStore(): Promise<Store> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kk-embedded-'));
  const store = new EmbeddedStore({ file: path.join(dir, 'snapshot.json') });
  await store.init();
  return store;
}

export async function createNeo4jStore(): Promise<Store> {
  const config = neo4jTestConfig();
  if (!config) throw new Error('No test Neo4j configured.');
  await clearNeo4j();
  const store = new Neo4jStore({ uri: config.uri, user: config.user, password: config.password });
  await store.init();
  return store;
}

/**
 * A second store over the same stored data as `store` (the same embedded file, the same
 * Neo4j database), nothing cleared: what a restarted server or another replica reads.
 */
export async function reopenStore(store: Store): Promise<Store> {
  if (store instanceof EmbeddedStore) {
    const file = (store as unknown as { options: { file: string | null } }).options.file;
    if (!file) throw new Error('An in-memory embedded store cannot be reopened.');
    const again = new EmbeddedStore({ file });
    await again.init();
    return again;
  }
  const config = neo4jTestConfig();
  if (!config) throw new Error('No test Neo4j configured.');
  return new Neo4jStore({ uri: config.uri, user: config.user, password: config.password });
}

/** [name, factory] pairs for describe.each. */
export function storeFactories(): Array<[string, StoreFactory]> {
  const list: Array<[string, StoreFactory]> = [['embedded', createEmbeddedStore]];
  if (neo4jTestConfig()) list.push(['neo4j', createNeo4jStore]);
  return list;
}


/**
 * Neo4j Community has one user database, so suites that use it take turns: a
 * directory lock held from beforeAll to afterAll. Stale locks (older than 10 min) are broken.
 * `name` picks the lock (one per instance: "test-lock" for the shared test instance).
 */
export async function acquireNeo4jLock(name = 'test-lock'): Promise<() => Promise<void>> {
  const LOCK_DIR = path.join(REPO_ROOT, '.neo4j-local', name);
  await fs.mkdir(path.dirname(LOCK_DIR), { recursive: true });
  for (;;) {
    try {
      await fs.mkdir(LOCK_DIR);
      return async () => {
        await fs.rm(LOCK_DIR, { recursive: true, force: true });
      };
    } catch {
      const stat = await fs.stat(LOCK_DIR).catch(() => null);
      if (stat && Date.now() - stat.mtimeMs > 10 * 60_000) await fs.rm(LOCK_DIR, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
