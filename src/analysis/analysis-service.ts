/**
 * AnalysisService: the network analyses the API offers, computed from a store
 * snapshot and cached.
 *
 * - Cache: one bounded LRU of results keyed by (dataVersion, analysis, filter
 *   key, options). Every write bumps the store's dataVersion, so old entries
 *   are simply never asked for again and age out. The projected graph of a
 *   (dataVersion, filter) is cached the same way and shared by all analyses.
 * - Off the event loop: the heavy centralities (betweenness, closeness,
 *   harmonic, eigenvector), PageRank, Louvain and clustering (with its one-mode
 *   projection) on a network with more than `workerThreshold` nodes run on the
 *   shared analysis pool (worker/analysis-pool.ts, piscina), never on threads of
 *   their own; smaller networks are computed inline, where a thread would cost
 *   more than it saves. Both run the typed-array kernels of fast/ over the graph's
 *   CSR arrays, built once per cached graph (on SharedArrayBuffers, so pool
 *   threads read them uncopied).
 * - Stopping: every computation runs under the signal of its cache entry
 *   (result-cache.ts), which aborts once every request waiting for it has given
 *   up (its time budget ran out). `memo` hands that signal to `compute`, which
 *   passes it to the pool (the thread running the task is terminated); no service
 *   method takes a signal argument (the door sets it: cancellation.ts).
 */
import { BadInputError, KotaKembarError, type ErrorCode } from '../domain/errors';
import type { PartnershipType, Snapshot } from '../domain/model';
import { articulationPoints } from './articulation-points';
import { assortativity, type AssortativityResult } from './assortativity';
import { bridges } from './bridges';
import { centrality, type CentralityMeasure, type CentralityResult } from './centrality';
import { averages, type ClusteringResult } from './clustering';
import { communities, type CommunityResult } from './communities';
import { components, type Component } from './components';
import { egoNetwork } from './ego-network';
import { analysisBasis, type AnalysisBasis } from './basis';
import { filterKey, normalizeFilter, type NetworkFilter } from './filter';
import type { WorldLayer, WorldNetwork } from '../domain/world';
import { withWorldPlaces } from './world-scope';
import { levelAsymmetry, type LevelAsymmetryResult } from './level-asymmetry';
import { ResultCache } from './result-cache';
import { SnapshotCache } from './snapshot-cache';
import { nextTurn } from './cancellation';
import { projectNetwork, projectNetworkInSlices, toNodeAttributes } from './projection';
import { nodeMap, rankedScores, toEdge, toNode } from './node-view';
import { shortestPath } from './shortest-path';
import type { GovernmentGraph, NetworkNodeAttributes, PartnerGraph, Scores } from './types';
import { AnalysisPool } from './worker/analysis-pool';
import { cachedCsrGraph, fastBetweennessParallel, fastClosenessParallel, fastHarmonicParallel, pathCentralityArraysParallel, toScores, type CsrGraph } from './fast';
import { eigenvectorArrays, type EigenvectorKernelResult } from './fast/eigenvector-kernel';
import { idRank } from './fast/id-rank';
import { pagerankArray, type PagerankKernelResult } from './fast/pagerank-kernel';
import { eigenvectorResult } from './eigenvector';
import { noConvergence } from './pagerank';
import { communityResult } from './communities';
import { eigenvectorCentrality } from './centrality';
import type { PoolTask, PoolTaskError, PoolTaskResult } from './worker/pool-worker';
import type { ClusteringArrays } from './fast/clustering';
import { oneModeClustering, oneModeInput, twoModeClustering } from './fast/projection-clustering';
import { aroundIndonesia, layoutInput, toPositions, type LayoutOptions, type Positions } from './layout';
import { timelineYears, type TimelineInput } from './timeline';

const PATH_MEASURES: Partial<Record<CentralityMeasure, 'betweenness' | 'closeness' | 'harmonic'>> = {
  BETWEENNESS: 'betweenness',
  CLOSENESS: 'closeness',
  HARMONIC: 'harmonic',
};

