/**
 * What clients may not see: in production no schema suggestions, and never the text of
 * an unexpected error (Cypher, file paths, stacks); it is logged, and the client gets
 * INTERNAL_SERVER_ERROR with a generic message.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/store';
import { smallDataset } from '../fixtures/small-dataset';

const logged: string[] = [];
const logger = pino({ level: 'error' }, new Writable({ write: (c, _e, done) => (logged.push(String(c)), done()) }));
let server: KotaKembarServer;
let url: string;

beforeAll(async () => {
  const embedded = new EmbeddedStore({ file: null });
  await embedded.init();
  await embedded.importDataset(smallDataset());
  const broken = new Proxy(embedded, {
    get(target, prop, receiver) {
      if (prop === 'countries')
        return async () => {
          throw new Error('Neo.ClientError: MATCH (c:Country) failed at /work/main/src/store/neo4j/cypher.ts:42');
        };
      return Reflect.get(target, prop, receiver);
    },
  }) as Store;
  server = await createServer({ store: broken, logger, production: true });
  url = await server.listen(0, '127.0.0.1');
});
afterAll(() => server?.stop());

const post = async (query: string) => {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, text: await res.text() };
};

it('gives no field suggestions in production', async () => {
  const { status, text } = await post('{ governmnts { totalCount } }');
  expect(status).toBe(400);
  const body = JSON.parse(text);
  expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(text).not.toMatch(/Did you mean/);
});

it('masks an unexpected error and logs it', async () => {
  const { text } = await post('{ countries { code } }');
  const body = JSON.parse(text);
  expect(body.errors).toEqual([{ message: 'Internal server error.', locations: [{ line: 1, column: 3 }], path: ['countries'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  expect(text).not.toMatch(/MATCH|\/work\/|cypher\.ts|Neo\./);
  expect(logged.join('\n')).toMatch(/MATCH \(c:Country\) failed/);
});
