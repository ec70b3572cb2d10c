/**
 * API overhead (issue #7, item 4): requests/s and p50/p99 latency over loopback for
 *   (a) a government lookup with its partners, (b) a list page of 50, (c) a cached
 *   centrality top-20,
 * against two baselines measured in the same run: a bare graphql-js `execute` of the
 * same query on the same schema and data (no HTTP), and a plain Node HTTP handler that
 * returns the API's own answer bytes (HTTP only, no GraphQL). Then the same queries on
 * Neo4j when one is reachable (NEO4J_URI, or `--neo4j` to start the local bench instance).
 *
 * Also, when Neo4j runs: a single client's lookup latency on both stores, the time to the
 * first analysis with cold caches on both stores, at the shipped size (scope INDONESIA:
 * snapshot + projection + betweenness) and at world scale (scope WORLD: snapshot + world
 * layer + projection + betweenness, and + degree, where the read weighs most),
 * and the issue-14 targets as ratios of the same run. `--jvm-compare` also serves the Neo4j
 * cells from a C1-only JVM (`-XX:TieredStopAtLevel=1`) to compare it with the launcher's default.
 *
 *   tsx bench/api-overhead.ts [--quick] [--neo4j] [--jvm-compare]
 *   (`npm run bench -- --api` runs this slice alone, with Neo4j; the default bench runs it too)
 *
 * Writes bench/results/api-latest.json and prints a Markdown table.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLoad, type LoadResult } from './http-load';
import { firstAnalysisKey } from './report';
import { MAIN, ROOT, startApi, startNodeServer, type RunningServer } from './server-process';

export const QUERIES = {
  lookup: '{ government(id: "id-kota-bandung") { id name level partners { id name countryCode } } }',
  list50: '{ governments(first: 50) { edges { node { id name level countryCode } } } }',
  centralityTop20: '{ centrality(measure: BETWEENNESS, first: 20) { rank score node { id name } } }',
} as const;
type QueryName = keyof typeof QUERIES;

export interface ApiRow {
  query: QueryName;
  target:
    | 'api-embedded'
    | 'api-embedded-paired'
    | 'api-neo4j'
    | 'api-neo4j-again'
    | 'api-neo4j-nocache'
    | 'api-neo4j-c1'
    | 'plain-http'
    | 'graphql-execute'
    | 'single-embedded'
    | 'single-neo4j'
    | 'single-neo4j-nocache';
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

const body = (q: string) => JSON.stringify({ query: q });

async function load(url: string, q: string, seconds: number, concurrency: number): Promise<LoadResult> {
  return runLoad({ url, requests: [{ method: 'POST', path: '/graphql', body: body(q) }], concurrency, durationMs: seconds * 1000 });
}

/** In-process baseline: graphql-js `execute` on the compiled schema, sequentially. */
async function executeBaseline(seconds: number): Promise<Record<QueryName, LoadResult>> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { parse, execute } = require('graphql') as typeof import('graphql');
  const dist = (p: string) => require(path.join(ROOT, 'dist', 'src', p));
  require('reflect-metadata');
  const { EmbeddedStore } = dist('store/embedded/embedded-store.js');
  const { loadSeed } = dist('seed/load.js');
  const { createServer } = dist('http/server.js');
  const { createLoaders } = dist('graphql/loaders.js');
  const pino = require('pino');
  const store = new EmbeddedStore({ file: path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-exec-')), 'db.json') });
  await store.init();
  await loadSeed(store, path.join(ROOT, 'seed'));
  const server = await createServer({ store, logger: pino({ level: 'silent' }) });
  const out = {} as Record<QueryName, LoadResult>;
  for (const name of Object.keys(QUERIES) as QueryName[]) {
    const document = parse(QUERIES[name]);
    const run = () => execute({ schema: server.schema, document, contextValue: { loaders: createLoaders(store), requestId: 'bench' } });
    // Warm up as long as the HTTP targets do (the analysis cache fills on the first run).
    for (const until = Date.now() + warmupSeconds(seconds) * 1000; Date.now() < until; ) await run();
    const latencies: number[] = [];
    const start = process.hrtime.bigint();
    const end = start + BigInt(seconds * 1e9);
    while (process.hrtime.bigint() < end) {
      const t0 = process.hrtime.bigint();
      const result = await run();
      if (result.errors) throw new Error(result.errors[0]!.message);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const secs = Number(process.hrtime.bigint() - start) / 1e9;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
    out[name] = {
      requests: latencies.length,
      errors: 0,
      non2xx: 0,
      seconds: secs,
      requestsPerSecond: latencies.length / secs,
      p50Ms: pct(50),
      p90Ms: pct(90),
      p99Ms: pct(99),
      maxMs: latencies[latencies.length - 1]!,
    };
  }
  await server.stop();
  return out;
}

async function measureServer(server: RunningServer, target: ApiRow['target'], seconds: number, concurrency: number, rows: ApiRow[]) {
  for (const name of Object.keys(QUERIES) as QueryName[]) {
    // Warm up at full load, so the JIT (V8's, and the JVM's for Neo4j) and the caches settle
    // before the timed cell: a 1 s warm-up at 4 clients left short cells at half speed.
    await load(server.url, QUERIES[name], warmupSeconds(seconds), concurrency);
    const r = await load(server.url, QUERIES[name], seconds, concurrency);
    rows.push({ query: name, target, requestsPerSecond: r.requestsPerSecond, p50Ms: r.p50Ms, p99Ms: r.p99Ms, errors: r.errors + r.non2xx });
  }
}

interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  /** Stops the local instance if this run started it (a JVM left behind would skew later measurements). */
  release: () => void;
}

/** JVM flags of the launcher's C1-only mode (its default before issue 14): faster start, slower steady state. */
const C1_ONLY = '-XX:TieredStopAtLevel=1';

function neo4jTarget(args: string[], javaOpts?: string, port = Number(process.env.NEO4J_BENCH_BOLT_PORT ?? 7690)): Neo4jTarget | null {
  if (process.env.NEO4J_URI && javaOpts === undefined)
    return { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', release: () => {} };
  if (!args.includes('--neo4j')) return null;
  // The launcher's default JVM flags unless told otherwise: they are meant to be the fastest after warm-up.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_BOLT_PORT: String(port),
    NEO4J_LOCAL_DIR: path.join(ROOT, '.neo4j-local', javaOpts === undefined ? 'bench' : 'bench-c1'),
    NEO4J_PASSWORD: 'kotakembar-bench',
  };
  if (javaOpts === undefined) delete env.NEO4J_LOCAL_JAVA_OPTS;
  else env.NEO4J_LOCAL_JAVA_OPTS = javaOpts;
  const script = path.join(ROOT, 'tools', 'neo4j-local', 'neo4j.sh');
  const wasRunning = spawnSync('bash', [script, 'status'], { env, stdio: 'ignore' }).status === 0;
  if (wasRunning && javaOpts !== undefined) execFileSync('bash', [script, 'stop'], { env, stdio: 'inherit' });
  execFileSync('bash', [script, 'start'], { env, stdio: 'inherit' });
  const release = () => {
    if (!wasRunning || javaOpts !== undefined) execFileSync('bash', [script, 'stop'], { env, stdio: 'inherit' });
  };
  return { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'kotakembar-bench', release };
}

/** Empty the bench database, so the server seeds it from this checkout's seed/ as the embedded store is. */
async function emptyNeo4j(target: Neo4jTarget): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const neo4j = require('neo4j-driver') as typeof import('neo4j-driver');
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  try {
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: 'neo4j' });
  } finally {
    await driver.close();
  }
}