/**
 * One path measure on the pool. `resume`: a sweep stopped by a time budget keeps the sources it
 * finished, so asking again goes on from there (fast/parallel.ts).
 */
function fastPathCentralityParallel(graph: CsrGraph, measure: 'betweenness' | 'closeness' | 'harmonic', pool: AnalysisPool, signal: AbortSignal) {
  if (measure === 'betweenness') return fastBetweennessParallel(graph, { normalized: true, pool, signal, resume: true });
  if (measure === 'closeness') return fastClosenessParallel(graph, { wassermanFaust: true, pool, signal, resume: true });
  return fastHarmonicParallel(graph, { pool, signal, resume: true });
}

/** What the service reads; the Store satisfies it. */
export interface SnapshotSource {
  snapshot(): Promise<Snapshot>;
  dataVersion(): Promise<number>;
  /** The dataset release the data was loaded from (Store.release); a source without it has none. */
  release?(): Promise<{ id: string; date: string | null } | null>;
  /** The world layer, for scope WORLD; a source without one answers scope WORLD with a clear error. */
  worldLayer?(): Promise<WorldLayer>;
  /** The world layer as analysis reads it (places, tie pairs); without it, worldLayer() is read. */
  worldNetwork?(): Promise<WorldNetwork>;
  /** The snapshot and the world network in one read (the Neo4j store: one statement); without it they are read apart. */
  worldSnapshot?(): Promise<{ snapshot: Snapshot; layer: WorldNetwork }>;
}

export interface AnalysisServiceOptions {
  /** The cache of results; the composition root shares one between services. Defaults to a cache of `cacheBytes`. */
  cache?: ResultCache;
  /** Most bytes of cached results (graphs and analyses together) when no `cache` is given. Defaults to 256 MB. */
  cacheBytes?: number;
  /** Heavy centralities on networks with more nodes than this run on the worker pool. Defaults to 2000. */
  workerThreshold?: number;
  /**
   * The worker pool heavy analyses run on; the composition root shares one. Without it
   * the service makes its own on first use (closed by `close()`).
   */
  pool?: AnalysisPool;
}

export const CLUSTERING_PROJECTIONS = ['TWO_MODE', 'INDONESIAN_BY_SHARED_PARTNER', 'INDONESIAN_BY_SHARED_COUNTRY', 'FOREIGN_BY_SHARED_PARTNER'] as const;
export type ClusteringProjection = (typeof CLUSTERING_PROJECTIONS)[number];

/** A government (or, at scope WORLD, a world place) as analysis results show it. */
export interface NetworkNode extends Omit<NetworkNodeAttributes, 'layer'> {
  id: string;
  /** DATASET for a government of the dataset, WORLD for a world-layer place that matches none. */
  layer: 'DATASET' | 'WORLD';
}

export interface NetworkEdge {
  source: string;
  target: string;
  strength: number;
  types: PartnershipType[];
  years: number[];
}

export interface NetworkView {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NodeScore {
  node: NetworkNode;
  score: number;
  rank: number;
  /** EIGENVECTOR only. */
  component?: { index: number; size: number; dominant: boolean };
}

export interface CentralityListOptions {
  /**
   * List (and rank) only Indonesian governments. Scores are still computed on
   * the whole network, foreign governments included. Defaults to false.
   */
  onlyIndonesian?: boolean;
}

export interface ClusteringReport extends Omit<ClusteringResult, 'coefficients'> {
  projection: ClusteringProjection;
  nodes: Array<{ node: NetworkNode; coefficient: number }>;
}

export interface EgoView {
  center: NetworkNode;
  radius: number;
  /** Sorted by distance, then id. */
  members: Array<{ node: NetworkNode; distance: number }>;
  edges: NetworkEdge[];
}

export interface TimelineYear {
  year: number;
  nodeCount: number;
  edgeCount: number;
  top: NodeScore[];
}

/** Default bound of a result cache: 256 MB of estimated result size. */
export const DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;

/** Timelines may span at most this many years. */
export const MAX_TIMELINE_YEARS = 200;

export class AnalysisService {
  private readonly cache: ResultCache;
  private readonly workerThreshold: number;
  private pool: AnalysisPool | null;
  private readonly ownsPool: boolean;
  /** One snapshot per data version, shared with the other services when the composition root passes a SnapshotCache. */
  private readonly snapshots: SnapshotCache;
  /** The CSR form of each cached graph (and its nodes' rank in id order), built on first use. */
  private readonly csrs = new WeakMap<GovernmentGraph, { csr: CsrGraph; rank: Int32Array }>();
  /** Counters for tests and logs. */
  readonly stats = { workerRuns: 0, inlineRuns: 0, lastWorkerThreadId: null as number | null };

