/**
 * Event-loop delay in the main thread while a large betweenness runs: inline
 * (blocking) versus in worker threads. `tsx bench/responsiveness.ts GRAPH.json THREADS`
 * prints one JSON line. The histogram samples every 10 ms; a 1 ms timer also
 * records how late it fires, the wait a /healthz request would see.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathCentralityArrays, pathCentralityArraysParallel } from '../src/analysis/fast';
import { readEdgeListFile, toCsr } from './edge-list';

interface Delay {
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  timerP99Ms: number;
  timerMaxMs: number;
}

async function measure(run: () => Promise<unknown>): Promise<Delay> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  const lateness: number[] = [];
  let expected = performance.now() + 1;
  const timer = setInterval(() => {
    const now = performance.now();
    lateness.push(Math.max(0, now - expected));
    expected = now + 1;
  }, 1);
  histogram.enable();
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 20)); // let the blocked timer report
  histogram.disable();
  clearInterval(timer);
  lateness.sort((a, b) => a - b);
  const ms = (ns: number) => ns / 1e6;
  return {
    seconds,
    p50Ms: ms(histogram.percentile(50)),
    p99Ms: ms(histogram.percentile(99)),
    maxMs: ms(histogram.max),
    timerP99Ms: lateness[Math.floor(0.99 * (lateness.length - 1))] ?? 0,
    timerMaxMs: lateness[lateness.length - 1] ?? 0,
  };
}

async function main(): Promise<void> {
  const [graphFile, threadsArg] = process.argv.slice(2);
  const csr = toCsr(readEdgeListFile(graphFile));
  const threads = Number(threadsArg ?? 2);
  const inline = await measure(async () => pathCentralityArrays(csr, ['betweenness']));
  const workers = await measure(() => pathCentralityArraysParallel(csr, ['betweenness'], { threads }));
  process.stdout.write(`${JSON.stringify({ threads, inline, workers })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