/** A first analysis the bench times: a centrality at a scope, on a fresh AnalysisService (empty caches). */
export interface FirstAnalysisCase {
  scope: 'INDONESIA' | 'WORLD';
  measure: 'BETWEENNESS' | 'DEGREE';
  /**
   * What happened before each timed run: an edit of a partnership through this store
   * ('self': as an editor's change through this server), or, on Neo4j, through another store
   * on the same database followed by a wait past the data-version refresh interval ('replica':
   * another server's edit; the embedded store has no replicas, so it edits through itself and
   * waits as long).
   * Without an edit (the world cases), the store's snapshot is read whole each time.
   */
  edit?: 'self' | 'replica';
  label: string;
}

export const FIRST_ANALYSIS_CASES: FirstAnalysisCase[] = [
  {
    scope: 'INDONESIA',
    measure: 'BETWEENNESS',
    edit: 'self',
    label: "shipped size (scope INDONESIA) after an edit through this server: snapshot brought up to date + projection + betweenness",
  },
  {
    scope: 'INDONESIA',
    measure: 'BETWEENNESS',
    edit: 'replica',
    label: "shipped size (scope INDONESIA) after another server's edit (Neo4j: data version read again, then the changes)",
  },
  { scope: 'WORLD', measure: 'BETWEENNESS', label: 'world scale (scope WORLD): snapshot + world layer + projection + betweenness' },
  { scope: 'WORLD', measure: 'DEGREE', label: 'world scale (scope WORLD): snapshot + world layer + projection + degree (the read weighs most)' },
];

