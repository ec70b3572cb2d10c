import { filterKey } from '../../src/analysis/filter';
import { projectOneMode } from '../../src/analysis/one-mode-projection';
import { projectNetwork } from '../../src/analysis/projection';
import { graphFromFixture } from '../../tools/networkx-fixtures/fixture-graph';
import { expectScoresClose, expectValueClose, loadFixtures } from './support';
import { clustering } from '../../src/analysis/clustering';
import { sampleSnapshot } from './sample-snapshot';
import { BadInputError } from '../../src/domain/errors';

const snapshot = sampleSnapshot();
/** Every partnership, the LOW lead included (the default minConfidence is MEDIUM). */
const ALL = { minConfidence: 'LOW' } as const;
const edgesOf = (g: ReturnType<typeof projectNetwork>) => g.mapEdges((_, a, s, t) => `${s} ${t} ${a.strength}`).sort();

describe('projectNetwork', () => {
  it('merges two agreements between one pair into one edge with strength 2, types and years', () => {
    const g = projectNetwork(snapshot, ALL);
    const edge = g.edge('id-kota-bandung', 'kr-seoul')!;
    expect(g.getEdgeAttributes(edge)).toEqual({
      strength: 2,
      types: ['MOU', 'SISTER_CITY'],
      years: [2013, 2015],
      partnershipIds: ['id-kota-bandung--kr-seoul', 'id-kota-bandung--kr-seoul-2'],
    });
  });

  it('turns a three-party agreement into a triangle and leaves out governments with no matching tie', () => {
    const g = projectNetwork(snapshot, ALL);
    expect(g.hasEdge('id-kab-bogor', 'jp-kochi') && g.hasEdge('jp-kochi', 'kr-gyeongsangbuk-do') && g.hasEdge('id-kab-bogor', 'kr-gyeongsangbuk-do')).toBe(true);
    expect(g.hasNode('jp-unused')).toBe(false);
    expect(g.order).toBe(8);
    expect(g.size).toBe(8);
  });

  it('never links a city to its province (containment is not a partnership)', () => {
    expect(projectNetwork(snapshot, ALL).hasEdge('id-kota-bandung', 'id-prov-jawa-barat')).toBe(false);
  });

  it('asOf keeps ties signed by then and not yet ended, and drops undated ties', () => {
    expect(edgesOf(projectNetwork(snapshot, { asOf: 2004 }))).toEqual([
      'id-kota-surabaya jp-kochi 1',
      'id-prov-jawa-barat kr-gyeongsangbuk-do 1',
    ]);
    expect(edgesOf(projectNetwork(snapshot, { asOf: 2005 }))).toEqual(['id-prov-jawa-barat kr-gyeongsangbuk-do 1']);
    expect(edgesOf(projectNetwork(snapshot, { asOf: 2014 }))).toContain('id-kota-bandung kr-seoul 1');
    expect(projectNetwork(snapshot, { asOf: 2030, ...ALL }).hasNode('jp-pref-kyoto')).toBe(false);
  });

  it('keeps undated ties under asOf with undated INCLUDE, unless they ended by then', () => {
    const included = projectNetwork(snapshot, { asOf: 2030, undated: 'INCLUDE', ...ALL });
    expect(included.hasEdge('id-prov-jawa-barat', 'jp-pref-kyoto')).toBe(true);
    expect(included.hasEdge('id-kota-surabaya', 'jp-kochi')).toBe(false); // dated, ended 2005
    expect(projectNetwork(snapshot, { asOf: 2030, undated: 'EXCLUDE', ...ALL }).hasNode('jp-pref-kyoto')).toBe(false);
  });

  it('filters by type, status, confidence, field, country, level and province', () => {
    expect(edgesOf(projectNetwork(snapshot, { agreementTypes: ['SISTER_PROVINCE'], ...ALL }))).toHaveLength(2);
    // The default minConfidence (MEDIUM) leaves out the LOW Jawa Barat–Kyoto lead.
    expect(edgesOf(projectNetwork(snapshot, { agreementTypes: ['SISTER_PROVINCE'] }))).toEqual(['id-prov-jawa-barat kr-gyeongsangbuk-do 1']);
    expect(edgesOf(projectNetwork(snapshot, { statuses: ['ENDED'] }))).toEqual(['id-kota-surabaya jp-kochi 1']);
    expect(projectNetwork(snapshot, { minConfidence: 'MEDIUM' }).hasNode('jp-pref-kyoto')).toBe(false);
    expect(edgesOf(projectNetwork(snapshot, { fields: ['tourism'] }))).toEqual(['id-kota-bandung kr-seoul 1']);
    expect(projectNetwork(snapshot, { countries: ['jp'], ...ALL }).nodes()).toEqual(
      ['id-kab-bogor', 'id-kota-surabaya', 'id-prov-jawa-barat', 'jp-kochi', 'jp-pref-kyoto', 'kr-gyeongsangbuk-do'],
    );
    expect(projectNetwork(snapshot, { indonesianLevels: ['CITY'] }).nodes()).toEqual(['id-kota-bandung', 'id-kota-surabaya', 'jp-kochi', 'kr-seoul']);
    // Jawa Barat itself, Bandung and Bogor lie in it; Surabaya does not.
    expect(projectNetwork(snapshot, { provinces: ['id-prov-jawa-barat'] }).hasNode('id-kota-surabaya')).toBe(false);
    expect(projectNetwork(snapshot, { provinces: ['id-prov-jawa-barat'] }).hasNode('id-kab-bogor')).toBe(true);
  });

  it('returns an empty graph, not an error, when nothing matches', () => {
    const g = projectNetwork(snapshot, { asOf: 1900 });
    expect([g.order, g.size]).toEqual([0, 0]);
  });

  it('rejects an unknown country with BAD_USER_INPUT naming it', () => {
    expect(() => projectNetwork(snapshot, { countries: ['ZZ'] })).toThrow(BadInputError);
    expect(() => projectNetwork(snapshot, { countries: ['ZZ'] })).toThrow(/"ZZ"/);
    expect(() => projectNetwork(snapshot, { countries: ['Japan'] })).toThrow(/two letters/);
    expect(() => projectNetwork(snapshot, { provinces: ['id-prov-nowhere'] })).toThrow(/"id-prov-nowhere"/);
  });

  it('gives equal cache keys to filters that select the same way', () => {
    expect(filterKey({ countries: ['kr', 'JP'], statuses: null })).toBe(filterKey({ countries: ['JP', 'KR', 'KR'] }));
    expect(filterKey({})).toBe(filterKey(undefined));
    // Defaults are filled in, so spelling them out changes nothing.
    expect(filterKey({})).toBe(filterKey({ minConfidence: 'MEDIUM', undated: 'EXCLUDE' }));
    expect(filterKey({})).not.toBe(filterKey({ minConfidence: 'LOW' }));
    expect(filterKey({ asOf: 2000 })).not.toBe(filterKey({ asOf: 2001 }));
  });
});