  constructor(
    private readonly snapshotSource: SnapshotSource,
    options: AnalysisServiceOptions = {},
  ) {
    this.snapshots = SnapshotCache.over(snapshotSource);
    this.cache = options.cache ?? new ResultCache({ maxBytes: options.cacheBytes ?? DEFAULT_CACHE_BYTES });
    this.workerThreshold = options.workerThreshold ?? 2000;
    this.pool = options.pool ?? null;
    this.ownsPool = options.pool === undefined;
  }

  /** Close the worker pool if this service made it (a shared pool is closed by its owner). */
  async close(): Promise<void> {
    if (this.ownsPool && this.pool) await this.pool.close();
    if (this.ownsPool) this.pool = null;
  }

  private workers(): AnalysisPool {
    return (this.pool ??= new AnalysisPool());
  }

  /** Cache lookups so far (hits, misses), computations stopped, entries held now, for the /metrics endpoint. */
  cacheStats(): { hits: number; misses: number; aborted: number; size: number; bytes: number } {
    return { ...this.cache.counts, size: this.cache.size, bytes: this.cache.bytes };
  }

  /**
   * What an analysis under `filter` counts: the release, the filter's defaults
   * made explicit, the partnerships counted and those left out by reason (basis.ts).
   */
  async basis(filter?: NetworkFilter | null): Promise<AnalysisBasis> {
    const version = await this.snapshotSource.dataVersion();
    return this.cache.getOrCompute(`${version}|basis|${filterKey(filter)}`, async () => {
      const [snapshot, release] = await Promise.all([this.snapshot(version), this.snapshotSource.release?.() ?? null]);
      const basis = analysisBasis(snapshot, filter, release?.id ?? null);
      if (basis.scope === 'WORLD') {
        const graph = await this.graphAt(version, filter);
        basis.worldTiesCounted = graph.reduceEdges((n, _edge, a) => n + (a.worldTieIds?.length ?? 0), 0);
      }
      return basis;
    }) as Promise<AnalysisBasis>;
  }

  /** The partnership network for `filter`: nodes sorted by id, edges by (source, target). */
  async network(filter?: NetworkFilter | null): Promise<NetworkView> {
    return this.memo('network', filter, {}, async (graph) => ({
      nodes: graph.mapNodes((id, a) => toNode(id, a)),
      edges: graph.mapEdges((_, a, s, t) => toEdge(s, t, a)),
    }));
  }

  /**
   * Scores of one centrality measure, ranked (see ranking.ts).
   * @param first top N only; every node when omitted.
   */
  async centrality(
    measure: CentralityMeasure,
    filter?: NetworkFilter | null,
    first?: number | null,
    options: CentralityListOptions = {},
  ): Promise<NodeScore[]> {
    if (first != null && (!Number.isInteger(first) || first < 1)) throw new BadInputError(`Expected "first" to be at least 1, got ${first}.`);
    const onlyIndonesian = options.onlyIndonesian ?? false;
    const ranked = await this.memo('centrality', filter, { measure, onlyIndonesian }, async (graph, signal) =>
      rankedScores(graph, await this.computeCentrality(graph, measure, signal).then(async (result) => (await nextTurn(signal), result)), onlyIndonesian),
    );
    return first == null ? ranked : ranked.slice(0, first);
  }

