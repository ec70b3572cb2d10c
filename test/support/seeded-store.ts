/**
 * The set-up of the suites that query the shipped seed in-process: before the suite, an
 * in-memory embedded store loaded from `seed/` and a server on it; after it, the server
 * stops (closing the store).
 */
import path from 'node:path';
import type { KotaKembarServer } from '../../src/http/server';
import { loadSeed } from '../../src/seed/load';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { serverFor } from './graphql';
import { REPO_ROOT } from './neo4j-env';

/** The suite's store and server, readable from beforeAll on (inside tests and hooks). */
export interface SeededStore {
  readonly store: EmbeddedStore;
  readonly server: KotaKembarServer;
}

export function useSeededStore(): SeededStore {
  let store: EmbeddedStore | undefined;
  let server: KotaKembarServer | undefined;

  beforeAll(async () => {
    store = new EmbeddedStore({ file: null });
    await store.init();
    await loadSeed(store, path.join(REPO_ROOT, 'seed'));
    server = await serverFor(store);
  });
  afterAll(() => server?.stop());

  const notYet = (what: string) => new Error(`useSeededStore: the ${what} is made in beforeAll; read it inside a test or hook.`);
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
