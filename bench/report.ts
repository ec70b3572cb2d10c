/** Renders bench results as docs/benchmarks.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Impl, Measure, Measurement } from './run';
import { httpMarkdown, type HttpReport } from './http-world';

export interface BenchReport {
  date: string;
  mode: string;
  durationSeconds: number;
  machine: { cpu: string; cores: number; memoryGiB: number };
  versions: Record<string, string>;
  graphs: { name: string; description: string; nodes: number; edges: number }[];
  notes: string[];
  measurements: Measurement[];
  responsiveness: Record<string, unknown>;
  apiOverhead: Record<string, unknown>;
}

const MEASURES: Measure[] = [
  'betweenness',
  'closeness',
  'harmonic',
  'pagerank',
  'eigenvector',
  'louvain',
  'projection-home',
  'projection-foreign',
  'clustering',
  'clustering-home',
  'clustering-foreign',
  'clustering-two-mode',
];
const isRank = (measure: Measure) => measure === 'pagerank' || measure === 'eigenvector' || measure === 'louvain';
const isClustering = (measure: Measure) => measure.startsWith('clustering');
const isProjection = (measure: Measure) => measure === 'projection-home' || measure === 'projection-foreign';

function find(r: BenchReport, graph: string, measure: Measure, impl: Impl): Measurement | undefined {
  return r.measurements.find((m) => m.graph === graph && m.measure === measure && m.impl === impl);
}

function time(m: Measurement | undefined): string {
  if (!m || m.status === 'not-run') return '–';
  if (m.status === 'over-budget') return `> ${m.budgetSeconds} s`;
  if (m.status === 'failed') return 'failed';
  const s = m.seconds as number;
  return s < 0.01 ? `${(s * 1000).toFixed(2)} ms` : s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`;
}

/** Our time over the peer's: "0.41" (lower is better), or a bound when one side was stopped. */
export function ratio(ours: Measurement | undefined, peer: Measurement | undefined): string {
  if (!ours || !peer) return '–';
  const fmt = (x: number) => (x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x >= 0.01 ? x.toFixed(2) : x.toPrecision(1));
  if (ours.status === 'ok' && peer.status === 'ok') return fmt((ours.seconds as number) / (peer.seconds as number));
  if (ours.status === 'ok' && peer.status === 'over-budget') return `< ${fmt((ours.seconds as number) / (peer.budgetSeconds as number))}`;
  if (ours.status === 'over-budget' && peer.status === 'ok') return `> ${fmt((ours.budgetSeconds as number) / (peer.seconds as number))}`;
  return '?';
}

function agreementCell(r: BenchReport, graph: string, measure: Measure): string {
  if (measure === 'louvain') {
    // The kernel and the API function find the same partition; show Kota Kembar's Q once.
    const kk = find(r, graph, measure, 'fast-1')?.extra?.modularity ?? find(r, graph, measure, 'graphology')?.extra?.modularity;
    const q = ([['KK', kk], ['nx', find(r, graph, measure, 'networkx')?.extra?.modularity], ['ig', find(r, graph, measure, 'igraph')?.extra?.modularity]] as const)
      .filter(([, value]) => typeof value === 'number')
      .map(([label, value]) => `${label} ${(value as number).toFixed(4)}`);
    return q.length ? `Q: ${q.join(', ')}` : '–';
  }
  if (isProjection(measure)) {
    // Exact comparison of the projected edge lists: identical, or what differed.
    const checked = r.measurements.filter((m) => m.graph === graph && m.measure === measure && m.agreement !== undefined);
    const edges = r.measurements.find((m) => m.graph === graph && m.measure === measure && typeof m.extra?.edges === 'number')?.extra?.edges as number | undefined;
    const size = edges === undefined ? '' : `${edges.toLocaleString('en')} edges`;
    const differing = checked.filter((m) => m.agreement !== 0);
    if (differing.length) return `differs: ${differing.map((m) => `${m.impl} vs ${m.agreementWith}: ${m.note ?? m.agreement}`).join('; ')}`;
    return checked.length ? `identical, ${size}` : size || '–';
  }
  const worst = r.measurements
    .filter((m) => m.graph === graph && m.measure === measure && m.agreement !== undefined)
    .reduce((acc, m) => Math.max(acc, m.agreement as number), 0);
  const any = r.measurements.some((m) => m.graph === graph && m.measure === measure && m.agreement !== undefined);
  const cell = any ? worst.toExponential(1) : '–';
  if (!isClustering(measure)) return cell;
  // Clustering: also the transitivity each library found, and the projection's size.
  const t = (['fast-1', 'graphology', 'networkx', 'igraph'] as Impl[])
    .map((impl) => [impl, find(r, graph, measure, impl)?.extra?.transitivity] as const)
    .filter(([, value]) => typeof value === 'number')
    .map(([impl, value]) => `${impl === 'fast-1' ? 'KK' : impl === 'graphology' ? 'gr' : impl === 'networkx' ? 'nx' : 'ig'} ${(value as number).toPrecision(6)}`);
  const edges = r.measurements.find((m) => m.graph === graph && m.measure === measure && typeof m.extra?.edges === 'number')?.extra?.edges as number | undefined;
  return [cell, t.length ? `T: ${t.join(', ')}` : '', edges === undefined ? '' : `${edges.toLocaleString('en')} projected edges`].filter(Boolean).join('; ');
}

