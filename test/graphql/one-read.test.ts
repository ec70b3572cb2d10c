/**
 * One round trip per read: a government lookup with partners, partnerships, programs,
 * sources and province is one `governmentDetails` read on both stores, the same answer
 * as the field-by-field path; on Neo4j all reads of a request share one session and one
 * transaction. Read failures surface as coded errors, never as empty lists.
 */
import type { KotaKembarServer } from '../../src/http/server';
import { StoreUnavailableError } from '../../src/domain/errors';
import type { ReadUnit, Store } from '../../src/store/store';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { smallDataset } from '../fixtures/small-dataset';
import { countingStore, runQuery, serverFor } from '../support/graphql';
import { neo4jTestConfig } from '../support/neo4j-env';
import { useSmallStore } from '../support/served-store';
import { acquireNeo4jLock, storeFactories, type StoreFactory } from '../support/stores';

const LOOKUP = `{ government(id: "id-prov-dki-jakarta") {
  id name partnerCount province { id } partners { id name }
  partnerships { id parties { id } programs { id name } sources { url kind } } } }`;

describe.each(storeFactories())('one read per lookup on the %s store', (kind: string, create: StoreFactory) => {
  const small = useSmallStore(kind, create);

  it('answers a lookup with everything it selects in one store read', async () => {
    const counted = countingStore(small.store);
    const countingServer = await serverFor(counted.store);
    const res = await runQuery(countingServer, counted.store, LOOKUP);
    expect(res.errors).toBeUndefined();
    const g = res.data!.government;
    expect(g.partners.map((p: { id: string }) => p.id).sort()).toEqual(['cn-beijing', 'jp-pref-tokyo', 'kr-seoul']);
    expect(g.partnerCount).toBe(3);
    expect(g.partnerships.find((p: { id: string }) => p.id === 'id-prov-dki-jakarta--kr-seoul').programs.map((p: { id: string }) => p.id)).toEqual([
      'prog-seoul-vocational-training',
    ]);
    expect(Object.fromEntries(counted.calls)).toEqual({ readUnit: 1, governmentDetails: 1 });
  });

  it('gives the same answer as resolving field by field', async () => {
    const compiled = await runQuery(small.server, small.store, LOOKUP);
    // The same selection reached through a partnership: the government is loaded on its own, then each relation.
    const byField = await runQuery(
      small.server,
      small.store,
      `{ partnership(id: "id-prov-dki-jakarta--kr-seoul") { parties { id name partnerCount province { id } partners { id name }
         partnerships { id parties { id } programs { id name } sources { url kind } } } } }`,
    );
    expect(byField.errors).toBeUndefined();
    const jakarta = byField.data!.partnership.parties.find((p: { id: string }) => p.id === 'id-prov-dki-jakarta');
    expect(jakarta).toEqual(compiled.data!.government);
  });

  it('surfaces a failed read as STORE_UNAVAILABLE, never as an empty list', async () => {
    // Every read of the request's unit fails except the first government lookup.
    const failing: Store = new Proxy(small.store, {
      get(target, prop, receiver) {
        if (prop !== 'readUnit') return Reflect.get(target, prop, receiver);
        return (): ReadUnit => {
          const unit = target.readUnit();
          return new Proxy(unit, {
            get(u, p, r) {
              const value = Reflect.get(u, p, r);
              if (p === 'close' || p === 'partnershipsByIds' || typeof value !== 'function') return value;
              return () => Promise.reject(new StoreUnavailableError());
            },
          });
        };
      },
    });
    const failingServer = await serverFor(failing);
    for (const query of [
      '{ partnership(id: "id-kota-bandung--kr-seoul") { id parties { id } } }',
      '{ partnership(id: "id-kota-bandung--kr-seoul") { id sources { url } } }',
      '{ partnership(id: "id-prov-dki-jakarta--kr-seoul") { id programs { id } } }',
      '{ government(id: "id-prov-dki-jakarta") { id partners { id } } }',
    ]) {
      const res = await runQuery(failingServer, failing, query);
      expect({ query, codes: res.errors?.map((e) => e.extensions?.code) }).toEqual({ query, codes: ['STORE_UNAVAILABLE'] });
    }
  });
});