export interface FirstAnalysis {
  store: 'embedded' | 'neo4j';
  scope: FirstAnalysisCase['scope'];
  measure: FirstAnalysisCase['measure'];
  edit?: FirstAnalysisCase['edit'];
  /** Median over the repeats of a first analysis on a fresh AnalysisService (cold analysis and snapshot caches). */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median of the read alone, timed apart (after its own edit when the case edits): the snapshot (scope WORLD: and the world layer) from the store. */
  readMedianMs: number;
  repeats: number;
  /**
   * Embedded store, scope WORLD, BETWEENNESS only: median time of the bare kernel (the parallel
   * betweenness on the world network's CSR, built before the clock, on the same pool), so the
   * service's cold answer can be read against it (issue 15: within 1.5×).
   */
  kernelMedianMs?: number;
}

interface BenchStore {
  init(): Promise<void>;
  close(): Promise<void>;
  snapshot(): Promise<{ partnerships: Array<{ id: string }> }>;
  partnershipsByIds(ids: readonly string[]): Promise<Array<{ version: number } | null>>;
  updatePartnership(id: string, expectedVersion: number, changes: { note: string }, who: string): Promise<unknown>;
  isEmpty(): Promise<boolean>;
  worldLayer(): Promise<{ ties: unknown[] }>;
  worldSnapshot?(): Promise<unknown>;
}

/**
 * Time to the first analysis answer of a fresh AnalysisService (empty caches) on a seeded
 * store with its world layer, both stores in the same loop (embedded, Neo4j, embedded, …)
 * so a change in the shared machine's load hits both alike. One worker pool for all runs,
 * as the server has one.
 */
