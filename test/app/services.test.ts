/**
 * The composition root's services: one snapshot per data version shared by analysis,
 * exports, reports, breakdowns and dataset statistics; one size-bounded result cache;
 * /export mounted once.
 */
import { createServices } from '../../src/app/services';
import { estimateBytes, ResultCache } from '../../src/analysis/result-cache';
import { createServer } from '../../src/http/server';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/store';
import { smallDataset } from '../fixtures/small-dataset';
import { silentLogger } from '../support/graphql';

async function countingStore(): Promise<{ store: Store; reads: () => number }> {
  const embedded = new EmbeddedStore({ file: null });
  await embedded.init();
  await embedded.importDataset(smallDataset());
  let reads = 0;
  const store = new Proxy(embedded, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop !== 'snapshot') return typeof value === 'function' ? value.bind(target) : value;
      return () => {
        reads++;
        return target.snapshot();
      };
    },
  });
  return { store, reads: () => reads };
}

describe('services built once', () => {
  it('read one snapshot per data version for analysis, exports, reports, breakdowns and statistics', async () => {
    const { store, reads } = await countingStore();
    const s = createServices(store);
    await Promise.all([
      s.analysis.centrality('DEGREE', {}),
      s.exports.exportGraph({}),
      s.reports.ranking('DEGREE', {}, 5),
      s.breakdowns.breakdown('PARTNER_COUNTRY', {}),
      s.datasetStats.stats(),
    ]);
    expect(reads()).toBe(1);
    // A write makes a new data version: one more read, shared again.
    const [g] = await store.partnershipsByIds(['id-kota-bogor--jp-kyoto']);
    await store.updatePartnership(g!.id, g!.version, { note: 'new version' }, 'test');
    await Promise.all([s.analysis.centrality('DEGREE', {}), s.breakdowns.breakdown('PARTNER_COUNTRY', {})]);
    expect(reads()).toBe(2);
  });
});

describe('result cache (lru-cache, bounded by size)', () => {
  it('shares one computation between concurrent callers and keeps its result', async () => {
    const cache = new ResultCache({ maxBytes: 1024 * 1024 });
    let runs = 0;
    const compute = async () => {
      runs++;
      return [1, 2, 3];
    };
    const [a, b] = await Promise.all([cache.getOrCompute('k', compute), cache.getOrCompute('k', compute)]);
    expect(a).toEqual([1, 2, 3]);
    expect(b).toBe(a);
    expect(await cache.getOrCompute('k', compute)).toBe(a);
    expect(runs).toBe(1);
    expect(cache.counts).toEqual({ hits: 2, misses: 1, aborted: 0 });
  });

  it('does not keep a failure', async () => {
    const cache = new ResultCache({ maxBytes: 1024 });
    await expect(cache.getOrCompute('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.getOrCompute('k', async () => 'ok')).toBe('ok');
  });

  it('evicts the least recently used results once their estimated bytes pass the bound', async () => {
    const big = () => Array.from({ length: 1000 }, (_, i) => `entry number ${i}`);
    const oneBig = estimateBytes(big());
    const cache = new ResultCache({ maxBytes: Math.floor(oneBig * 2.5) });
    await cache.getOrCompute('a', async () => big());
    await cache.getOrCompute('b', async () => big());
    await cache.getOrCompute('a', async () => big()); // a is now the most recent
    await cache.getOrCompute('c', async () => big()); // evicts b
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBeLessThanOrEqual(Math.floor(oneBig * 2.5));
    let recomputed = false;
    await cache.getOrCompute('b', async () => ((recomputed = true), big()));
    expect(recomputed).toBe(true);
  });

  it('weighs a graph by its nodes and edges, and a large array by its length', () => {
    expect(estimateBytes({ order: 1000, size: 2000, forEachNode: () => undefined })).toBeGreaterThan(estimateBytes({ order: 10, size: 20, forEachNode: () => undefined }) * 50);
    expect(estimateBytes(new Array(10_000).fill(1.5))).toBeGreaterThan(estimateBytes(new Array(100).fill(1.5)) * 50);
  });
});

describe('routes', () => {
  it('mount /export once', async () => {
    const { store } = await countingStore();
    const server = await createServer({ store, logger: silentLogger });
    try {
      // Express 5 keeps the app's middleware stack on app.router; a mounted router is a layer whose handle has its own stack.
      const stack = (server.app as unknown as { router: { stack: Array<{ handle: { stack?: Array<{ route?: { path: string } }> } }> } }).router.stack;
      const exportRouters = stack.filter((layer) => layer.handle.stack?.some((inner) => inner.route?.path === '/network.json'));
      expect(exportRouters).toHaveLength(1);
    } finally {
      await server.stop();
    }
  });
});
