/**
 * The per-client rate limit on analysis queries: token buckets by client, and over
 * HTTP a 429 RATE_LIMITED with Retry-After once the burst is spent, fact queries unaffected.
 */
import { createServer, type KotaKembarServer } from '../../src/http/server';
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

describe('over HTTP', () => {
  let server: KotaKembarServer;
  let url: string;

  beforeAll(async () => {
    const store = new EmbeddedStore({ file: null });
    await store.init();
    await store.importDataset(smallDataset());
    server = await createServer({ store, logger: silentLogger, analysisRateLimit: { burst: 3, perSecond: 0.01 } });
    url = await server.listen(0, '127.0.0.1');
  });
  afterAll(() => server?.stop());

  const post = (query: string) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

  it('answers RATE_LIMITED with 429 and Retry-After once the burst is spent', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await post('{ components { size } }');
      expect(res.status).toBe(200);
      expect(((await res.json()) as any).errors).toBeUndefined();
    }
    const limited = await post('{ centrality(measure: DEGREE, first: 3) { rank } }');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const body: any = await limited.json();
    expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED' });
    expect(body.errors[0].message).toMatch(/Too many analysis queries from your address; try again in \d+ s/);
  });

  it('does not limit fact queries', async () => {
    const res = await post('{ governments(first: 1) { totalCount } }');
    expect(res.status).toBe(200);
  });
});

describe('one limit for every door: /export and /reports', () => {
  let server: KotaKembarServer;
  let url: string;

  beforeAll(async () => {
    const store = new EmbeddedStore({ file: null });
    await store.init();
    await store.importDataset(smallDataset());
    server = await createServer({ store, logger: silentLogger, analysisRateLimit: { burst: 4, perSecond: 0.01 } });
    url = await server.listen(0, '127.0.0.1');
  });
  afterAll(() => server?.stop());

  it('answers a burst of exports and reports with 429 and Retry-After past the limit, sharing the bucket with GraphQL', async () => {
    const paths = ['/export/network.json', '/reports/centrality.csv?measure=degree', '/export/nodes.csv', '/reports/breakdown.csv?by=PARTNER_COUNTRY'];
    const statuses: number[] = [];
    for (const p of paths) statuses.push((await fetch(`${url}${p}`)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    for (const p of ['/export/network.gexf', '/reports/provinces.md']) {
      const limited = await fetch(`${url}${p}`);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      const body: any = await limited.json();
      expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED' });
      expect(body.errors[0].message).toMatch(/try again in \d+ s/);
    }
    // The same client's GraphQL analyses draw on the same (now empty) bucket.
    const graphql = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ components { size } }' }),
    });
    expect(graphql.status).toBe(429);
  });

  it('leaves health and fact queries alone', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ governments(first: 1) { totalCount } }' }),
    });
    expect(res.status).toBe(200);
  });
});

describe('TRUST_PROXY', () => {
  async function serve(trustProxy?: boolean | number | string) {
    const store = new EmbeddedStore({ file: null });
    await store.init();
    await store.importDataset(smallDataset());
    const server = await createServer({ store, logger: silentLogger, analysisRateLimit: { burst: 1, perSecond: 0.001 }, trustProxy });
    return { server, url: await server.listen(0, '127.0.0.1') };
  }
  const exportAs = (url: string, forwardedFor: string) => fetch(`${url}/export/nodes.csv`, { headers: { 'x-forwarded-for': forwardedFor } });

  it('is off by default: X-Forwarded-For cannot buy a fresh bucket', async () => {
    const { server, url } = await serve();
    try {
      expect((await exportAs(url, '203.0.113.1')).status).toBe(200);
      expect((await exportAs(url, '203.0.113.2')).status).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it('behind a proxy (one hop), limits each forwarded client on its own', async () => {
    const { server, url } = await serve(1);
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
