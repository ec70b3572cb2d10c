/**
 * The bad-input corpus, over real HTTP, on every store: malformed and oversized
 * requests, abusive queries, wrong types, hostile text. Every case gets a 4xx or a
 * coded GraphQL error, never a 500 or a stack trace, and nothing is written.
 */
import type { KotaKembarServer } from '../../src/http/server';
import { createServer } from '../../src/http/server';
import { hashToken, parseEditorTokenHashes } from '../../src/editor-tokens';
import type { Store } from '../../src/store/store';
import { smallDataset } from '../fixtures/small-dataset';
import { silentLogger } from '../support/graphql';
import { acquireNeo4jLock, storeFactories, type StoreFactory } from '../support/stores';

const TOKEN = 'bad-input-editor-token';
const CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'NOT_FOUND',
]);

interface Case {
  name: string;
  /** A raw request; `body` is sent as is. */
  method?: string;
  path?: string;
  contentType?: string;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  /** Searches with hostile text are fine queries: they must answer data, not errors. */
  expectData?: boolean;
  /** A lookup that finds nothing: data with this field null, no error. */
  expectNull?: string;
}

const gql = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const search = (text: string) => gql('query($t: String) { governments(where: { nameContains: $t }) { totalCount } partnerships(where: { nameContains: $t }) { totalCount } }', { t: text });
const nested = (levels: number) => {
  let inner = 'id';
  for (let i = levels - 2; i >= 1; i--) inner = `${i % 2 === 1 ? 'parties' : 'partnerships'} { ${inner} }`;
  return `{ partnership(id: "id-kota-bandung--kr-seoul") { ${inner} } }`;
};

const CASES: Case[] = [
  { name: 'malformed JSON', body: '{"query": "{ countries { code } }"' },
  { name: 'JSON that is not an object', body: '42' },
  { name: 'a batch (batching is off)', body: JSON.stringify([{ query: '{ countries { code } }' }]) },
  { name: 'a query that is not a string', body: JSON.stringify({ query: 42 }) },
  { name: 'variables that are not an object', body: JSON.stringify({ query: '{ countries { code } }', variables: 'x' }) },
  { name: 'a non-JSON content type', contentType: 'text/plain', body: '{ countries { code } }' },
  { name: 'a form content type', contentType: 'application/x-www-form-urlencoded', body: 'query=%7B%20countries%20%7B%20code%20%7D%20%7D' },
  { name: 'an empty body', body: '' },
  { name: 'no query', body: '{}' },
  { name: 'a 10 MB body', body: gql(`{ countries { code } } # ${'x'.repeat(10 * 1024 * 1024)}`) },
  { name: 'invalid UTF-8', body: new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0xff, 0xfe, 0x7d]) },
  { name: 'a query nested 50 deep', body: gql(nested(50)) },
  { name: '1,000 aliases', body: gql(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`) },
  { name: 'an unknown field', body: gql('{ governments(first: 1) { edges { node { id password } } } }') },
  { name: 'an unknown argument', body: gql('{ governments(limit: 5) { totalCount } }') },
  { name: 'a wrongly typed variable', body: gql('query($n: Int) { governments(first: $n) { totalCount } }', { n: 'many' }) },
  { name: 'an undeclared variable', body: gql('{ governments(first: $n) { totalCount } }') },
  { name: 'a page size over the cap', body: gql('{ governments(first: 100000) { totalCount } }') },
  { name: 'a negative page size', body: gql('{ partnerships(first: -1) { totalCount } }') },
  { name: 'a forged cursor', body: gql('{ governments(first: 5, after: "bm90IGEgY3Vyc29y") { totalCount } }') },
  { name: 'an unknown enum value', body: gql('{ partnerships(where: { types: [ALLIANCE] }) { totalCount } }') },
  { name: 'a very long id (no such government: null)', body: gql('query($id: ID!) { government(id: $id) { id } }', { id: 'x'.repeat(90_000) }), expectNull: 'government' },
  { name: 'a GET mutation', method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { addSource(input: { url: "https://example.org/get" }) { source { url } } }')}`, headers: { 'apollo-require-preflight': 'true' } },
  { name: 'a mutation without a token', body: gql('mutation { addSource(input: { url: "https://example.org/anon" }) { source { url } } }') },
  { name: 'a mutation with a wrong token', headers: { authorization: 'Bearer nope' }, body: gql('mutation { addSource(input: { url: "https://example.org/wrong" }) { source { url } } }') },
  { name: 'an editor mutation with a very long note', headers: { authorization: `Bearer ${TOKEN}` }, body: gql('mutation($n: String) { updatePartnership(id: "id-kota-bandung--kr-seoul", version: 1, changes: { note: $n }) { partnership { id } } }', { n: 'y'.repeat(60_000) }) },
  { name: 'an editor mutation with control characters', headers: { authorization: `Bearer ${TOKEN}` }, body: gql('mutation($t: String) { addSource(input: { url: "https://example.org/ctl", title: $t }) { source { url } } }', { t: 'bad\u0000\u0007title' }) },
  { name: 'an editor mutation with Cypher in an id', headers: { authorization: `Bearer ${TOKEN}` }, body: gql('mutation($id: ID!) { updatePartnership(id: $id, version: 1, changes: { note: "x" }) { partnership { id } } }', { id: '"}) MATCH (n) DETACH DELETE n //' }) },
  { name: 'an editor mutation with a javascript: URL', headers: { authorization: `Bearer ${TOKEN}` }, body: gql('mutation { addSource(input: { url: "javascript:alert(1)" }) { source { url } } }') },
  { name: 'search text with control characters', body: search('Ban\u0000d\u001fung\u007f'), expectData: true },
  { name: 'search text in mixed scripts', body: search('서울Jakarta東京Москва'), expectData: true },
  { name: 'very long search text', body: search('bandung '.repeat(10_000)) },
  { name: 'Cypher-looking search text', body: search("') MATCH (n) DETACH DELETE n RETURN 1 //"), expectData: true },
  { name: 'more Cypher-looking search text', body: search('"}) CALL db.labels() YIELD label RETURN label; MATCH (m:Meta) SET m.value = -1 //'), expectData: true },
  { name: 'Lucene-looking search text', body: search('name:* AND (seoul~2 OR "jak*") ^10 \\ / [a TO z] {'), expectData: true },
  { name: 'regex-looking search text', body: search('.*(a+)+$[\\'), expectData: true },
  { name: 'an emoji and RTL search', body: search('🏙️ \u202Eبندونغ'), expectData: true },
];

