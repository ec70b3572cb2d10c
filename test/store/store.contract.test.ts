/**
 * The Store contract: one suite, run against every store (embedded and Neo4j). Any
 * behaviour the API relies on is pinned here, so the two adapters cannot drift.
 */
import type { PartnershipSort, Store } from '../../src/store/store';
import { acquireNeo4jLock, storeFactories, type StoreFactory } from '../support/stores';
import { smallDataset } from '../fixtures/small-dataset';

const NAME_ASC = { field: 'NAME', direction: 'ASC' } as const;
const ALL = { offset: 0, limit: 100 };

describe.each(storeFactories())('%s store contract', (kind: string, create: StoreFactory) => {
  let store: Store;
  let release: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    if (kind === 'neo4j') release = await acquireNeo4jLock();
    store = await create();
  });
  afterAll(async () => {
    await store?.close();
    await release();
  });

  it('starts empty at data version 0', async () => {
    expect(await store.isEmpty()).toBe(true);
    expect(await store.dataVersion()).toBe(0);
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('imports a dataset and bumps the data version once', async () => {
    const result = await store.importDataset(smallDataset());
    expect(result).toMatchObject({ governments: 9, partnerships: 5, programs: 1, dataVersion: 1 });
    expect(await store.dataVersion()).toBe(1);
    expect(await store.isEmpty()).toBe(false);
  });

  it('imports idempotently: the same dataset twice gives the same snapshot', async () => {
    const before = await store.snapshot();
    await store.importDataset(smallDataset());
    const after = await store.snapshot();
    expect(after.dataVersion).toBe(before.dataVersion + 1);
    const strip = ({ dataVersion: _v, ...rest }: typeof before) => rest;
    expect(normalise(strip(after))).toEqual(normalise(strip(before)));
  });

  it('round-trips every field of every record through the snapshot', async () => {
    const snap = await store.snapshot();
    const expected = smallDataset();
    expect(normalise({ ...snap, dataVersion: 0 })).toEqual(normalise({ ...expected, dataVersion: 0 }));
  });

  it('finds governments by id in the order asked, null for unknown ids', async () => {
    const found = await store.governmentsByIds(['kr-seoul', 'nope', 'id-kota-bandung']);
    expect(found.map((g) => g?.id ?? null)).toEqual(['kr-seoul', null, 'id-kota-bandung']);
    expect(found[0]).toMatchObject({ name: 'Seoul', level: 'SPECIAL_CITY', aliases: ['서울', 'Séoul'] });
  });

  it('lists governments sorted by name then id, with offset paging', async () => {
    const all = await store.listGovernments({}, NAME_ASC, ALL);
    expect(all.map((g) => g.id)).toEqual([
      'id-kota-bandung',
      'cn-beijing',
      'id-kab-bogor',
      'id-kota-bogor',
      'id-prov-dki-jakarta',
      'id-prov-jawa-barat',
      'jp-kyoto',
      'kr-seoul',
      'jp-pref-tokyo',
    ]);
    const names = all.map((g) => g.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
    expect([...names].sort()).toEqual(names);
    const page2 = await store.listGovernments({}, NAME_ASC, { offset: 2, limit: 3 });
    expect(page2.map((g) => g.id)).toEqual(all.slice(2, 5).map((g) => g.id));
    // Same name, different level: the id breaks the tie.
    expect(all.map((g) => g.id).filter((id) => id.endsWith('bogor'))).toEqual(['id-kab-bogor', 'id-kota-bogor']);
  });

  it('filters governments by name, case- and accent-insensitively, including aliases', async () => {
    const ids = async (nameContains: string) =>
      (await store.listGovernments({ nameContains }, NAME_ASC, ALL)).map((g) => g.id);
    expect(await ids('SEOUL')).toEqual(['kr-seoul']);
    expect(await ids('séoul')).toEqual(['kr-seoul']);
    expect(await ids('kyoto')).toEqual(['jp-kyoto']);
    expect(await ids('dki')).toEqual(['id-prov-dki-jakarta']);
    expect(await ids('서울')).toEqual(['kr-seoul']);
    expect(await ids('no such place')).toEqual([]);
    expect(await store.countGovernments({ nameContains: 'bogor' })).toBe(2);
  });

  it('filters governments by level, country, province and having partnerships', async () => {
    const ids = async (where: Parameters<Store['listGovernments']>[0]) =>
      (await store.listGovernments(where, NAME_ASC, ALL)).map((g) => g.id);
    expect(await ids({ levels: ['REGENCY'] })).toEqual(['id-kab-bogor']);
    expect(await ids({ countryCodes: ['JP'] })).toEqual(['jp-kyoto', 'jp-pref-tokyo']);
    expect(await ids({ provinceId: 'id-prov-jawa-barat' })).toEqual([
      'id-kota-bandung',
      'id-kab-bogor',
      'id-kota-bogor',
      'id-prov-jawa-barat',
    ]);
    expect(await ids({ hasPartnerships: false })).toEqual(['id-kab-bogor', 'id-prov-jawa-barat']);
    expect(await store.countGovernments({ hasPartnerships: true, countryCodes: ['ID'] })).toBe(3);
  });

  it('ranks governments by partner count, ties by name', async () => {
    const top = await store.listGovernments({}, { field: 'PARTNER_COUNT', direction: 'DESC' }, { offset: 0, limit: 3 });
    expect(top.map((g) => g.id)).toEqual(['id-prov-dki-jakarta', 'kr-seoul', 'id-kota-bandung']);
    const bottom = await store.listGovernments({}, { field: 'PARTNER_COUNT', direction: 'ASC' }, { offset: 0, limit: 2 });
    expect(bottom.map((g) => g.id)).toEqual(['id-kab-bogor', 'id-prov-jawa-barat']);
  });

  it('returns partnerships by id with parties and sources in order', async () => {
    const [p, missing] = await store.partnershipsByIds(['id-kota-bandung--kr-seoul', 'nope']);
    expect(missing).toBeNull();
    expect(p).toMatchObject({
      partyIds: ['id-kota-bandung', 'kr-seoul'],
      sourceUrls: ['https://example.org/source-a', 'https://example.org/source-b'],
      type: 'MOU',
      signedYear: 2013,
      version: 1,
    });
  });

  it('lists the partnerships of several governments at once, by signed year', async () => {
    const [jakarta, seoul, none] = await store.partnershipsOfGovernments([
      'id-prov-dki-jakarta',
      'kr-seoul',
      'id-kab-bogor',
    ]);
    expect(jakarta!.map((p) => p.signedYear)).toEqual([1982, 1984, 1992]);
    expect(seoul!.map((p) => p.id)).toEqual(['id-prov-dki-jakarta--kr-seoul', 'id-kota-bandung--kr-seoul']);
    expect(none).toEqual([]);
  });

  it('filters and sorts partnerships', async () => {
    const ids = async (where: Parameters<Store['listPartnerships']>[0], sort: PartnershipSort = { field: 'SIGNED_YEAR', direction: 'ASC' }) =>
      (await store.listPartnerships(where, sort, ALL)).map((p) => p.id);
    expect(await ids({})).toEqual([
      'id-prov-dki-jakarta--jp-pref-tokyo',
      'id-prov-dki-jakarta--kr-seoul',
      'id-prov-dki-jakarta--cn-beijing',
      'id-kota-bandung--kr-seoul',
      'id-kota-bogor--jp-kyoto',
    ]);
    expect(await ids({}, { field: 'SIGNED_YEAR', direction: 'DESC' })).toEqual([
      'id-kota-bandung--kr-seoul',
      'id-prov-dki-jakarta--cn-beijing',
      'id-prov-dki-jakarta--kr-seoul',
      'id-prov-dki-jakarta--jp-pref-tokyo',
      'id-kota-bogor--jp-kyoto',
    ]);
    expect(await ids({ types: ['SISTER_CITY'] })).toEqual(['id-prov-dki-jakarta--kr-seoul', 'id-prov-dki-jakarta--cn-beijing']);
    expect(await ids({ statuses: ['DORMANT', 'UNKNOWN'] })).toEqual(['id-kota-bandung--kr-seoul', 'id-kota-bogor--jp-kyoto']);
    expect(await ids({ countryCodes: ['KR'] })).toEqual(['id-prov-dki-jakarta--kr-seoul', 'id-kota-bandung--kr-seoul']);
    expect(await ids({ provinceId: 'id-prov-jawa-barat' })).toEqual(['id-kota-bandung--kr-seoul', 'id-kota-bogor--jp-kyoto']);
    expect(await ids({ partyId: 'kr-seoul' })).toEqual(['id-prov-dki-jakarta--kr-seoul', 'id-kota-bandung--kr-seoul']);
    // levels: at least one party at one of the levels
    expect(await ids({ levels: ['PREFECTURE'] })).toEqual(['id-prov-dki-jakarta--jp-pref-tokyo']);
    expect(await ids({ levels: ['CITY'] })).toEqual(['id-prov-dki-jakarta--cn-beijing', 'id-kota-bandung--kr-seoul', 'id-kota-bogor--jp-kyoto']);
    expect(await ids({ levels: ['SPECIAL_CITY', 'PREFECTURE'] })).toEqual([
      'id-prov-dki-jakarta--jp-pref-tokyo',
      'id-prov-dki-jakarta--kr-seoul',
      'id-kota-bandung--kr-seoul',
    ]);
    expect(await ids({ levels: ['REGENCY'] })).toEqual([]);
    expect(await store.countPartnerships({ levels: ['CITY'], countryCodes: ['JP'] })).toBe(1);
    expect(await ids({ signedYearFrom: 1984, signedYearTo: 1992 })).toEqual([
      'id-prov-dki-jakarta--kr-seoul',
      'id-prov-dki-jakarta--cn-beijing',
    ]);
    expect(await ids({ minConfidence: 'MEDIUM' })).toHaveLength(4);
    expect(await ids({ nameContains: 'SÉOUL' })).toEqual(['id-prov-dki-jakarta--kr-seoul', 'id-kota-bandung--kr-seoul']);
    expect(await ids({}, { field: 'NAME', direction: 'ASC' })).toEqual([
      'id-kota-bandung--kr-seoul',
      'id-kota-bogor--jp-kyoto',
      'id-prov-dki-jakarta--cn-beijing',
      'id-prov-dki-jakarta--kr-seoul',
      'id-prov-dki-jakarta--jp-pref-tokyo',
    ]);
    expect(await store.countPartnerships({ countryCodes: ['JP'] })).toBe(2);
    const page = await store.listPartnerships({}, { field: 'SIGNED_YEAR', direction: 'ASC' }, { offset: 1, limit: 2 });
    expect(page.map((p) => p.signedYear)).toEqual([1984, 1992]);
  });

  it('returns programs per partnership and sources by url', async () => {
    const [programs, none] = await store.programsOfPartnerships(['id-prov-dki-jakarta--kr-seoul', 'nope']);
    expect(programs!.map((p) => p.name)).toEqual(['Seoul Vocational Training']);
    expect(programs![0]).toMatchObject({ startYear: 2018, endYear: 2020, sourceUrls: ['https://example.org/source-a'], confidence: 'HIGH' });
    expect(none).toEqual([]);
    const [a, missing] = await store.sourcesByUrls(['https://example.org/source-a', 'https://nope.example']);
    expect(a).toEqual({
      url: 'https://example.org/source-a', kind: 'WEB', title: 'Source A', titleSupplied: false, publisher: 'Example', accessed: '2026-11-01',
      language: 'id', publishedDate: '2026-10-30', checkedDate: '2026-11-01', checkNote: 'Title and date from the page itself',
    });
    expect(missing).toBeNull();
  });

  it('round-trips every citation field of every source and the confidence of every program', async () => {
    const source = smallDataset();
    const urls = source.sources.map((s) => s.url);
    expect(await store.sourcesByUrls(urls)).toEqual(source.sources);
    const snapshot = await store.snapshot();
    expect([...snapshot.sources].sort((x, y) => x.url.localeCompare(y.url))).toEqual(source.sources);
    expect(snapshot.programs.map((p) => [p.id, p.confidence])).toEqual(source.programs.map((p) => [p.id, p.confidence]));
  });

  it('lists countries by name and fields by code', async () => {
    expect((await store.fields()).map((f) => f.code)).toEqual(['education', 'urban_planning']);
    expect((await store.countries()).map((c) => c.code)).toEqual(['CN', 'ID', 'JP', 'KR']);
  });
});

/** Order-independent comparison of datasets: sort every list by its key. */
function normalise(d: Record<string, unknown>) {
  const key = (x: any) => x.id ?? x.code ?? x.url;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d))
    out[k] = Array.isArray(v) ? [...v].sort((a, b) => (key(a) < key(b) ? -1 : 1)) : v;
  return out;
}
