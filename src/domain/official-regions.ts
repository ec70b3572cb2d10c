/**
 * The official list of Indonesian provinces and regencies/cities (Kemendagri codes),
 * read from the CSV files that the `idn-area-data` package ships. The package is
 * ESM-only, so its CSV files are read directly instead of importing it. Reference data
 * shipped with a package, like the ISO country list the rules also use: the domain may read
 * it (it imports nothing from the rest of src).
 * Data: ODbL (see seed/SOURCES.md).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IndonesianLevel } from './model';

export interface OfficialRegion {
  /** "32" for a province, "32.73" for a regency or city. */
  code: string;
  /** Official name: "Jawa Barat", "Kota Bandung", "Kabupaten Bogor". */
  name: string;
  level: IndonesianLevel;
  /** Province code ("32"); a province's own code for provinces. */
  provinceCode: string;
}

export interface OfficialRegions {
  byCode: ReadonlyMap<string, OfficialRegion>;
  all: readonly OfficialRegion[];
}

/** Reads the official region list from idn-area-data's CSV files (no network). */
export function loadOfficialRegions(): OfficialRegions {
  const dataDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
  const all: OfficialRegion[] = [];
  for (const [code, name] of readCsv(join(dataDir, 'provinces.csv'))) {
    all.push({ code, name, level: 'PROVINCE', provinceCode: code });
  }
  for (const [code, provinceCode, name] of readCsv(join(dataDir, 'regencies.csv'))) {
    all.push({ code, name, level: name.startsWith('Kota ') ? 'CITY' : 'REGENCY', provinceCode });
  }
  return { byCode: new Map(all.map((r) => [r.code, r])), all };
}

let cachedRegions: OfficialRegions | undefined;

/** The official Kemendagri region list, read once per process. */
export function officialRegions(): OfficialRegions {
  cachedRegions ??= loadOfficialRegions();
  return cachedRegions;
}

function readCsv(file: string): string[][] {
  // The package's CSVs are simple: no quoted commas in these two files.
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(',').map((c) => c.trim()));
}

/** Short forms used in this dataset for the two special-region provinces. */
const PROVINCE_SHORT_FORMS: Record<string, string> = {
  'Daerah Khusus Ibukota Jakarta': 'DKI Jakarta',
  'Daerah Istimewa Yogyakarta': 'DI Yogyakarta',
};

/** The names a region may be written as in the seed: its official name and, for DKI/DIY, the short form. */
export function acceptedNames(region: OfficialRegion): string[] {
  const short = PROVINCE_SHORT_FORMS[region.name];
  return short ? [region.name, short] : [region.name];
}

/** Lower-cases and strips accents, punctuation and repeated spaces, for name comparison. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Regions whose name equals `name` (ignoring case, accents and punctuation). */
export function findRegionsByName(regions: OfficialRegions, name: string): OfficialRegion[] {
  const n = normalizeName(name);
  return regions.all.filter((r) => acceptedNames(r).some((a) => normalizeName(a) === n));
}

/**
 * The official regions whose names are closest to `name` (Levenshtein distance on
 * normalised names), best first, at most `limit` (default 3).
 */
export function closestRegions(regions: OfficialRegions, name: string, limit = 3): OfficialRegion[] {
  const n = normalizeName(name);
  return regions.all
    .map((r) => ({ r, d: Math.min(...acceptedNames(r).map((a) => levenshtein(n, normalizeName(a)))) }))
    .sort((a, b) => a.d - b.d || a.r.code.localeCompare(b.r.code))
    .slice(0, limit)
    .map((x) => x.r);
}

/** Edit distance between two strings (insert, delete, substitute each cost 1). */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** "did you mean "Kota Bandung" (32.73) or "Kota Bandar Lampung" (18.71)?" */
export function suggestionText(candidates: readonly OfficialRegion[]): string {
  if (candidates.length === 0) return '';
  const parts = candidates.map((r) => `"${r.name}" (${r.code})`);
  const last = parts.pop();
  return ` did you mean ${parts.length ? `${parts.join(', ')} or ${last}` : last}?`;
}
