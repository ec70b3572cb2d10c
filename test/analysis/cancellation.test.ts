/**
 * Stopping work: a request's time budget reaches the computation it waits for. A
 * computation shared by several requests stops only when the last of them gives up; a
 * stopped computation leaves no cache entry; a stopped pool task's thread is terminated.
 */
import type { Worker } from 'node:worker_threads';
import { AnalysisService, type SnapshotSource } from '../../src/analysis/analysis-service';
import { currentSignal, withSignal } from '../../src/analysis/cancellation';
import { csrFromIndexPairs, pathCentralityArrays, pathCentralityArraysParallel } from '../../src/analysis/fast';
import { ResultCache } from '../../src/analysis/result-cache';
import { AnalysisPool } from '../../src/analysis/worker/analysis-pool';
import type { PathWorkerData } from '../../src/analysis/fast/path-worker';
import type { PoolTask } from '../../src/analysis/worker/pool-worker';
import type { Snapshot } from '../../src/domain/model';
import { withTimeBudget } from '../../src/services/time-budget';
import { ringSnapshot, sampleSnapshot } from './sample-snapshot';

/** A computation that resolves only when told to, recording whether its signal aborted. */
function controllable<T>(value: T) {
  let finish: () => void = () => undefined;
  const state = { started: 0, signal: null as AbortSignal | null };
  const compute = (signal: AbortSignal) => {
    state.started++;
    state.signal = signal;
    return new Promise<T>((resolve, reject) => {
      finish = () => resolve(value);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  return { compute, state, finish: () => finish() };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('ResultCache with waiters that give up', () => {
  it('stops a computation when its only waiter gives up, and keeps no entry', async () => {
    const cache = new ResultCache({ maxBytes: 1 << 20 });
    const c = controllable('result');
    const request = new AbortController();
    const waiting = cache.getOrCompute('k', c.compute, request.signal);
    await settle();
    expect(c.state.started).toBe(1);
    request.abort(new Error('budget spent'));
    await expect(waiting).rejects.toThrow('budget spent');
    expect(c.state.signal!.aborted).toBe(true);
    expect(cache.counts.aborted).toBe(1);
    c.finish(); // too late: the work was stopped
    await settle();
    expect(cache.has('k')).toBe(false);
    expect(cache.computing).toBe(0);
    // The next request starts afresh.
    const again = controllable('fresh');
    const next = cache.getOrCompute('k', again.compute, new AbortController().signal);
    await settle();
    again.finish();
    expect(await next).toBe('fresh');
    expect(cache.has('k')).toBe(true);
  });

  it('goes on for the waiter with the longer budget when the shorter one gives up', async () => {
    const cache = new ResultCache({ maxBytes: 1 << 20 });
    const c = controllable([1, 2, 3]);
    const short = new AbortController();
    const long = new AbortController();
    const first = cache.getOrCompute('k', c.compute, short.signal);
    const second = cache.getOrCompute('k', c.compute, long.signal);
    await settle();
    expect(c.state.started).toBe(1);
    short.abort(new Error('short budget spent'));
    await expect(first).rejects.toThrow('short budget spent');
    expect(c.state.signal!.aborted).toBe(false);
    c.finish();
    expect(await second).toEqual([1, 2, 3]);
    expect(cache.has('k')).toBe(true);
    expect(cache.counts).toEqual({ hits: 1, misses: 1, aborted: 0 });
  });

  it('stops the computation once both waiters with different budgets have given up', async () => {
    const cache = new ResultCache({ maxBytes: 1 << 20 });
    const c = controllable('x');
    const [short, long] = [new AbortController(), new AbortController()];
    const first = cache.getOrCompute('k', c.compute, short.signal);
    const second = cache.getOrCompute('k', c.compute, long.signal);
    short.abort(new Error('short'));
    await expect(first).rejects.toThrow('short');
    expect(c.state.signal?.aborted ?? false).toBe(false);
    long.abort(new Error('long'));
    await expect(second).rejects.toThrow('long');
    await settle();
    expect(c.state.signal!.aborted).toBe(true);
    expect(cache.has('k')).toBe(false);
  });

  it('never stops a computation a caller without a signal waits for', async () => {
    const cache = new ResultCache({ maxBytes: 1 << 20 });
    const c = controllable('kept');
    const request = new AbortController();
    const budgeted = cache.getOrCompute('k', c.compute, request.signal);
    const patient = cache.getOrCompute('k', c.compute, undefined);
    request.abort(new Error('gave up'));
    await expect(budgeted).rejects.toThrow('gave up');
    c.finish();
    expect(await patient).toBe('kept');
    expect(cache.has('k')).toBe(true);
  });

  it('rejects at once for a signal that has already aborted, starting nothing', async () => {
    const cache = new ResultCache({ maxBytes: 1 << 20 });
    const c = controllable('never');
    await expect(cache.getOrCompute('k', c.compute, AbortSignal.abort(new Error('too late')))).rejects.toThrow('too late');
    expect(c.state.started).toBe(0);
  });

  it('takes the current signal by default and runs the computation under its own', async () => {
    const cache = new ResultCache({ maxBytes: 1 << 20 });
    const request = new AbortController();
    let inner: AbortSignal | undefined;
    const c = controllable('nested');
    const outer = withSignal(request.signal, () =>
      cache.getOrCompute('outer', async (signal) => {
        inner = currentSignal();
        expect(inner).toBe(signal);
        // A nested lookup waits on behalf of the outer computation, not of the request.
        return cache.getOrCompute('inner', c.compute);
      }),
    );
    await settle();
    await settle();
    expect(inner).toBeDefined();
    expect(inner).not.toBe(request.signal);
    request.abort(new Error('budget spent'));
    await expect(outer).rejects.toThrow('budget spent');
    await settle();
    // The outer computation lost its last waiter, so the inner one lost its only waiter too.
    expect(inner!.aborted).toBe(true);
    expect(c.state.signal!.aborted).toBe(true);
    expect(cache.computing).toBe(0);
  });
});

describe('withTimeBudget', () => {
  it('answers TIMEOUT with what to do, and aborts the signal the work got', async () => {
    let seen: AbortSignal | undefined;
    const work = (signal: AbortSignal) => {
      seen = signal;
      expect(currentSignal()).toBe(signal);
      return new Promise<never>(() => undefined);
    };
    const error = await withTimeBudget(work, 20, '"centrality"').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TIMEOUT' });
    expect((error as Error).message).toMatch(/^"centrality" took longer than 0.02 s and was stopped\. Narrow the question/);
    expect((error as Error).message).not.toMatch(/background/);
    expect(seen!.aborted).toBe(true);
  });

  it('answers the result within the budget, and stops when the caller goes away', async () => {
    expect(await withTimeBudget(async () => 42, 1000, 'x')).toBe(42);
    const client = new AbortController();
    const waiting = withTimeBudget(() => new Promise<never>(() => undefined), 60_000, 'x', { signal: client.signal });
    client.abort(new Error('client went away'));
    await expect(waiting).rejects.toThrow('client went away');
  });
});

/** A ring with chords: no hanging trees, so every node is a core source of the path measures. */
function bigRing(n: number) {
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const sources: number[] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++) {
    sources.push(i, i);
    targets.push((i + 1) % n, (i * 7 + 13) % n);
  }
  return csrFromIndexPairs(ids, sources, targets);
}

/** `pool`, passing each share of a parallel path sweep to `onShare` before it runs. */
function watchPathShares(pool: AnalysisPool, onShare: (data: PathWorkerData) => void): AnalysisPool {
  return {
    threads: pool.threads,
    run: (task: PoolTask, signal?: AbortSignal) => {
      if (task.kind === 'path-centralities') onShare(task.data);
      return pool.run(task, signal);
    },
  } as unknown as AnalysisPool;
}

describe('the analysis pool', () => {
  it('stops every share of an aborted parallel betweenness after the source it is on, keeping the threads', async () => {
    const pool = new AnalysisPool({ threads: 2 });
    try {
      const graph = bigRing(40_000);
      const seen: { counter: Int32Array | null } = { counter: null };
      const claimed = () => (seen.counter ? Atomics.load(seen.counter, 0) : 0);
      const spy = watchPathShares(pool, (data) => (seen.counter = data.counter));
      const controller = new AbortController();
      const run = pathCentralityArraysParallel(graph, ['betweenness'], { pool: spy, signal: controller.signal });
      run.catch(() => undefined);
      // Wait until the workers are claiming sources (the task runs on the pool's threads).
      while (claimed() === 0) await new Promise((r) => setTimeout(r, 10));
      const workers = (pool as unknown as { piscina: { threads: Worker[] } }).piscina.threads;
      const threadIds = workers.map((w) => w.threadId);
      const started = Date.now();
      controller.abort(new Error('stop'));
      await expect(run).rejects.toThrow('stop');
      expect(Date.now() - started).toBeLessThan(1000); // rejected at once, not when the sweep would end
      await new Promise((r) => setTimeout(r, 300)); // the shares return after their current source
      const atAbort = claimed();
      expect(atAbort).toBeLessThan(graph.order); // it was stopped mid-way
      await new Promise((r) => setTimeout(r, 300));
      expect(claimed()).toBe(atAbort); // nobody claims sources any more
      // The threads were asked to stop, not terminated: the next run uses the same ones.
      const small = await pathCentralityArraysParallel(bigRing(50), ['betweenness'], { pool });
      expect(small.threadIds).toHaveLength(2);
      expect(new Set(small.threadIds)).toEqual(new Set(threadIds));
    } finally {
      await pool.close();
    }
  });

  it('with resume, a stopped sweep goes on from the sources it finished, to the uninterrupted result', async () => {
    const pool = new AnalysisPool({ threads: 2 });
    try {
      const graph = bigRing(5_000);
      const measures = ['betweenness', 'closeness', 'harmonic'] as const;
      const whole = await pathCentralityArraysParallel(graph, measures, { pool });
      expect(whole.searched).toBeGreaterThan(0);
      // The reference: the same measures on the calling thread.
      const reference = pathCentralityArrays(graph, [...measures]);
      const within = (a: Float64Array, b: Float64Array) => {
        let worst = 0;
        let largest = 0;
        for (let i = 0; i < a.length; i++) {
          worst = Math.max(worst, Math.abs(a[i] - b[i]));
          largest = Math.max(largest, Math.abs(b[i]));
        }
        return largest > 0 && worst <= largest * 1e-12;
      };
      for (const m of measures) expect(within(whole.arrays[m] as Float64Array, reference[m] as Float64Array)).toBe(true);
      // Stop a resumable run twice, once its workers have claimed sources, then let it finish.
      const seen: { counter: Int32Array | null } = { counter: null };
      const spy = watchPathShares(pool, (data) => (seen.counter = data.counter));
      for (let stop = 0; stop < 2; stop++) {
        seen.counter = null;
        const controller = new AbortController();
        const run = pathCentralityArraysParallel(graph, measures, { pool: spy, signal: controller.signal, resume: true });
        run.catch(() => undefined);
        while (!seen.counter || Atomics.load(seen.counter, 0) < 200) await new Promise((r) => setTimeout(r, 5));
        controller.abort(new Error('budget'));
        await expect(run).rejects.toThrow('budget');
      }
      const last = await pathCentralityArraysParallel(graph, measures, { pool, resume: true });
      // The last run searched only what the stopped ones left.
      expect(last.searched).toBeLessThan(whole.searched);
      for (const m of measures) expect(within(last.arrays[m] as Float64Array, reference[m] as Float64Array)).toBe(true);
      // Finished sweeps are not kept: the next resumable run searches everything again.
      const again = await pathCentralityArraysParallel(graph, measures, { pool, resume: true });
      expect(again.searched).toBe(whole.searched);
    } finally {
      await pool.close();
    }
  });
});


describe('AnalysisService under a time budget', () => {
  it('stops a pool computation past the budget: TIMEOUT, no result from the pool, no cache entry', async () => {
    const pool = new AnalysisPool({ threads: 2 });
    try {
      const build = ringSnapshot(30_000);
      const source: SnapshotSource = { dataVersion: async () => 1, snapshot: async () => build(1) };
      const service = new AnalysisService(source, { workerThreshold: 0, pool });
      await service.network({}); // project first, so the budget is spent on the pool
      const entries = service.cacheStats().size;
      await expect(withTimeBudget(() => service.centrality('BETWEENNESS', {}), 100, '"centrality"')).rejects.toMatchObject({ code: 'TIMEOUT' });
      await new Promise((r) => setTimeout(r, 300));
      expect(pool.stats().queued).toBe(0);
      expect(service.stats.workerRuns).toBe(0); // no pool result ever reached the service
      expect(service.cacheStats()).toMatchObject({ size: entries, aborted: 1 });
      // A second request with a budget that suffices gets the answer.
      const scores = await withTimeBudget(() => service.centrality('DEGREE', {}), 60_000, '"centrality"');
      expect(scores.length).toBeGreaterThan(30_000);
    } finally {
      await pool.close();
    }
  });

  it('a path measure stopped by its budget goes on from where it stopped when asked again, to the same answer', async () => {
    const pool = new AnalysisPool({ threads: 2 });
    try {
      const build = ringSnapshot(12_000);
      const source: SnapshotSource = { dataVersion: async () => 1, snapshot: async () => build(1) };
      // Each run's share of the sweep names the core sources it is to search.
      const toSearch: number[] = [];
      const spy = watchPathShares(pool, (data) => toSearch.push(data.coreSources.length));
      const stopped = new AnalysisService(source, { workerThreshold: 0, pool: spy });
      await stopped.network({});
      // Start the pool's threads first, so the budgets below are spent searching.
      await pathCentralityArraysParallel(bigRing(50), ['harmonic'], { pool });
      for (const budget of [400, 400])
        await expect(withTimeBudget(() => stopped.centrality('HARMONIC', {}), budget, '"centrality"')).rejects.toMatchObject({ code: 'TIMEOUT' });
      const resumed = await withTimeBudget(() => stopped.centrality('HARMONIC', {}), 60_000, '"centrality"');
      // Three runs (two shares each), each with fewer sources left than the one before.
      const perRun = toSearch.filter((_, i) => i % 2 === 0);
      expect(perRun).toHaveLength(3);
      expect(perRun[1]).toBeLessThan(perRun[0]);
      expect(perRun[2]).toBeLessThan(perRun[1]);
      const fresh = await new AnalysisService(source, { workerThreshold: 0, pool }).centrality('HARMONIC', {});
      expect(resumed.map((r) => r.node.id)).toEqual(fresh.map((r) => r.node.id));
      resumed.forEach((r, i) => expect(r.score).toBeCloseTo(fresh[i].score, 9));
    } finally {
      await pool.close();
    }
  });

  it('stops a pool clustering past the budget: TIMEOUT, no result from the pool, no cache entry', async () => {
    const pool = new AnalysisPool({ threads: 2 });
    try {
      // 5,000 foreign partners of Bandung: their projection is one clique of 12.5 million edges.
      const build = (version: number): Snapshot => {
        const s = sampleSnapshot(version);
        const ids = Array.from({ length: 5000 }, (_, i) => `x-${String(i).padStart(6, '0')}`);
        s.countries.push({ code: 'XX', name: 'Test', nameId: null });
        for (const id of ids) s.governments.push({ ...s.governments[4], id, name: id, countryCode: 'XX', parentId: null });
        ids.forEach((id, i) => s.partnerships.push({ ...s.partnerships[0], id: `p${i}`, partyIds: ['id-kota-bandung', id] }));
        return s;
      };
      const source: SnapshotSource = { dataVersion: async () => 1, snapshot: async () => build(1) };
      const service = new AnalysisService(source, { workerThreshold: 0, pool });
      await service.network({});
      const entries = service.cacheStats().size;
      await expect(withTimeBudget(() => service.clustering('FOREIGN_BY_SHARED_PARTNER', {}), 100, '"clustering"')).rejects.toMatchObject({ code: 'TIMEOUT' });
      await new Promise((r) => setTimeout(r, 300));
      expect(pool.stats().queued).toBe(0);
      expect(service.stats.workerRuns).toBe(0);
      expect(service.cacheStats()).toMatchObject({ size: entries, aborted: 1 });
      // The pool still answers: the two-mode clustering of the same network.
      const report = await withTimeBudget(() => service.clustering('TWO_MODE', {}), 60_000, '"clustering"');
      expect(report.nodes.length).toBeGreaterThan(5000);
      expect(service.stats.workerRuns).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('lets the request with the longer budget finish a computation the shorter one gave up', async () => {
    const service = new AnalysisService({ dataVersion: async () => 1, snapshot: async () => sampleSnapshot(1) }, { workerThreshold: 0 });
    try {
      const short = withTimeBudget(() => service.centrality('BETWEENNESS', {}), 0, '"centrality"');
      const long = withTimeBudget(() => service.centrality('BETWEENNESS', {}), 60_000, '"centrality"');
      await expect(short).rejects.toMatchObject({ code: 'TIMEOUT' });
      expect((await long).length).toBeGreaterThan(0);
      expect(service.cacheStats().aborted).toBe(0);
    } finally {
      await service.close();
    }
  });
});
