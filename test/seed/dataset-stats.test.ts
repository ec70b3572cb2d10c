import type { Dataset, Government, Partnership } from '../../src/domain/model';
import { computeDatasetStats } from '../../src/seed/dataset-stats';
import { validateDataset } from '../../src/seed/validate-dataset';

const gov = (id: string, level: Government['level'], countryCode: string): Government => ({
  id, name: id, level, localType: level, countryCode, parentId: null, admin1: null, kemendagriCode: null, lat: 0, lon: 0, aliases: [],
});
const ship = (id: string, partyIds: string[], over: Partial<Partnership> = {}): Partnership => ({
  id, partyIds, type: 'SISTER_CITY', status: 'ACTIVE', signedYear: null, signedYearAlternatives: [], endedYear: null,
  fields: [], confidence: 'HIGH', sourceUrls: ['https://example.org/'], note: null, version: 1, ...over,
});

/** Two kota, one kabupaten, one province, the capital authority; partners in KR and JP. */
const dataset: Dataset = {
  countries: [], fields: [], programs: [], sources: [],
  governments: [
    gov('id-kota-a', 'CITY', 'ID'), gov('id-kota-b', 'CITY', 'ID'), gov('id-kota-idle', 'CITY', 'ID'),
    gov('id-kab-c', 'REGENCY', 'ID'), gov('id-prov-d', 'PROVINCE', 'ID'), gov('id-otorita-ikn', 'CAPITAL_AUTHORITY', 'ID'),
    gov('kr-x', 'CITY', 'KR'), gov('jp-y', 'CITY', 'JP'),
  ],
  partnerships: [
    ship('a-x', ['id-kota-a', 'kr-x'], { signedYear: 1992 }),
    ship('b-y', ['id-kota-b', 'jp-y'], { type: 'OTHER', signedYear: 1999 }),
    ship('c-x', ['id-kab-c', 'kr-x'], { confidence: 'LOW', signedYear: 2005 }),
    ship('d-y', ['id-prov-d', 'jp-y'], { type: 'SISTER_PROVINCE', status: 'DORMANT' }),
    ship('ikn-x', ['id-otorita-ikn', 'kr-x'], { type: 'MOU', confidence: 'MEDIUM', signedYear: 2023 }),
  ],
};

describe('computeDatasetStats', () => {
  const stats = computeDatasetStats(dataset);
  const coverage = (key: string) => stats.coverage.find((c) => c.basis.key === key)!;

  it('counts governments with partners by level, for every type', () => {
    expect(coverage('ALL_TYPES').byLevel).toEqual({ CITY: 2, REGENCY: 1, PROVINCE: 1, CAPITAL_AUTHORITY: 1 });
    expect(coverage('ALL_TYPES').total).toBe(5);
  });

  it('leaves out OTHER ties, and then LOW rows, when the basis says so', () => {
    expect(coverage('EXCLUDING_OTHER').byLevel).toEqual({ CITY: 1, REGENCY: 1, PROVINCE: 1, CAPITAL_AUTHORITY: 1 });
    expect(coverage('EXCLUDING_OTHER').basis.countedTypes).not.toContain('OTHER');
    expect(coverage('EXCLUDING_OTHER_AND_LOW').byLevel).toEqual({ CITY: 1, REGENCY: 0, PROVINCE: 1, CAPITAL_AUTHORITY: 1 });
  });

  it('breaks partnerships down by country, type, status, decade and confidence', () => {
    expect(stats.partnershipsByCountry).toEqual([{ key: 'KR', count: 3 }, { key: 'JP', count: 2 }]);
    expect(stats.partnershipsByType.find((t) => t.key === 'SISTER_CITY')?.count).toBe(2);
    expect(stats.partnershipsByType.find((t) => t.key === 'LETTER_OF_INTENT')?.count).toBe(0);
    expect(stats.partnershipsByStatus.find((t) => t.key === 'DORMANT')?.count).toBe(1);
    expect(stats.partnershipsByDecade).toEqual([
      { key: 1990, count: 2 }, { key: 2000, count: 1 }, { key: 2020, count: 1 }, { key: null, count: 1 },
    ]);
    expect(stats.partnershipsByConfidence).toEqual([{ key: 'LOW', count: 1 }, { key: 'MEDIUM', count: 1 }, { key: 'HIGH', count: 3 }]);
  });
});

describe('validateDataset on data that did not come from files', () => {
  it('locates problems at the line each row would have in a written seed', () => {
    const problems = validateDataset({ ...dataset, partnerships: [ship('bad', ['id-kota-a', 'id-kota-a'])] }, { requireCoordinates: false });
    const self = problems.find((p) => p.code === 'SELF_PARTNERSHIP');
    expect(self).toMatchObject({ file: 'partnerships.tsv', line: 2 });
  });
});