/** Peak RSS; for a run stopped at its budget, "≥ N" (its peak so far). */
function rss(m: Measurement | undefined): string {
  if (m?.maxRssMb === undefined) return '–';
  if (m.status === 'ok') return `${Math.round(m.maxRssMb)}`;
  return m.status === 'over-budget' ? `≥ ${Math.round(m.maxRssMb)}` : '–';
}

function section(r: BenchReport): string[] {
  const lines: string[] = [];
  lines.push(`## \`${r.mode}\` run, ${r.date.slice(0, 10)}`, '');
  lines.push(`Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB. Run took ${Math.round(r.durationSeconds)} s.`, '');
  lines.push(`Versions: ${Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join(' · ')}.`, '');
  // A partial run (--only) lists only the graphs it measured.
  const graphs = r.graphs.filter((g) => r.measurements.some((m) => m.graph === g.name));
  lines.push(`Graphs: ${graphs.map((g) => `**${g.name}** (${g.nodes.toLocaleString('en')} nodes / ${g.edges.toLocaleString('en')} edges, ${g.description})`).join('; ')}.`, '');
  const loads = r.measurements.map((m) => m.loadAverage ?? 0);
  if (loads.length) {
    lines.push(`Machine load (1-min load average at the end of each measurement, ${r.machine.cores} cores): ${Math.min(...loads)} to ${Math.max(...loads)}. Above ${r.machine.cores}, other work shared the cores and slowed every library unevenly; read ratios from the same row with that in mind.`, '');
  }
  for (const note of r.notes) lines.push(`- ${note}`);
  if (r.notes.length) lines.push('');
  lines.push(
    '| graph | measure | KK fast 1T | KK fast 2T | KK graphology | networkx | igraph | KK / igraph | 1T / igraph | KK / networkx | graphology / igraph | agreement | peak RSS MB (KK fast / graphology / nx / igraph) |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- | --: |',
  );
  for (const g of graphs) {
    for (const measure of MEASURES) {
      const m = (impl: Impl) => find(r, g.name, measure, impl);
      if (!(['fast-1', 'fast-2', 'graphology', 'networkx', 'igraph'] as Impl[]).some((impl) => m(impl))) continue;
      // "KK": the 2-thread fast path for the path measures, the one-thread kernel for the
      // rank measures, projections and clustering (the API function where no kernel row ran).
      const ours = isRank(measure) || isProjection(measure) || isClustering(measure) ? (m('fast-1') ?? m('graphology')) : m('fast-2');
      lines.push(
        `| ${g.name} | ${measure} | ${time(m('fast-1'))} | ${time(m('fast-2'))} | ${time(m('graphology'))} | ${time(m('networkx'))} | ${time(m('igraph'))} | ` +
          `${ratio(ours, m('igraph'))} | ${ratio(m('fast-1'), m('igraph'))} | ${ratio(ours, m('networkx'))} | ${ratio(m('graphology'), m('igraph'))} | ${agreementCell(r, g.name, measure)} | ` +
          `${rss(m('fast-2') ?? m('fast-1'))} / ${rss(m('graphology'))} / ${rss(m('networkx'))} / ${rss(m('igraph'))} |`,
      );
    }
  }
  lines.push('');
  const builds = r.measurements.filter((m) => m.impl === 'fast-1' && isRank(m.measure) && typeof m.extra?.csrSeconds === 'number');
  if (builds.length) {
    const byGraph = graphs
      .map((g) => [g.name, builds.filter((m) => m.graph === g.name).map((m) => (m.extra?.csrSeconds as number) * 1000)] as const)
      .filter(([, ms]) => ms.length > 0)
      .map(([name, ms]) => `${name} ${Math.min(...ms).toFixed(1)}–${Math.max(...ms).toFixed(1)} ms`);
    lines.push(
      `PageRank, eigenvector and Louvain, "KK fast 1T": the kernel alone on CSR arrays built before its clock starts, as igraph's graph is; the API builds them once per cached graph and every analysis of that graph shares them. Building them from the graphology graph took (min–max over this run's rank rows): ${byGraph.join('; ')}. "KK graphology" for these rows is the API function called with the graphology graph (CSR built inside the timing, scores keyed by id).`,
      '',
    );
  }
  // Projections and clustering, "KK fast 1T": what the untimed preparation took, so it can be added back.
  const prepared = r.measurements.filter((m) => m.impl === 'fast-1' && (isProjection(m.measure) || isClustering(m.measure)) && typeof m.extra?.csrSeconds === 'number');
  if (prepared.length) {
    const span = (values: number[]) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)} ms`;
    const byGraph = graphs
      .map((g) => {
        const rows = prepared.filter((m) => m.graph === g.name);
        if (!rows.length) return '';
        const sides = rows.map((m) => m.extra?.inputSeconds).filter((v): v is number => typeof v === 'number');
        return `${g.name} ${span(rows.map((m) => (m.extra?.csrSeconds as number) * 1000))}${sides.length ? ` (side vector ${span(sides.map((v) => v * 1000))})` : ''}`;
      })
      .filter(Boolean);
    lines.push(
      `Projections and clustering, "KK fast 1T": the kernel from the graph's CSR (and the projected side's index vector) to its result; the CSR is built once per cached graph, as igraph's graph and \`types\` list are built before its clock starts. Building the CSR from the graphology graph took (min–max over this run's rows, with the side vector): ${byGraph.join('; ')}.`,
      '',
    );
  }
  const resp = r.responsiveness as { graph?: string; threads?: number; inline?: Record<string, number>; workers?: Record<string, number>; error?: string };
  if (resp.inline && resp.workers) {
    const row = (label: string, d: Record<string, number>) =>
      `| ${label} | ${d.seconds.toFixed(2)} s | ${d.p50Ms.toFixed(1)} | ${d.p99Ms.toFixed(1)} | ${d.maxMs.toFixed(0)} | ${d.timerP99Ms.toFixed(1)} | ${d.timerMaxMs.toFixed(0)} |`;
    lines.push(`Responsiveness: event-loop delay in the main thread while betweenness runs on **${resp.graph}** (monitorEventLoopDelay, 10 ms resolution; plus how late a 1 ms timer fires).`, '');
    lines.push('| betweenness run | time | delay p50 ms | delay p99 ms | delay max ms | timer late p99 ms | timer late max ms |', '| --- | --: | --: | --: | --: | --: | --: |');
    lines.push(row('inline (main thread)', resp.inline), row(`${resp.threads} worker threads`, resp.workers), '');
    // monitorEventLoopDelay samples on a timer that cannot fire while the loop is blocked, so an
    // inline run shows as one ordinary sample; the 1 ms timer's worst lateness is the honest figure.
    lines.push(
      `Longest main-thread stall, workers / inline: ${resp.workers.timerMaxMs.toFixed(0)} ms / ${resp.inline.timerMaxMs.toFixed(0)} ms = ${(resp.workers.timerMaxMs / resp.inline.timerMaxMs).toExponential(1)}. ` +
        '(The histogram cannot see an inline run: its sampling timer never fires while the loop is blocked.)',
      '',
    );
  } else if (r.responsiveness.status !== 'not-run') {
    lines.push(`Responsiveness: failed (${resp.error ?? 'no result'}).`, '');
  }
  if (r.apiOverhead.status === 'ok' && typeof r.apiOverhead.markdown === 'string')
    lines.push('### API overhead', '', r.apiOverhead.markdown as string, '');
  else if (r.apiOverhead.status !== 'not-run') lines.push(`API overhead: ${String(r.apiOverhead.note ?? r.apiOverhead.status)}`, '');
  return lines;
}

export function writeReport(path: string, runs: BenchReport[], api?: ApiReport, http?: HttpReport, firstRuns: FirstAnalysisRun[] = []): void {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`bench/run.ts`); raw figures in `bench/results/*.json`. Do not edit by hand.',
    '',
    'How to read it: times are one process per measurement (Kota Kembar\'s with V8\'s `--no-concurrent-recompilation`, so a loaded machine cannot',
    'starve the background compiler and leave a short kernel unoptimised), computation only (graph already built; the fast path includes',
    'building its CSR arrays), the fastest of up to 20 repeats (until the timed parts reach 1 s or 10 s of wall time pass; `extra.firstSeconds` in the JSON is the cold first round). **Ratios are Kota Kembar time over the peer\'s time,',
    'measured in the same run: below 1 means Kota Kembar is faster.** "2T" is the fast CSR path (`src/analysis/fast/`) on two worker',
    'threads, "1T" the same code on the calling thread (the API serves betweenness, closeness and harmonic from it: 1T up to 2,000 nodes, 2T above).',
    'For the path measures "graphology" is the graphology library the API used before: graphology-metrics betweenness and closeness, and',
    'harmonic from graphology-shortest-path BFS (graphology-metrics has none); it is the baseline the fast path replaced.',
    'For PageRank, eigenvector and Louvain, "KK fast 1T" is the CSR kernel (`src/analysis/fast/*-kernel.ts`) on arrays built before its clock, and the',
    '"graphology" column the API function called with a graphology graph (CSR built inside its clock).',
    'For the projections and clustering, "KK fast 1T" is the typed-array kernel the API runs (`src/analysis/fast/one-mode-projection.ts`,',
    '`clustering.ts`) and the "graphology" column Kota Kembar\'s graphology-based function the API ran before it.',
    '"KK" in a ratio is the 2T fast path for the path measures and "KK fast 1T" for all the others. A run that exceeded its budget was stopped: "> 60 s", and a ratio',
    'against it is a bound ("< 0.05" means at least 20× faster). Agreement: the largest absolute score difference of any Kota Kembar',
    'implementation or igraph against networkx (or, where networkx was stopped, against another implementation), over the largest',
    'score; for eigenvector, over the dominant component (Kota Kembar scores each component apart; the peers\' whole-graph vector is ~0 outside it);',
    'for Louvain, each library\'s modularity Q (partitions differ by design). Under `tsx`, worker threads start through a',
    'TypeScript loader (~0.3 s each), which dominates "2T" on small graphs; compiled JavaScript starts them in ~30 ms.',
    'Projections: `projectOneMode` by shared partner onto the home (Indonesian) side or the foreign side of a seeded two-mode graph',
    '(`bench/bipartite-graph.ts`), against networkx `bipartite.weighted_projected_graph` and igraph `bipartite_projection` with',
    'multiplicity; their agreement is an exact comparison of the weighted edge lists ("identical, N edges" gives the projection\'s size).',
    'Clustering: local coefficients, their average and transitivity (networkx `clustering` + `transitivity`, igraph',
    '`transitivity_local_undirected(mode="zero")` + `transitivity_undirected`); `clustering-home` / `clustering-foreign` cluster the',
    'projection onto that side with the projection inside the timed part (the API\'s `clustering(projection:)`; igraph projects without',
    'multiplicity, which clustering does not need); `clustering-two-mode` is Latapy "dot" + Robins-Alexander (networkx only: igraph has',
    'none). Agreement there is the largest coefficient difference; "T:" lists each library\'s transitivity. What 1T times for projections',
    'and clustering: the kernel from the graph\'s CSR (and, for projections, the side\'s index arrays) to its result; the CSR is built once',
    'per graph and cached by the API (`cachedCsrGraph`), so it is not timed, as igraph\'s graph and `types` list are built before its clock',
    'starts; `bench/results/*.json` keeps both build times per measurement (`extra.csrSeconds`, `extra.inputSeconds`).',
    '',
  ];
  for (const r of runs) lines.push(...section(r));
  if (http) lines.push(...httpMarkdown(http));
  if (api) lines.push(...apiSection(api, firstRuns));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** What `npm run bench -- --api` saves (bench/results/api.json). */
