/**
 * The analysis part of the schema, in-process: a schema built from only the
 * analysis resolvers, run with graphql() against a fake snapshot source.
 */
import { graphql, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AnalysisService } from '../../src/analysis/analysis-service';
import { KotaKembarError } from '../../src/domain/errors';
import { analysisResolvers, createAnalysisResolverInstances } from '../../src/graphql/analysis';
import type { ResolverClass } from '../../src/graphql/extra-resolvers';
import { sampleSnapshot } from './sample-snapshot';

let schema: GraphQLSchema;

beforeAll(async () => {
  const service = new AnalysisService({ snapshot: async () => sampleSnapshot(), dataVersion: async () => 1 });
  const instances = new Map(createAnalysisResolverInstances(service));
  schema = await buildSchema({
    resolvers: [...analysisResolvers] as unknown as [ResolverClass, ...ResolverClass[]],
    container: { get: (cls) => instances.get(cls) },
    validate: true,
  });
});

async function run(source: string, variableValues?: Record<string, unknown>) {
  return graphql({ schema, source, variableValues });
}

/** The error code a client would see: type-graphql's extensions.code, or our KotaKembarError code (the lead's formatError copies it). */
function codeOf(result: Awaited<ReturnType<typeof run>>): string | undefined {
  const error = result.errors?.[0];
  if (!error) return undefined;
  if (error.originalError instanceof KotaKembarError) return error.originalError.code;
  return (error.extensions?.code ?? (error.originalError as { extensions?: { code?: string } })?.extensions?.code) as string | undefined;
}