  /**
   * Several centralities of one network, each ranked with every node as `centrality(measure, filter)`
   * gives it (and cached as it caches it). Above the worker threshold, the shortest-path measures
   * among them that are not cached yet share one sweep: one breadth-first search per source feeds
   * betweenness, closeness and harmonic together, instead of one sweep per measure (the exports ask
   * for all three: at scope WORLD that is most of a cold export's time).
   */
  async centralities(measures: readonly CentralityMeasure[], filter?: NetworkFilter | null): Promise<Map<CentralityMeasure, NodeScore[]>> {
    const version = await this.snapshotSource.dataVersion();
    const options = (measure: CentralityMeasure) => ({ measure, onlyIndonesian: false });
    const uncached = [...new Set(measures)].filter((m) => PATH_MEASURES[m] && !this.cache.has(this.memoKey(version, 'centrality', filter, options(m))));
    const sweep =
      uncached.length > 1
        ? this.memo('pathSweep', filter, { measures: uncached }, async (graph, signal) =>
            graph.order > this.workerThreshold ? this.pathSweep(graph, uncached, signal) : null,
          )
        : null;
    // Nobody else awaits it before the first measure does; a failed sweep is reported there.
    sweep?.catch(() => undefined);
    const out = new Map<CentralityMeasure, NodeScore[]>();
    for (const measure of measures) {
      out.set(
        measure,
        await this.memo('centrality', filter, options(measure), async (graph, signal) => {
          const swept = sweep && uncached.includes(measure) ? (await sweep)?.[measure] : undefined;
          const result: CentralityResult = swept ? { measure, scores: toScores(this.csrOf(graph).csr, swept) } : await this.computeCentrality(graph, measure, signal);
          await nextTurn(signal);
          return rankedScores(graph, result, false);
        }),
      );
    }
    return out;
  }

  /** Local coefficients (sorted by id), both averages and transitivity on the two-mode network or a projection. */
  async clustering(projection: ClusteringProjection, filter?: NetworkFilter | null): Promise<ClusteringReport> {
    return this.memo('clustering', filter, { projection }, async (network, signal) => {
      // Typed-array kernels over the network's CSR (fast/projection-clustering.ts), the same
      // values as clustering.ts / bipartite-clustering.ts; on the pool above workerThreshold.
      const { csr } = this.csrOf(network);
      const onPool = network.order > this.workerThreshold;
      let ids: readonly string[];
      let result: ClusteringArrays;
      if (projection === 'TWO_MODE') {
        ids = csr.ids;
        const task = { kind: 'two-mode-clustering', csr: { offsets: csr.offsets, neighbours: csr.neighbours } } as const;
        result = onPool ? (await this.runOnPool(task, signal)).result : twoModeClustering(task.csr);
      } else {
        const one = oneModeInput(network, csr, projection);
        ids = one.ids;
        const task = { kind: 'one-mode-clustering', input: one.input } as const;
        result = onPool ? (await this.runOnPool(task, signal)).result : oneModeClustering(task.input);
      }
      if (!onPool) this.stats.inlineRuns++;
      const coefficients: Scores = {};
      ids.forEach((id, i) => (coefficients[id] = result.coefficients[i]));
      const nodes = ids.map((id, i) => ({ node: toNode(id, network.getNodeAttributes(id)), coefficient: result.coefficients[i] }));
      return { projection, ...averages(coefficients), transitivity: result.transitivity, nodes };
    });
  }

  /** Run a task on the shared pool, counting it; aborting `signal` cancels it (see memo). */
  private async runOnPool<K extends PoolTask['kind']>(task: Extract<PoolTask, { kind: K }>, signal: AbortSignal): Promise<PoolTaskResult<K>> {
    const run = await this.workers().run(task, signal);
    this.stats.workerRuns++;
    this.stats.lastWorkerThreadId = (run as { threadId: number }).threadId;
    return run;
  }

