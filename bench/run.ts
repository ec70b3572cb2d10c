/**
 * `npm run bench [-- --quick | --full | --http | --api [--jvm-compare | --first-analysis]] [--budget SECONDS] [--only GRAPH,...] [--impls IMPL,...] [--measures MEASURE,...] [--merge]`
 *
 * Times Kota Kembar's analysis (the API's graphology-based functions and the
 * fast CSR path on 1 and 2 threads) against networkx and python-igraph on the
 * same edge lists, each measurement in its own child process, cross-checks the
 * scores, measures event-loop delay during a large betweenness, and writes
 * bench/results/latest.json and docs/benchmarks.md. Every figure in the table is
 * a ratio against a peer measured in the same run.
 *
 *   --quick   about a minute: the shipped network, the 1k graph and the
 *             two-mode 1k graph with every library; the API overhead with
 *             short cells, embedded store only.
 *   (default) ~16 min on two idle cores: shipped, 1k and 14k with every library (60 s budget
 *             per measurement, 30 s for networkx and graphology at 14k, whose
 *             path measures take minutes there: a longer run is killed and reported as a
 *             bound, with its peak RSS so far); the world network (path
 *             measures: the fast path and igraph); 100k: every library for
 *             PageRank and Louvain (45 s), no path measures (minutes in every
 *             library: `--full --only skewed-100k`). Projections: 1k and 14k with every
 *             library, 100k with Kota Kembar and igraph. API overhead on the
 *             embedded store and a local Neo4j.
 *   --full    every graph, library and measure, run to completion.
 *   --http    only the HTTP slice (a few minutes; bench/http-world.ts): /healthz and a small
 *             GraphQL lookup p50/p99 alone and while world-scope betweenness and Louvain
 *             run, the server's peak RSS, the time to open the world layer; builds
 *             first, saved as bench/results/http.json. The default run does it too.
 *   --api     only the API slice, with a local Neo4j: Neo4j / embedded ratios,
 *             single-client p50, time to first analysis (`--jvm-compare` adds a
 *             C1-only JVM); saved as bench/results/api.json. `--api --first-analysis`:
 *             only the time-to-first-analysis rows (shipped size and world scale).
 *   --only / --impls / --measures  restrict a run to some graphs, libraries or
 *             measures (for a full 100k run, say); such a run skips the
 *             responsiveness and API parts and says what it left out.
 *   --merge   with those: keep the saved run of the same mode and replace only
 *             the rows (graph, measure) this run measured (see mergeInto).
 *
 * The projections (projectOneMode by shared partner, onto the home and the
 * foreign side) run on seeded two-mode graphs (bench/bipartite-graph.ts) and
 * are cross-checked edge for edge (bench/projection-digest.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { type BenchGraph, bipartiteBenchGraph, shippedGraph, syntheticGraph, worldGraph } from './graphs';
import { compareProjections, type ProjectionDigest } from './projection-digest';
import { type BenchReport, type FirstAnalysisRun, renderSavedRuns } from './report';

export type Measure =
  | 'betweenness'
  | 'closeness'
  | 'harmonic'
  | 'pagerank'
  | 'eigenvector'
  | 'louvain'
  | 'projection-home'
  | 'projection-foreign'
  | 'clustering'
  | 'clustering-home'
  | 'clustering-foreign'
  | 'clustering-two-mode';
export type Impl = 'fast-1' | 'fast-2' | 'graphology' | 'networkx' | 'igraph';
export const PATH_MEASURES: Measure[] = ['betweenness', 'closeness', 'harmonic'];
/** Kota Kembar's side: the CSR kernel alone ("fast-1", CSR built before the clock) and the API function ("graphology"). */
export const RANK_MEASURES: Measure[] = ['pagerank', 'eigenvector', 'louvain'];
export const ALL_MEASURES: Measure[] = [...PATH_MEASURES, ...RANK_MEASURES];
/** On the two-mode graphs only; Kota Kembar's side is the typed-array kernel (fast-1) and projectOneMode (graphology). */
export const PROJECTION_MEASURES: Measure[] = ['projection-home', 'projection-foreign'];
/** Clustering of a one-mode graph as it is (any graph). */
export const CLUSTERING_MEASURES: Measure[] = ['clustering'];
/** The API's clustering analyses on a two-mode graph: of a projection (projection included), or two-mode (no igraph peer). */
export const TWO_MODE_CLUSTERING_MEASURES: Measure[] = ['clustering-home', 'clustering-foreign', 'clustering-two-mode'];
/** Measures whose Kota Kembar implementations are `fast-1` (the API's kernel, one thread) and `graphology`. */
const SINGLE_THREAD_FAST: Measure[] = [...PROJECTION_MEASURES, ...CLUSTERING_MEASURES, ...TWO_MODE_CLUSTERING_MEASURES];
const ALL_IMPLS: Impl[] = ['fast-1', 'fast-2', 'graphology', 'networkx', 'igraph'];
const PROJECTION_IMPLS: Impl[] = ['fast-1', 'graphology', 'networkx', 'igraph'];

