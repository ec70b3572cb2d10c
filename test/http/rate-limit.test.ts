/**
 * The per-client rate limit on analysis queries: token buckets by client, and over
 * HTTP a 429 RATE_LIMITED with Retry-After once the burst is spent, fact queries unaffected.
 */
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { TokenBuckets } from '../../src/http/rate-limit';
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
