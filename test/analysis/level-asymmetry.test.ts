import { levelAsymmetry, tierOf } from '../../src/analysis/level-asymmetry';
import { sampleSnapshot } from './sample-snapshot';

describe('levelAsymmetry', () => {
  // Every partnership, the LOW lead included (the default minConfidence is MEDIUM).
  const report = levelAsymmetry(sampleSnapshot(), { minConfidence: 'LOW' });
  const byKey = Object.fromEntries(report.classes.map((c) => [c.key, c]));

  it('classes Bandung (city) with Seoul (special city) as CITY_PROVINCE, a mixed-tier tie', () => {
    expect(tierOf('SPECIAL_CITY')).toBe('PROVINCE');
    expect(byKey.CITY_PROVINCE).toMatchObject({
      tier: 'CITY', partnerTier: 'PROVINCE', sameTier: false, partnershipCount: 3,
      governmentIds: ['id-kota-bandung', 'id-kota-surabaya', 'kr-seoul'],
      levelPairs: [{ levels: ['CITY', 'SPECIAL_CITY'], count: 3 }],
    });
  });

  it('counts province-province, city-city and multilateral ties, and the mixed total', () => {
    expect(byKey.PROVINCE_PROVINCE.partnershipCount).toBe(2);
    expect(byKey.PROVINCE_PROVINCE.levelPairs).toEqual([
      { levels: ['PROVINCE', 'PREFECTURE'], count: 1 },
      { levels: ['PROVINCE', 'PROVINCE'], count: 1 },
    ]);
    expect(byKey.CITY_CITY.partnershipIds).toEqual(['id-kota-surabaya--jp-kochi']);
    expect(byKey.MULTILATERAL).toMatchObject({ tier: null, sameTier: null, partnershipCount: 1 });
    expect(report.partnershipCount).toBe(7);
    expect(report.mixedTierCount).toBe(3);
    expect(report.classes[0].key).toBe('CITY_PROVINCE');
  });

  it('applies the network filter', () => {
    expect(levelAsymmetry(sampleSnapshot(), { asOf: 1990 })).toEqual({ partnershipCount: 0, mixedTierCount: 0, classes: [] });
    expect(() => levelAsymmetry(sampleSnapshot(), { countries: ['XX'] })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
