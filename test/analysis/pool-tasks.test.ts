/**
 * The layout and timeline loops run on the worker pool, off the event loop, with the
 * same results as inline, and stop with the time budget (the export layout excepted: it
 * is shared per data version and goes on).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { AnalysisService, type SnapshotSource } from '../../src/analysis/analysis-service';
import { forceLayout } from '../../src/analysis/layout';
import { AnalysisPool } from '../../src/analysis/worker/analysis-pool';
import { POOL_THREAD_NICE, type PoolTask } from '../../src/analysis/worker/pool-worker';
import type { Snapshot } from '../../src/domain/model';
import { ExportService } from '../../src/export/export-service';
import { timeoutError, withTimeBudget } from '../../src/services/time-budget';
import { ringSnapshot, sampleSnapshot } from './sample-snapshot';

const source = (build: (v: number) => Snapshot = sampleSnapshot): SnapshotSource => ({ dataVersion: async () => 1, snapshot: async () => build(1) });

/** A pool that records the tasks it is given and the signals they came with, calling `onRun` after handing each on. */
function spyPool(pool: AnalysisPool, onRun: (kind: PoolTask['kind']) => void = () => undefined) {
  const calls: Array<{ kind: PoolTask['kind']; signal?: AbortSignal }> = [];
  const spy = {
    threads: pool.threads,
    run: (task: PoolTask, signal?: AbortSignal) => {
      calls.push({ kind: task.kind, signal });
      const run = pool.run(task as never, signal);
      onRun(task.kind);
      return run;
    },
  } as unknown as AnalysisPool;
  return { spy, calls };
}

/** A request that runs out of time once its work has reached the pool (the same abort the budget's timer makes). */
function requestThatGivesUp() {
  const client = new AbortController();
  const giveUp = () => client.abort(timeoutError('The request', 1));
  return { signal: client.signal, giveUp };
}

/** The sample snapshot with `n` more governments in a ring with chords, each tie signed in a year from 1990 to 2019. */
const bigSnapshot = (n: number) => ringSnapshot(n, (i) => 1990 + (i % 30));

let pool: AnalysisPool;
beforeAll(() => (pool = new AnalysisPool({ threads: 2 })));
afterAll(() => pool.close());

describe('layout on the pool', () => {
  it('gives the same positions as the inline ForceAtlas2, computed on a pool thread', async () => {
    const service = new AnalysisService(source(), { pool });
    const graph = await service.graph({ minConfidence: 'LOW' });
    const positions = await service.layout({ minConfidence: 'LOW' }, { seed: 7 });
    expect(positions).toEqual(forceLayout(graph, { seed: 7 }));
    expect(Object.keys(positions)).toHaveLength(graph.order);
    expect(service.stats.workerRuns).toBe(1);
    expect(service.stats.lastWorkerThreadId).not.toBe(threadId);
    expect(await service.layout({ minConfidence: 'LOW' }, { seed: 7 })).toBe(positions); // cached
  });

  it('stops with the time budget and keeps no entry', async () => {
    const request = requestThatGivesUp();
    const { spy, calls } = spyPool(pool, request.giveUp);
    const service = new AnalysisService(source(bigSnapshot(3000)), { pool: spy });
    await service.graph({});
    const entries = service.cacheStats().size;
    await expect(withTimeBudget(() => service.layout({}), 60_000, '"layout"', request)).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(calls.map((c) => c.kind)).toEqual(['layout']);
    expect(calls[0].signal!.aborted).toBe(true);
    expect(service.cacheStats()).toMatchObject({ size: entries, aborted: 1 });
  });

  it('goes on for the exports after a request runs out of time, so the next export uses it', async () => {
    const request = requestThatGivesUp();
    const { spy, calls } = spyPool(pool, (kind) => kind === 'layout' && request.giveUp());
    const service = new AnalysisService(source(bigSnapshot(1000)), { pool: spy, workerThreshold: 100_000 });
    const exports = new ExportService(service, source(bigSnapshot(1000)));
    await expect(withTimeBudget(() => exports.exportGraph({}), 60_000, 'The export', request)).rejects.toMatchObject({ code: 'TIMEOUT' });
    const layouts = calls.filter((c) => c.kind === 'layout');
    expect(layouts).toHaveLength(1);
    expect(layouts[0].signal!.aborted).toBe(false); // the request gave up; the shared layout did not
    const graph = await exports.exportGraph({});
    expect(graph.order).toBeGreaterThan(1000);
    expect(calls.filter((c) => c.kind === 'layout')).toHaveLength(1); // joined, not started again
  });
});

describe('timeline on the pool', () => {
  it('gives the same years as the inline loop, the years shared out between the threads', async () => {
    const inline = new AnalysisService(source(), { pool });
    const pooled = new AnalysisService(source(), { pool, workerThreshold: 0 });
    for (const measure of ['DEGREE', 'BETWEENNESS', 'EIGENVECTOR'] as const) {
      const a = await inline.timeline(measure, 1996, 2014, {}, 3);
      const b = await pooled.timeline(measure, 1996, 2014, {}, 3);
      expect(b).toEqual(a);
    }
    expect(inline.stats.workerRuns).toBe(0);
    expect(pooled.stats.workerRuns).toBe(3 * 2);
  });

  it('answers a bad filter from a pool thread with its code', async () => {
    const pooled = new AnalysisService(source(), { pool, workerThreshold: 0 });
    await expect(pooled.timeline('DEGREE', 2000, 2010, { countries: ['ZZ'] })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('stops every share with the time budget and keeps no entry', async () => {
    const request = requestThatGivesUp();
    let runs = 0;
    const { spy, calls } = spyPool(pool, () => ++runs === 2 && request.giveUp());
    const service = new AnalysisService(source(bigSnapshot(20_000)), { pool: spy });
    await service.graph({});
    const entries = service.cacheStats().size;
    await expect(withTimeBudget(() => service.timeline('BETWEENNESS', 1990, 2019, {}), 60_000, '"timeline"', request)).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(calls.map((c) => c.kind)).toEqual(['timeline', 'timeline']);
    expect(calls.every((c) => c.signal!.aborted)).toBe(true);
    expect(service.stats.workerRuns).toBe(0);
    expect(service.cacheStats()).toMatchObject({ size: entries, aborted: 1 });
  });
});

describe('pool threads yield to the event loop', () => {
  /** The nice value of each thread of this process (Linux /proc), by thread id. */
  function niceByThread(): Map<number, number> {
    const out = new Map<number, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      // Fields after the command (which is in parentheses and may hold spaces); nice is field 19.
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), Number(fields[16]));
    }
    return out;
  }

  (process.platform === 'linux' ? it : it.failing)('runs analysis threads at a lower priority than the thread that answers requests', async () => {
    const service = new AnalysisService(source(), { pool, workerThreshold: 0 });
    await service.layout({}); // a task, so the pool has a thread
    const nice = niceByThread();
    expect(nice.get(process.pid)).toBe(0);
    expect([...nice.values()].filter((n) => n === POOL_THREAD_NICE).length).toBeGreaterThanOrEqual(1);
  });
});
