/**
 * Editor tokens over real HTTP: configured as SHA-256 hashes, sent as bearer tokens.
 * Reads need none; mutations without one, or with a wrong one, get UNAUTHENTICATED.
 */
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { identifyCaller } from '../../src/http/editor-auth';
import { hashToken, parseEditorTokenHashes } from '../../src/editor-tokens';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { smallDataset } from '../fixtures/small-dataset';
import { silentLogger } from '../support/graphql';

const ALICE_TOKEN = 'alice-secret-token-0123456789';
let server: KotaKembarServer;
let url: string;

beforeAll(async () => {
  const store = new EmbeddedStore({ file: path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-edit-')), 'db.json') });
  await store.init();
  await store.importDataset(smallDataset());
  const editorTokens = parseEditorTokenHashes(`alice:${hashToken(ALICE_TOKEN)},bob:${hashToken('bob-token')}`);
  server = await createServer({ store, logger: silentLogger, editorTokens });
  url = await server.listen(0, '127.0.0.1');
});
afterAll(() => server?.stop());

const post = async (query: string, token?: string) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers.authorization = token;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as any };
};

const ADD_SOURCE = 'mutation { addSource(input: { url: "https://example.org/over-http" }) { source { url } auditEntry { who } } }';

it('serves reads without a token', async () => {
  const { body } = await post('{ partnership(id: "id-kota-bandung--kr-seoul") { id } }');
  expect(body).toEqual({ data: { partnership: { id: 'id-kota-bandung--kr-seoul' } } });
});

it.each([
  ['no Authorization header', undefined],
  ['a wrong token', 'Bearer not-the-token'],
  ['a token without the Bearer scheme', ALICE_TOKEN],
  ['a hash instead of the token', `Bearer ${hashToken(ALICE_TOKEN)}`],
])('answers UNAUTHENTICATED to a mutation with %s', async (_name, token) => {
  const { body } = await post(ADD_SOURCE, token);
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(body.data).toBeNull();
});

it('runs a mutation with a valid token and records the editor by name', async () => {
  const { status, body } = await post(ADD_SOURCE, `Bearer ${ALICE_TOKEN}`);
  expect(status).toBe(200);
  expect(body).toEqual({ data: { addSource: { source: { url: 'https://example.org/over-http' }, auditEntry: { who: 'alice' } } } });
  const trail = await post('{ auditTrail { who action entityId } }', `Bearer ${ALICE_TOKEN}`);
  expect(trail.body.data.auditTrail).toEqual([{ who: 'alice', action: 'ADD_SOURCE', entityId: 'https://example.org/over-http' }]);
});

describe('editor token configuration', () => {
  it('refuses a malformed EDITOR_TOKEN_HASHES entry, naming it', () => {
    expect(() => parseEditorTokenHashes('alice:abc')).toThrow(/entry 1 is not "name:<64 hex digits/);
    expect(parseEditorTokenHashes(' ')).toEqual([]);
  });
  it('tells a missing token from a wrong one', () => {
    const tokens = parseEditorTokenHashes(`alice:${hashToken('t')}`);
    expect(identifyCaller(undefined, tokens)).toEqual({ editor: null, authProblem: 'MISSING' });
    expect(identifyCaller('Bearer u', tokens)).toEqual({ editor: null, authProblem: 'INVALID' });
    expect(identifyCaller('bearer t', tokens)).toEqual({ editor: 'alice', authProblem: null });
  });
});

it('answers FORBIDDEN to every write on a read-only deployment (no editors configured), reads still served', async () => {
  const store = new EmbeddedStore({ file: null });
  await store.init();
  await store.importDataset(smallDataset());
  const readOnly = await createServer({ store, logger: silentLogger });
  try {
    const at = await readOnly.listen(0, '127.0.0.1');
    const ask = async (query: string, authorization?: string) =>
      (await fetch(`${at}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query }),
      }).then((r) => r.json())) as any;
    for (const token of [undefined, `Bearer ${ALICE_TOKEN}`]) {
      const body = await ask(ADD_SOURCE, token);
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(body.errors[0].message).toMatch(/read-only.*EDITOR_TOKEN_HASHES/);
    }
    expect((await ask('{ partnership(id: "id-kota-bandung--kr-seoul") { id } }')).data.partnership.id).toBe('id-kota-bandung--kr-seoul');
    expect(await store.sourcesByUrls(['https://example.org/over-http'])).toEqual([null]);
  } finally {
    await readOnly.stop();
  }
});
