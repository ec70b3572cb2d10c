/**
 * Every hot read uses an index: EXPLAIN each read statement the Neo4j store can issue
 * (the list in cypher.ts, `readStatements()`) and fail on an AllNodesScan anywhere, or a
 * NodeByLabelScan in a statement that is not declared to read a whole label. A second
 * test drives every store read and checks that the store ran no statement missing from
 * that list, so a new statement cannot skip the check.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import * as Q from '../../src/store/neo4j/cypher';
import * as S from '../../src/store/neo4j/snapshot-cypher';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { smallDataset } from '../fixtures/small-dataset';
import { neo4jTestConfig } from '../support/neo4j-env';
import { acquireNeo4jLock, storeFactories } from '../support/stores';

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

/** Page parameters go as integers, as the store sends them. */
function planParams(params: Record<string, unknown>): Record<string, unknown> {
  const out = { ...params };
  for (const k of ['offset', 'limit']) if (typeof out[k] === 'number') out[k] = neo4j.int(out[k] as number);
  return out;
}

const WRITE_STATEMENTS = new Set(
  [
    Q.BUMP_DATA_VERSION,
    Q.IMPORT_COUNTRIES,
    Q.IMPORT_FIELDS,
    Q.IMPORT_SOURCES,
    Q.IMPORT_GOVERNMENTS,
    Q.LINK_PARENTS,
    Q.IMPORT_PARTNERSHIPS,
    Q.IMPORT_PROGRAMS,
    Q.CREATE_AUDIT_ENTRY,
    Q.RECORD_RELEASE,
    Q.RECORD_SEED_BASE,
    ...Q.SCHEMA_STATEMENTS,
  ].map((s) => s.trim()),
);

const describeIfNeo4j = storeFactories().some(([kind]) => kind === 'neo4j') ? describe : describe.skip;

