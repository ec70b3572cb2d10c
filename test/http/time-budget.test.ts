/**
 * The analysis time budget: a slow analysis answers TIMEOUT (with what to do) instead of
 * hanging, and its computation is stopped: no cache entry is left. The store read it
 * waited for is shared and kept (the snapshot cache), so asking again later answers.
 */
import { createServices, type Services } from '../../src/app/services';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/store';
import { smallDataset } from '../fixtures/small-dataset';
import { silentLogger } from '../support/graphql';

let server: KotaKembarServer;
let services: Services;
let url: string;

/** An embedded store whose snapshot takes 2 s to read. */
async function slowStore(): Promise<Store> {
  const embedded = new EmbeddedStore({ file: null });
  await embedded.init();
  await embedded.importDataset(smallDataset());
  return new Proxy(embedded, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop !== 'snapshot') return value;
      return async () => {
        await new Promise((r) => setTimeout(r, 2000));
        return (value as Store['snapshot']).call(target);
      };
    },
  });
}

beforeAll(async () => {
  // Reading the whole dataset takes 2 s: the analysis cannot finish in a 200 ms budget.
  const slow = await slowStore();
  services = createServices(slow);
  server = await createServer({ store: slow, services, logger: silentLogger, analysisTimeBudgetMs: 200, analysisRateLimit: false });
  url = await server.listen(0, '127.0.0.1');
});
afterAll(() => server?.stop());

const post = async (query: string) => {
  const started = Date.now();
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { body: (await res.json()) as any, ms: Date.now() - started };
};

it('answers TIMEOUT within the budget and stops the analysis; asking again once the data is read answers', async () => {
  const first = await post('{ components { size } }');
  expect(first.body.errors[0].extensions).toEqual({ code: 'TIMEOUT' });
  expect(first.body.errors[0].message).toMatch(/"components" took longer than 0.2 s and was stopped\. Narrow the question and ask again/);
  expect(first.ms).toBeLessThan(1500); // answered well before the analysis could finish (2 s)
  await new Promise((r) => setTimeout(r, 2500));
  // Both computations the request waited for were stopped: the analysis and the network projection under it.
  expect(services.analysis.cacheStats()).toMatchObject({ aborted: 2, size: 0 });
  const again = await post('{ components { size } }');
  expect(again.body.errors).toBeUndefined();
  expect(again.body.data.components.length).toBeGreaterThan(0);
});

it('leaves fact queries alone', async () => {
  const { body } = await post('{ governments(first: 1) { totalCount } }');
  expect(body).toEqual({ data: { governments: { totalCount: 9 } } });
});

describe('the same budget for /export and /reports', () => {
  let rest: KotaKembarServer | undefined;
  afterEach(() => rest?.stop());

  it.each(['/export/network.json', '/reports/centrality.md?measure=degree', '/reports/breakdown.csv?by=PARTNER_COUNTRY'])('%s answers 503 TIMEOUT with Retry-After, then the result once the data is read', async (path) => {
    // A server of its own: the snapshot cache is per server, so each door meets a cold one.
    rest = await createServer({ store: await slowStore(), logger: silentLogger, analysisTimeBudgetMs: 200, analysisRateLimit: false });
    const restUrl = await rest.listen(0, '127.0.0.1');
    const started = Date.now();
    const first = await fetch(`${restUrl}${path}`);
    expect(first.status).toBe(503);
    expect(Number(first.headers.get('retry-after'))).toBeGreaterThan(0);
    const body: any = await first.json();
    expect(body.errors[0].extensions).toEqual({ code: 'TIMEOUT' });
    expect(body.errors[0].message).toMatch(/took longer than 0.2 s and was stopped\. .*Narrow the question and ask again/);
    // An export says what becomes of its layout, which is shared and goes on (ExportService.positions).
    if (path.startsWith('/export/')) expect(body.errors[0].message).toMatch(/layout=geo/);
    expect(Date.now() - started).toBeLessThan(1500);
    await new Promise((r) => setTimeout(r, 2500));
    expect((await fetch(`${restUrl}${path}`)).status).toBe(200);
  });
});
