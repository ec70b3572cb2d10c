/**
 * The set-up the in-process GraphQL suites share, one store at a time (call it inside
 * `describe.each(storeFactories())`): before the suite, take the Neo4j lock (on the neo4j
 * store), make a fresh store, import the small fixture dataset and build a server on it;
 * after the suite, stop the server (which closes the store) and let the lock go.
 */
import type { KotaKembarServer } from '../../src/http/server';
import type { Store } from '../../src/store/store';
import { smallDataset } from '../fixtures/small-dataset';
import { serverFor } from './graphql';
import { acquireNeo4jLock, type StoreFactory } from './stores';

/** The suite's store and server, readable from beforeAll on (inside tests and hooks). */
export interface SmallStore {
  readonly store: Store;
  readonly server: KotaKembarServer;
}

export function useSmallStore(kind: string, create: StoreFactory): SmallStore {
  let store: Store | undefined;
  let server: KotaKembarServer | undefined;
  let release: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    if (kind === 'neo4j') release = await acquireNeo4jLock();
    store = await create();
    await store.importDataset(smallDataset());
    server = await serverFor(store);
  });
  afterAll(async () => {
    await server?.stop();
    await release();
  });

  const notYet = (what: string) => new Error(`useSmallStore: the ${what} is made in beforeAll; read it inside a test or hook.`);
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
