/**
 * `npm run load`: a bounded load test on loopback. Starts the built server
 * (dist/src/app/main.js, embedded store seeded from seed/, in a temporary folder) as a
 * child process, then
 *   1. runs a mixed read workload (lookups, list pages, cached centrality) for
 *      --duration seconds with --connections concurrent clients and reports
 *      throughput, p50/p99 latency and errors;
 *   2. sends --requests more and samples the server's memory (from /metrics) every
 *      tenth of the way, to show whether it stays flat.
 * Flags: --duration 30 --connections 16 --requests 50000 --out FILE (JSON). The
 * figures are for the README; targets live in the benchmark issue, not here.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

interface Options {
  durationS: number;
  connections: number;
  requests: number;
  out: string | null;
}

function options(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    durationS: Number(get('duration') ?? 30),
    connections: Number(get('connections') ?? 16),
    requests: Number(get('requests') ?? 50_000),
    out: get('out') ?? null,
  };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const root = path.resolve(__dirname, '..');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [path.join(root, 'dist', 'src', 'app', 'main.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      // One client sends everything here; the per-client analysis limit would be the bottleneck.
      ANALYSIS_RATE_LIMIT_PER_MINUTE: '0',
      NEO4J_URI: '',
      EMBEDDED_SNAPSHOT: path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-load-')), 'db.json'),
    },
  });
  try {
    await waitReady(base);
    const ids = await governmentIds(base);
    const workload = mixedWorkload(ids);
    // Warm up: fill the analysis cache and JIT before measuring.
    await run(base, workload, { connections: opts.connections, until: { requests: 500 } });
    const timed = await run(base, workload, { connections: opts.connections, until: { ms: opts.durationS * 1000 } });
    const memory: Array<{ rssMb: number; heapUsedMb: number; after?: number }> = [await serverMemory(base)];
    const step = Math.ceil(opts.requests / 10);
    let total = 0;
    while (total < opts.requests) {
      const r = await run(base, workload, { connections: opts.connections, until: { requests: step } });
      total += r.requests;
      memory.push({ ...(await serverMemory(base)), after: total });
    }
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      connections: opts.connections,
      mixedWorkload: summary(timed),
      memory,
    };
    print(report);
    if (opts.out) writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    server.kill('SIGTERM');
  }
}

type Request = { name: string; body: string };

function mixedWorkload(ids: string[]): () => Request {
  const lookup = 'query Lookup($id: ID!) { government(id: $id) { id name level partnerCount province { name } } }';
  const list = 'query List($after: String) { partnerships(first: 20, after: $after) { edges { node { id type signedYear parties { id name } } } pageInfo { endCursor } } }';
  const centrality = 'query Centrality { centrality(measure: BETWEENNESS, first: 10) { node { id } score rank } }';
  let n = 0;
  return () => {
    n++;
    // 60% lookups, 30% list pages, 10% cached centrality.
    const slot = n % 10;
    if (slot < 6) return { name: 'lookup', body: JSON.stringify({ query: lookup, variables: { id: ids[n % ids.length] } }) };
    if (slot < 9) return { name: 'list', body: JSON.stringify({ query: list }) };
    return { name: 'centrality', body: JSON.stringify({ query: centrality }) };
  };
}

interface RunResult {
  requests: number;
  errors: number;
  ms: number;
  latencies: Float64Array;
}

async function run(
  base: string,
  next: () => Request,
  { connections, until }: { connections: number; until: { ms?: number; requests?: number } },
): Promise<RunResult> {
  const latencies: number[] = [];
  let errors = 0;
  let started = 0;
  const t0 = performance.now();
  const more = () =>
    until.ms !== undefined ? performance.now() - t0 < until.ms : started < (until.requests ?? 0);
  const client = async () => {
    while (more()) {
      started++;
      const req = next();
      const t = performance.now();
      try {
        const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: req.body });
        const body = (await res.json()) as { errors?: unknown[] };
        if (res.status !== 200 || body.errors) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return { requests: latencies.length, errors, ms: performance.now() - t0, latencies: Float64Array.from(latencies).sort() };
}

function summary(r: RunResult) {
  const q = (p: number) => Math.round(r.latencies[Math.min(r.latencies.length - 1, Math.floor(p * r.latencies.length))]! * 100) / 100;
  return {
    seconds: Math.round(r.ms / 100) / 10,
    requests: r.requests,
    errors: r.errors,
    requestsPerSecond: Math.round((r.requests / r.ms) * 1000),
    p50Ms: q(0.5),
    p90Ms: q(0.9),
    p99Ms: q(0.99),
    maxMs: q(1),
  };
}

async function serverMemory(base: string): Promise<{ rssMb: number; heapUsedMb: number }> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const read = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
  return {
    rssMb: Math.round(read('kk_process_resident_memory_bytes') / 1e5) / 10,
    heapUsedMb: Math.round(read('kk_nodejs_heap_size_used_bytes') / 1e5) / 10,
  };
}

async function waitReady(base: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/readyz`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The server did not become ready within 60 s.');
}

async function governmentIds(base: string): Promise<string[]> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ governments(first: 100, where: { hasPartnerships: true }) { edges { node { id } } } }' }),
  });
  const body = (await res.json()) as { data: { governments: { edges: { node: { id: string } }[] } } };
  return body.data.governments.edges.map((e) => e.node.id);
}

function print(report: {
  mixedWorkload: ReturnType<typeof summary>;
  memory: Array<{ rssMb: number; heapUsedMb: number; after?: number }>;
  connections: number;
  cpus: number;
}): void {
  const m = report.mixedWorkload;
  console.log(`Mixed read workload, ${report.connections} connections, ${m.seconds} s on ${report.cpus} CPUs (client and server on one machine):`);
  console.log(`  ${m.requests} requests, ${m.requestsPerSecond} req/s, p50 ${m.p50Ms} ms, p90 ${m.p90Ms} ms, p99 ${m.p99Ms} ms, max ${m.maxMs} ms, errors ${m.errors}`);
  console.log('Server memory while sending more requests:');
  for (const s of report.memory) console.log(`  after ${String(s.after ?? 0).padStart(6)} requests: rss ${s.rssMb} MB, heap used ${s.heapUsedMb} MB`);
}

main().catch((err: Error) => {
  console.error(`load test failed: ${err.message}`);
  process.exit(1);
});