  async communities(filter?: NetworkFilter | null, seed?: number | null): Promise<CommunityResult & { nodes: Record<string, NetworkNode> }> {
    const s = seed ?? 42;
    return this.memo('communities', filter, { seed: s }, async (graph, signal) => {
      const result = await this.louvain(graph, s, signal);
      await nextTurn(signal);
      return { ...result, nodes: nodeMap(graph) };
    });
  }

  async components(filter?: NetworkFilter | null): Promise<Array<Component & { nodes: NetworkNode[] }>> {
    return this.memo('components', filter, {}, async (graph) =>
      components(graph).map((c) => ({ ...c, nodes: c.members.map((id) => toNode(id, graph.getNodeAttributes(id))) })),
    );
  }

  async articulationPoints(filter?: NetworkFilter | null): Promise<NetworkNode[]> {
    return this.memo('articulationPoints', filter, {}, async (graph) =>
      articulationPoints(graph).map((id) => toNode(id, graph.getNodeAttributes(id))),
    );
  }

  async bridges(filter?: NetworkFilter | null): Promise<Array<{ source: NetworkNode; target: NetworkNode; strength: number }>> {
    return this.memo('bridges', filter, {}, async (graph) =>
      bridges(graph).map(([s, t]) => ({
        source: toNode(s, graph.getNodeAttributes(s)),
        target: toNode(t, graph.getNodeAttributes(t)),
        strength: graph.getEdgeAttribute(graph.edge(s, t)!, 'strength'),
      })),
    );
  }

  /** Members within `radius` steps of `id` (with distances) and the network's edges among them. */
  async egoNetwork(id: string, radius: number, filter?: NetworkFilter | null): Promise<EgoView> {
    return this.memo('ego', filter, { id, radius }, async (graph) => {
      const ego = egoNetwork(graph, id, radius);
      return {
        center: toNode(id, graph.getNodeAttributes(id)),
        radius,
        members: ego.members.map((m) => ({ node: toNode(m.id, graph.getNodeAttributes(m.id)), distance: m.distance })),
        edges: ego.edges.map(([s, t]) => toEdge(s, t, graph.getEdgeAttributes(graph.edge(s, t)!))),
      };
    });
  }

  /** Governments along one shortest path, or null when none exists. */
  async shortestPath(from: string, to: string, filter?: NetworkFilter | null): Promise<NetworkNode[] | null> {
    return this.memo('shortestPath', filter, { from, to }, async (graph) =>
      shortestPath(graph, from, to)?.map((id) => toNode(id, graph.getNodeAttributes(id))) ?? null,
    );
  }

  async assortativity(filter?: NetworkFilter | null): Promise<AssortativityResult> {
    return this.memo('assortativity', filter, {}, async (graph) => assortativity(graph));
  }

  /** Level-asymmetry classes of the matching partnerships, with the governments resolved. */
  async levelAsymmetry(filter?: NetworkFilter | null): Promise<LevelAsymmetryResult & { nodes: Record<string, NetworkNode> }> {
    const version = await this.snapshotSource.dataVersion();
    const key = `${version}|levelAsymmetry|${filterKey(filter)}`;
    return this.cache.getOrCompute(key, async () => {
      const snapshot = await this.snapshot(version);
      const result = levelAsymmetry(snapshot, filter);
      const byId = new Map(snapshot.governments.map((g) => [g.id, g]));
      const nodes: Record<string, NetworkNode> = {};
      for (const c of result.classes) for (const id of c.governmentIds) nodes[id] = toNode(id, toNodeAttributes(byId.get(id)!));
      return { ...result, nodes };
    }) as Promise<LevelAsymmetryResult & { nodes: Record<string, NetworkNode> }>;
  }

