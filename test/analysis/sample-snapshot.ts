/**
 * One small hand-made snapshot for the analysis tests: Bandung (city) and Jawa
 * Barat (province) with partners in Korea and Japan, a regency, a trilateral
 * agreement, an undated tie, an ended tie and a second agreement on one pair.
 */
import type { Government, Partnership, Snapshot } from '../../src/domain/model';

function gov(id: string, name: string, level: Government['level'], countryCode: string, parentId: string | null = null): Government {
  return { id, name, level, localType: level, countryCode, parentId, admin1: null, kemendagriCode: null, lat: null, lon: null, aliases: [] };
}

function tie(id: string, partyIds: string[], extra: Partial<Partnership> = {}): Partnership {
  return {
    id,
    type: 'SISTER_CITY',
    status: 'ACTIVE',
    signedYear: 2000,
    signedYearAlternatives: [],
    endedYear: null,
    fields: ['education'],
    confidence: 'HIGH',
    partyIds,
    sourceUrls: ['https://example.org'],
    note: null,
    version: 1,
    ...extra,
  };
}

export function sampleSnapshot(dataVersion = 1): Snapshot {
  return {
    dataVersion,
    countries: [
      { code: 'ID', name: 'Indonesia', nameId: 'Indonesia' },
      { code: 'KR', name: 'South Korea', nameId: null },
      { code: 'JP', name: 'Japan', nameId: null },
    ],
    fields: [
      { code: 'education', labelEn: 'Education', labelId: 'Pendidikan' },
      { code: 'tourism', labelEn: 'Tourism', labelId: 'Pariwisata' },
    ],
    governments: [
      gov('id-prov-jawa-barat', 'Jawa Barat', 'PROVINCE', 'ID'),
      gov('id-kota-bandung', 'Bandung', 'CITY', 'ID', 'id-prov-jawa-barat'),
      gov('id-kab-bogor', 'Kabupaten Bogor', 'REGENCY', 'ID', 'id-prov-jawa-barat'),
      gov('id-kota-surabaya', 'Surabaya', 'CITY', 'ID'),
      gov('kr-seoul', 'Seoul', 'SPECIAL_CITY', 'KR'),
      gov('kr-gyeongsangbuk-do', 'Gyeongsangbuk-do', 'PROVINCE', 'KR'),
      gov('jp-pref-kyoto', 'Kyoto Prefecture', 'PREFECTURE', 'JP'),
      gov('jp-kochi', 'Kochi', 'CITY', 'JP'),
      gov('jp-unused', 'Unused', 'CITY', 'JP'),
    ],
    partnerships: [
      tie('id-kota-bandung--kr-seoul', ['id-kota-bandung', 'kr-seoul'], { signedYear: 2013, type: 'MOU' }),
      tie('id-kota-bandung--kr-seoul-2', ['id-kota-bandung', 'kr-seoul'], { signedYear: 2015, fields: ['tourism'] }),
      tie('id-prov-jawa-barat--kr-gyeongsangbuk-do', ['id-prov-jawa-barat', 'kr-gyeongsangbuk-do'], { type: 'SISTER_PROVINCE', signedYear: 1997 }),
      tie('id-prov-jawa-barat--jp-pref-kyoto', ['id-prov-jawa-barat', 'jp-pref-kyoto'], { type: 'SISTER_PROVINCE', signedYear: null, confidence: 'LOW' }),
      tie('id-kota-surabaya--jp-kochi', ['id-kota-surabaya', 'jp-kochi'], { signedYear: 1997, endedYear: 2005, status: 'ENDED' }),
      tie('id-kota-surabaya--kr-seoul', ['id-kota-surabaya', 'kr-seoul'], { signedYear: 2010, confidence: 'MEDIUM' }),
      tie('trilateral', ['id-kab-bogor', 'jp-kochi', 'kr-gyeongsangbuk-do'], { type: 'OTHER', signedYear: 2020, status: 'UNKNOWN' }),
    ],
    programs: [],
    sources: [],
  };
}

/**
 * The sample snapshot with `n` extra governments in a ring with chords; the ties keep the
 * first sample tie's signed year unless `signedYear` gives one for each extra government.
 */
export function ringSnapshot(n: number, signedYear?: (i: number) => number): (version: number) => Snapshot {
  return (version: number): Snapshot => {
    const s = sampleSnapshot(version);
    const ids = Array.from({ length: n }, (_, i) => `x-${String(i).padStart(6, '0')}`);
    s.countries.push({ code: 'XX', name: 'Test', nameId: null });
    for (const id of ids) s.governments.push({ ...s.governments[0], id, name: id, countryCode: 'XX', parentId: null });
    ids.forEach((id, i) => {
      const year = signedYear ? { signedYear: signedYear(i) } : {};
      s.partnerships.push({ ...s.partnerships[0], id: `p${i}`, ...year, partyIds: [id, ids[(i * 7 + 13) % n]] });
      s.partnerships.push({ ...s.partnerships[0], id: `q${i}`, ...year, partyIds: [id, ids[(i + 1) % n]] });
    });
    return s;
  };
}
