import { threadId } from 'node:worker_threads';
import { AnalysisService, CLUSTERING_PROJECTIONS, type SnapshotSource } from '../../src/analysis/analysis-service';
import { bipartiteClustering } from '../../src/analysis/bipartite-clustering';
import { clustering } from '../../src/analysis/clustering';
import { projectOneMode } from '../../src/analysis/one-mode-projection';
import { AnalysisPool } from '../../src/analysis/worker/analysis-pool';
import type { Snapshot } from '../../src/domain/model';
import { ringSnapshot, sampleSnapshot } from './sample-snapshot';

/** A snapshot source whose data version can be bumped, counting snapshot reads. */
function fakeSource(build: (version: number) => Snapshot = sampleSnapshot) {
  const source = {
    version: 1,
    reads: 0,
    async dataVersion() {
      return source.version;
    },
    async snapshot() {
      source.reads++;
      return build(source.version);
    },
  };
  return source satisfies SnapshotSource;
}

describe('AnalysisService', () => {
  it('ranks every node without first and the top N with it', async () => {
    const service = new AnalysisService(fakeSource());
    const all = await service.centrality('DEGREE', { minConfidence: 'LOW' });
    expect(all).toHaveLength(8);
    // The default (MEDIUM) leaves out the LOW Jawa Barat–Kyoto lead, and Kyoto with it.
    expect((await service.centrality('DEGREE', {})).map((s) => s.node.id)).not.toContain('jp-pref-kyoto');
    // Kochi and Gyeongsangbuk-do tie on 3 partners each: both rank 1, in id order.
    expect(all[0]).toMatchObject({ node: { id: 'jp-kochi', name: 'Kochi', level: 'CITY', countryCode: 'JP' }, rank: 1 });
    expect(all[1]).toMatchObject({ node: { id: 'kr-gyeongsangbuk-do' }, rank: 1 });
    expect(all[2].rank).toBe(3);
    expect(await service.centrality('DEGREE', { minConfidence: 'LOW' }, 2)).toEqual(all.slice(0, 2));
    await expect(service.centrality('DEGREE', {}, 0)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('reports the component of each eigenvector score and which one is dominant', async () => {
    const service = new AnalysisService(fakeSource());
    const scores = await service.centrality('EIGENVECTOR', { asOf: 2004 });
    // Two equal pairs: the one with the smallest member id comes first and wins the tie for dominance.
    expect(Object.fromEntries(scores.map((s) => [s.node.id, s.component]))).toEqual({
      'id-kota-surabaya': { index: 0, size: 2, dominant: true },
      'jp-kochi': { index: 0, size: 2, dominant: true },
      'id-prov-jawa-barat': { index: 1, size: 2, dominant: false },
      'kr-gyeongsangbuk-do': { index: 1, size: 2, dominant: false },
    });
    expect(scores.every((s) => Math.abs(s.score - Math.SQRT1_2) < 1e-12 && s.rank === 1)).toBe(true);
  });

  it('caches per data version and recomputes after a write bumps it', async () => {
    const source = fakeSource();
    const service = new AnalysisService(source);
    const first = await service.centrality('BETWEENNESS', {});
    expect(await service.centrality('BETWEENNESS', { countries: null })).toBe(first);
    expect(source.reads).toBe(1);
    source.version = 2;
    const second = await service.centrality('BETWEENNESS', {});
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(source.reads).toBe(2);
  });

  it('shares one computation between concurrent identical requests', async () => {
    const source = fakeSource();
    const service = new AnalysisService(source);
    const [a, b] = await Promise.all([service.network({}), service.network({})]);
    expect(a).toBe(b);
    expect(source.reads).toBe(1);
  });

  it('runs every heavy analysis on the one shared pool: its threads are reused, never spawned per call', async () => {
    const pool = new AnalysisPool({ threads: 2 });
    try {
      const a = new AnalysisService(fakeSource(), { workerThreshold: 0, pool });
      const b = new AnalysisService(fakeSource(), { workerThreshold: 0, pool });
      const threadIds = new Set<number>();
      for (const service of [a, b])
        for (const measure of ['BETWEENNESS', 'CLOSENESS', 'HARMONIC', 'EIGENVECTOR'] as const) {
          await service.centrality(measure, {});
          threadIds.add(service.stats.lastWorkerThreadId ?? -1);
        }
      // Path measures run one task per thread, the others one task each: 3 × 2 + 1 per service.
      expect(pool.stats().completed).toBe(14);
      expect(pool.stats().threads).toBeLessThanOrEqual(2);
      threadIds.delete(-1);
      expect(threadIds.size).toBeLessThanOrEqual(2);
      expect(threadIds.has(threadId)).toBe(false);
    } finally {
      await pool.close();
    }
  });

  it('runs heavy measures, PageRank and Louvain on large networks in a worker thread, with the same result as inline', async () => {
    const inline = new AnalysisService(fakeSource());
    const threaded = new AnalysisService(fakeSource(), { workerThreshold: 0 });
    for (const measure of ['BETWEENNESS', 'CLOSENESS', 'HARMONIC', 'EIGENVECTOR', 'PAGERANK'] as const) {
      expect(await threaded.centrality(measure, {})).toEqual(await inline.centrality(measure, {}));
    }
    for (const seed of [1, 42]) expect(await threaded.communities({}, seed)).toEqual(await inline.communities({}, seed));
    expect(threaded.stats.workerRuns).toBe(7);
    expect(threaded.stats.lastWorkerThreadId).not.toBe(threadId);
    expect(inline.stats.workerRuns).toBe(0);
    // Degree stays inline even above the threshold.
    await threaded.centrality('DEGREE', {});
    expect(threaded.stats.workerRuns).toBe(7);
  });

  it('computes the path measures asked together in one sweep, with the scores and cache entries each gives alone', async () => {
    const measures = ['DEGREE', 'BETWEENNESS', 'CLOSENESS', 'HARMONIC', 'PAGERANK'] as const;
    const alone = new AnalysisService(fakeSource(), { workerThreshold: 0 });
    const together = new AnalysisService(fakeSource(), { workerThreshold: 0 });
    try {
      const expected = new Map<string, unknown>();
      for (const measure of measures) expected.set(measure, await alone.centrality(measure, { minConfidence: 'LOW' }));
      // Alone: three path sweeps and PageRank on the pool.
      expect(alone.stats.workerRuns).toBe(4);

      const got = await together.centralities(measures, { minConfidence: 'LOW' });
      expect([...got.keys()]).toEqual([...measures]);
      for (const measure of measures) expect(got.get(measure)).toEqual(expected.get(measure));
      // Together: one sweep for betweenness, closeness and harmonic, and PageRank.
      expect(together.stats.workerRuns).toBe(2);
      // Each is cached as `centrality` caches it: asking again computes nothing.
      for (const measure of measures) expect(await together.centrality(measure, { minConfidence: 'LOW' })).toBe(got.get(measure));
      expect(await together.centralities(measures, { minConfidence: 'LOW' })).toEqual(got);
      expect(together.stats.workerRuns).toBe(2);

      // Only what is not cached yet is swept: closeness and harmonic after a cached betweenness.
      const partly = new AnalysisService(fakeSource(), { workerThreshold: 0 });
      await partly.centrality('BETWEENNESS', { minConfidence: 'LOW' });
      const rest = await partly.centralities(['BETWEENNESS', 'CLOSENESS', 'HARMONIC'], { minConfidence: 'LOW' });
      expect(rest.get('HARMONIC')).toEqual(expected.get('HARMONIC'));
      expect(partly.stats.workerRuns).toBe(2);
      await partly.close();
    } finally {
      await alone.close();
      await together.close();
    }
  });

  it('computes clustering with the typed-array kernels, on the pool above workerThreshold, as the graphology functions do', async () => {
    const inline = new AnalysisService(fakeSource());
    const threaded = new AnalysisService(fakeSource(), { workerThreshold: 0 });
    try {
      const filter = { minConfidence: 'LOW' as const };
      const network = await inline.graph(filter);
      for (const projection of CLUSTERING_PROJECTIONS) {
        const report = await inline.clustering(projection, filter);
        expect(await threaded.clustering(projection, filter)).toEqual(report);
        const graph = projection === 'TWO_MODE' ? network : projectOneMode(network, projection);
        const expected = projection === 'TWO_MODE' ? bipartiteClustering(graph) : clustering(graph);
        expect(report.nodes.map((n) => n.node.id)).toEqual(graph.nodes());
        for (const n of report.nodes) expect(n.coefficient).toBeCloseTo(expected.coefficients[n.node.id], 12);
        expect(report.transitivity).toBe(expected.transitivity);
        for (const key of ['averageWithZeros', 'averageWithoutZeros'] as const) {
          if (expected[key] === null) expect(report[key]).toBeNull();
          else expect(report[key]).toBeCloseTo(expected[key] as number, 12);
        }
      }
      expect(threaded.stats.workerRuns).toBe(CLUSTERING_PROJECTIONS.length);
      expect(threaded.stats.lastWorkerThreadId).not.toBe(threadId);
      expect(inline.stats.workerRuns).toBe(0);
    } finally {
      await threaded.close();
    }
  });

  it('keeps the event loop answering while a worker computes betweenness on a large network', async () => {
    const n = 3000;
    const big = ringSnapshot(n);
    const service = new AnalysisService(fakeSource(big), { workerThreshold: 2000 });
    await service.network({}); // project first, so only the metric is timed
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const scores = await service.centrality('BETWEENNESS', {});
    clearInterval(timer);
    expect(scores.length).toBeGreaterThan(n);
    expect(service.stats.workerRuns).toBe(1);
    expect(ticks).toBeGreaterThan(3);
  });

  it('builds a timeline with asOf per year', async () => {
    const service = new AnalysisService(fakeSource());
    const years = await service.timeline('DEGREE', 1996, 2014, {}, 1);
    expect(years.map((y) => [y.year, y.nodeCount])).toEqual([
      [1996, 0], [1997, 4], [1998, 4], [1999, 4], [2000, 4], [2001, 4], [2002, 4], [2003, 4], [2004, 4],
      [2005, 2], [2006, 2], [2007, 2], [2008, 2], [2009, 2], [2010, 4], [2011, 4], [2012, 4], [2013, 5], [2014, 5],
    ]);
    expect(years[17].top[0].node.id).toBe('kr-seoul');
    await expect(service.timeline('DEGREE', 2010, 2000)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(service.timeline('DEGREE', 1000, 2000)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(service.timeline('DEGREE', 2000, 2001, { asOf: 2000 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('answers empty results for a filter matching nothing, and BAD_USER_INPUT for an unknown country', async () => {
    const service = new AnalysisService(fakeSource());
    expect(await service.centrality('PAGERANK', { asOf: 1900 })).toEqual([]);
    expect(await service.components({ asOf: 1900 })).toEqual([]);
    expect((await service.clustering('TWO_MODE', { asOf: 1900 })).averageWithZeros).toBeNull();
    await expect(service.network({ countries: ['QQ'] })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
