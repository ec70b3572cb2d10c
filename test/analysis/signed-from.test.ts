/**
 * NetworkFilter.signedFrom ("since 2000"): signed in or after a year, undated
 * partnerships following `undated`; a window with `asOf`; counted by the basis;
 * read from export URLs and the GraphQL filter.
 */
import path from 'node:path';
import { analysisBasis } from '../../src/analysis/basis';
import { checkFilter, filterKey, normalizeFilter, partnershipMatcher } from '../../src/analysis/filter';
import type { Snapshot } from '../../src/domain/model';
import { loadSeed } from '../../src/seed/load';
import { parseFilterQuery } from '../../src/services/filter-query';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { runQuery, serverFor } from '../support/graphql';
import { REPO_ROOT } from '../support/neo4j-env';

let store: EmbeddedStore;
let snapshot: Snapshot;

beforeAll(async () => {
  store = new EmbeddedStore({ file: null });
  await store.init();
  await loadSeed(store, path.join(REPO_ROOT, 'seed'));
  snapshot = await store.snapshot();
});

const matching = (filter: Parameters<typeof normalizeFilter>[0]) => {
  const f = normalizeFilter(filter);
  checkFilter(snapshot, f);
  return snapshot.partnerships.filter(partnershipMatcher(snapshot, f));
};

describe('signedFrom', () => {
  it('keeps partnerships signed in or after the year; undated ones only with undated INCLUDE', () => {
    const since = matching({ signedFrom: 2000, minConfidence: 'LOW' });
    expect(since.length).toBeGreaterThan(10);
    expect(since.every((p) => p.signedYear !== null && p.signedYear >= 2000)).toBe(true);
    expect(since.length).toBe(snapshot.partnerships.filter((p) => p.signedYear !== null && p.signedYear >= 2000).length);
    const withUndated = matching({ signedFrom: 2000, minConfidence: 'LOW', undated: 'INCLUDE' });
    expect(withUndated.length).toBe(since.length + snapshot.partnerships.filter((p) => p.signedYear === null).length);
  });

  it('makes a window with asOf and refuses a reversed one', () => {
    const window = matching({ signedFrom: 1990, asOf: 1999, minConfidence: 'LOW' });
    expect(window.length).toBeGreaterThan(0);
    expect(window.every((p) => p.signedYear! >= 1990 && p.signedYear! <= 1999)).toBe(true);
    expect(() => matching({ signedFrom: 2010, asOf: 2000 })).toThrow('Expected "signedFrom" (2010) to be no later than "asOf" (2000).');
  });

  it('is part of the cache key', () => {
    expect(filterKey({ signedFrom: 2000 })).not.toBe(filterKey({}));
    expect(filterKey({ signedFrom: 2000, asOf: 2010 })).toBe(filterKey({ asOf: 2010, signedFrom: 2000 }));
  });

  it('is counted by the basis: earlier signings as FILTERED, undated ones as UNDATED', () => {
    const basis = analysisBasis(snapshot, { signedFrom: 2000 }, null);
    const counted = matching({ signedFrom: 2000 }).length;
    expect(basis.partnershipsCounted).toBe(counted);
    const left = Object.fromEntries(basis.leftOut.map((l) => [l.reason, l.count]));
    const medium = snapshot.partnerships.filter((p) => p.confidence !== 'LOW');
    expect(left.UNDATED).toBe(medium.filter((p) => p.signedYear === null).length);
    expect(left.FILTERED).toBe(medium.filter((p) => p.signedYear !== null && p.signedYear < 2000).length);
    expect(basis.partnershipsCounted + basis.leftOut.reduce((s, l) => s + l.count, 0)).toBe(snapshot.partnerships.length);
  });

  it('is read from export URLs and from the GraphQL NetworkFilter', async () => {
    expect(parseFilterQuery({ signedFrom: '2000', countries: 'JP' })).toEqual({ signedFrom: 2000, countries: ['JP'] });
    expect(() => parseFilterQuery({ signedFrom: '20x0' })).toThrow('Expected "signedFrom" to be a year from 1900 to 2100, got "20x0".');
    const server = await serverFor(store);
    try {
      const { data, errors } = await runQuery(server, store, '{ analysisBasis(filter: { signedFrom: 2000, countries: ["JP"] }) { partnershipsCounted } }');
      expect(errors).toBeUndefined();
      expect(data!.analysisBasis.partnershipsCounted).toBe(matching({ signedFrom: 2000, countries: ['JP'] }).length);
    } finally {
      await server.stop();
    }
  });
});