describe('one-mode projections', () => {
  const network = projectNetwork(snapshot, ALL);
  it('links Indonesian governments by shared foreign partners, with sharedPartners', () => {
    const p = projectOneMode(network, 'INDONESIAN_BY_SHARED_PARTNER');
    expect(p.nodes()).toEqual(['id-kab-bogor', 'id-kota-bandung', 'id-kota-surabaya', 'id-prov-jawa-barat']);
    expect(p.mapEdges((_, a, s, t) => [s, t, a.sharedPartners])).toEqual([
      ['id-kab-bogor', 'id-kota-surabaya', 1], // Kochi
      ['id-kab-bogor', 'id-prov-jawa-barat', 1], // Gyeongsangbuk-do
      ['id-kota-bandung', 'id-kota-surabaya', 1], // Seoul
    ]);
  });
  it('links Indonesian governments by shared partner countries, with sharedCountries', () => {
    const p = projectOneMode(network, 'INDONESIAN_BY_SHARED_COUNTRY');
    expect(p.getEdgeAttribute(p.edge('id-kab-bogor', 'id-prov-jawa-barat')!, 'sharedCountries')).toBe(2);
    expect(p.size).toBe(6);
  });
  it('links foreign governments by shared Indonesian partners', () => {
    const p = projectOneMode(network, 'FOREIGN_BY_SHARED_PARTNER');
    expect(p.hasEdge('jp-pref-kyoto', 'kr-gyeongsangbuk-do')).toBe(true);
    expect(p.hasEdge('jp-kochi', 'kr-seoul')).toBe(true);
  });

  const datasetFixtures = loadFixtures().filter((f) => f.expected.projections);
  it.each(datasetFixtures.map((f) => [f.name, f] as const))('matches the projections networkx builds for %s', (_n, fixture) => {
    const g = graphFromFixture(fixture);
    for (const [name, exp] of Object.entries<{ nodes: string[]; edges: Array<[string, string, number]>; weightAttribute: string }>(fixture.expected.projections)) {
      const p = projectOneMode(g, name as Parameters<typeof projectOneMode>[1]);
      expect(p.nodes()).toEqual(exp.nodes);
      expect(p.mapEdges((_, a, s, t) => [s, t, (a as Record<string, number>)[exp.weightAttribute]])).toEqual(exp.edges);
      const c = clustering(p);
      const e = (exp as unknown as { clustering: Record<string, unknown> }).clustering;
      expectScoresClose(c.coefficients, e.coefficients as Record<string, number>, 'projection clustering');
      expectValueClose(c.averageWithZeros, e.averageWithZeros as number | null, 'projection average clustering');
      expectValueClose(c.averageWithoutZeros, e.averageWithoutZeros as number | null, 'projection average clustering');
      expectValueClose(c.transitivity, e.transitivity as number, 'projection transitivity');
    }
  });
});