export interface Measurement {
  graph: string;
  measure: Measure;
  impl: Impl;
  status: 'ok' | 'over-budget' | 'failed' | 'not-run';
  seconds?: number;
  budgetSeconds?: number;
  maxRssMb?: number;
  extra?: Record<string, unknown>;
  /** Largest |score - reference| over the largest |reference score|. */
  agreement?: number;
  agreementWith?: Impl;
  /** 1-minute load average when the measurement ended (other work on the machine skews times). */
  loadAverage?: number;
  note?: string;
}

interface Plan {
  graph: BenchGraph;
  measures: Measure[];
  impls: Impl[];
  budgetSeconds: number;
  /** Budgets for some libraries that differ from `budgetSeconds`. */
  budgets?: Partial<Record<Impl, number>>;
}

interface Args {
  mode: 'quick' | 'default' | 'full';
  budget: number | null;
  only: string[] | null;
  impls: Impl[] | null;
  measures: Measure[] | null;
  merge: boolean;
}

const root = join(__dirname, '..');
const dataDir = join(root, 'bench', 'data');
const scoresDir = join(dataDir, 'scores');
const python = join(root, 'bench', '.venv', 'bin', 'python');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function parseArgs(argv: string[]): Args {
  const mode = argv.includes('--quick') ? 'quick' : argv.includes('--full') ? 'full' : 'default';
  const value = (flag: string): string | null => {
    const at = argv.indexOf(flag);
    return at >= 0 && at + 1 < argv.length ? argv[at + 1] : null;
  };
  const budget = value('--budget');
  if (budget !== null && !(Number(budget) > 0)) throw new Error(`--budget takes a number of seconds, got "${budget}".`);
  /** A comma-separated flag's values, each checked against what the flag allows. */
  const list = <T extends string>(flag: string, allowed: readonly T[]): T[] | null => {
    const values = value(flag)?.split(',') ?? null;
    const unknown = values?.filter((v) => !allowed.includes(v as T)) ?? [];
    if (unknown.length) throw new Error(`Unknown ${flag} ${unknown.join(', ')}; expected some of ${allowed.join(', ')}.`);
    return values as T[] | null;
  };
  const impls = list('--impls', ALL_IMPLS);
  const measures = list('--measures', [...ALL_MEASURES, ...SINGLE_THREAD_FAST]);
  return {
    mode,
    budget: budget === null ? null : Number(budget),
    only: value('--only')?.split(',') ?? null,
    impls,
    measures,
    merge: argv.includes('--merge'),
  };
}

/** Peak resident set so far of a running process (VmHWM), in MB; undefined when unreadable. */
function peakRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function implsFor(measure: Measure, impls: Impl[]): Impl[] {
  if (PATH_MEASURES.includes(measure)) return impls;
  if (RANK_MEASURES.includes(measure)) return impls.filter((i) => i !== 'fast-2');
  if (measure === 'clustering-two-mode') return impls.filter((i) => i !== 'fast-2' && i !== 'igraph');
  if (SINGLE_THREAD_FAST.includes(measure)) return impls.filter((i) => i !== 'fast-2');
  return impls.filter((i) => i !== 'fast-1' && i !== 'fast-2');
}