describe.each(storeFactories())('bad input on the %s store', (kind: string, create: StoreFactory) => {
  let store: Store;
  let server: KotaKembarServer;
  let url: string;
  let release: () => Promise<void> = async () => undefined;
  let before: { version: number; snapshot: string };

  beforeAll(async () => {
    if (kind === 'neo4j') release = await acquireNeo4jLock();
    store = await create();
    await store.importDataset(smallDataset());
    server = await createServer({ store, logger: silentLogger, editorTokens: parseEditorTokenHashes(`editor:${hashToken(TOKEN)}`) });
    url = await server.listen(0, '127.0.0.1');
    before = { version: await store.dataVersion(), snapshot: JSON.stringify(await store.snapshot()) };
  });
  afterAll(async () => {
    await server?.stop();
    await release();
  });

  it.each(CASES)('answers $name with a 4xx or a coded error, never a 500 or a stack', async (c) => {
    const headers: Record<string, string> = { ...(c.headers ?? {}) };
    if (c.method !== 'GET') headers['content-type'] = c.contentType ?? 'application/json';
    const res = await fetch(`${url}${c.path ?? '/graphql'}`, { method: c.method ?? 'POST', headers, body: c.method === 'GET' ? undefined : (c.body as RequestInit['body']) });
    const text = await res.text();
    expect(res.status).toBeLessThan(500);
    expect(text).not.toMatch(/stacktrace|\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+|Neo4jError|neo4j-driver|bolt:|Cypher/);
    const body = JSON.parse(text);
    if (c.expectNull) {
      expect(res.status).toBe(200);
      expect(body).toEqual({ data: { [c.expectNull]: null } });
      return;
    }
    if (c.expectData) {
      expect(res.status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(typeof body.data.governments.totalCount).toBe('number');
      return;
    }
    expect(Array.isArray(body.errors) && body.errors.length > 0).toBe(true);
    for (const e of body.errors) {
      expect(CODES).toContain(e.extensions?.code);
      expect(e.message.length).toBeGreaterThan(10);
    }
    if (res.status === 200) expect(body.data ?? null).toBeNull();
  });

  it('wrote nothing', async () => {
    expect(await store.dataVersion()).toBe(before.version);
    expect(JSON.stringify(await store.snapshot())).toBe(before.snapshot);
    expect(await store.auditTrail({}, { offset: 0, limit: 10 })).toEqual([]);
  });
});
