/** The `search` query in-process on the seeded embedded store. */
import path from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { loadSeed } from '../../src/seed/load';
import type { KotaKembarServer } from '../../src/http/server';
import { runQuery, serverFor } from '../support/graphql';
import { REPO_ROOT } from '../support/neo4j-env';

let store: EmbeddedStore;
let server: KotaKembarServer;

beforeAll(async () => {
  store = new EmbeddedStore({ file: null });
  await store.init();
  await loadSeed(store, path.join(REPO_ROOT, 'seed'));
  server = await serverFor(store);
});
afterAll(() => server?.stop());

const SEARCH = `query ($text: String!, $first: Int) {
  search(text: $text, first: $first) { kind id title matchedText tier partnershipId government { id name } partnership { id } }
}`;

it('answers "jogja" with the Yogyakarta governments first, resolved, then partnerships', async () => {
  const { data, errors } = await runQuery(server, store, SEARCH, { text: 'jogja', first: 10 });
  expect(errors).toBeUndefined();
  const hits = data!.search;
  expect(hits[0]).toMatchObject({ kind: 'GOVERNMENT', tier: 'EXACT', matchedText: 'Jogja', partnership: null });
  expect(hits[0].government.id).toBe(hits[0].id);
  const partnership = hits.find((h: any) => h.kind === 'PARTNERSHIP');
  expect(partnership.partnership.id).toBe(partnership.id);
  expect(partnership.government).toBeNull();
});

it('returns normally for query syntax characters', async () => {
  const { data, errors } = await runQuery(server, store, SEARCH, { text: '~*:"(' });
  expect(errors).toBeUndefined();
  expect(data!.search).toEqual([]);
});

it.each([
  [{ text: 'seoul', first: 0 }],
  [{ text: 'seoul', first: 101 }],
  [{ text: 'x'.repeat(201) }],
])('rejects %j with BAD_USER_INPUT', async (variables) => {
  const { errors } = await runQuery(server, store, SEARCH, variables);
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