  /**
   * For each year from `from` to `to`, the network as of that year (the filter
   * with `asOf` = year): its size and its top `first` governments by `measure`.
   * The year loop runs on the worker pool (timeline.ts; the years shared out between
   * the pool's threads) unless it is tiny (years × partnerships within `workerThreshold`).
   * @throws BadInputError when the range is reversed, longer than MAX_TIMELINE_YEARS, or the filter sets asOf.
   */
  async timeline(measure: CentralityMeasure, from: number, to: number, filter?: NetworkFilter | null, first = 10): Promise<TimelineYear[]> {
    if (!Number.isInteger(from) || !Number.isInteger(to) || from > to)
      throw new BadInputError(`Expected whole years with "from" <= "to", got ${from} and ${to}.`);
    if (to - from + 1 > MAX_TIMELINE_YEARS)
      throw new BadInputError(`Expected a timeline of at most ${MAX_TIMELINE_YEARS} years, got ${to - from + 1}.`);
    if (filter?.asOf != null) throw new BadInputError('A timeline sets "asOf" for each year itself; leave it out of the filter.');
    const version = await this.snapshotSource.dataVersion();
    const normalized = normalizeFilter(filter);
    const key = `${version}|timeline|${filterKey(normalized)}|${JSON.stringify({ measure, from, to, first })}`;
    return this.cache.getOrCompute(key, async (signal) => {
      const world = normalized.scope === 'WORLD' ? await this.worldAt(version) : null;
      const snapshot = world ? world.snapshot : await this.snapshot(version);
      signal.throwIfAborted();
      const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      const input: TimelineInput = { snapshot, world: world?.layer ?? null, filter: normalized, measure, years, first };
      if (years.length * (snapshot.partnerships.length + (world?.layer?.ties.length ?? 0)) <= this.workerThreshold) {
        this.stats.inlineRuns++;
        return timelineYears(input, signal);
      }
      // One task per thread, the years dealt out in turn (early years are small, late ones large).
      const pool = this.workers();
      const tasks = Math.min(pool.threads, years.length);
      const shares = Array.from({ length: tasks }, (_, t) => years.filter((_, i) => i % tasks === t));
      const runs = await Promise.all(shares.map((share) => pool.run({ kind: 'timeline', input: { ...input, years: share } }, signal)));
      this.stats.workerRuns += runs.length;
      const byYear = new Map<number, TimelineYear>();
      for (const run of runs) {
        if (run.error) throw taskError(run.error);
        for (const y of run.years!) byYear.set(y.year, y);
      }
      return years.map((year) => byYear.get(year)!);
    }) as Promise<TimelineYear[]>;
  }

  /**
   * ForceAtlas2 positions of every node of the network of `filter` (layout.ts), or with
   * `aroundIndonesia` of its Indonesian nodes and their direct partners only; cached. The
   * iterations run on the worker pool (the main thread only builds the input and reads back
   * one Float64Array); an empty network is laid out inline.
   */
  async layout(filter?: NetworkFilter | null, options: LayoutOptions & { aroundIndonesia?: boolean } = {}): Promise<Positions> {
    const { aroundIndonesia: around = false, ...layoutOptions } = options;
    const key = { seed: layoutOptions.seed ?? 42, iterations: layoutOptions.iterations ?? 200, aroundIndonesia: around };
    return this.memo('layout', filter, key, async (graph, signal) => {
      const input = layoutInput(graph, around ? aroundIndonesia(graph) : undefined);
      if (input.ids.length === 0) return {};
      const run = await this.workers().run({ kind: 'layout', input, options: layoutOptions }, signal);
      this.stats.workerRuns++;
      this.stats.lastWorkerThreadId = run.threadId;
      return toPositions(input.ids, run.positions);
    });
  }

  /** The projected partnership network for a filter (cached). */
  async graph(filter?: NetworkFilter | null): Promise<PartnerGraph> {
    const version = await this.snapshotSource.dataVersion();
    return this.graphAt(version, filter);
  }