describe.each(storeFactories().filter(([kind]) => kind === 'neo4j'))('the %s read unit', (_kind: string, create: StoreFactory) => {
  let store: Neo4jStore;
  let release: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    release = await acquireNeo4jLock();
    store = (await create()) as Neo4jStore;
    await store.importDataset(smallDataset());
  });
  afterAll(async () => {
    await store?.close();
    await release();
  });

  it('runs every read of a request on one session and one transaction', async () => {
    // Its own store: the data version read (its own session, at most every refresh interval) done before.
    const config = neo4jTestConfig()!;
    const own = new Neo4jStore({ uri: config.uri, user: config.user, password: config.password, versionRefreshMs: 60_000 });
    await own.dataVersion();
    const driver = (own as unknown as { driver: { session: (...a: unknown[]) => unknown } }).driver;
    const spy = jest.spyOn(driver, 'session');
    const server = await serverFor(own);
    try {
      // A list, its count and three relations: several statements, one session.
      const res = await runQuery(
        server,
        own,
        '{ partnerships(first: 10) { totalCount edges { node { id parties { id } programs { id } sources { url } } } } countries { code } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.partnerships.totalCount).toBe(5);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
      await server.stop();
    }
  });

  it('opens nothing for a request that reads nothing from the store', async () => {
    const driver = (store as unknown as { driver: { session: (...a: unknown[]) => unknown } }).driver;
    const unit = store.readUnit();
    const spy = jest.spyOn(driver, 'session');
    await unit.close();
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('answers STORE_UNAVAILABLE from loaders when Neo4j cannot be reached', async () => {
    const down = new Neo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', connectionTimeoutMs: 500 });
    const server = await serverFor(down);
    try {
      for (const query of ['{ government(id: "id-kota-bandung") { id partners { id } } }', '{ partnership(id: "x") { id parties { id } } }']) {
        const res = await runQuery(server, down, query);
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['STORE_UNAVAILABLE']);
        expect(res.data?.government ?? res.data?.partnership ?? null).toBeNull();
      }
    } finally {
      await server.stop();
    }
  });

  it('stops a transaction that runs past NEO4J_TX_TIMEOUT_MS and answers TIMEOUT', async () => {
    const config = neo4jTestConfig()!;
    const strict = new Neo4jStore({ uri: config.uri, user: config.user, password: config.password, transactionTimeoutMs: 50 });
    const slow = 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n';
    try {
      await expect(strict.runRead(slow)).rejects.toMatchObject({ code: 'TIMEOUT', name: 'StoreTimeoutError' });
      // The same inside a request's read unit; its later reads answer the same error.
      const unit = strict.readUnit() as ReadUnit & { run: (s: string) => Promise<unknown> };
      await expect(unit.run(slow)).rejects.toMatchObject({ code: 'TIMEOUT' });
      await expect(unit.countries()).rejects.toMatchObject({ code: 'TIMEOUT' });
      await unit.close();
      // The pool is not held: a normal read right after answers.
      await expect(strict.countries()).resolves.toHaveLength(smallDataset().countries.length);
    } finally {
      await strict.close();
    }
  });

  it('answers a repeated read from the cache of its data version, and reads again after a write', async () => {
    const config = neo4jTestConfig()!;
    const cachedStore = new Neo4jStore({ uri: config.uri, user: config.user, password: config.password, versionRefreshMs: 60_000 });
    const uncached = new Neo4jStore({ uri: config.uri, user: config.user, password: config.password, readCacheBytes: 0 });
    const driverOf = (s: Neo4jStore) => (s as unknown as { driver: { session: (...a: unknown[]) => unknown } }).driver;
    const server = await serverFor(cachedStore);
    const plainServer = await serverFor(uncached);
    const id = 'id-kota-bandung--kr-seoul';
    const read = (srv: KotaKembarServer, st: Store) => runQuery(srv, st, `{ partnership(id: "${id}") { id note version parties { id } } }`);
    try {
      const first = await read(server, cachedStore);
      expect(first.errors).toBeUndefined();
      const sessions = jest.spyOn(driverOf(cachedStore), 'session');
      const again = await read(server, cachedStore);
      expect(again.data).toEqual(first.data);
      expect(sessions).not.toHaveBeenCalled();
      // Its own write changes the data version: the next read goes to Neo4j and sees it.
      await cachedStore.updatePartnership(id, first.data!.partnership.version, { note: 'Changed through the cached store.' }, 'tester');
      const after = await read(server, cachedStore);
      expect(after.data!.partnership.note).toBe('Changed through the cached store.');
      expect(sessions).toHaveBeenCalled();
      sessions.mockRestore();
      // With the cache off every request reads Neo4j.
      await read(plainServer, uncached);
      const plainSessions = jest.spyOn(driverOf(uncached), 'session');
      await read(plainServer, uncached);
      expect(plainSessions).toHaveBeenCalledTimes(1);
      plainSessions.mockRestore();
    } finally {
      await server.stop();
      await plainServer.stop();
    }
  });

  it('reuses a data version read for NEO4J_VERSION_REFRESH_MS, and sees its own writes at once', async () => {
    const config = neo4jTestConfig()!;
    const a = new Neo4jStore({ uri: config.uri, user: config.user, password: config.password, versionRefreshMs: 60_000 });
    const b = new Neo4jStore({ uri: config.uri, user: config.user, password: config.password, versionRefreshMs: 0 });
    try {
      const v0 = await a.dataVersion();
      const spy = jest.spyOn(a, 'runRead');
      const concurrent = await Promise.all(Array.from({ length: 20 }, () => a.dataVersion()));
      expect(new Set(concurrent)).toEqual(new Set([v0]));
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
      // Another replica writes: `a` keeps its version until the refresh interval is over; `b` (0 ms) sees it at once.
      await b.addSource({ url: 'https://example.org/version-test', kind: 'WEB' }, 'tester');
      expect(await b.dataVersion()).toBe(v0 + 1);
      expect(await a.dataVersion()).toBe(v0);
      // Its own write is seen at once.
      const written = await a.addSource({ url: 'https://example.org/version-test-2', kind: 'WEB' }, 'tester');
      expect(written.dataVersion).toBe(v0 + 2);
      expect(await a.dataVersion()).toBe(v0 + 2);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
