/**
 * `npm run load`: the operations load test (issue #6, item 7). Starts the compiled API
 * on a fresh embedded store in its own process and, over loopback only:
 *   1. drives a mixed read workload (lookups, list pages, cached centrality, search,
 *      a network) for 30 s with 32 clients: throughput, p50/p99 latency, errors;
 *   2. sends 50,000 more requests, sampling the server's resident memory every 10,000,
 *      and reports the growth from the first sample to the last (flat = no leak).
 * Bounded in time and count; writes bench/results/load-latest.json.
 *   --quick  5 s and 10,000 requests (a smoke run).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLoad, type LoadRequest } from './http-load';
import { MAIN, ROOT, startApi } from './server-process';

const gql = (query: string): LoadRequest => ({ method: 'POST', path: '/graphql', body: JSON.stringify({ query }) });

export const MIXED_WORKLOAD: LoadRequest[] = [
  gql('{ government(id: "id-kota-bandung") { id name level partners { id name } } }'),
  gql('{ governments(first: 50) { totalCount edges { node { id name level } } } }'),
  gql('{ centrality(measure: BETWEENNESS, first: 20) { rank score node { id name } } }'),
  gql('{ government(id: "id-prov-dki-jakarta") { name partnerships { id type signedYear sources { url } } } }'),
  gql('{ partnerships(first: 20, where: { countryCodes: ["KR"] }) { edges { node { id type parties { name } } } } }'),
  gql('{ centrality(measure: PAGERANK, first: 10) { rank score node { id } } }'),
  gql('{ network { nodeCount edgeCount } }'),
  { method: 'GET', path: '/healthz' },
];

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const seconds = quick ? 5 : 30;
  const leakRequests = quick ? 10_000 : 50_000;
  if (!existsSync(MAIN)) execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const api = await startApi();
  try {
    await runLoad({ url: api.url, requests: MIXED_WORKLOAD, concurrency: 8, maxRequests: 500 }); // warm caches
    const mixed = await runLoad({ url: api.url, requests: MIXED_WORKLOAD, concurrency: 32, durationMs: seconds * 1000 });
    console.log(`mixed read workload, ${seconds} s, 32 clients: ${mixed.requestsPerSecond.toFixed(0)} req/s, p50 ${mixed.p50Ms.toFixed(1)} ms, p99 ${mixed.p99Ms.toFixed(1)} ms, errors ${mixed.errors + mixed.non2xx}`);

    const samples: { requests: number; rssMb: number }[] = [{ requests: 0, rssMb: api.rssMb() }];
    const leak = await runLoad({
      url: api.url,
      requests: MIXED_WORKLOAD,
      concurrency: 32,
      maxRequests: leakRequests,
      onProgress: { every: leakRequests / 5, fn: (done) => void samples.push({ requests: done, rssMb: api.rssMb() }) },
    });
    const first = samples[1] ?? samples[0]!;
    const last = samples[samples.length - 1]!;
    const growthMb = last.rssMb - first.rssMb;
    console.log(`memory over ${leakRequests} requests: ${samples.map((s) => `${s.requests}: ${s.rssMb.toFixed(0)} MB`).join(', ')}`);
    console.log(`growth from the first to the last sample: ${growthMb.toFixed(1)} MB (${((growthMb / first.rssMb) * 100).toFixed(1)}%), errors ${leak.errors + leak.non2xx}`);
    mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(
      path.join(ROOT, 'bench', 'results', 'load-latest.json'),
      JSON.stringify({ date: new Date().toISOString(), cpu: os.cpus()[0]?.model, cores: os.cpus().length, loadAverage: os.loadavg()[0], mixed, leak: { ...leak, samples, growthMb } }, null, 2),
    );
    if (mixed.errors + mixed.non2xx + leak.errors + leak.non2xx > 0) process.exitCode = 1;
  } finally {
    await api.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