/** Runs one child process with a wall-clock budget; parses its last stdout line. */
function runChild(command: string, args: string[], budgetSeconds: number): Promise<Omit<Measurement, 'graph' | 'measure' | 'impl'>> {
  return new Promise((resolve) => {
    // Its own process group, so a budget kill also ends any grandchild it started.
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let overBudget = false;
    let rssAtStop: number | undefined;
    const timer = setTimeout(() => {
      overBudget = true;
      rssAtStop = peakRssMb(child.pid); // its peak so far: a lower bound on the whole run's
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, budgetSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (overBudget) return resolve({ status: 'over-budget', budgetSeconds, maxRssMb: rssAtStop });
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) {
        return resolve({ status: 'failed', note: (stderr.trim().split('\n').pop() ?? `exit ${code}`).slice(0, 200) });
      }
      const parsed = JSON.parse(last) as { seconds: number; maxRssMb: number; extra: Record<string, unknown> };
      resolve({ status: 'ok', seconds: parsed.seconds, maxRssMb: parsed.maxRssMb, extra: parsed.extra, budgetSeconds });
    });
  });
}

function scoresFile(graph: string, measure: Measure, impl: Impl): string {
  return join(scoresDir, `${graph}.${measure}.${impl}.json`);
}

async function measureOne(graph: BenchGraph, measure: Measure, impl: Impl, budgetSeconds: number): Promise<Measurement> {
  const out = scoresFile(graph.name, measure, impl);
  const result =
    impl === 'networkx' || impl === 'igraph'
      ? await runChild(python, [join('bench', 'measure_peer.py'), impl, graph.file, measure, out], budgetSeconds)
      : // V8 optimises hot code on a background thread by default; on a loaded machine that thread may not get a core
        // before a short kernel ends, leaving it unoptimised for every round (10x swings seen). Optimising on the main
        // thread (its cost counted) makes the JS rows repeatable; it changes no result.
        await runChild(process.execPath, ['--no-concurrent-recompilation', '--import', 'tsx', join('bench', 'measure-js.ts'), graph.file, measure, impl, out], budgetSeconds);
  return { graph: graph.name, measure, impl, ...result, loadAverage: Number(loadavg()[0].toFixed(2)) };
}

/**
 * Largest absolute difference over the largest reference score (0 when both are all zero).
 * `common`: compare only the nodes both list (eigenvector: Kota Kembar writes the dominant component only).
 */
function agreement(a: Record<string, number>, reference: Record<string, number>, common = false): number {
  let diff = 0;
  let scale = 0;
  for (const [id, ref] of Object.entries(reference)) {
    if (common && !(id in a)) continue;
    diff = Math.max(diff, Math.abs((a[id] ?? NaN) - ref));
    scale = Math.max(scale, Math.abs(ref));
  }
  return Number.isNaN(diff) ? NaN : scale === 0 ? diff : diff / scale;
}

function crossCheck(results: Measurement[]): void {
  for (const m of results) {
    if (m.status !== 'ok' || m.measure === 'louvain') continue;
    const order: Impl[] =
      m.measure === 'pagerank' || m.measure === 'eigenvector'
        ? ['networkx', 'igraph']
        : SINGLE_THREAD_FAST.includes(m.measure)
          ? ['networkx', 'igraph', 'graphology', 'fast-1']
          : ['networkx', 'igraph', 'fast-1', 'graphology'];
    const reference = order.find(
      (impl) => impl !== m.impl && results.some((r) => r.graph === m.graph && r.measure === m.measure && r.impl === impl && r.status === 'ok'),
    );
    if (!reference) continue;
    const read = (impl: Impl) => JSON.parse(readFileSync(scoresFile(m.graph, m.measure, impl), 'utf8')) as unknown;
    if (PROJECTION_MEASURES.includes(m.measure)) {
      // Integer weights: exact equality of the projected edge lists, or what differed.
      const { agreement: a, note } = compareProjections(read(m.impl) as ProjectionDigest, read(reference) as ProjectionDigest);
      m.agreement = a;
      if (note) m.note = note;
    } else {
      const common = m.measure === 'eigenvector';
      const [mine, theirs] = [read(m.impl) as Record<string, number>, read(reference) as Record<string, number>];
      // Eigenvector: over Kota Kembar's dominant component, whichever side wrote it.
      m.agreement = common && Object.keys(mine).length > Object.keys(theirs).length ? agreement(theirs, mine, true) : agreement(mine, theirs, common);
    }
    m.agreementWith = reference;
  }
}

