/**
 * The GraphQL fact queries, run in-process against every store on the small fixture
 * dataset: answers, paging, sorting, bad input and the DataLoader call bound.
 */
import { countingStore, runQuery, serverFor } from '../support/graphql';
import { useSmallStore } from '../support/served-store';
import { storeFactories, type StoreFactory } from '../support/stores';

describe.each(storeFactories())('GraphQL fact queries on the %s store', (kind: string, create: StoreFactory) => {
  const small = useSmallStore(kind, create);
  const q = (query: string, variables?: Record<string, unknown>) => runQuery(small.server, small.store, query, variables);

  it('answers governments(first: 5) with totalCount and edges', async () => {
    const { data, errors } = await q('{ governments(first: 5) { totalCount edges { node { id name } } pageInfo { hasNextPage } } }');
    expect(errors).toBeUndefined();
    expect(data!.governments.totalCount).toBe(9);
    expect(data!.governments.edges).toHaveLength(5);
    expect(data!.governments.pageInfo.hasNextPage).toBe(true);
  });

  it('pages with after/endCursor through every government exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: any = await q(
        'query($after: String) { governments(first: 4, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...res.data.governments.edges.map((e: any) => e.node.id));
      if (!res.data.governments.pageInfo.hasNextPage) break;
      after = res.data.governments.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });

  it('ranks governments by partner count', async () => {
    const { data } = await q(
      '{ governments(first: 2, sort: { field: PARTNER_COUNT, direction: DESC }) { edges { node { id partnerCount } } } }',
    );
    expect(data!.governments.edges.map((e: any) => e.node)).toEqual([
      { id: 'id-prov-dki-jakarta', partnerCount: 3 },
      { id: 'kr-seoul', partnerCount: 2 },
    ]);
  });

  it('resolves a government with its province, country, partners, partnerships, programs and sources', async () => {
    const { data, errors } = await q(`{
      government(id: "id-kota-bandung") {
        name level kemendagriCode
        province { id name }
        country { code name }
        partners { id }
        partnerships { id type signedYear confidence sources { url title } parties { id } }
      }
      partnership(id: "id-prov-dki-jakarta--kr-seoul") {
        signedYearAlternatives { year sourceUrl note }
        fields { code labelEn labelId }
        programs { name startYear endYear sources { url } partnership { id } }
        sourceCount
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.government).toEqual({
      name: 'Bandung',
      level: 'CITY',
      kemendagriCode: '32.73',
      province: { id: 'id-prov-jawa-barat', name: 'Jawa Barat' },
      country: { code: 'ID', name: 'Indonesia' },
      partners: [{ id: 'kr-seoul' }],
      partnerships: [
        {
          id: 'id-kota-bandung--kr-seoul',
          type: 'MOU',
          signedYear: 2013,
          confidence: 'HIGH',
          sources: [
            { url: 'https://example.org/source-a', title: 'Source A' },
            { url: 'https://example.org/source-b', title: 'Source B' },
          ],
          parties: [{ id: 'id-kota-bandung' }, { id: 'kr-seoul' }],
        },
      ],
    });
    expect(data!.partnership).toEqual({
      signedYearAlternatives: [{ year: 1985, sourceUrl: 'https://example.org/source-b', note: 'ratified' }],
      fields: [
        { code: 'urban_planning', labelEn: 'Urban planning', labelId: 'Perencanaan kota' },
        { code: 'education', labelEn: 'Education', labelId: 'Pendidikan' },
      ],
      programs: [
        {
          name: 'Seoul Vocational Training',
          startYear: 2018,
          endYear: 2020,
          sources: [{ url: 'https://example.org/source-a' }],
          partnership: { id: 'id-prov-dki-jakarta--kr-seoul' },
        },
      ],
      sourceCount: 1,
    });
  });

  it('filters partnerships by where and answers countries', async () => {
    const { data } = await q(`{
      partnerships(where: { countryCodes: ["kr"], signedYearFrom: 2000 }) { totalCount edges { node { id } } }
      countries { code }
    }`);
    expect(data!.partnerships).toEqual({ totalCount: 1, edges: [{ node: { id: 'id-kota-bandung--kr-seoul' } }] });
    expect(data!.countries.map((c: any) => c.code)).toEqual(['CN', 'ID', 'JP', 'KR']);
  });

  it('finds names case- and accent-insensitively', async () => {
    const { data } = await q('{ governments(where: { nameContains: "SÉOUL" }) { edges { node { id } } } }');
    expect(data!.governments.edges).toEqual([{ node: { id: 'kr-seoul' } }]);
  });

  it('answers null for an unknown id', async () => {
    const { data, errors } = await q('{ government(id: "id-kota-atlantis") { id } partnership(id: "nope") { id } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ government: null, partnership: null });
  });

  it.each([
    ['first above the cap', '{ governments(first: 101) { totalCount } }', /Expected "first" between 0 and 100, got 101\./],
    ['a negative first', '{ partnerships(first: -1) { totalCount } }', /got -1/],
    ['a malformed cursor', '{ governments(after: "bm9wZQ==") { totalCount } }', /not one this API issued/],
    ['an unknown enum', '{ governments(where: { levels: [TOWN] }) { totalCount } }', /TOWN/],
    ['a bad country code', '{ partnerships(where: { countryCodes: ["Korea"] }) { totalCount } }', /ISO 3166-1 alpha-2/],
    ['an inverted year range', '{ partnerships(where: { signedYearFrom: 2000, signedYearTo: 1990 }) { totalCount } }', /at most "signedYearTo"/],
  ])('refuses %s with BAD_USER_INPUT', async (_name, query, message) => {
    const { errors } = await q(query);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(errors![0]!.message).toMatch(message);
  });

  it('refuses a wrongly typed variable with BAD_USER_INPUT', async () => {
    const { errors } = await q('query($n: Int) { governments(first: $n) { totalCount } }', { n: 'many' });
    expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts only when totalCount is selected, and batches relations through DataLoaders', async () => {
    const counted = countingStore(small.store);
    const countingServer = await serverFor(counted.store);
    const res = await runQuery(
      countingServer,
      counted.store,
      `{ governments(first: 100) { edges { node { id partners { id name partnerships { id programs { id } sources { url } } } province { id } country { code } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.governments.edges).toHaveLength(9);
    const calls = Object.fromEntries(counted.calls);
    expect(calls.countGovernments).toBeUndefined();
    // One list, then a bounded number of batched calls per relation, independent of the page size.
    expect(calls.listGovernments).toBe(1);
    for (const [method, n] of Object.entries(calls)) expect({ method, n: Math.min(n, 3) }).toEqual({ method, n });
    expect(Object.values(calls).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(12);
  });
});
