/**
 * The Neo4j store keeps the last snapshot it read and, after a write, reads only the records
 * written since (SNAPSHOT_CHANGES). After every kind of write its snapshot must equal a full
 * read by a store that holds nothing, and the statement it ran must be the delta, not the
 * whole snapshot. A database wiped and seeded again counts its versions from 1 once more:
 * a snapshot held from before must not be served for the same version number.
 */
import type { Driver } from 'neo4j-driver';
import type { Dataset } from '../../src/domain/model';
import * as Q from '../../src/store/neo4j/cypher';
import * as S from '../../src/store/neo4j/snapshot-cypher';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { smallDataset } from '../fixtures/small-dataset';
import { neo4jTestConfig } from '../support/neo4j-env';
import { acquireNeo4jLock, clearNeo4j, storeFactories } from '../support/stores';

const describeIfNeo4j = storeFactories().some(([kind]) => kind === 'neo4j') ? describe : describe.skip;

describeIfNeo4j('Neo4j snapshot: held, and brought up to date with what changed', () => {
  let store: Neo4jStore;
  let release: () => Promise<void> = async () => undefined;
  const ran: string[] = [];
  const open = () => {
    const c = neo4jTestConfig()!;
    return new Neo4jStore({ uri: c.uri, user: c.user, password: c.password });
  };

  /** The snapshot of a store that holds nothing: one full read. */
  async function fullRead() {
    const other = open();
    try {
      return await other.snapshot();
    } finally {
      await other.close();
    }
  }

  const NAMES = new Map([
    [S.SNAPSHOT, 'SNAPSHOT'],
    [S.SNAPSHOT_CHANGES, 'SNAPSHOT_CHANGES'],
    [Q.DATA_VERSION, 'DATA_VERSION'],
  ]);

  /** The store's snapshot, with the version and snapshot statements it ran for it. */
  async function snapshotRunning() {
    ran.length = 0;
    const snapshot = await store.snapshot();
    return { snapshot, ran: ran.flatMap((s) => NAMES.get(s) ?? []) };
  }

  beforeAll(async () => {
    release = await acquireNeo4jLock();
    const factory = storeFactories().find(([kind]) => kind === 'neo4j')![1];
    store = (await factory()) as Neo4jStore;
    const driver = (store as unknown as { driver: Driver }).driver;
    const session = driver.session.bind(driver);
    jest.spyOn(driver, 'session').mockImplementation(((...args: Parameters<Driver['session']>) => {
      const s = session(...args);
      const run = s.run.bind(s) as (...a: unknown[]) => unknown;
      (s as { run: unknown }).run = (text: string, ...rest: unknown[]) => {
        ran.push(text);
        return run(text, ...rest);
      };
      return s;
    }) as never);
    await store.importDataset(smallDataset());
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await store?.close();
    await release();
  });

  it('reads everything once, then answers the same data version without reading again', async () => {
    const first = await snapshotRunning();
    expect(first.ran).toEqual(['SNAPSHOT']);
    expect(first.snapshot).toEqual(await fullRead());
    const again = await snapshotRunning();
    // Nothing, or (if the 250 ms version refresh came due on a loaded machine) the one version read, which brings no change.
    expect(again.ran.length === 0 || (again.ran.length === 1 && again.ran[0] === 'SNAPSHOT_CHANGES')).toBe(true);
    expect(again.snapshot).toEqual(first.snapshot);
    // Each caller gets arrays of its own; the records are shared and frozen.
    again.snapshot.governments.pop();
    expect((await store.snapshot()).governments).toHaveLength(first.snapshot.governments.length);
    expect(Object.isFrozen(first.snapshot.partnerships[0])).toBe(true);
    expect(Object.isFrozen(first.snapshot.partnerships[0]!.partyIds)).toBe(true);
  });

  const reseeded = (): Dataset => {
    const d = smallDataset();
    d.countries = d.countries.map((c) => (c.code === 'KR' ? { ...c, nameId: 'Korsel' } : c));
    d.fields = d.fields.map((f) => (f.code === 'education' ? { ...f, labelEn: 'Education and training' } : f));
    d.governments = d.governments.map((g) => (g.id === 'kr-seoul' ? { ...g, aliases: [...g.aliases, 'Seoul Metropolitan City'] } : g));
    d.sources = d.sources.map((s) => (s.url === 'https://example.org/source-b' ? { ...s, checkNote: 'Checked again.' } : s));
    return d;
  };

  const writes: Array<[string, () => Promise<unknown>]> = [
    ['an updated partnership', () => store.updatePartnership('id-kota-bogor--jp-kyoto', 1, { status: 'ACTIVE', note: 'Confirmed.' }, 'bob')],
    ['a retired partnership', () => store.retirePartnership('id-prov-dki-jakarta--cn-beijing', 1, 2020, 'Ended.', 'bob')],
    ['a new source', () => store.addSource({ url: 'https://example.org/delta-source', title: 'Delta' }, 'alice')],
    ['a new government', () => store.addGovernment({ id: 'kr-busan', name: 'Busan', level: 'METROPOLITAN_CITY', localType: 'Metropolitan City', countryCode: 'KR' }, 'alice')],
    [
      'a new partnership citing the new source',
      () => store.createPartnership({ partyIds: ['id-kota-bandung', 'kr-busan'], type: 'MOU', sourceUrls: ['https://example.org/delta-source'] }, 'alice'),
    ],
    ['a new program', () => store.addProgram({ partnershipId: 'id-kota-bandung--kr-seoul', name: 'Delta Exchange', sourceUrls: ['https://example.org/source-a'] }, 'alice')],
    ['a seed import changing a country, a field, a government and a source', () => store.importDataset(reseeded())],
    ['a world layer import (no record of the snapshot changes)', () => store.importWorldLayer({ places: [], ties: [] })],
  ];

  it.each(writes)('after %s, reads only what changed and equals a full read', async (_what, write) => {
    await store.snapshot();
    await write();
    const { snapshot, ran: statements } = await snapshotRunning();
    expect(statements).toEqual(['SNAPSHOT_CHANGES']);
    expect(snapshot.dataVersion).toBe(await store.dataVersion());
    expect(snapshot).toEqual(await fullRead());
  });

  it('sees another store’s writes once its data version is read again, in that one statement', async () => {
    await store.snapshot();
    const other = open();
    try {
      const [current] = await other.partnershipsByIds(['id-kota-bogor--jp-kyoto']);
      await other.updatePartnership('id-kota-bogor--jp-kyoto', current!.version, { note: 'Changed by another replica.' }, 'carol');
    } finally {
      await other.close();
    }
    await new Promise((r) => setTimeout(r, 300)); // the version refresh interval (250 ms) is over
    const { snapshot, ran: statements } = await snapshotRunning();
    expect(statements).toEqual(['SNAPSHOT_CHANGES']);
    expect(snapshot.partnerships.find((p) => p.id === 'id-kota-bogor--jp-kyoto')!.note).toBe('Changed by another replica.');
    expect(snapshot).toEqual(await fullRead());
  });

  it('ends equal to a full read when its own and another store’s edits overlap its reads', async () => {
    const other = open();
    const edits = async (writer: Neo4jStore, id: string, who: string) => {
      for (let i = 0; i < 3; i++) {
        const [current] = await writer.partnershipsByIds([id]);
        await writer.updatePartnership(id, current!.version, { note: `${who} ${i}` }, who);
      }
    };
    let done = false;
    const reads = (async () => {
      let n = 0;
      while (!done) {
        await Promise.all([store.snapshot(), store.dataVersion(), store.snapshot()]);
        await new Promise((r) => setTimeout(r, 5));
        n++;
      }
      return n;
    })();
    try {
      await Promise.all([edits(store, 'id-kota-bandung--kr-seoul', 'self'), edits(other, 'id-prov-dki-jakarta--kr-seoul', 'replica')]);
    } finally {
      done = true;
      await other.close();
    }
    expect(await reads).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    const snapshot = await store.snapshot();
    expect(snapshot.partnerships.find((p) => p.id === 'id-prov-dki-jakarta--kr-seoul')!.note).toBe('replica 2');
    expect(snapshot.partnerships.find((p) => p.id === 'id-kota-bandung--kr-seoul')!.note).toBe('self 2');
    expect(snapshot).toEqual(await fullRead());
  });

  it('reads everything again after the database was wiped and seeded to the same version number', async () => {
    await clearNeo4j();
    await store.importDataset(smallDataset());
    const before = await store.snapshot();
    expect(before.dataVersion).toBe(1);
    await clearNeo4j();
    const other = open();
    try {
      await other.importDataset(reseeded());
    } finally {
      await other.close();
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(await store.dataVersion()).toBe(1);
    const { snapshot, ran: statements } = await snapshotRunning();
    // (A bare version read may come first if the refresh interval came due again meanwhile.)
    expect(statements.filter((s) => s !== 'DATA_VERSION')).toEqual(['SNAPSHOT']);
    expect(snapshot.countries.find((c) => c.code === 'KR')!.nameId).toBe('Korsel');
    expect(snapshot).toEqual(await fullRead());
  });
});
