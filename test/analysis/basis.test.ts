/**
 * analysisBasis: partnerships counted and left out by reason, each left-out
 * partnership under the first reason that applies; counted + left out = all.
 */
import path from 'node:path';
import { analysisBasis, basisLine, LEFT_OUT_REASONS, type AnalysisBasis } from '../../src/analysis/basis';
import { normalizeFilter, partnershipMatcher, type NetworkFilter } from '../../src/analysis/filter';
import { projectNetwork } from '../../src/analysis/projection';
import { BadInputError } from '../../src/domain/errors';
import type { Snapshot } from '../../src/domain/model';
import { readDataset } from '../../src/seed/read-dataset';
import { sampleSnapshot } from './sample-snapshot';

const snapshot = sampleSnapshot();
const left = (b: AnalysisBasis) => Object.fromEntries(b.leftOut.map((l) => [l.reason, l.count]));

describe('analysisBasis on the sample snapshot (7 partnerships, one LOW and undated)', () => {
  it('by default counts MEDIUM and HIGH only and leaves the LOW row out as LOW_CONFIDENCE', () => {
    const b = analysisBasis(snapshot, {}, '2026.11.29-0123abcd');
    expect(b).toEqual({
      release: '2026.11.29-0123abcd',
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
      worldTiesCounted: 0,
    });
  });

  it('counts the LOW row with minConfidence LOW', () => {
    const b = analysisBasis(snapshot, { minConfidence: 'LOW' }, null);
    expect(b.partnershipsCounted).toBe(7);
    expect(b.leftOut.every((l) => l.count === 0)).toBe(true);
    expect(b.release).toBeNull();
  });

  it('with asOf, names the first reason only: the LOW undated row is LOW_CONFIDENCE, not UNDATED', () => {
    expect(left(analysisBasis(snapshot, { asOf: 2010 }, null))).toEqual({ LOW_CONFIDENCE: 1, UNDATED: 0, ENDED: 1, NOT_YET_SIGNED: 3, FILTERED: 0 });
  });

  it('with asOf and minConfidence LOW, the undated row is UNDATED under EXCLUDE and counted under INCLUDE', () => {
    const excluded = analysisBasis(snapshot, { asOf: 2010, minConfidence: 'LOW', undated: 'EXCLUDE' }, null);
    expect(left(excluded)).toEqual({ LOW_CONFIDENCE: 0, UNDATED: 1, ENDED: 1, NOT_YET_SIGNED: 3, FILTERED: 0 });
    expect(excluded.partnershipsCounted).toBe(2);
    const included = analysisBasis(snapshot, { asOf: 2010, minConfidence: 'LOW', undated: 'INCLUDE' }, null);
    expect(included.undated).toBe('INCLUDE');
    expect(left(included).UNDATED).toBe(0);
    expect(included.partnershipsCounted).toBe(3);
  });

  it('counts what the other criteria leave out as FILTERED', () => {
    const b = analysisBasis(snapshot, { agreementTypes: ['SISTER_CITY'] }, null);
    expect(left(b)).toEqual({ LOW_CONFIDENCE: 1, UNDATED: 0, ENDED: 0, NOT_YET_SIGNED: 0, FILTERED: 3 });
    expect(b.partnershipsCounted).toBe(3);
  });

  it('checks the filter like every analysis does', () => {
    expect(() => analysisBasis(snapshot, { countries: ['XX'] }, null)).toThrow(BadInputError);
  });

  it('says it in one line', () => {
    expect(basisLine(analysisBasis(snapshot, { asOf: 2010 }, 'r1'))).toBe(
      'release r1; scope INDONESIA; minConfidence MEDIUM; asOf 2010 (undated EXCLUDE); 2 partnerships counted; left out: 1 LOW_CONFIDENCE, 1 ENDED, 3 NOT_YET_SIGNED',
    );
  });
});

describe('analysisBasis on the shipped seed agrees with the network filter', () => {
  let seed: Snapshot;
  beforeAll(async () => {
    const { dataset } = await readDataset(path.join(__dirname, '..', '..', 'seed'));
    seed = { ...dataset, dataVersion: 1 };
  });

  const filters: NetworkFilter[] = [
    {},
    { minConfidence: 'LOW' },
    { minConfidence: 'HIGH' },
    { asOf: 2010 },
    { asOf: 2010, undated: 'INCLUDE' },
    { asOf: 2000, minConfidence: 'LOW' },
    { asOf: 2020, minConfidence: 'LOW', undated: 'INCLUDE' },
    { agreementTypes: ['SISTER_CITY'], asOf: 2015 },
    { countries: ['JP'], statuses: ['ACTIVE'] },
  ];

  it.each(filters.map((f) => [JSON.stringify(f), f] as const))('%s: counted = what the filter matches, counted + left out = all', (_key, filter) => {
    const b = analysisBasis(seed, filter, null);
    const matches = partnershipMatcher(seed, normalizeFilter(filter));
    expect(b.partnershipsCounted).toBe(seed.partnerships.filter(matches).length);
    expect(b.partnershipsCounted + b.leftOut.reduce((s, l) => s + l.count, 0)).toBe(seed.partnerships.length);
    expect(b.leftOut.map((l) => l.reason)).toEqual([...LEFT_OUT_REASONS]);
  });

  it('by default leaves out every LOW row, and the default network has none of their ties', () => {
    const lowRows = seed.partnerships.filter((p) => p.confidence === 'LOW');
    expect(lowRows.length).toBeGreaterThan(0);
    expect(left(analysisBasis(seed, {}, null)).LOW_CONFIDENCE).toBe(lowRows.length);
    const graph = projectNetwork(seed, {});
    const ids = new Set(graph.mapEdges((_, a) => a.partnershipIds).flat());
    expect(lowRows.some((p) => ids.has(p.id))).toBe(false);
  });

  it('with asOf and the default EXCLUDE, reports every dated-unknown MEDIUM/HIGH row as UNDATED', () => {
    const undated = seed.partnerships.filter((p) => p.signedYear === null && p.confidence !== 'LOW').length;
    expect(undated).toBeGreaterThan(0);
    expect(left(analysisBasis(seed, { asOf: 2025 }, null)).UNDATED).toBe(undated);
  });
});
