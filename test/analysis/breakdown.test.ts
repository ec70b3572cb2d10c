/** Breakdowns on the hand-made sample snapshot, where every count can be checked by eye. */
import { breakdown, type BreakdownBucket } from '../../src/analysis/breakdown';
import { sampleSnapshot } from './sample-snapshot';

const snapshot = sampleSnapshot();
/** Every partnership, the LOW lead included (the default minConfidence is MEDIUM). */
const ALL = { minConfidence: 'LOW' } as const;
const bucket = (buckets: BreakdownBucket[], key: string) => buckets.find((b) => b.key === key)!;

it('counts partnerships by partner country, with the foreign governments behind and their Indonesian partners', () => {
  const result = breakdown(snapshot, 'PARTNER_COUNTRY', ALL);
  expect(result.partnershipCount).toBe(7);
  expect(result.buckets.map((b) => [b.key, b.label, b.partnershipCount])).toEqual([
    ['KR', 'South Korea', 5],
    ['JP', 'Japan', 3],
  ]);
  expect(bucket(result.buckets, 'JP').governmentIds).toEqual(['jp-kochi', 'jp-pref-kyoto']);
  expect(bucket(result.buckets, 'JP').partnerIds).toEqual(['id-kab-bogor', 'id-kota-surabaya', 'id-prov-jawa-barat', 'kr-gyeongsangbuk-do']);
});

it('counts by decade and by year in time order, with undated partnerships last as "unknown"', () => {
  expect(breakdown(snapshot, 'DECADE_SIGNED', ALL).buckets.map((b) => [b.key, b.partnershipCount])).toEqual([
    ['1990s', 2],
    ['2010s', 3],
    ['2020s', 1],
    ['unknown', 1],
  ]);
  expect(breakdown(snapshot, 'YEAR_SIGNED', ALL).buckets.map((b) => b.key)).toEqual(['1997', '2010', '2013', '2015', '2020', 'unknown']);
});

it('counts by agreement type and by field, labelled from the vocabulary', () => {
  expect(breakdown(snapshot, 'AGREEMENT_TYPE', ALL).buckets.map((b) => [b.key, b.partnershipCount])).toEqual([
    ['SISTER_CITY', 3],
    ['SISTER_PROVINCE', 2],
    ['MOU', 1],
    ['OTHER', 1],
  ]);
  expect(breakdown(snapshot, 'FIELD', ALL).buckets.map((b) => [b.key, b.label, b.partnershipCount])).toEqual([
    ['education', 'Education', 6],
    ['tourism', 'Tourism', 1],
  ]);
});

it('counts by Indonesian province (a province counts as its own) and level', () => {
  const provinces = breakdown(snapshot, 'PROVINCE', ALL).buckets;
  expect(provinces.map((b) => [b.key, b.partnershipCount])).toEqual([
    ['id-prov-jawa-barat', 5],
    ['unknown', 2],
  ]);
  expect(bucket(provinces, 'id-prov-jawa-barat').governmentIds).toEqual(['id-kab-bogor', 'id-kota-bandung', 'id-prov-jawa-barat']);
  expect(breakdown(snapshot, 'INDONESIAN_LEVEL', ALL).buckets.map((b) => [b.key, b.partnershipCount])).toEqual([
    ['CITY', 4],
    ['PROVINCE', 2],
    ['REGENCY', 1],
  ]);
});

it('leaves out the LOW lead by default', () => {
  const result = breakdown(snapshot, 'PARTNER_COUNTRY');
  expect(result.partnershipCount).toBe(6);
  expect(bucket(result.buckets, 'JP').governmentIds).toEqual(['jp-kochi']);
});

it('applies the network filter', () => {
  const result = breakdown(snapshot, 'PARTNER_COUNTRY', { asOf: 2012 });
  expect(result.partnershipCount).toBe(2); // 1997 Jawa Barat–Gyeongsangbuk-do and 2010 Surabaya–Seoul; Kochi ended 2005
  expect(result.buckets.map((b) => [b.key, b.partnershipCount])).toEqual([['KR', 2]]);
});

it('rejects a filter naming an unknown country', () => {
  expect(() => breakdown(snapshot, 'FIELD', { countries: ['ZZ'] })).toThrow(/ZZ/);
});
