/**
 * The set-up the in-process GraphQL suites share: before the suite, a store and a server
 * on it; after it, the server stops (which closes the store). Read `store` and `server`
 * inside tests and hooks (they are made in beforeAll).
 * - `useSmallStore(kind, create)`, inside `describe.each(storeFactories())`: a fresh store
 *   of that kind with the small fixture dataset, holding the Neo4j lock on the neo4j store.
 * - `useSeededStore()`: an in-memory embedded store loaded from the shipped `seed/`.
 */
import path from 'node:path';
import type { KotaKembarServer } from '../../src/http/server';
import { loadSeed } from '../../src/seed/load';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/store';
import { smallDataset } from '../fixtures/small-dataset';
import { serverFor } from './graphql';
import { REPO_ROOT } from './neo4j-env';
import { acquireNeo4jLock, type StoreFactory } from './stores';

/** The suite's store and server, readable from beforeAll on. */
export interface ServedStore<S extends Store = Store> {
  readonly store: S;
  readonly server: KotaKembarServer;
}

export function useSmallStore(kind: string, create: StoreFactory): ServedStore {
  return useServedStore(
    'useSmallStore',
    async () => {
      const store = await create();
      await store.importDataset(smallDataset());
      return store;
    },
    kind === 'neo4j' ? () => acquireNeo4jLock() : undefined,
  );
}

export function useSeededStore(): ServedStore<EmbeddedStore> {
  return useServedStore('useSeededStore', async () => {
    const store = new EmbeddedStore({ file: null });
    await store.init();
    await loadSeed(store, path.join(REPO_ROOT, 'seed'));
    return store;
  });
}

/** `open` the store (after taking `lock`, if any) and serve it for the suite; the lock goes after the server stops. */
function useServedStore<S extends Store>(helper: string, open: () => Promise<S>, lock?: () => Promise<() => Promise<void>>): ServedStore<S> {
  let store: S | undefined;
  let server: KotaKembarServer | undefined;
  let release: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    if (lock) release = await lock();
    store = await open();
    server = await serverFor(store);
  });
  afterAll(async () => {
    await server?.stop();
    await release();
  });

  const notYet = (what: string) => new Error(`${helper}: the ${what} is made in beforeAll; read it inside a test or hook.`);
  return {
    get store() {
      if (!store) throw notYet('store');
      return store;
    },
    get server() {
      if (!server) throw notYet('server');
      return server;
    },
  };
}