  private graphAt(version: number, filter?: NetworkFilter | null): Promise<PartnerGraph> {
    const normalized = normalizeFilter(filter);
    return this.cache.getOrCompute(`${version}|graph|${filterKey(normalized)}`, async (signal) => {
      if (normalized.scope !== 'WORLD') return projectNetwork(await this.snapshot(version), normalized);
      // A world-scope network is built in slices, giving the event loop a turn between them (projection.ts).
      const world = await this.worldAt(version);
      await nextTurn(signal);
      const graph = await projectNetworkInSlices(world.snapshot, normalized, world.layer, signal);
      await nextTurn(signal);
      nodeMap(graph); // the node map every result shares (node-view.ts), built in a turn of its own
      await nextTurn(signal);
      return graph;
    }) as Promise<PartnerGraph>;
  }

  /**
   * The snapshot analyses at this filter's scope read: at WORLD scope it also holds one
   * government per unmatched world place (world-scope.ts), so exports can describe every node.
   */
  async snapshotFor(filter?: NetworkFilter | null): Promise<Snapshot> {
    const version = await this.snapshotSource.dataVersion();
    if (normalizeFilter(filter).scope !== 'WORLD') return this.snapshot(version);
    return (await this.worldAt(version)).snapshot;
  }

  /** The world layer and the snapshot with its unmatched places, once per data version. */
  private worldAt(version: number): Promise<{ layer: WorldNetwork | null; snapshot: Snapshot }> {
    return this.cache.getOrCompute(`${version}|world`, async () => {
      const { snapshot, layer } = await this.snapshots.world(version);
      if (layer.ties.length === 0) return { layer: null, snapshot };
      await nextTurn();
      return { layer, snapshot: withWorldPlaces(snapshot, layer).snapshot };
    }) as Promise<{ layer: WorldNetwork | null; snapshot: Snapshot }>;
  }