describe('analysis schema', () => {
  it('serves the network with the contract fields', async () => {
    const r = await run('{ network(filter: { asOf: 2004 }) { nodeCount edgeCount nodes { id name level countryCode } edges { source target strength } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.network).toEqual({
      nodeCount: 4,
      edgeCount: 2,
      nodes: [
        { id: 'id-kota-surabaya', name: 'Surabaya', level: 'CITY', countryCode: 'ID' },
        { id: 'id-prov-jawa-barat', name: 'Jawa Barat', level: 'PROVINCE', countryCode: 'ID' },
        { id: 'jp-kochi', name: 'Kochi', level: 'CITY', countryCode: 'JP' },
        { id: 'kr-gyeongsangbuk-do', name: 'Gyeongsangbuk-do', level: 'PROVINCE', countryCode: 'KR' },
      ],
      edges: [
        { source: 'id-kota-surabaya', target: 'jp-kochi', strength: 1 },
        { source: 'id-prov-jawa-barat', target: 'kr-gyeongsangbuk-do', strength: 1 },
      ],
    });
  });

  it('ranks centrality with first, and reports eigenvector components', async () => {
    const r = await run('{ centrality(measure: BETWEENNESS, first: 2) { node { id name } score rank } e: centrality(measure: EIGENVECTOR, filter: { minConfidence: LOW }) { node { id } component { index size dominant } } }');
    expect(r.errors).toBeUndefined();
    const data = r.data as { centrality: Array<{ node: { id: string }; rank: number }>; e: Array<{ component: unknown }> };
    expect(data.centrality).toHaveLength(2);
    expect(data.centrality[0].rank).toBe(1);
    expect(data.e[0].component).toEqual({ index: 0, size: 8, dominant: true });
  });

  it('lists only Indonesian governments on request, scored on the whole network', async () => {
    const r = await run('{ centrality(measure: DEGREE, onlyIndonesian: true, filter: { minConfidence: LOW }) { node { id isIndonesian } rank } }');
    expect(r.errors).toBeUndefined();
    const list = (r.data as { centrality: Array<{ node: { id: string; isIndonesian: boolean }; rank: number }> }).centrality;
    // Bogor, Surabaya and Jawa Barat have two partners each; Bandung one (Seoul, with two agreements).
    expect(list.map((s) => s.node.id)).toEqual(['id-kab-bogor', 'id-kota-surabaya', 'id-prov-jawa-barat', 'id-kota-bandung']);
    expect(list.map((s) => s.rank)).toEqual([1, 1, 1, 4]);
    expect(list.every((s) => s.node.isIndonesian)).toBe(true);
  });

  it('reports clustering on the two-mode network and a projection, and reproducible communities', async () => {
    const r = await run(`{
      two: clustering(projection: TWO_MODE, filter: { minConfidence: LOW }) { projection averageWithZeros averageWithoutZeros transitivity nodes { node { id } coefficient } }
      one: clustering(projection: INDONESIAN_BY_SHARED_PARTNER) { averageWithZeros transitivity }
      a: communities(seed: 3) { modularity communities { id members { id } } }
      b: communities(seed: 3) { modularity communities { id members { id } } }
    }`);
    expect(r.errors).toBeUndefined();
    const data = r.data as Record<string, { nodes?: unknown[]; modularity?: number }>;
    expect(data.two.nodes).toHaveLength(8);
    expect(data.a).toEqual(data.b);
    expect(typeof data.a.modularity).toBe('number');
  });

  it('says what each answer counted: LOW leads left out by default, counted with minConfidence LOW', async () => {
    const r = await run(`{
      network { nodeCount basis { release scope minConfidence asOf undated partnershipsCounted leftOut { reason count } } }
      all: network(filter: { minConfidence: LOW }) { nodeCount basis { minConfidence partnershipsCounted } }
      clustering(projection: TWO_MODE) { basis { partnershipsCounted } }
      communities { basis { partnershipsCounted } }
    }`);
    expect(r.errors).toBeUndefined();
    const d = r.data as Record<string, { nodeCount?: number; basis: Record<string, unknown> }>;
    expect(d.network.basis).toEqual({
      release: null, // this fake source has no release record
      scope: 'INDONESIA',
      minConfidence: 'MEDIUM',
      asOf: null,
      undated: 'EXCLUDE',
      partnershipsCounted: 6,
      leftOut: [
        { reason: 'LOW_CONFIDENCE', count: 1 },
        { reason: 'UNDATED', count: 0 },
        { reason: 'ENDED', count: 0 },
        { reason: 'NOT_YET_SIGNED', count: 0 },
        { reason: 'FILTERED', count: 0 },
      ],
    });
    expect([d.network.nodeCount, d.all.nodeCount]).toEqual([7, 8]);
    expect(d.all.basis).toEqual({ minConfidence: 'LOW', partnershipsCounted: 7 });
    expect(d.clustering.basis.partnershipsCounted).toBe(6);
    expect(d.communities.basis.partnershipsCounted).toBe(6);
  });

  it('analysisBasis with asOf and undated EXCLUDE reports the undated partnerships it left out', async () => {
    const r = await run(`{
      excluded: analysisBasis(filter: { asOf: 2010, minConfidence: LOW, undated: EXCLUDE }) { undated partnershipsCounted leftOut { reason count } }
      included: analysisBasis(filter: { asOf: 2010, minConfidence: LOW, undated: INCLUDE }) { undated partnershipsCounted leftOut { reason count } }
    }`);
    expect(r.errors).toBeUndefined();
    const d = r.data as Record<string, { undated: string; partnershipsCounted: number; leftOut: Array<{ reason: string; count: number }> }>;
    const undatedOf = (b: (typeof d)['excluded']) => b.leftOut.find((l) => l.reason === 'UNDATED')!.count;
    expect([d.excluded.undated, undatedOf(d.excluded), d.excluded.partnershipsCounted]).toEqual(['EXCLUDE', 1, 2]);
    expect([d.included.undated, undatedOf(d.included), d.included.partnershipsCounted]).toEqual(['INCLUDE', 0, 3]);
  });

  it('answers structure queries', async () => {
    const r = await run(`{
      components { index size members { id } }
      articulationPoints { id }
      bridges { source { id } target { id } strength }
      egoNetwork(id: "id-kota-bandung", radius: 2) { center { id } members { node { id } distance } edges { source target } }
      shortestPath(from: "id-kota-bandung", to: "jp-kochi") { length nodes { id } }
      assortativity { degree { value undefinedReason } level { value undefinedReason } }
      timeline(measure: DEGREE, from: 2013, to: 2014, first: 1) { year nodeCount edgeCount top { node { id } rank } }
      levelAsymmetry { partnershipCount mixedTierCount classes { key tier partnerTier sameTier partnershipCount governments { id } levelPairs { levels count } } }
    }`);
    expect(r.errors).toBeUndefined();
    const d = r.data as Record<string, any>;
    expect(d.shortestPath).toEqual({ length: 3, nodes: [{ id: 'id-kota-bandung' }, { id: 'kr-seoul' }, { id: 'id-kota-surabaya' }, { id: 'jp-kochi' }] });
    expect(d.egoNetwork.members[0]).toEqual({ node: { id: 'id-kota-bandung' }, distance: 0 });
    expect(d.articulationPoints.map((n: { id: string }) => n.id)).toContain('kr-seoul');
    expect(d.levelAsymmetry.classes[0].key).toBe('CITY_PROVINCE');
    expect(d.timeline.map((y: { year: number }) => y.year)).toEqual([2013, 2014]);
  });

  it('returns null for a path between different components, and empty lists for an empty network', async () => {
    const r = await run(`{
      shortestPath(from: "id-kota-surabaya", to: "id-prov-jawa-barat", filter: { asOf: 2004 }) { length }
      centrality(measure: PAGERANK, filter: { asOf: 1900 }) { score }
      components(filter: { asOf: 1900 }) { size }
      clustering(projection: TWO_MODE, filter: { asOf: 1900 }) { averageWithZeros averageWithoutZeros transitivity nodes { coefficient } }
      communities(filter: { asOf: 1900 }) { modularity communities { id } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      shortestPath: null,
      centrality: [],
      components: [],
      clustering: { averageWithZeros: null, averageWithoutZeros: null, transitivity: 0, nodes: [] },
      communities: { modularity: null, communities: [] },
    });
  });

  it.each([
    ['an unknown country', '{ network(filter: { countries: ["ZZ"] }) { nodeCount } }', 'BAD_USER_INPUT', /"ZZ"/],
    ['a malformed country code', '{ network(filter: { countries: ["JPN"] }) { nodeCount } }', 'BAD_USER_INPUT', /./],
    ['first below 1', '{ centrality(measure: DEGREE, first: 0) { score } }', 'BAD_USER_INPUT', /./],
    ['an unknown government in egoNetwork', '{ egoNetwork(id: "xx-nowhere") { radius } }', 'NOT_FOUND', /"xx-nowhere"/],
    ['an unknown government in shortestPath', '{ shortestPath(from: "id-kota-bandung", to: "xx-nowhere") { length } }', 'NOT_FOUND', /"xx-nowhere"/],
    ['a radius too large', '{ egoNetwork(id: "id-kota-bandung", radius: 50) { radius } }', 'BAD_USER_INPUT', /./],
    ['a reversed timeline', '{ timeline(measure: DEGREE, from: 2010, to: 2000) { year } }', 'BAD_USER_INPUT', /"from"/],
  ])('answers %s with %s', async (_what, query, code, message) => {
    const r = await run(query);
    expect(Object.values(r.data ?? {}).every((v) => v === null)).toBe(true);
    expect(codeOf(r)).toBe(code);
    expect(r.errors![0].message).toMatch(message);
  });

  it('describes every analysis type, field and argument', () => {
    const missing: string[] = [];
    const names = ['Network', 'NetworkNode', 'NetworkEdge', 'NodeScore', 'EigenvectorComponent', 'ClusteringReport', 'NodeCoefficient', 'CommunityReport',
      'Community', 'NetworkComponent', 'Bridge', 'EgoNetwork', 'EgoMember', 'NetworkPath', 'AssortativityReport', 'AssortativityCoefficient',
      'TimelineYear', 'LevelAsymmetryReport', 'LevelClass', 'LevelPairCount', 'NetworkFilter', 'CentralityMeasure', 'Projection', 'LevelTier'];
    for (const name of names) {
      const type = schema.getType(name) as any;
      if (!type?.description) missing.push(name);
      if (type?.getFields) for (const f of Object.values<any>(type.getFields())) if (!f.description) missing.push(`${name}.${f.name}`);
    }
    for (const f of Object.values(schema.getQueryType()!.getFields())) {
      if (!f.description) missing.push(`Query.${f.name}`);
      for (const a of f.args) if (!a.description) missing.push(`Query.${f.name}(${a.name})`);
    }
    expect(missing).toEqual([]);
  });
});
