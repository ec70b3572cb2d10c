/**
 * The Store contract for writes, run against every store: validation, optimistic
 * concurrency, atomicity, dataVersion bumps and the audit trail.
 */
import { BadInputError, ConflictError, NotFoundError } from '../../src/domain/errors';
import type { NewPartnership } from '../../src/domain/edits';
import type { Store } from '../../src/store/store';
import * as writeRules from '../../src/store/write-rules';
import { smallDataset } from '../fixtures/small-dataset';
import { acquireNeo4jLock, reopenStore, storeFactories, type StoreFactory } from '../support/stores';

const ALL = { offset: 0, limit: 100 };
const SOURCE_A = 'https://example.org/source-a';

const bandungBeijing = (extra: Partial<NewPartnership> = {}): NewPartnership => ({
  partyIds: ['id-kota-bandung', 'cn-beijing'],
  type: 'SISTER_CITY',
  signedYear: 2015,
  fields: ['education'],
  sourceUrls: [SOURCE_A],
  ...extra,
});

describe.each(storeFactories())('%s store contract: writes', (kind: string, create: StoreFactory) => {
  let store: Store;
  let release: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    if (kind === 'neo4j') release = await acquireNeo4jLock();
    store = await create();
    await store.importDataset(smallDataset());
    // Read once before the writes: a store that keeps its last snapshot brings it up to date after them.
    await store.snapshot();
  });
  afterAll(async () => {
    await store?.close();
    await release();
  });

  /** Expect `write` to fail with `type` and a message matching `message`, writing nothing. */
  async function expectRefused(write: () => Promise<unknown>, type: abstract new (...args: never[]) => Error, message: RegExp): Promise<void> {
    const version = await store.dataVersion();
    const trail = await store.auditTrail({}, ALL);
    const error = await write().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(message);
    expect(await store.dataVersion()).toBe(version);
    expect(await store.auditTrail({}, ALL)).toHaveLength(trail.length);
  }

  it('creates a partnership at version 1 with a derived id, bumps dataVersion and audits it', async () => {
    const version = await store.dataVersion();
    const { record, dataVersion, audit } = await store.createPartnership(bandungBeijing(), 'alice');
    expect(record).toMatchObject({ id: 'id-kota-bandung--cn-beijing', version: 1, status: 'ACTIVE', confidence: 'MEDIUM' });
    expect(dataVersion).toBe(version + 1);
    expect(await store.dataVersion()).toBe(version + 1);
    const [stored] = await store.partnershipsByIds([record.id]);
    expect(stored).toEqual(record);
    expect((await store.partnershipsOfGovernments(['cn-beijing']))[0]!.map((p) => p.id)).toContain(record.id);
    expect(audit).toMatchObject({ who: 'alice', action: 'CREATE_PARTNERSHIP', entityType: 'PARTNERSHIP', entityId: record.id, before: null, dataVersion });
    expect(JSON.parse(audit.after!)).toEqual(record);
    expect(new Date(audit.at).toISOString()).toBe(audit.at);
    expect((await store.auditTrail({}, ALL))[0]).toEqual(audit);
  });

  it('gives a second agreement between the same pair the suffix --2', async () => {
    const { record } = await store.createPartnership(bandungBeijing({ type: 'MOU', signedYear: 2016 }), 'alice');
    expect(record.id).toBe('id-kota-bandung--cn-beijing--2');
  });

  it('refuses a taken id with CONFLICT', async () => {
    await expectRefused(
      () => store.createPartnership(bandungBeijing({ id: 'id-kota-bandung--kr-seoul' }), 'alice'),
      ConflictError,
      /already exists/,
    );
  });

  it.each([
    ['an unknown party, with a suggestion', { partyIds: ['id-kota-bandung', 'kr-seoull'] }, /"kr-seoull".*is not a government in the dataset; did you mean "kr-seoul"/],
    ['a self-partnership', { partyIds: ['id-kota-bandung', 'id-kota-bandung'] }, /same government more than once/],
    ['a single party', { partyIds: ['id-kota-bandung'] }, /at least two partyIds/],
    ['a year before 1945', { signedYear: 1900 }, /"signedYear" between 1945 and \d{4}, got 1900/],
    ['a year in the future', { signedYear: 3000 }, /got 3000/],
    ['an end before the start', { endedYear: 2000 }, /"endedYear" 2000 is before "signedYear" 2015/],
    ['no source', { sourceUrls: [] }, /cites no source/],
    ['a non-http URL', { sourceUrls: ['ftp://example.org/x'] }, /"ftp:\/\/example.org\/x" is not an http\(s\) URL/],
    ['an unknown source', { sourceUrls: ['https://example.org/unknown'] }, /which the dataset does not describe; add it with addSource first/],
    ['an unknown field', { fields: ['basket_weaving'] }, /Field "basket_weaving" is not in the field vocabulary/],
    ['the foreign party first', { partyIds: ['kr-seoul', 'id-kota-bogor'] }, /Indonesian party first/],
    ['control characters in the note', { note: 'a\u0000b' }, /"note" contains control characters/],
    ['a very long note', { note: 'x'.repeat(6000) }, /"note" to have at most 5000 characters/],
    ['a malformed id', { id: 'MATCH (n) DETACH DELETE n' }, /lower-case slug/],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, extra, message) => {
    await expectRefused(() => store.createPartnership(bandungBeijing(extra as Partial<NewPartnership>), 'alice'), BadInputError, message);
  });

  it('reports every problem at once', async () => {
    await expectRefused(
      () => store.createPartnership(bandungBeijing({ signedYear: 1900, fields: ['nope'], sourceUrls: [] }), 'alice'),
      BadInputError,
      /signedYear.*Field "nope".*cites no source/s,
    );
  });

  it('gives each problem as data: code, input field and values', async () => {
    const error = await store.createPartnership(bandungBeijing({ signedYear: 1900, fields: ['nope'], sourceUrls: [] }), 'alice').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as BadInputError).problems.map(({ code, field, values }) => ({ code, field, values }))).toEqual(
      expect.arrayContaining([
        { code: 'YEAR_OUT_OF_RANGE', field: 'signedYear', values: expect.objectContaining({ value: 1900, min: 1945 }) },
        { code: 'UNKNOWN_FIELD', field: 'fields', values: { value: 'nope' } },
        { code: 'MISSING_SOURCE', field: 'sourceUrls', values: {} },
      ]),
    );
  });

  it('updates a partnership at the expected version and audits before and after', async () => {
    const [before] = await store.partnershipsByIds(['id-kota-bogor--jp-kyoto']);
    const { record, audit } = await store.updatePartnership(
      'id-kota-bogor--jp-kyoto',
      1,
      { status: 'ACTIVE', signedYear: 2019, fields: ['education'], note: 'Confirmed by the city.' },
      'bob',
    );
    expect(record).toMatchObject({ version: 2, status: 'ACTIVE', signedYear: 2019, note: 'Confirmed by the city.', partyIds: before!.partyIds });
    expect((await store.partnershipsByIds([record.id]))[0]).toEqual(record);
    expect(JSON.parse(audit.before!)).toEqual(before);
    expect(JSON.parse(audit.after!)).toEqual(record);
    expect(audit).toMatchObject({ who: 'bob', action: 'UPDATE_PARTNERSHIP' });
  });

  it('refuses a stale version with CONFLICT', async () => {
    await expectRefused(
      () => store.updatePartnership('id-kota-bogor--jp-kyoto', 1, { note: 'late' }, 'carol'),
      ConflictError,
      /is at version 2, not 1/,
    );
  });

  it('lets exactly one of two concurrent updates at the same version win', async () => {
    const results = await Promise.allSettled([
      store.updatePartnership('id-prov-dki-jakarta--cn-beijing', 1, { note: 'first' }, 'alice'),
      store.updatePartnership('id-prov-dki-jakarta--cn-beijing', 1, { note: 'second' }, 'bob'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(ConflictError);
    expect((await store.partnershipsByIds(['id-prov-dki-jakarta--cn-beijing']))[0]!.version).toBe(2);
  });

  it('answers NOT_FOUND for an unknown partnership', async () => {
    await expectRefused(() => store.updatePartnership('nope', 1, { note: 'x' }, 'alice'), NotFoundError, /No partnership has the id "nope"/);
  });

  it('retires a partnership: status ENDED, endedYear set, version bumped', async () => {
    const { record, audit } = await store.retirePartnership('id-prov-dki-jakarta--jp-pref-tokyo', 1, 2020, 'Ended by mutual consent.', 'alice');
    expect(record).toMatchObject({ status: 'ENDED', endedYear: 2020, version: 2, note: 'Ended by mutual consent.' });
    expect(audit.action).toBe('RETIRE_PARTNERSHIP');
    expect(await store.countPartnerships({ statuses: ['ENDED'] })).toBe(1);
  });

  it('refuses to retire before the signing year', async () => {
    await expectRefused(
      () => store.retirePartnership('id-kota-bandung--kr-seoul', 1, 2010, undefined, 'alice'),
      BadInputError,
      /"endedYear" 2010 is before "signedYear" 2013/,
    );
  });

  it('adds a program with a derived id under a known partnership', async () => {
    const { record } = await store.addProgram(
      { partnershipId: 'id-kota-bandung--kr-seoul', name: 'Smart City Exchange', startYear: 2019, fields: ['urban_planning'], sourceUrls: [SOURCE_A] },
      'alice',
    );
    expect(record).toMatchObject({ id: 'id-kota-bandung--kr-seoul--smart-city-exchange', summary: '', endYear: null, confidence: 'MEDIUM' });
    expect((await store.programsOfPartnerships(['id-kota-bandung--kr-seoul']))[0]).toEqual([record]);
    const { record: graded } = await store.addProgram(
      { partnershipId: 'id-kota-bandung--kr-seoul', name: 'Graded Exchange', confidence: 'HIGH', sourceUrls: [SOURCE_A] },
      'alice',
    );
    expect((await store.programsOfPartnerships(['id-kota-bandung--kr-seoul']))[0]).toContainEqual(graded);
    expect(graded.confidence).toBe('HIGH');
    await expectRefused(
      () => store.addProgram({ partnershipId: 'nope', name: 'X', sourceUrls: [SOURCE_A] }, 'alice'),
      NotFoundError,
      /No partnership has the id "nope"/,
    );
    await expectRefused(
      () => store.addProgram({ partnershipId: 'id-kota-bandung--kr-seoul', name: 'Y', sourceUrls: [] }, 'alice'),
      BadInputError,
      /cites no source/,
    );
  });

  it('adds a source, which partnerships can then cite', async () => {
    const url = 'https://example.org/new-source';
    const { record } = await store.addSource({ url, title: 'A new source', accessed: '2026-11-20', language: 'ko', publishedDate: '2026-11-18' }, 'alice');
    expect(record).toEqual({
      url, kind: 'WEB', title: 'A new source', titleSupplied: false, publisher: null, accessed: '2026-11-20',
      language: 'ko', publishedDate: '2026-11-18', checkedDate: '2026-11-20', checkNote: null,
    });
    expect(await store.sourcesByUrls([url])).toEqual([record]);
    // A page without a title of its own: a supplied description, in square brackets and flagged, kept as such.
    const listUrl = 'https://example.org/list-page';
    const supplied = await store.addSource({ url: listUrl, title: '[List of sister cities, Example City]', titleSupplied: true, publisher: 'Example City' }, 'alice');
    expect(supplied.record).toMatchObject({ title: '[List of sister cities, Example City]', titleSupplied: true });
    expect(await store.sourcesByUrls([listUrl])).toEqual([supplied.record]);
    await expectRefused(() => store.addSource({ url: 'https://example.org/x', title: 'List of sister cities', titleSupplied: true }, 'alice'), BadInputError, /square brackets/);
    await expectRefused(() => store.addSource({ url }, 'alice'), ConflictError, /already described/);
    await expectRefused(() => store.addSource({ url: 'javascript:alert(1)' }, 'alice'), BadInputError, /not an http\(s\) URL/);
    await expectRefused(() => store.addSource({ url: 'https://example.org/x', accessed: 'yesterday' }, 'alice'), BadInputError, /ISO date/);
    await expectRefused(() => store.addSource({ url: 'https://example.org/x', publishedDate: '2026-02-30' }, 'alice'), BadInputError, /ISO date/);
    await expectRefused(() => store.addSource({ url: 'https://example.org/x', language: 'Indonesian' }, 'alice'), BadInputError, /BCP 47/);
    const { record: p } = await store.createPartnership(
      { partyIds: ['id-kab-bogor', 'jp-kyoto'], type: 'MOU', sourceUrls: [url] },
      'alice',
    );
    expect(p.sourceUrls).toEqual([url]);
  });

  it('adds a government, checking Indonesian ones against the official list', async () => {
    const { record } = await store.addGovernment(
      { id: 'kr-busan', name: 'Busan', level: 'METROPOLITAN_CITY', localType: 'Metropolitan City', countryCode: 'KR', aliases: ['부산'] },
      'alice',
    );
    expect(record).toMatchObject({ id: 'kr-busan', parentId: null, lat: null, aliases: ['부산'] });
    expect((await store.listGovernments({ nameContains: '부산' }, { field: 'NAME', direction: 'ASC' }, ALL)).map((g) => g.id)).toEqual(['kr-busan']);
    await expectRefused(
      () => store.addGovernment({ id: 'kr-busan', name: 'Busan', level: 'CITY', localType: 'City', countryCode: 'KR' }, 'alice'),
      ConflictError,
      /already exists/,
    );
    await expectRefused(
      () => store.addGovernment({ id: 'id-kota-bandng', name: 'Kota Bandng', level: 'CITY', localType: 'Kota', countryCode: 'ID', parentId: 'id-prov-jawa-barat', kemendagriCode: '32.99' }, 'alice'),
      BadInputError,
      /Unknown Indonesian region "Kota Bandng"/,
    );
    await expectRefused(
      () => store.addGovernment({ id: 'xx-nowhere', name: 'Nowhere', level: 'CITY', localType: 'City', countryCode: 'XX' }, 'alice'),
      BadInputError,
      /country "XX", which the country list does not list/,
    );
  });

  it('lists the audit trail newest first, filtered and paged', async () => {
    const all = await store.auditTrail({}, ALL);
    expect(all.map((a) => a.dataVersion)).toEqual([...all.map((a) => a.dataVersion)].sort((a, b) => b - a));
    expect(all[0]!.dataVersion).toBe(await store.dataVersion());
    const bogor = await store.auditTrail({ entityId: 'id-kota-bogor--jp-kyoto' }, ALL);
    expect(bogor.map((a) => a.action)).toEqual(['UPDATE_PARTNERSHIP']);
    expect((await store.auditTrail({ who: 'bob' }, ALL)).every((a) => a.who === 'bob')).toBe(true);
    expect((await store.auditTrail({ action: 'ADD_GOVERNMENT' }, ALL)).map((a) => a.entityId)).toEqual(['kr-busan']);
    const page = await store.auditTrail({}, { offset: 1, limit: 2 });
    expect(page.map((a) => a.id)).toEqual(all.slice(1, 3).map((a) => a.id));
  });

  it('leaves nothing half-written when a write fails after its first statement', async () => {
    const spy = jest.spyOn(writeRules, 'auditEntry').mockImplementation(() => {
      throw new Error('simulated crash mid-write');
    });
    try {
      const version = await store.dataVersion();
      await expect(store.createPartnership(bandungBeijing({ id: 'id-kota-bandung--cn-beijing--half' }), 'alice')).rejects.toThrow(
        'simulated crash mid-write',
      );
      expect(await store.partnershipsByIds(['id-kota-bandung--cn-beijing--half'])).toEqual([null]);
      expect(await store.dataVersion()).toBe(version);
    } finally {
      spy.mockRestore();
    }
  });

  it('gives, after all these writes, the same snapshot as a fresh read of the stored data', async () => {
    const current = await store.snapshot();
    const again = await reopenStore(store);
    try {
      expect(current.dataVersion).toBe(await store.dataVersion());
      expect(current).toEqual(await again.snapshot());
    } finally {
      await again.close();
    }
  });
});