async function firstAnalyses(target: Neo4jTarget, repeats: number): Promise<FirstAnalysis[]> {
  require('reflect-metadata');
  const dist = (p: string) => require(path.join(ROOT, 'dist', 'src', p));
  const { AnalysisService } = dist('analysis/analysis-service.js');
  const { AnalysisPool } = dist('analysis/worker/analysis-pool.js');
  const { loadSeed, loadWorldLayer } = dist('seed/load.js');
  const { EmbeddedStore } = dist('store/embedded/embedded-store.js');
  const { Neo4jStore } = dist('store/neo4j/neo4j-store.js');
  const stores: Record<'embedded' | 'neo4j', BenchStore> = {
    embedded: new EmbeddedStore({ file: path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-first-')), 'db.json') }),
    neo4j: new Neo4jStore({ uri: target.uri, user: target.user, password: target.password }),
  };
  // Another server on the same Neo4j database: its edits reach the measured store only through the database.
  const replica: BenchStore = new Neo4jStore({ uri: target.uri, user: target.user, password: target.password });
  for (const store of Object.values(stores)) {
    await store.init();
    if (await store.isEmpty()) await loadSeed(store, path.join(ROOT, 'seed'));
    if ((await store.worldLayer()).ties.length === 0) await loadWorldLayer(store, path.join(ROOT, 'seed'));
  }
  await replica.init();
  const pool = new AnalysisPool();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const out: FirstAnalysis[] = [];
  // The edited partnership: its note changes, so every edit is a real write (data version, audit entry, the record's changedAt).
  const edited = (await stores.embedded.snapshot()).partnerships[0]!.id;
  let edits = 0;
  /** An edit before a timed run, untimed: through `store` itself, or (Neo4j, 'replica') through the other server, then past the version refresh. */
  async function edit(kind: 'embedded' | 'neo4j', how: FirstAnalysisCase['edit']): Promise<void> {
    if (!how) return;
    const writer = how === 'replica' && kind === 'neo4j' ? replica : stores[kind];
    const [current] = await writer.partnershipsByIds([edited]);
    await writer.updatePartnership(edited, current!.version, { note: `Bench edit ${++edits}.` }, 'bench');
    // The measured Neo4j store reads the data version again only after NEO4J_VERSION_REFRESH_MS (250 ms by
    // default); the embedded side waits as long, so an idle pause before the timed run hits both alike.
    if (how === 'replica') await new Promise((resolve) => setTimeout(resolve, 300));
  }
  try {
    for (const c of FIRST_ANALYSIS_CASES) {
      const times: Record<string, { total: number[]; read: number[] }> = { embedded: { total: [], read: [] }, neo4j: { total: [], read: [] } };
      for (let i = 0; i < repeats + 2; i++)
        for (const kind of ['embedded', 'neo4j'] as const) {
          const store = stores[kind];
          await edit(kind, c.edit);
          const t0 = performance.now();
          if (c.scope === 'WORLD' && store.worldSnapshot) await store.worldSnapshot();
          else await Promise.all([store.snapshot(), c.scope === 'WORLD' ? store.worldLayer() : null]);
          const t1 = performance.now();
          // After a read, an edit again: the timed analysis must not find the snapshot it just read.
          await edit(kind, c.edit);
          const analysis = new AnalysisService(store, { pool });
          const t2 = performance.now();
          await analysis.centrality(c.measure, { scope: c.scope }, 20);
          const t3 = performance.now();
          // The first two are warm-up (driver connections, the JIT on both sides, the pool's threads).
          if (i >= 2) {
            times[kind]!.read.push(t1 - t0);
            times[kind]!.total.push(t3 - t2);
          }
        }
      let kernelMedianMs: number | undefined;
      if (c.scope === 'WORLD' && c.measure === 'BETWEENNESS') {
        const { cachedCsrGraph, fastBetweennessParallel } = dist('analysis/fast/index.js');
        const csr = cachedCsrGraph(await new AnalysisService(stores.embedded, { pool }).graph({ scope: 'WORLD' }));
        const kernel: number[] = [];
        for (let i = 0; i < repeats + 2; i++) {
          const t0 = performance.now();
          await fastBetweennessParallel(csr, { normalized: true, pool });
          if (i >= 2) kernel.push(performance.now() - t0);
        }
        kernelMedianMs = median(kernel);
      }
      for (const kind of ['embedded', 'neo4j'] as const) {
        const t = times[kind]!;
        out.push({
          ...(kind === 'embedded' && kernelMedianMs !== undefined ? { kernelMedianMs } : {}),
          store: kind,
          scope: c.scope,
          measure: c.measure,
          ...(c.edit ? { edit: c.edit } : {}),
          medianMs: median(t.total),
          minMs: Math.min(...t.total),
          maxMs: Math.max(...t.total),
          readMedianMs: median(t.read),
          repeats,
        });
      }
    }
  } finally {
    await pool.close();
    for (const store of [...Object.values(stores), replica]) await store.close();
  }
  return out;
}

const warmupSeconds = (seconds: number): number => (seconds <= 2 ? 1 : 3);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export async function runApiOverhead(
  args: string[],
): Promise<{ rows: ApiRow[]; seconds: number; concurrency: number; firstAnalysis: FirstAnalysis[]; markdown: string }> {
  const quick = args.includes('--quick');
  const seconds = quick ? 2 : 5;
  const concurrency = 16;
  // The server runs from dist/: rebuild when any source is newer, or the figures would be for old code.
  if (!existsSync(MAIN) || newestMtime(path.join(ROOT, 'src')) > statSync(MAIN).mtimeMs) execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const rows: ApiRow[] = [];
  if (args.includes('--first-analysis')) {
    // Only the time-to-first-analysis rows (`npm run bench -- --api --first-analysis`), on a Neo4j seeded from this checkout.
    const target = neo4jTarget(args);
    if (!target) throw new Error('--first-analysis needs Neo4j: NEO4J_URI, or --neo4j to start the local bench instance.');
    try {
      await emptyNeo4j(target);
      const first = await firstAnalyses(target, quick ? 3 : 7);
      return { rows, seconds, concurrency, firstAnalysis: first, markdown: firstAnalysisMarkdown(first) };
    } finally {
      target.release();
    }
  }

  const api = await startApi();
  const answers: Record<string, string> = {};
  for (const q of Object.values(QUERIES)) {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(q) });
    answers[body(q)] = await res.text();
  }
  await measureServer(api, 'api-embedded', seconds, concurrency, rows);
  await api.stop();

  const bodyFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-plain-')), 'bodies.json');
  writeFileSync(bodyFile, JSON.stringify(answers));
  const plain = await startNodeServer([path.join(ROOT, 'bench', 'plain-server.js')], { ...process.env, BODY_FILE: bodyFile });
  await measureServer(plain, 'plain-http', seconds, concurrency, rows);
  await plain.stop();

  const exec = await executeBaseline(seconds);
  for (const [query, r] of Object.entries(exec))
    rows.push({ query: query as QueryName, target: 'graphql-execute', requestsPerSecond: r.requestsPerSecond, p50Ms: r.p50Ms, p99Ms: r.p99Ms, errors: 0 });

  // Neo4j against embedded: both servers up, cells alternated and the better of two rounds kept,
  // so a change in the machine's load (other work on shared cores) hits both sides alike.
  // The JVM gets a longer first warm-up: the full JIT compiles its hot paths in the first seconds.
  const jvmWarmup = quick ? 2 : 8;
  const best = (a: LoadResult | undefined, b: LoadResult) => (!a || b.requestsPerSecond > a.requestsPerSecond ? b : a);
  const push = (query: QueryName, target: ApiRow['target'], r: LoadResult) =>
    rows.push({ query, target, requestsPerSecond: r.requestsPerSecond, p50Ms: r.p50Ms, p99Ms: r.p99Ms, errors: r.errors + r.non2xx });
  const paired = async (
    sides: Array<{ server: RunningServer; target: ApiRow['target']; warmup: number }>,
    query: QueryName,
    clients: number,
    cellSeconds: number,
  ) => {
    const results: (LoadResult | undefined)[] = sides.map(() => undefined);
    for (let round = 0; round < 2; round++)
      for (const [i, side] of sides.entries()) {
        await load(side.server.url, QUERIES[query], round === 0 ? side.warmup : 1, clients);
        results[i] = best(results[i], await load(side.server.url, QUERIES[query], cellSeconds, clients));
      }
    sides.forEach((side, i) => push(query, side.target, results[i]!));
  };
  const first: FirstAnalysis[] = [];
  const neo4j = neo4jTarget(args);
  if (neo4j) {
    const c1 = args.includes('--jvm-compare') ? neo4jTarget(args, C1_ONLY, Number(process.env.NEO4J_BENCH_C1_BOLT_PORT ?? Number(process.env.NEO4J_BENCH_BOLT_PORT ?? 7690) + 1)) : null;
    try {
      await emptyNeo4j(neo4j);
      if (c1) await emptyNeo4j(c1);
      const emb = await startApi();
      const neo = await startApi(neo4j);
      const noCache = await startApi(neo4j, { NEO4J_READ_CACHE_MB: '0' });
      const embSide = { server: emb, target: 'api-embedded-paired' as const, warmup: warmupSeconds(seconds) };
      const neoSide = { server: neo, target: 'api-neo4j' as const, warmup: jvmWarmup };
      const noCacheSide = { server: noCache, target: 'api-neo4j-nocache' as const, warmup: warmupSeconds(seconds) };
      for (const q of Object.keys(QUERIES) as QueryName[]) await paired([embSide, neoSide, noCacheSide], q, concurrency, seconds);
      await paired(
        [
          { ...embSide, target: 'single-embedded' },
          { ...neoSide, target: 'single-neo4j', warmup: 1 },
          { ...noCacheSide, target: 'single-neo4j-nocache', warmup: 1 },
        ],
        'lookup',
        1,
        quick ? 2 : 4,
      );
      await emb.stop();
      if (c1) {
        // With the read cache off on both: a cached answer never reaches the JVM.
        const onC1 = await startApi(c1, { NEO4J_READ_CACHE_MB: '0' });
        const c1Side = { server: onC1, target: 'api-neo4j-c1' as const, warmup: jvmWarmup };
        const againSide = { ...noCacheSide, target: 'api-neo4j-again' as const, warmup: 1 };
        for (const q of Object.keys(QUERIES) as QueryName[]) await paired([againSide, c1Side], q, concurrency, seconds);
        await onC1.stop();
      }
      await noCache.stop();
      await neo.stop();
      first.push(...(await firstAnalyses(neo4j, quick ? 3 : 7)));
    } finally {
      neo4j.release();
      c1?.release();
    }
  }
  return { rows, seconds, concurrency, firstAnalysis: first, markdown: toMarkdown(rows, seconds, concurrency, first) };
}

