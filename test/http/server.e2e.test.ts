/**
 * End to end over real HTTP: the server as `npm start` builds it (embedded store seeded
 * from seed/), on a free loopback port.
 */
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { loadSeed } from '../../src/seed/load';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { silentLogger } from '../support/graphql';
import { REPO_ROOT } from '../support/neo4j-env';

let server: KotaKembarServer;
let url: string;

beforeAll(async () => {
  const store = new EmbeddedStore({ file: path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-e2e-')), 'db.json') });
  await store.init();
  await loadSeed(store, path.join(REPO_ROOT, 'seed'));
  server = await createServer({ store, logger: silentLogger });
  url = await server.listen(0, '127.0.0.1');
});
afterAll(() => server?.stop());

const post = (body: string, contentType = 'application/json') =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

it('answers /healthz and /readyz', async () => {
  const health = await fetch(`${url}/healthz`);
  expect(health.status).toBe(200);
  const ready = await fetch(`${url}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toMatchObject({ status: 'ready', store: 'embedded', dataVersion: 1 });
});

it('answers the README query from the seeded data', async () => {
  const res = await post(JSON.stringify({ query: '{ governments(first: 5) { totalCount edges { node { id name } } } }' }));
  expect(res.status).toBe(200);
  const body: any = await res.json();
  expect(body.errors).toBeUndefined();
  expect(body.data.governments.totalCount).toBeGreaterThan(5);
  expect(body.data.governments.edges).toHaveLength(5);
});

it('answers the seeded Bandung–Seoul partnership with its document source', async () => {
  const res = await post(
    JSON.stringify({
      query: '{ partnerships(where: { nameContains: "bandung", countryCodes: ["KR"] }) { edges { node { id sources { url kind } programs { name } } } } }',
    }),
  );
  const body: any = await res.json();
  const seoul = body.data.partnerships.edges.map((e: any) => e.node).find((n: any) => n.id.endsWith('kr-seoul'));
  expect(seoul).toBeDefined();
  expect(seoul.sources.some((s: any) => s.kind === 'DOCUMENT' && s.url.startsWith('seed/documents/'))).toBe(true);
  expect(seoul.programs.length).toBeGreaterThan(0);
});

it('keeps CSRF prevention on: a text/plain POST is refused', async () => {
  const res = await post(JSON.stringify({ query: '{ countries { code } }' }), 'text/plain');
  expect(res.status).toBe(400);
});

it('answers malformed JSON with a 400 and a coded error, no stack', async () => {
  const res = await post('{"query": ');
  expect(res.status).toBe(400);
  const text = await res.text();
  expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
  expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
});

it('refuses a body over the limit with 413', async () => {
  const res = await post(JSON.stringify({ query: `{ countries { code } } #${'x'.repeat(200_000)}` }));
  expect(res.status).toBe(413);
});

it('never returns a stack trace in GraphQL errors', async () => {
  const res = await post(JSON.stringify({ query: '{ governments(first: 1000) { totalCount } nope }' }));
  const text = await res.text();
  expect(text).not.toMatch(/stacktrace|at Object\.|\.ts:\d+/);
});
