/**
 * The explorer's URL state (src/explorer/state.ts): a link restores exactly the
 * view it was made from, defaults stay out of the URL, the filter part is the
 * export's query, short aliases are read.
 */
import { defaultState, filterParams, graphqlFilter, parseState, stateParams } from '../../src/explorer/state';
import { FILTER_PARAMETERS } from '../../src/services/filter-query';

const roundTrip = (query: string) => stateParams(parseState(new URLSearchParams(query))).toString();

describe('explorer URL state', () => {
  it('writes nothing for the default view', () => {
    expect(stateParams(defaultState()).toString()).toBe('');
  });

  it('gives back the same parameters it was opened with', () => {
    const query =
      'lang=id&view=map&asOf=2020&signedFrom=2000&agreementTypes=SISTER_CITY%2CMOU&statuses=ACTIVE&countries=JP%2CKR&indonesianLevels=CITY&provinces=id-prov-jawa-timur&fields=education&minConfidence=HIGH&undated=INCLUDE&scope=WORLD&size=betweenness&colour=community&node=id-kota-surabaya&zoom=112.75%2C-7.25%2C8.5&embed=1';
    expect(roundTrip(query)).toBe(query);
  });

  it('reads presets, aliases and case, and drops what it cannot read', () => {
    const s = parseState(new URLSearchParams('types=sister_city&levels=city&countries=jp&zoom=indonesia&view=globe&size=fame&asOf=20x0&minConfidence=low&lang=fr'));
    expect(s.lists.agreementTypes).toEqual(['SISTER_CITY']);
    expect(s.lists.indonesianLevels).toEqual(['CITY']);
    expect(s.lists.countries).toEqual(['JP']);
    expect(s.zoom).toEqual({ preset: 'indonesia' });
    expect([s.view, s.size, s.asOf, s.minConfidence, s.lang]).toEqual(['network', 'degree', null, 'LOW', null]);
    expect(roundTrip('types=sister_city&levels=city')).toBe('agreementTypes=SISTER_CITY&indonesianLevels=CITY');
  });

  it('sends the filter under the export parameter names, minConfidence always given', () => {
    const s = parseState(new URLSearchParams('countries=JP&signedFrom=2000&view=map&node=x'));
    expect(filterParams(s).toString()).toBe('signedFrom=2000&countries=JP&minConfidence=MEDIUM');
    for (const name of filterParams(parseState(new URLSearchParams('asOf=2020&signedFrom=2000&agreementTypes=MOU&statuses=ACTIVE&countries=JP&indonesianLevels=CITY&provinces=p&fields=f&undated=INCLUDE'))).keys())
      expect(FILTER_PARAMETERS as readonly string[]).toContain(name);
    expect(graphqlFilter(s)).toEqual({ minConfidence: 'MEDIUM', signedFrom: 2000, countries: ['JP'] });
  });
});