/** Issue 14's targets: Neo4j over embedded, same run. */
const TARGETS: Array<{ label: string; query: QueryName; min: number }> = [
  { label: 'lookup with partners, 16 clients', query: 'lookup', min: 0.5 },
  { label: 'list of 50, 16 clients', query: 'list50', min: 0.5 },
  { label: 'cached centrality top 20, 16 clients', query: 'centralityTop20', min: 0.8 },
];

export function toMarkdown(rows: ApiRow[], seconds: number, concurrency: number, first: FirstAnalysis[] = []): string {
  const get = (q: string, t: string) => rows.find((r) => r.query === q && r.target === t);
  const f = (n: number | undefined, d = 0) => (n === undefined ? '–' : n.toFixed(d));
  const lines = [
    `Closed loop over loopback, ${concurrency} concurrent clients, ${seconds} s per cell after ${warmupSeconds(seconds)} s of warm-up at the same load, server in its own process (NODE_ENV=production).`,
    'Ratios: API requests/s over each baseline\'s, measured in the same run.',
    '',
    '| query | API embedded req/s (p50 / p99 ms) | API Neo4j req/s (p50 / p99 ms) | plain HTTP req/s | graphql-js execute ops/s (1 at a time) | API ÷ plain HTTP | API ÷ execute | Neo4j ÷ embedded |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const q of Object.keys(QUERIES)) {
    const a = get(q, 'api-embedded');
    const n = get(q, 'api-neo4j');
    const p = get(q, 'plain-http');
    const e = get(q, 'graphql-execute');
    lines.push(
      `| ${q} | ${f(a?.requestsPerSecond)} (${f(a?.p50Ms, 1)} / ${f(a?.p99Ms, 1)}) | ${n ? `${f(n.requestsPerSecond)} (${f(n.p50Ms, 1)} / ${f(n.p99Ms, 1)})` : 'not run'} | ${f(p?.requestsPerSecond)} | ${f(e?.requestsPerSecond)} | ${a && p ? (a.requestsPerSecond / p.requestsPerSecond).toFixed(3) : '–'} | ${a && e ? (a.requestsPerSecond / e.requestsPerSecond).toFixed(3) : '–'} | ${a && n ? (n.requestsPerSecond / a.requestsPerSecond).toFixed(3) : '–'} |`,
    );
  }
  if (!rows.some((r) => r.target === 'api-neo4j')) return lines.join('\n');

  lines.push(
    '',
    '**Neo4j targets (issue 14)**: both servers up at once, cells alternated (embedded, Neo4j, embedded, Neo4j), the better of the two rounds of each kept; the JVM warmed up for 8 s first.',
    '',
    '| target | embedded req/s | Neo4j req/s (p50 ms) | Neo4j ÷ embedded | needed | met | Neo4j, read cache off: req/s (p50 ms), ÷ embedded |',
    '|---|--:|--:|--:|--:|---|--:|',
  );
  for (const t of TARGETS) {
    const a = get(t.query, 'api-embedded-paired') ?? get(t.query, 'api-embedded');
    const n = get(t.query, 'api-neo4j');
    const ratio = a && n ? n.requestsPerSecond / a.requestsPerSecond : undefined;
    const off = get(t.query, 'api-neo4j-nocache');
    lines.push(
      `| ${t.label} | ${f(a?.requestsPerSecond)} | ${f(n?.requestsPerSecond)} (${f(n?.p50Ms, 1)}) | ${f(ratio, 3)} | ≥ ${t.min} | ${ratio === undefined ? '–' : ratio >= t.min ? 'yes' : '**no**'} | ${off && a ? `${f(off.requestsPerSecond)} (${f(off.p50Ms, 1)}), ${(off.requestsPerSecond / a.requestsPerSecond).toFixed(3)}` : '–'} |`,
    );
  }
  const se = get('lookup', 'single-embedded');
  const sn = get('lookup', 'single-neo4j');
  const so = get('lookup', 'single-neo4j-nocache');
  lines.push(`| lookup p50, 1 client | ${f(se?.p50Ms, 2)} ms | ${f(sn?.p50Ms, 2)} ms | – | ≤ 5 ms | ${sn ? (sn.p50Ms <= 5 ? 'yes' : '**no**') : '–'} | ${f(so?.p50Ms, 2)} ms |`);
  lines.push(...firstAnalysisRows(first));
  if (rows.some((r) => r.target === 'api-neo4j-c1')) {
    lines.push('', '**Neo4j JVM flags**: the launcher\'s default (the full JIT) against C1 only (`-XX:TieredStopAtLevel=1`), read cache off on both, both instances up, cells alternated, better of two rounds, after the same 8 s warm-up.', '', '| query | default flags req/s (p50 ms) | C1 only req/s (p50 ms) | default ÷ C1 |', '|---|--:|--:|--:|');
    for (const q of Object.keys(QUERIES)) {
      const d = get(q, 'api-neo4j-again');
      const c = get(q, 'api-neo4j-c1');
      lines.push(`| ${q} | ${f(d?.requestsPerSecond)} (${f(d?.p50Ms, 1)}) | ${f(c?.requestsPerSecond)} (${f(c?.p50Ms, 1)}) | ${d && c ? (d.requestsPerSecond / c.requestsPerSecond).toFixed(2) : '–'} |`);
    }
  }
  return lines.join('\n');
}