  /**
   * The cached result of `analysis` on the network of `filter`, or `compute`d on it. `compute`
   * gets the computation's signal (aborted once no request waits for it): pass it to every
   * pool task (`this.workers().run(task, signal)`) and check it between long steps.
   */
  private async memo<T>(
    analysis: string,
    filter: NetworkFilter | null | undefined,
    options: object,
    compute: (graph: PartnerGraph, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const version = await this.snapshotSource.dataVersion();
    return this.cache.getOrCompute(this.memoKey(version, analysis, filter, options), async (signal) => {
      const graph = await this.graphAt(version, filter);
      signal.throwIfAborted();
      return compute(graph, signal);
    }) as Promise<T>;
  }

  /** The cache key of `analysis` with `options` on the network of `filter` at data `version`. */
  private memoKey(version: number, analysis: string, filter: NetworkFilter | null | undefined, options: object): string {
    return `${version}|${analysis}|${filterKey(filter)}|${JSON.stringify(options)}`;
  }

  /**
   * Betweenness, closeness and/or harmonic (the path measures among `measures`) in one parallel
   * sweep on the pool: one search per source serves them all (fast/parallel.ts). Scores are
   * indexed like the graph's CSR ids.
   */
  private async pathSweep(graph: GovernmentGraph, measures: readonly CentralityMeasure[], signal: AbortSignal): Promise<Partial<Record<CentralityMeasure, Float64Array>>> {
    const { csr } = this.csrOf(graph);
    await nextTurn(signal);
    const kinds = measures.map((m) => PATH_MEASURES[m]!);
    const run = await pathCentralityArraysParallel(csr, kinds, { normalized: true, wassermanFaust: true, pool: this.workers(), signal, resume: true });
    this.stats.workerRuns++;
    return Object.fromEntries(measures.map((m) => [m, run.arrays[PATH_MEASURES[m]!]]));
  }

  /** The snapshot at `version`, from the shared snapshot cache. */
  private snapshot(version: number): Promise<Snapshot> {
    return this.snapshots.at(version);
  }

  /**
   * The graph's CSR arrays (fast/csr-graph.ts `cachedCsrGraph`: one per graph object, shared
   * with every kernel) and its nodes' ranks in id order: cached graphs are never changed
   * after projection, so every analysis of one graph shares them.
   */
  private csrOf(graph: GovernmentGraph): { csr: CsrGraph; rank: Int32Array } {
    let entry = this.csrs.get(graph);
    if (!entry) {
      const csr = cachedCsrGraph(graph);
      entry = { csr, rank: idRank(csr.ids) };
      this.csrs.set(graph, entry);
    }
    return entry;
  }

  /** Louvain (communities.ts conventions) on the pool above the threshold, inline below it. */
  private async louvain(graph: GovernmentGraph, seed: number, signal: AbortSignal): Promise<CommunityResult> {
    if (graph.order <= this.workerThreshold) {
      this.stats.inlineRuns++;
      return communities(graph, { seed }, this.csrOf(graph).rank);
    }
    const { csr, rank } = this.csrOf(graph);
    const run = await this.workers().run({ kind: 'louvain', graph: { order: csr.order, offsets: csr.offsets, listedNeighbours: csr.listedNeighbours }, seed }, signal);
    this.countWorkerRun(run.threadId);
    return communityResult(csr.ids, run.membership, run.count, run.modularity, seed, rank);
  }

  /** PageRank or eigenvector centrality from the CSR kernels: on the pool above the threshold, inline below it. */
  private async rankCentrality(graph: GovernmentGraph, measure: 'PAGERANK' | 'EIGENVECTOR', signal: AbortSignal): Promise<CentralityResult> {
    const { csr, rank } = this.csrOf(graph);
    const arrays = { order: csr.order, offsets: csr.offsets, neighbours: csr.neighbours };
    const onPool = graph.order > this.workerThreshold;
    if (measure === 'PAGERANK') {
      let run: PagerankKernelResult;
      if (onPool) {
        run = await this.workers().run({ kind: 'pagerank', graph: arrays }, signal);
        this.countWorkerRun((run as PagerankKernelResult & { threadId: number }).threadId);
      } else {
        run = pagerankArray(arrays);
        this.stats.inlineRuns++;
      }
      if (run.scores === null) throw noConvergence(10_000);
      return { measure, scores: toScores(csr, run.scores) };
    }
    let run: EigenvectorKernelResult;
    if (onPool) {
      run = await this.workers().run({ kind: 'eigenvector', graph: arrays, rank }, signal);
      this.countWorkerRun((run as EigenvectorKernelResult & { threadId: number }).threadId);
    } else {
      run = eigenvectorArrays(arrays, rank);
      this.stats.inlineRuns++;
    }
    return eigenvectorCentrality(eigenvectorResult(csr.ids, run, 100_000));
  }

  private countWorkerRun(threadId: number): void {
    this.stats.workerRuns++;
    this.stats.lastWorkerThreadId = threadId;
  }

  private async computeCentrality(graph: PartnerGraph, measure: CentralityMeasure, signal: AbortSignal): Promise<CentralityResult> {
    if (measure === 'PAGERANK' || measure === 'EIGENVECTOR') return this.rankCentrality(graph, measure, signal);
    if (graph.order > this.workerThreshold && PATH_MEASURES[measure]) {
      // Shortest-path measures split their BFS sources over every core (src/analysis/fast); the CSR
      // is built in a turn of its own (tens of ms at world scale), so other requests go on between.
      const { csr } = this.csrOf(graph);
      await nextTurn(signal);
      const scores = await fastPathCentralityParallel(csr, PATH_MEASURES[measure]!, this.workers(), signal);
      this.stats.workerRuns++;
      return { measure, scores };
    }
    this.stats.inlineRuns++;
    return centrality(graph, measure);
  }
}

/** A pool task's error as the coded error it was on the thread. */
function taskError(error: PoolTaskError): Error {
  return error.code ? new KotaKembarError(error.code as ErrorCode, error.message) : new Error(error.message);
}
