/** The `breakdown` query in-process on the seeded embedded store. */
import { runQuery } from '../support/graphql';
import { useSeededStore } from '../support/served-store';

const seeded = useSeededStore();

describe('breakdown', () => {
  const BREAKDOWN = `query ($by: BreakdownDimension!, $filter: NetworkFilter) {
    breakdown(by: $by, filter: $filter) { dimension dataVersion partnershipCount buckets { key label partnershipCount partnershipIds governments { id name } partners { id } } }
  }`;

  it('counts the seeded partnerships by partner country, Japan and Korea among the largest', async () => {
    const { data, errors } = await runQuery(seeded.server, seeded.store, BREAKDOWN, { by: 'PARTNER_COUNTRY' });
    expect(errors).toBeUndefined();
    const { buckets, partnershipCount } = data!.breakdown;
    expect(partnershipCount).toBeGreaterThan(100);
    const counts = buckets.map((b: any) => b.partnershipCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(buckets.slice(0, 5).map((b: any) => b.key)).toEqual(expect.arrayContaining(['JP']));
    for (const b of buckets) {
      expect(b.partnershipIds).toHaveLength(b.partnershipCount);
      expect(b.governments.length).toBeGreaterThan(0);
    }
  });

  it('gives every dimension and answers BAD_USER_INPUT for an unknown province', async () => {
    for (const by of ['DECADE_SIGNED', 'YEAR_SIGNED', 'AGREEMENT_TYPE', 'FIELD', 'PROVINCE', 'INDONESIAN_LEVEL']) {
      const { data, errors } = await runQuery(seeded.server, seeded.store, BREAKDOWN, { by, filter: { asOf: 2010 } });
      expect(errors).toBeUndefined();
      expect(data!.breakdown.buckets.length).toBeGreaterThan(0);
    }
    const { errors } = await runQuery(seeded.server, seeded.store, BREAKDOWN, { by: 'FIELD', filter: { provinces: ['id-prov-atlantis'] } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
