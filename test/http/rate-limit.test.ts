/**
 * The per-client rate limit on analysis queries: token buckets by client, and over
 * HTTP a 429 RATE_LIMITED with Retry-After once the burst is spent, fact queries unaffected.
 */
import { createServer } from '../../src/http/server';
import { TokenBuckets } from '../../src/http/rate-limit';
import { loadConfig } from '../../src/config';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { smallDataset } from '../fixtures/small-dataset';
import { silentLogger } from '../support/graphql';

describe('token buckets', () => {
  it('grant a burst, refill at the rate, and keep clients apart', () => {
    const buckets = new TokenBuckets({ burst: 3, perSecond: 1 });
    expect([1, 2, 3].map(() => buckets.take('a', 1, 0))).toEqual([0, 0, 0]);
    expect(buckets.take('a', 1, 0)).toBe(1); // wait 1 s
    expect(buckets.take('b', 1, 0)).toBe(0); // another client has its own bucket
    expect(buckets.take('a', 1, 1000)).toBe(0); // refilled
    expect(buckets.take('a', 2, 1000)).toBe(2);
    expect(buckets.take('a', 3, 10_000)).toBe(0); // never more than the burst
    expect(buckets.take('a', 1, 10_000)).toBe(1);
  });

  it('forget the least recently seen clients beyond maxClients', () => {
    const buckets = new TokenBuckets({ burst: 1, perSecond: 0.001, maxClients: 2 });
    buckets.take('a', 1, 0);
    buckets.take('b', 1, 0);
    buckets.take('c', 1, 0); // evicts a
    expect(buckets.take('a', 1, 0)).toBe(0);
  });
});

/** A server on the small dataset whose analysis doors share one bucket per client of this size. */
async function serve(analysisRateLimit: { burst: number; perSecond: number }, trustProxy?: boolean | number | string) {
  const store = new EmbeddedStore({ file: null });
  await store.init();
  await store.importDataset(smallDataset());
  const server = await createServer({ store, logger: silentLogger, analysisRateLimit, trustProxy });
  return { server, url: await server.listen(0, '127.0.0.1') };
}

/** One request: a GraphQL POST (`query`) or a GET of `path`. */
type Ask = { query: string; path?: undefined } | { path: string; query?: undefined };
const graphql = (query: string): Ask => ({ query });
const get = (path: string): Ask => ({ path });
const send = (url: string, ask: Ask) =>
  ask.query === undefined
    ? fetch(`${url}${ask.path}`)
    : fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ask.query }) });

const COMPONENTS = '{ components { size } }';

describe('over HTTP: one limit for every analysis door (GraphQL, /export, /reports)', () => {
  it.each([
    {
      door: 'GraphQL analyses',
      within: [graphql(COMPONENTS), graphql(COMPONENTS), graphql(COMPONENTS)],
      past: [graphql('{ centrality(measure: DEGREE, first: 3) { rank } }')],
      message: /Too many analysis queries from your address; try again in \d+ s/,
    },
    {
      door: 'exports and reports, sharing the bucket with GraphQL',
      within: [get('/export/network.json'), get('/reports/centrality.csv?measure=degree'), get('/export/nodes.csv'), get('/reports/breakdown.csv?by=PARTNER_COUNTRY')],
      past: [get('/export/network.gexf'), get('/reports/provinces.md'), graphql(COMPONENTS)],
      message: /try again in \d+ s/,
    },
  ])('$door: a burst answers 200, past it 429 RATE_LIMITED with Retry-After; health and fact queries are not limited', async ({ within, past, message }) => {
    const { server, url } = await serve({ burst: within.length, perSecond: 0.01 });
    try {
      for (const ask of within) {
        const res = await send(url, ask);
        expect(res.status).toBe(200);
        if (ask.query !== undefined) expect(((await res.json()) as any).errors).toBeUndefined();
      }
      for (const ask of past) {
        const limited = await send(url, ask);
        expect(limited.status).toBe(429);
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
        const body: any = await limited.json();
        expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED' });
        expect(body.errors[0].message).toMatch(message);
      }
      // The bucket is empty now; health and fact queries do not draw on it.
      expect((await send(url, get('/healthz'))).status).toBe(200);
      expect((await send(url, graphql('{ governments(first: 1) { totalCount } }'))).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe('TRUST_PROXY', () => {
  const serveBehind = (trustProxy?: boolean | number | string) => serve({ burst: 1, perSecond: 0.001 }, trustProxy);
  const exportAs = (url: string, forwardedFor: string) => fetch(`${url}/export/nodes.csv`, { headers: { 'x-forwarded-for': forwardedFor } });

  it('is off by default: X-Forwarded-For cannot buy a fresh bucket', async () => {
    const { server, url } = await serveBehind();
    try {
      expect((await exportAs(url, '203.0.113.1')).status).toBe(200);
      expect((await exportAs(url, '203.0.113.2')).status).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it('behind a proxy (one hop), limits each forwarded client on its own', async () => {
    const { server, url } = await serveBehind(1);
    try {
      expect((await exportAs(url, '203.0.113.1')).status).toBe(200);
      expect((await exportAs(url, '203.0.113.2')).status).toBe(200);
      expect((await exportAs(url, '203.0.113.1')).status).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it('is read from the environment, off unless set', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });
});
