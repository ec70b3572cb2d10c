/**
 * One Kota Kembar measurement in its own process (so a budget can kill it and
 * peak RSS is its own): `tsx bench/measure-js.ts GRAPH.json MEASURE IMPL SCORES.json`.
 * Prints one JSON line: { seconds, maxRssMb, extra }.
 *
 * IMPL: `graphology` (the API's current src/analysis functions), `fast-1`
 * (CSR path, this thread), `fast-N` (CSR path, N worker threads).
 */
import { writeFileSync } from 'node:fs';
import { betweenness } from '../src/analysis/betweenness';
import { closeness } from '../src/analysis/closeness';
import { communities } from '../src/analysis/communities';
import { harmonic } from '../src/analysis/harmonic';
import { pagerank } from '../src/analysis/pagerank';
import { pathCentralityArrays, pathCentralityArraysParallel, toScores, type PathMeasure } from '../src/analysis/fast';
import { readEdgeListFile, toCsr, toGraphology } from './edge-list';

type Measure = 'betweenness' | 'closeness' | 'harmonic' | 'pagerank' | 'louvain';

async function main(): Promise<void> {
  const [graphFile, measure, impl, scoresFile] = process.argv.slice(2) as [string, Measure, string, string];
  const file = readEdgeListFile(graphFile);
  let scores: Record<string, number> = {};
  const extra: Record<string, unknown> = {};
  // Short runs repeat (up to 5 times, about 1 s in all) and keep the fastest, so
  // start-up and JIT warm-up do not dominate small graphs; peers do the same.
  let seconds = Infinity;
  let spent = 0;
  for (let round = 0; round < 5 && spent < 1; round++) {
    const once = await measureOnce(file, measure, impl, extra);
    scores = once.scores;
    seconds = Math.min(seconds, once.seconds);
    spent += once.seconds;
  }
  if (scoresFile) writeFileSync(scoresFile, JSON.stringify(scores));
  process.stdout.write(`${JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, extra })}\n`);
}

async function measureOnce(
  file: ReturnType<typeof readEdgeListFile>,
  measure: Measure,
  impl: string,
  extra: Record<string, unknown>,
): Promise<{ seconds: number; scores: Record<string, number> }> {
  let scores: Record<string, number> = {};
  let seconds: number;
  if (impl === 'graphology') {
    const graph = toGraphology(file);
    const start = performance.now();
    switch (measure) {
      case 'betweenness': scores = betweenness(graph); break;
      case 'closeness': scores = closeness(graph); break;
      case 'harmonic': scores = harmonic(graph); break;
      case 'pagerank': scores = pagerank(graph); break;
      case 'louvain': {
        const result = communities(graph, { seed: 42 });
        extra.modularity = result.modularity;
        extra.communities = result.communities.length;
        break;
      }
      default: throw new Error(`Unknown measure "${measure}".`);
    }
    seconds = (performance.now() - start) / 1000;
  } else if (impl.startsWith('fast-')) {
    const threads = Number(impl.slice(5));
    const start = performance.now(); // CSR construction counts: the API would build it per request.
    const csr = toCsr(file);
    const m = measure as PathMeasure;
    const arrays = threads === 1 ? pathCentralityArrays(csr, [m]) : (await pathCentralityArraysParallel(csr, [m], { threads })).arrays;
    seconds = (performance.now() - start) / 1000;
    scores = toScores(csr, arrays[m] as Float64Array);
  } else {
    throw new Error(`Unknown implementation "${impl}".`);
  }
  return { seconds, scores };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
