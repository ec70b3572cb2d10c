/** The `search` query in-process on the seeded embedded store. */
import { runQuery } from '../support/graphql';
import { useSeededStore } from '../support/served-store';

const seeded = useSeededStore();

const SEARCH = `query ($text: String!, $first: Int, $after: String) {
  search(text: $text, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { kind id title matchedText tier partnershipId government { id name } partnership { id } } }
  }
}`;
const nodes = (data: any) => data.search.edges.map((e: any) => e.node);

it('answers "jogja" with the Yogyakarta governments first, resolved, then partnerships', async () => {
  const { data, errors } = await runQuery(seeded.server, seeded.store, SEARCH, { text: 'jogja', first: 10 });
  expect(errors).toBeUndefined();
  const hits = nodes(data);
  expect(hits[0]).toMatchObject({ kind: 'GOVERNMENT', tier: 'EXACT', matchedText: 'Jogja', partnership: null });
  expect(hits[0].government.id).toBe(hits[0].id);
  const partnership = hits.find((h: any) => h.kind === 'PARTNERSHIP');
  expect(partnership.partnership.id).toBe(partnership.id);
  expect(partnership.government).toBeNull();
});

it('returns normally for query syntax characters', async () => {
  const { data, errors } = await runQuery(seeded.server, seeded.store, SEARCH, { text: '~*:"(' });
  expect(errors).toBeUndefined();
  expect(data!.search.edges).toEqual([]);
  expect(data!.search.totalCount).toBe(0);
  expect(data!.search.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
});

it('pages through the ranking with cursors: the pages join up to the whole ranking, in order', async () => {
  const whole = await runQuery(seeded.server, seeded.store, SEARCH, { text: 'kota', first: 100 });
  expect(whole.errors).toBeUndefined();
  const all = nodes(whole.data).map((h: any) => `${h.kind}:${h.id}`);
  const total = whole.data!.search.totalCount;
  expect(total).toBeGreaterThan(12);
  expect(all).toHaveLength(Math.min(total, 100));

  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 3; i++) {
    const { data, errors } = await runQuery(seeded.server, seeded.store, SEARCH, { text: 'kota', first: 4, after });
    expect(errors).toBeUndefined();
    expect(data!.search.totalCount).toBe(total);
    expect(data!.search.pageInfo.hasPreviousPage).toBe(i > 0);
    expect(data!.search.pageInfo.hasNextPage).toBe(true);
    seen.push(...nodes(data).map((h: any) => `${h.kind}:${h.id}`));
    after = data!.search.pageInfo.endCursor;
  }
  expect(seen).toEqual(all.slice(0, 12));
});

it('refuses a cursor it did not issue', async () => {
  const { errors } = await runQuery(seeded.server, seeded.store, SEARCH, { text: 'kota', after: 'bm90IGEgY3Vyc29y' });
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

it.each([
  [{ text: 'seoul', first: 0 }],
  [{ text: 'seoul', first: 101 }],
  [{ text: 'x'.repeat(201) }],
])('rejects %j with BAD_USER_INPUT', async (variables) => {
  const { errors } = await runQuery(seeded.server, seeded.store, SEARCH, variables);
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