/** The time-to-first-analysis rows of the targets table (issue 14 item 7). */
function firstAnalysisRows(first: FirstAnalysis[]): string[] {
  const f = (n: number | undefined, d = 0) => (n === undefined ? '–' : n.toFixed(d));
  const lines: string[] = [];
  for (const c of FIRST_ANALYSIS_CASES) {
    const fe = first.find((x) => x.store === 'embedded' && firstAnalysisKey(x) === firstAnalysisKey(c));
    const fn = first.find((x) => x.store === 'neo4j' && firstAnalysisKey(x) === firstAnalysisKey(c));
    if (!fe || !fn) continue;
    const ratio = fn.medianMs / fe.medianMs;
    const cell = (x: FirstAnalysis) => `${f(x.medianMs, 1)} ms (${f(x.minMs, 1)}–${f(x.maxMs, 1)}; read ${f(x.readMedianMs, 1)})`;
    lines.push(
      `| time to first analysis, ${c.label}; cold caches, median of ${fn.repeats} (range; the read alone) | ${cell(fe)} | ${cell(fn)} | ${f(ratio, 2)}× time | ≤ 2× | ${ratio <= 2 ? 'yes' : '**no**'} | – |`,
    );
    if (fe.kernelMedianMs !== undefined) {
      const overKernel = fe.medianMs / fe.kernelMedianMs;
      lines.push(
        `| cold world-scope centrality(BETWEENNESS) through the service (embedded; snapshot, world layer, projection, CSR, ranking) ÷ the bare parallel kernel on the same pool (${f(fe.kernelMedianMs, 1)} ms) | ${f(fe.medianMs, 1)} ms | – | ${f(overKernel, 2)}× the kernel | ≤ 1.5× | ${overKernel <= 1.5 ? 'yes' : '**no**'} | – |`,
      );
    }
  }
  return lines;
}

/** `--first-analysis` alone: its rows under the targets table's header. */
export function firstAnalysisMarkdown(first: FirstAnalysis[]): string {
  return [
    'Time to first analysis, both stores in the same loop (embedded, Neo4j, embedded, …), two warm-up runs first.',
    '',
    '| target | embedded | Neo4j | Neo4j ÷ embedded | needed | met | – |',
    '|---|--:|--:|--:|--:|---|--:|',
    ...firstAnalysisRows(first),
  ].join('\n');
}

if (require.main === module) {
  runApiOverhead(process.argv.slice(2))
    .then((r) => {
      mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
      const file = process.argv.includes('--first-analysis') ? 'api-first-latest.json' : 'api-latest.json';
      writeFileSync(path.join(ROOT, 'bench', 'results', file), JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus()[0]?.model, cores: os.cpus().length, ...r }, null, 2));
      console.log(r.markdown);
      process.exit(0);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