function pythonVersions(): Record<string, string> {
  const code = 'import json,sys,networkx,igraph,scipy;print(json.dumps({"python":sys.version.split()[0],"networkx":networkx.__version__,"igraph":igraph.__version__,"scipy":scipy.__version__}))';
  const out = spawnSync(python, ['-c', code], { encoding: 'utf8' });
  return out.status === 0 ? (JSON.parse(out.stdout) as Record<string, string>) : {};
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * `--api`: only the API slice, with a local Neo4j (issue 14's ratios), saved as
 * bench/results/api.json and shown in docs/benchmarks.md; `--jvm-compare` adds the C1-only JVM cells.
 */
function apiOnly(argv: string[]): void {
  const passed = ['--quick', '--jvm-compare', '--first-analysis'].filter((flag) => argv.includes(flag));
  const args = [join('bench', 'api-overhead.ts'), '--neo4j', ...passed];
  const api = spawnSync(tsx, args, { cwd: root, encoding: 'utf8', timeout: 1_800_000, stdio: ['ignore', 'pipe', 'inherit'] });
  if (api.status !== 0) throw new Error(`API benchmark failed (exit ${api.status}).`);
  const first = argv.includes('--first-analysis');
  // Every run's time-to-first-analysis rows join the last runs, whose range docs/benchmarks.md shows (the machine is shared).
  const latest = JSON.parse(readFileSync(join(root, 'bench', 'results', first ? 'api-first-latest.json' : 'api-latest.json'), 'utf8')) as FirstAnalysisRun;
  const runsFile = join(root, 'bench', 'results', 'api-first-runs.json');
  const runs = existsSync(runsFile) ? (JSON.parse(readFileSync(runsFile, 'utf8')) as FirstAnalysisRun[]) : [];
  if (latest.firstAnalysis?.length) runs.push({ date: latest.date, loadAverage: loadavg()[0], firstAnalysis: latest.firstAnalysis });
  writeFileSync(runsFile, `${JSON.stringify(runs.slice(-6), null, 2)}\n`);
  if (first) {
    // A slice of the slice: never in place of api.json.
    renderSavedRuns(root);
    console.log(api.stdout);
    return;
  }
  writeFileSync(join(root, 'bench', 'results', 'api.json'), `${JSON.stringify({ ...latest, loadAverage: loadavg()[0] }, null, 2)}\n`);
  renderSavedRuns(root);
  console.log(api.stdout);
}

/**
 * `--http` (and the default and full runs): the HTTP slice against the compiled server,
 * built from this checkout first; saved as bench/results/http.json, shown in docs/benchmarks.md.
 */
function httpSlice(): Record<string, unknown> {
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) return { status: 'failed', note: `npm run build failed (exit ${build.status}).` };
  const run = spawnSync(tsx, [join('bench', 'http-world.ts')], { cwd: root, encoding: 'utf8', timeout: 900_000, stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) return { status: 'failed', note: `HTTP benchmark failed (exit ${run.status}).` };
  const saved = readFileSync(join(root, 'bench', 'results', 'http-latest.json'), 'utf8');
  writeFileSync(join(root, 'bench', 'results', 'http.json'), saved);
  renderSavedRuns(root);
  console.log(run.stdout);
  return { status: 'ok' };
}

async function main(): Promise<void> {
  if (process.argv.includes('--api')) return apiOnly(process.argv.slice(2));
  if (process.argv.includes('--http')) {
    const http = httpSlice();
    if (http.status !== 'ok') throw new Error(String(http.note));
    return;
  }
  const { mode, budget, only, impls: implFilter, measures: measureFilter, merge } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const setup = spawnSync('bash', [join(root, 'bench', 'setup-python.sh')], { stdio: 'inherit' });
  if (setup.status !== 0) throw new Error('bench/setup-python.sh failed: the Python peers are not installed.');
  mkdirSync(scoresDir, { recursive: true });

  const notes: string[] = [];
  const shipped = await shippedGraph(dataDir, join(root, 'seed'));
  const g1k = syntheticGraph(dataDir, 'skewed-1k');
  const g14k = syntheticGraph(dataDir, 'skewed-14k');
  const g100k = syntheticGraph(dataDir, 'skewed-100k');
  const b1k = bipartiteBenchGraph(dataDir, 'bipartite-1k');
  const b14k = bipartiteBenchGraph(dataDir, 'bipartite-14k');
  const b100k = bipartiteBenchGraph(dataDir, 'bipartite-100k');
  const graphs: BenchGraph[] = [];
  if (typeof shipped === 'string') notes.push(`Shipped network skipped: ${shipped}.`);
  else graphs.push(shipped);
  graphs.push(g1k, g14k, g100k, b1k, b14k, b100k);
  const world = mode === 'quick' ? null : await worldGraph(dataDir, join(root, 'seed'));
  if (typeof world === 'string') notes.push(`World network skipped: ${world}.`);
  else if (world) graphs.push(world);

  let plans: Plan[] = [];
  const smalls = graphs.filter((g) => g.name === 'shipped' || g.name === 'skewed-1k');
  const unlimited = 24 * 3600;
  for (const g of smalls) plans.push({ graph: g, measures: ALL_MEASURES, impls: ALL_IMPLS, budgetSeconds: budget ?? (mode === 'full' ? unlimited : 60) });
  for (const g of smalls) plans.push({ graph: g, measures: CLUSTERING_MEASURES, impls: PROJECTION_IMPLS, budgetSeconds: budget ?? (mode === 'full' ? unlimited : 60) });
  plans.push({ graph: b1k, measures: [...PROJECTION_MEASURES, ...TWO_MODE_CLUSTERING_MEASURES], impls: PROJECTION_IMPLS, budgetSeconds: budget ?? (mode === 'full' ? unlimited : 60) });
  if (mode === 'quick') {
    notes.push('--quick: the shipped network, the 1k graph and the two-mode 1k graph only; `npm run bench` adds 14k and 100k.');
  } else if (mode === 'default') {
    if (world && typeof world !== 'string') {
      // Path measures: networkx and graphology take minutes at world scale (bounds only); `--full` runs them.
      plans.push({ graph: world, measures: PATH_MEASURES, impls: ['fast-1', 'fast-2', 'igraph'], budgetSeconds: budget ?? 60 });
      plans.push({ graph: world, measures: RANK_MEASURES, impls: ALL_IMPLS, budgetSeconds: budget ?? 60, budgets: budget ? {} : { networkx: 30, graphology: 30 } });
      plans.push({ graph: world, measures: CLUSTERING_MEASURES, impls: PROJECTION_IMPLS, budgetSeconds: budget ?? 60 });
    }
    plans.push({ graph: g14k, measures: ALL_MEASURES, impls: ALL_IMPLS, budgetSeconds: budget ?? 60, budgets: budget ? {} : { networkx: 30, graphology: 30 } });
    plans.push({ graph: g14k, measures: CLUSTERING_MEASURES, impls: PROJECTION_IMPLS, budgetSeconds: budget ?? 60 });
    plans.push({ graph: b14k, measures: [...PROJECTION_MEASURES, ...TWO_MODE_CLUSTERING_MEASURES], impls: PROJECTION_IMPLS, budgetSeconds: budget ?? 60 });
    // No path measures at 100k: every library takes minutes there (the 30 s bounds this used to
    // print told nothing and cost three minutes); `--full --only skewed-100k` runs them.
    plans.push({ graph: g100k, measures: ['pagerank', 'louvain'], impls: ['fast-1', 'graphology', 'networkx', 'igraph'], budgetSeconds: budget ?? 45 });
    plans.push({ graph: g100k, measures: ['eigenvector'], impls: ['fast-1', 'graphology', 'igraph'], budgetSeconds: budget ?? 45 });
    plans.push({ graph: g100k, measures: CLUSTERING_MEASURES, impls: PROJECTION_IMPLS, budgetSeconds: budget ?? 45 });
    plans.push({ graph: b100k, measures: PROJECTION_MEASURES, impls: ['fast-1', 'graphology', 'igraph'], budgetSeconds: budget ?? 45 });
    plans.push({ graph: b100k, measures: ['clustering-home', 'clustering-foreign'], impls: ['fast-1', 'igraph'], budgetSeconds: budget ?? 45 });
    plans.push({ graph: b100k, measures: ['clustering-two-mode'], impls: ['fast-1', 'graphology', 'networkx'], budgetSeconds: budget ?? 45 });
    notes.push(
      'Default mode: networkx and graphology get 30 s at 14k (networkx\'s path measures take minutes there); at 100k the path measures are left out (they take minutes in every library: `--full --only skewed-100k` runs them), PageRank and Louvain run in every library, eigenvector in all but networkx (its power iteration in Python takes minutes there) (45 s); on the world network the path measures run on the fast path and igraph (networkx and graphology take minutes there), the other measures in every library; the 100k projections run in Kota Kembar and igraph, and clustering of the 100k projections in Kota Kembar\'s kernel and igraph (45 s). `--full` runs everything to completion.',
    );
  } else {
    for (const g of [...(world && typeof world !== 'string' ? [world] : []), g14k, g100k]) {
      plans.push({ graph: g, measures: ALL_MEASURES, impls: ALL_IMPLS, budgetSeconds: budget ?? unlimited });
      plans.push({ graph: g, measures: CLUSTERING_MEASURES, impls: PROJECTION_IMPLS, budgetSeconds: budget ?? unlimited });
    }
    for (const g of [b14k, b100k]) plans.push({ graph: g, measures: [...PROJECTION_MEASURES, ...TWO_MODE_CLUSTERING_MEASURES], impls: PROJECTION_IMPLS, budgetSeconds: budget ?? unlimited });
  }
  const partial = only !== null || implFilter !== null || measureFilter !== null;
  if (only !== null) {
    const names = new Set(graphs.map((g) => g.name));
    const unknown = only.filter((name) => !names.has(name));
    if (unknown.length) throw new Error(`Unknown --only graph ${unknown.join(', ')}; expected some of ${[...names].join(', ')}.`);
    plans = plans.filter((plan) => only.includes(plan.graph.name));
    notes.push(`Partial run: only ${only.join(', ')}.`);
  }
  if (implFilter !== null) {
    plans = plans.map((plan) => ({ ...plan, impls: plan.impls.filter((impl) => implFilter.includes(impl)) }));
    notes.push(`Partial run: only ${implFilter.join(', ')}.`);
  }
  if (measureFilter !== null) {
    plans = plans.map((plan) => ({ ...plan, measures: plan.measures.filter((m) => measureFilter.includes(m)) }));
    notes.push(`Partial run: only ${measureFilter.join(', ')}.`);
  }
  if (partial) notes.push('The responsiveness and API overhead parts were not run (partial run).');

  const results: Measurement[] = [];
  for (const plan of plans) {
    for (const measure of plan.measures) {
      for (const impl of implsFor(measure, plan.impls)) {
        const m = await measureOne(plan.graph, measure, impl, plan.budgets?.[impl] ?? plan.budgetSeconds);
        results.push(m);
        const shown = m.status === 'ok' ? `${(m.seconds as number).toFixed(3)} s, ${Math.round(m.maxRssMb ?? 0)} MB, load ${m.loadAverage}` : m.status === 'over-budget' ? `> ${m.budgetSeconds} s (stopped)` : `FAILED ${m.note}`;
        console.log(`${plan.graph.name.padEnd(14)} ${measure.padEnd(18)} ${impl.padEnd(11)} ${shown}`);
      }
    }
  }
  crossCheck(results);

  let responsiveness: Record<string, unknown> = { status: 'not-run' };
  let apiOverhead: Record<string, unknown> = { status: 'not-run', note: 'not run (partial run)' };
  if (!partial) {
    const responsivenessGraph = mode === 'quick' ? g1k : g14k;
    const resp = spawnSync(tsx, [join('bench', 'responsiveness.ts'), responsivenessGraph.file, '2'], { cwd: root, encoding: 'utf8', timeout: 600_000 });
    responsiveness = resp.status === 0 ? { graph: responsivenessGraph.name, ...JSON.parse(resp.stdout.trim().split('\n').pop() as string) } : { graph: responsivenessGraph.name, error: resp.stderr.slice(-300) };
    console.log('responsiveness', JSON.stringify(responsiveness));

    // API overhead (issue #7, item 4): the server in its own process, loaded over loopback,
    // next to graphql-js execute and a plain node:http handler; Neo4j when reachable.
    const apiArgs = [join('bench', 'api-overhead.ts'), ...(mode === 'quick' ? ['--quick'] : ['--neo4j'])];
    const api = spawnSync(tsx, apiArgs, { cwd: root, encoding: 'utf8', timeout: 900_000, stdio: ['ignore', 'pipe', 'inherit'] });
    apiOverhead =
      api.status === 0
        ? { status: 'ok', ...JSON.parse(readFileSync(join(root, 'bench', 'results', 'api-latest.json'), 'utf8')) }
        : { status: 'failed', note: `API overhead benchmark failed (exit ${api.status}).` };
    console.log(api.stdout);
    if (mode !== 'quick') console.log('http slice', JSON.stringify(httpSlice()));
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    mode,
    durationSeconds: (Date.now() - started) / 1000,
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30) },
    versions: {
      node: process.version,
      graphology: packageVersion('graphology'),
      'graphology-metrics': packageVersion('graphology-metrics'),
      'graphology-communities-louvain': packageVersion('graphology-communities-louvain'),
      ...pythonVersions(),
    },
    graphs: graphs.map(({ file: _file, ...g }) => g),
    notes,
    measurements: results,
    responsiveness,
    apiOverhead,
  };
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  const saved = join(root, 'bench', 'results', `${mode}.json`);
  if (merge && partial && existsSync(saved)) mergeInto(report, JSON.parse(readFileSync(saved, 'utf8')) as BenchReport);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(root, 'bench', 'results', 'latest.json'), json);
  writeFileSync(join(root, 'bench', 'results', `${mode}.json`), json);
  // docs/benchmarks.md shows the latest run of each mode, fullest first.
  renderSavedRuns(root);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * `--merge` with a partial run: the saved run of the same mode keeps every row
 * (graph, measure) this run did not measure; a re-measured row is replaced whole,
 * so each row's ratios still come from one run. The notes say which rows are newer.
 */