export interface ApiReport {
  date: string;
  cpus?: string;
  cores?: number;
  loadAverage?: number;
  markdown: string;
}

function apiSection(api: ApiReport, firstRuns: FirstAnalysisRun[] = []): string[] {
  return [
    `## API on Neo4j and on the embedded store (\`npm run bench -- --api\`, ${api.date.slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `${api.cores ?? '?'} cores (${api.cpus ?? 'unknown CPU'}), 1-minute load average ${api.loadAverage?.toFixed(1) ?? 'unknown'} at the end of the run: the machine may have been shared, so compare ratios, not absolute figures.`,
    '',
    'What each request costs on Neo4j now (issue 14):',
    '',
    '- **lookup** (`government(id) { partners { … } }`): one read transaction on one session, one statement (`governmentDetails`:',
    '  the government, its partnerships, the partner governments, as COLLECT subqueries from the id index). Before: three sessions and',
    '  three managed transactions, one per DataLoader batch. Repeated, it costs no round trip: fact-read answers are cached per data',
    '  version (`NEO4J_READ_CACHE_MB`, as fresh as the data version); the last column of the targets runs with that cache off.',
    '- **list50** (`governments(first: 50)`): one read transaction, one statement over the government label (name order, page of 50);',
    '  partner counts are computed only when they decide the order (before: one for every government); cached like the lookup.',
    '- **centralityTop20** (cached): no Neo4j round trip. The data version is read at most every 250 ms',
    '  (`NEO4J_VERSION_REFRESH_MS`) and shared by the requests of that moment. Before: one version read per request.',
    '- **first analysis** (a fresh AnalysisService: cold analysis and snapshot caches): one statement in one auto-commit round',
    '  trip (`src/store/neo4j/snapshot-cypher.ts`): each record kind as positional lists in rows of 50, so the driver decodes',
    '  no map keys and no message spanning many Bolt chunks (one row of 17,700 world places took ~70 ms to decode, rows of 50 to 200',
    '  ~8 ms). At scope WORLD the same statement brings the world places and each tie\'s pair: no property of the 26,000 tie',
    '  relationships is read (a tie\'s id is rebuilt from its pair, enforced on import). Before: one map per record (seven statements',
    '  before that), and the world layer in a second transaction after the snapshot, with every tie\'s pages.',
    '  The store keeps the last snapshot it read: after an edit, one statement brings only the records written since (each write',
    '  tags what it writes with its data version, `changedAt`, indexed), and on a server that holds a snapshot the shared',
    '  data-version read is that statement, so another server\'s edit also costs one round trip.',
    '- **JVM flags**: the `--jvm-compare` table serves the same queries from the launcher\'s default (the full JIT) and from C1 only,',
    '  both with the read cache off, so every fact read reaches the JVM (the full JIT served lookups and lists faster, so it stays the',
    '  default). A cached centrality reads only the data version, at most every 250 ms: its row says little about the JVM.',
    '',
    api.markdown,
    '',
    ...firstAnalysisRuns(firstRuns),
  ];
}

/** One `npm run bench -- --api --first-analysis` run, kept in bench/results/api-first-runs.json. */
export interface FirstAnalysisRun {
  date: string;
  loadAverage?: number;
  firstAnalysis: Array<{ store: 'embedded' | 'neo4j'; scope: string; measure: string; edit?: string; medianMs: number; repeats: number; kernelMedianMs?: number }>;
}

/** How a first-analysis case is named in results and in the runs table (runs without `edit` timed a whole snapshot read). */
export const firstAnalysisKey = (c: { scope: string; measure: string; edit?: string }): string =>
  `${c.scope} ${c.measure}${c.edit ? ` after ${c.edit} edit` : ''}`;

/** Issue 15: a cold world-scope betweenness through the service against the bare kernel, per run that measured both. */
function serviceOverKernel(runs: FirstAnalysisRun[]): string[] {
  const rows = runs.flatMap((r) => {
    const e = r.firstAnalysis.find((x) => x.store === 'embedded' && x.scope === 'WORLD' && x.measure === 'BETWEENNESS' && x.kernelMedianMs !== undefined);
    return e ? [`| ${r.date.slice(0, 16).replace('T', ' ')} (${r.loadAverage?.toFixed(1) ?? '?'}) | ${e.medianMs.toFixed(1)} | ${e.kernelMedianMs!.toFixed(1)} | ${(e.medianMs / e.kernelMedianMs!).toFixed(2)}× |`] : [];
  });
  if (rows.length === 0) return [];
  return [
    '**A cold world-scope `centrality(BETWEENNESS)` through the service against the bare kernel** (embedded store; the service reads the snapshot and',
    'the world layer, projects the world network, builds the CSR, runs the same parallel kernel on the same pool and ranks the scores; target ≤ 1.5×):',
    '',
    '| run (UTC, load average) | service ms | bare kernel ms | service ÷ kernel |',
    '|---|--:|--:|--:|',
    ...rows,
    '',
  ];
}

/** The time-to-first-analysis ratios of separate runs side by side, and their range (the machine is shared). */
function firstAnalysisRuns(runs: FirstAnalysisRun[]): string[] {
  if (runs.length === 0) return [];
  const cases = [...new Set(runs.flatMap((r) => r.firstAnalysis.map(firstAnalysisKey)))];
  const ratio = (r: FirstAnalysisRun, c: string) => {
    const of = (store: string) => r.firstAnalysis.find((x) => x.store === store && firstAnalysisKey(x) === c);
    const e = of('embedded');
    const n = of('neo4j');
    return e && n ? { e: e.medianMs, n: n.medianMs, ratio: n.medianMs / e.medianMs } : null;
  };
  const lines = [
    `**Time to first analysis over separate runs** (\`npm run bench -- --api\`, with or without \`--first-analysis\`, the last ${runs.length}; each cell: Neo4j ÷ embedded of the medians, embedded / Neo4j ms; target ≤ 2×):`,
    '',
    `| run (UTC, load average) | ${cases.join(' | ')} |`,
    `|---|${cases.map(() => '--:').join('|')}|`,
  ];
  for (const r of runs)
    lines.push(
      `| ${r.date.slice(0, 16).replace('T', ' ')} (${r.loadAverage?.toFixed(1) ?? '?'}) | ${cases
        .map((c) => {
          const x = ratio(r, c);
          return x ? `${x.ratio.toFixed(2)}× (${x.e.toFixed(1)} / ${x.n.toFixed(1)})` : '–';
        })
        .join(' | ')} |`,
    );
  lines.push(
    `| range | ${cases
      .map((c) => {
        const xs = runs.map((r) => ratio(r, c)?.ratio).filter((x): x is number => x !== undefined);
        return xs.length ? `${Math.min(...xs).toFixed(2)}×–${Math.max(...xs).toFixed(2)}×` : '–';
      })
      .join(' | ')} |`,
    '',
    ...serviceOverKernel(runs),
    'Columns without "after … edit" time a fresh AnalysisService whose store reads its snapshot whole (at scope WORLD it still does,',
    'with the world layer). Since the Neo4j store keeps its last snapshot and reads only what changed (docs/decisions.md 42), a fresh',
    'service on unchanged data would read nothing at all, which is no first analysis a user meets; the shipped-size rows are therefore',
    'timed after an edit of a partnership, untimed, before each run: "self" through the measured store (as an editor\'s change through',
    'this server: on Neo4j one statement brings the changed records), "replica" through a second Neo4j store on the same database',
    'followed by a 300 ms pause past the data-version refresh (the one version read brings the changes with it; the embedded store',
    'edits through itself and pauses as long). Both stores in the same loop, a fresh AnalysisService each time (cold analysis caches).',
    'A server reads its snapshot whole once, at start-up before it listens (src/app/main.ts), on either store. Shipped-size runs',
    'before 30 Nov 2026 (a column without "after … edit", while it is among the last runs kept; the git history of',
    'bench/results/api-first-runs.json has them all) timed that whole read at every first analysis.',
    '',
  );
  return lines;
}

/** docs/benchmarks.md from the latest run of each mode in bench/results/, fullest first. */
export function renderSavedRuns(root: string): void {
  const runs = ['full', 'default', 'quick']
    .map((mode) => join(root, 'bench', 'results', `${mode}.json`))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchReport);
  const apiFile = join(root, 'bench', 'results', 'api.json');
  const httpFile = join(root, 'bench', 'results', 'http.json');
  const firstFile = join(root, 'bench', 'results', 'api-first-runs.json');
  const firstRuns = existsSync(firstFile) ? (JSON.parse(readFileSync(firstFile, 'utf8')) as FirstAnalysisRun[]) : [];
  writeReport(
    join(root, 'docs', 'benchmarks.md'),
    runs,
    existsSync(apiFile) ? (JSON.parse(readFileSync(apiFile, 'utf8')) as ApiReport) : undefined,
    existsSync(httpFile) ? (JSON.parse(readFileSync(httpFile, 'utf8')) as HttpReport) : undefined,
    firstRuns,
  );
}

// `tsx bench/report.ts` re-renders the page from saved results (after a change to this file).
if (require.main === module) renderSavedRuns(join(__dirname, '..'));
