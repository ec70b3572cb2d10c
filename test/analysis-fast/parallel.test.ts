import { UndirectedGraph } from 'graphology';
import { threadId } from 'node:worker_threads';
import {
  fastBetweenness,
  fastBetweennessParallel,
  fastCloseness,
  fastClosenessParallel,
  fastHarmonic,
  fastHarmonicParallel,
  pathCentralityArrays,
  pathCentralityArraysParallel,
  toCsrGraph,
} from '../../src/analysis/fast';
import { expectScoresClose, randomGraph } from './helpers';

describe('path centralities in worker threads', () => {
  const graph = randomGraph(11, { nodes: 400, components: 3, isolates: 4 });
  const csr = toCsrGraph(graph);

  it('runs in worker threads under jest and equals the inline result', async () => {
    const run = await pathCentralityArraysParallel(csr, ['betweenness', 'closeness', 'harmonic'], { threads: 2 });
    expect(run.threadIds).toHaveLength(2);
    expect(run.threadIds).not.toContain(threadId);
    expect(new Set(run.threadIds).size).toBe(2);
    const inline = pathCentralityArrays(csr, ['betweenness', 'closeness', 'harmonic']);
    for (const measure of ['betweenness', 'closeness', 'harmonic'] as const) {
      const a = run.arrays[measure] as Float64Array;
      const b = inline[measure] as Float64Array;
      for (let i = 0; i < csr.order; i++) expect(Math.abs(a[i] - b[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b[i])));
    }
  });

  it.each([1, 3])('gives the same scores keyed by id with %i thread(s)', async (threads) => {
    expectScoresClose(await fastBetweennessParallel(graph, { threads }), fastBetweenness(graph), 1e-12);
    expectScoresClose(await fastClosenessParallel(graph, { threads }), fastCloseness(graph), 1e-12);
    expectScoresClose(await fastHarmonicParallel(graph, { threads }), fastHarmonic(graph), 1e-12);
  });

  it('handles an empty graph and more threads than nodes', async () => {
    expect(await fastBetweennessParallel(new UndirectedGraph(), { threads: 4 })).toEqual({});
    const pair = randomGraph(1, { nodes: 2 });
    expectScoresClose(await fastClosenessParallel(pair, { threads: 8 }), { v0: 1, v1: 1 }, 0);
  });

  it('rejects with the reason when aborted, and stops the workers', async () => {
    const big = toCsrGraph(randomGraph(12, { nodes: 3000 }));
    const controller = new AbortController();
    const running = pathCentralityArraysParallel(big, ['betweenness'], { threads: 2, signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(running).rejects.toThrow('stop');
  });
});