function mergeInto(report: BenchReport, saved: BenchReport): void {
  const rowKey = (m: Measurement) => `${m.graph}|${m.measure}`;
  const fresh = new Set(report.measurements.map(rowKey));
  const rows = [...fresh].map((k) => k.replace('|', ' ')).join(', ');
  const kept = saved.measurements.filter((m) => !fresh.has(rowKey(m)));
  const graphs = [...saved.graphs, ...report.graphs.filter((g) => !saved.graphs.some((s) => s.name === g.name))];
  const ownNotes = report.notes.filter((n) => !n.startsWith('Partial run') && !n.startsWith('The responsiveness'));
  // A note about the mode ("Default mode: …") replaces the saved run's older wording of it.
  const modeNote = (n: string) => /^(Default mode|--quick|--full):/.exec(n)?.[1];
  const ownModes = new Set(ownNotes.map(modeNote).filter(Boolean));
  Object.assign(report, {
    date: saved.date,
    durationSeconds: saved.durationSeconds,
    graphs,
    notes: [...saved.notes.filter((n) => !replacedEarlierMerge(n, fresh) && !ownModes.has(modeNote(n))), ...ownNotes.filter((n) => !saved.notes.includes(n)), `Rows re-measured by a partial run (\`--merge\`) on ${report.date.slice(0, 16).replace('T', ' ')} UTC, peers in the same run: ${rows}.`],
    measurements: [...kept, ...report.measurements],
    responsiveness: saved.responsiveness,
    apiOverhead: saved.apiOverhead,
  });
}

/** True for an earlier merge's note all of whose rows this run measured again. */
function replacedEarlierMerge(note: string, fresh: Set<string>): boolean {
  const match = /^Rows re-measured by a partial run .*?, peers in the same run: (.*)\.$/.exec(note);
  return match !== null && match[1].split(', ').every((row) => fresh.has(row.replace(' ', '|')));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