describeIfNeo4j('Neo4j read statements and their plans', () => {
  let store: Neo4jStore;
  let release: () => Promise<void> = async () => undefined;
  const config = () => neo4jTestConfig()!;

  beforeAll(async () => {
    release = await acquireNeo4jLock();
    const factory = storeFactories().find(([kind]) => kind === 'neo4j')![1];
    store = (await factory()) as Neo4jStore;
    await store.importDataset(smallDataset());
  });
  afterAll(async () => {
    await store?.close();
    await release();
  });

  it('plans every read statement from an index unless it is declared to read a whole label', async () => {
    const driver = neo4j.driver(config().uri, neo4j.auth.basic(config().user, config().password));
    const problems: string[] = [];
    try {
      const statements = Q.readStatements();
      expect(statements.length).toBeGreaterThan(50);
      for (const s of statements) {
        const { summary } = await driver.executeQuery(`EXPLAIN ${s.text}`, planParams(s.params), { database: 'neo4j' });
        const ops = operators(summary.plan as unknown as PlanNode);
        if (ops.includes('AllNodesScan')) problems.push(`${s.name}: AllNodesScan`);
        if (!s.readsAll && ops.some((op) => op === 'NodeByLabelScan'))
          problems.push(`${s.name}: NodeByLabelScan (${ops.join(' < ')})`);
      }
    } finally {
      await driver.close();
    }
    expect(problems).toEqual([]);
  });

  it('issues no read statement that is missing from readStatements()', async () => {
    const listed = new Set(Q.readStatements().map((s) => s.text.trim()));
    const seen = new Set<string>();
    const record = (text: string) => seen.add(text.trim());
    // Watch every way a store sends a statement: executeQuery, auto-commit, explicit and managed transactions.
    const watch = (driver: Driver) => {
      const executeQuery = driver.executeQuery.bind(driver);
      const spyQuery = jest.spyOn(driver, 'executeQuery').mockImplementation(((text: string, ...rest: unknown[]) => {
        record(text);
        return (executeQuery as (...a: unknown[]) => unknown)(text, ...rest);
      }) as never);
      const session = driver.session.bind(driver);
      const wrapTx = <T extends { run: (...a: never[]) => unknown }>(tx: T): T => {
        const run = tx.run.bind(tx) as (...a: unknown[]) => unknown;
        (tx as { run: unknown }).run = (text: string, ...rest: unknown[]) => {
          record(text);
          return run(text, ...rest);
        };
        return tx;
      };
      const spySession = jest.spyOn(driver, 'session').mockImplementation(((...args: Parameters<Driver['session']>) => {
        const s = session(...args);
        const run = s.run.bind(s) as (...a: unknown[]) => unknown;
        (s as { run: unknown }).run = (text: string, ...rest: unknown[]) => {
          record(text);
          return run(text, ...rest);
        };
        const begin = s.beginTransaction.bind(s);
        s.beginTransaction = (...a) => wrapTx(begin(...a));
        const executeRead = s.executeRead.bind(s);
        s.executeRead = (work, cfg) => executeRead((tx) => work(wrapTx(tx)), cfg);
        const executeWrite = s.executeWrite.bind(s);
        s.executeWrite = (work, cfg) => executeWrite((tx) => work(wrapTx(tx)), cfg);
        return s;
      }) as never);
      return () => {
        spyQuery.mockRestore();
        spySession.mockRestore();
      };
    };
    const driverOf = (s: Neo4jStore) => (s as unknown as { driver: Driver }).driver;
    const unwatch = watch(driverOf(store));
    // A store that holds no snapshot reads the bare data version (one that holds one reads the changes with it).
    const bare = new Neo4jStore({ uri: config().uri, user: config().user, password: config().password });
    const unwatchBare = watch(driverOf(bare));
    try {
      const unit = store.readUnit();
      for (const reads of [store, unit]) {
        await reads.countries();
        await reads.fields();
        await reads.governmentsByIds(['id-kota-bandung']);
        for (const field of ['NAME', 'PARTNER_COUNT'] as const)
          await reads.listGovernments({ countryCodes: ['ID'] }, { field, direction: 'DESC' }, { offset: 0, limit: 5 });
        await reads.countGovernments({ levels: ['CITY'] });
        await reads.partnershipsByIds(['id-kota-bandung--kr-seoul']);
        await reads.partnershipsOfGovernments(['id-kota-bandung']);
        for (const partyId of [undefined, 'id-kota-bandung']) {
          await reads.listPartnerships({ partyId }, { field: 'NAME', direction: 'ASC' }, { offset: 0, limit: 5 });
          await reads.countPartnerships({ partyId });
        }
        await reads.programsOfPartnerships(['id-prov-dki-jakarta--kr-seoul']);
        await reads.sourcesByUrls(['https://example.org/source-a']);
        await reads.governmentDetails(['id-kota-bandung'], { partnerships: true, partners: true, programs: true, sources: true, province: true });
      }
      await unit.close();
      await store.ping();
      await store.isEmpty();
      await store.snapshot();
      await store.worldLayer();
      await store.worldSnapshot();
      await store.worldNetwork();
      await store.search('bandung', 5);
      await store.auditTrail({}, { offset: 0, limit: 5 });
      await store.release();
      await store.seedBase();
      await store.auditTrail({ entityId: 'id-kota-bandung--kr-seoul' }, { offset: 0, limit: 5 });
      await store.addSource({ url: 'https://example.org/explain-guard', kind: 'WEB' }, 'tester');
      // After a write, the held snapshot reads only what changed (SNAPSHOT_CHANGES).
      await store.snapshot();
      // The cached data version: read again once its refresh interval (250 ms) is over.
      await new Promise((r) => setTimeout(r, 300));
      await store.dataVersion();
      await bare.dataVersion();
    } finally {
      unwatch();
      unwatchBare();
      await bare.close();
    }
    const missing = [...seen].filter((text) => !listed.has(text) && !WRITE_STATEMENTS.has(text));
    expect(missing).toEqual([]);
    expect(seen.size).toBeGreaterThan(15);
    expect(seen.has(Q.DATA_VERSION.trim())).toBe(true);
    for (const statement of [S.SNAPSHOT, S.SNAPSHOT_CHANGES, S.WORLD_SNAPSHOT, S.WORLD_NETWORK, S.WORLD_LAYER]) expect(seen.has(statement.trim())).toBe(true);
  });
});
