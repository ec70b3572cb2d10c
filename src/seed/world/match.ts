/**
 * Matching the world list's places to the dataset's governments (`npm run world:match`).
 *
 * Rules, applied to each distinct place (name + country) of the list:
 * 1. An override (`seed/world/overrides.tsv`) decides first: EXCLUDE (not a government:
 *    the place and its pairs leave the layer), NO_MATCH (kept as a world place of its own,
 *    with the reason) or MATCH (to the government named, with the reason).
 * 2. Candidates are the dataset's governments in the same country whose name, name
 *    without "Kota"/"Kabupaten", or an alias, equals the place's name or its base name
 *    ("Suzhou, Anhui" → "Suzhou"; "Wujiang (Suzhou)" and "Suzhou – Wujiang" → "Wujiang":
 *    a district is never its city), compared without case, accents and punctuation.
 * 3. A candidate must lie within `maxKm` of the place's geocoded point (40 km for
 *    cities and smaller, 100 km for regencies and counties, 1000 km for provinces,
 *    prefectures, states and regions, whose point is a centroid): two
 *    places of one name far apart are different governments (Ōsaki in Miyagi and Ōsaki
 *    in Kagoshima; Suzhou in Jiangsu and Suzhou in Anhui) and are never merged.
 *    A government whose own name carries a level word the place's name lacks
 *    ("Kyoto Prefecture" for "Kyoto", "La Rochelle (Communauté d'agglomération)" for
 *    "La Rochelle") is another level of government: OTHER_LEVEL, kept apart and listed.
 * 4. One candidate left: MATCHED. In Indonesia a bare name with both a kota and a
 *    kabupaten in range means the kota (English usage: "Bogor" is Kota Bogor); the
 *    kabupaten is reported as the alternative. Several left otherwise: AMBIGUOUS, kept
 *    as a world place and listed. Candidates by name but none in range: FAR, kept
 *    apart and listed. No candidate: UNMATCHED (a world place of its own).
 */
import type { Government, GovernmentLevel, Partnership } from '../../domain/model';
import { countryCodeOf, pagesOf, type Continent } from './countries';

export type MatchStatus = 'MATCHED' | 'MATCHED_OVERRIDE' | 'AMBIGUOUS' | 'FAR' | 'OTHER_LEVEL' | 'UNMATCHED' | 'NO_MATCH_OVERRIDE' | 'EXCLUDED';

export interface Override {
  name: string;
  country: string;
  decision: 'EXCLUDE' | 'NO_MATCH' | 'MATCH';
  governmentId: string | null;
  reason: string;
}

export interface MatchedPlace {
  id: string;
  name: string;
  /** Country as the list writes it. */
  country: string;
  countryCode: string;
  lat: number;
  lon: number;
  status: MatchStatus;
  governmentId: string | null;
  /** km from the place's point to the matched government's point. */
  distanceKm: number | null;
  /** What the reviewer should know: candidates, alternatives, override reasons. */
  note: string;
}

export interface MatchedTie {
  id: string;
  a: string;
  b: string;
  continents: Continent[];
  pageNote: string | null;
}

export interface DroppedRow {
  line: number;
  row: string;
  reason: string;
}

export interface MatchResult {
  places: MatchedPlace[];
  ties: MatchedTie[];
  dropped: DroppedRow[];
  /** Ties whose two ends are governments that already share a sourced partnership (the sourced row wins). */
  supersededTies: Array<{ tie: string; partnershipIds: string[] }>;
  /**
   * Ties from a matched government to a place kept apart whose name is that of one of the
   * government's sourced partners (Padang–"Suzhou" geocoded in Jiangsu, while the sourced
   * partner is Suzhou in Anhui): kept, but listed for review.
   */
  namesakeTies: Array<{ tie: string; governmentId: string; place: string; sourcedPartnerId: string }>;
}

const CITY_KM = 40;
const AREA_KM = 100;
const REGION_KM = 1000;
const REGION_LEVELS = new Set<GovernmentLevel>(['PROVINCE', 'PREFECTURE', 'STATE', 'REGION', 'TERRITORY', 'CAPITAL_AUTHORITY']);
const AREA_LEVELS = new Set<GovernmentLevel>(['REGENCY', 'COUNTY']);

/** Farthest a government of `level` may lie from the place's geocoded point to be the same (its point is a centroid or a seat). */
export function maxKm(level: GovernmentLevel): number {
  return REGION_LEVELS.has(level) ? REGION_KM : AREA_LEVELS.has(level) ? AREA_KM : CITY_KM;
}

/** Level words a government's own name carries that a city of the same name lacks ("Kyoto Prefecture" vs "Kyoto"). */
const LEVEL_WORDS = /\b(prefecture|province|state|region|agglomeration)\b/;

/** Lower case, no accents, punctuation as single spaces. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`ʻ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The name a place is matched by: "Suzhou, Anhui" → "Suzhou" (qualifier Anhui),
 * "Wujiang (Suzhou)" → "Wujiang", "Suzhou – Wujiang" → "Wujiang" (a district of Suzhou).
 */
export function baseName(name: string): { base: string; qualifier: string | null } {
  const dash = name.split(/\s+[–—-]\s+/);
  if (dash.length === 2) return { base: dash[1].trim(), qualifier: dash[0].trim() };
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  if (paren) return { base: paren[1].trim(), qualifier: paren[2].trim() };
  const comma = name.indexOf(',');
  if (comma > 0) return { base: name.slice(0, comma).trim(), qualifier: name.slice(comma + 1).trim() };
  return { base: name.trim(), qualifier: null };
}

function governmentKeys(g: Government): string[] {
  const keys = new Set<string>([fold(g.name)]);
  const stripped = g.name.replace(/^(Kota|Kabupaten|Kab\.)\s+/, '').replace(/\s*\([^)]*\)\s*$/, '');
  keys.add(fold(stripped));
  for (const a of g.aliases) keys.add(fold(a));
  keys.delete('');
  return [...keys];
}

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const a = Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

function slug(s: string): string {
  return fold(s).replace(/ /g, '-') || 'place';
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Match the list (`rows`: the geocoded CSV's rows without the header, with their
 * 1-based lines) against the dataset.
 */
export function matchWorld(
  rows: Array<{ line: number; cells: string[] }>,
  governments: Government[],
  partnerships: Partnership[],
  overrides: Override[],
): MatchResult {
  const dropped: DroppedRow[] = [];
  interface Raw { name: string; country: string; code: string; lat: number; lon: number }
  const places = new Map<string, Raw>();
  const keyOf = (name: string, country: string) => `${name}\u0000${country}`;
  const pairs: Array<{ a: string; b: string; listedUnder: string }> = [];

  for (const { line, cells } of rows) {
    if (cells.length !== 8) {
      dropped.push({ line, row: cells.join(','), reason: `expected 8 columns, got ${cells.length}` });
      continue;
    }
    const [n1, c1, la1, lo1, n2, c2, la2, lo2] = cells.map((c) => c.trim());
    const ends: Array<[string, string, string, string]> = [[n1, c1, la1, lo1], [n2, c2, la2, lo2]];
    let bad: string | null = null;
    const keys: string[] = [];
    for (const [name, country, lat, lon] of ends) {
      // A few rows leave the country empty and put it in the name ("Varna, Bulgaria", "American Samoa").
      const code = countryCodeOf(country) ?? (country === '' ? countryCodeOf(name.split(',').pop()!) : null);
      if (name === '') bad = 'a place has no name';
      else if (!code) bad = `country "${country}" of "${name}" is not recognised`;
      else if (!Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon)) || lat === '' || lon === '') bad = `"${name}" has no coordinates`;
      if (bad) break;
      const key = keyOf(name, country);
      if (!places.has(key)) places.set(key, { name, country, code: code!, lat: Number(lat), lon: Number(lon) });
      keys.push(key);
    }
    if (bad) {
      dropped.push({ line, row: cells.join(','), reason: bad });
      continue;
    }
    pairs.push({ a: keys[0], b: keys[1], listedUnder: places.get(keys[0])!.code });
  }

  // Governments by (country, folded name key).
  const byKey = new Map<string, Government[]>();
  for (const g of governments)
    for (const k of governmentKeys(g)) {
      const key = `${g.countryCode}\u0000${k}`;
      byKey.set(key, [...(byKey.get(key) ?? []), g]);
    }
  const governmentById = new Map(governments.map((g) => [g.id, g]));
  const overrideOf = new Map(overrides.map((o) => [keyOf(o.name, o.country), o]));

  // Stable ids: sorted by country code, then name.
  const sorted = [...places.entries()].sort(([, x], [, y]) => (x.code === y.code ? cmp(x.name, y.name) : cmp(x.code, y.code)));
  const taken = new Set<string>();
  const result = new Map<string, MatchedPlace>();
  for (const [key, p] of sorted) {
    let id = `w-${p.code.toLowerCase()}-${slug(p.name)}`;
    for (let n = 2; taken.has(id); n++) id = `w-${p.code.toLowerCase()}-${slug(p.name)}-${n}`;
    taken.add(id);
    const place: MatchedPlace = {
      id, name: p.name, country: p.country, countryCode: p.code, lat: p.lat, lon: p.lon,
      status: 'UNMATCHED', governmentId: null, distanceKm: null, note: '',
    };
    const o = overrideOf.get(key);
    if (o) {
      if (o.decision === 'EXCLUDE') Object.assign(place, { status: 'EXCLUDED', note: o.reason });
      else if (o.decision === 'NO_MATCH') Object.assign(place, { status: 'NO_MATCH_OVERRIDE', note: o.reason });
      else {
        const g = governmentById.get(o.governmentId ?? '');
        if (!g) throw new Error(`Override for "${o.name}" (${o.country}) names unknown government "${o.governmentId}".`);
        Object.assign(place, {
          status: 'MATCHED_OVERRIDE', governmentId: g.id, note: o.reason,
          distanceKm: g.lat != null && g.lon != null ? round1(haversineKm(p.lat, p.lon, g.lat, g.lon)) : null,
        });
      }
      result.set(key, place);
      continue;
    }
    const { base } = baseName(p.name);
    const names = new Set([fold(base)]);
    if (baseName(p.name).qualifier === null) names.add(fold(p.name));
    const candidates = [...new Set([...names].flatMap((n) => byKey.get(`${p.code}\u0000${n}`) ?? []))];
    if (candidates.length > 0) {
      const withDistance = candidates.map((g) => ({
        g,
        km: g.lat != null && g.lon != null ? haversineKm(p.lat, p.lon, g.lat, g.lon) : null,
      }));
      const sameLevel = withDistance.filter((c) => !LEVEL_WORDS.test(fold(c.g.name)) || LEVEL_WORDS.test(fold(p.name)));
      const inRange = sameLevel.filter((c) => c.km !== null && c.km <= maxKm(c.g.level));
      const describe = (cs: typeof withDistance) =>
        cs.map((c) => `${c.g.id} (${c.km === null ? 'no coordinates' : `${round1(c.km)} km`})`).join(', ');
      let chosen = inRange.length === 1 ? inRange[0] : null;
      let note = '';
      if (!chosen && inRange.length > 1 && p.code === 'ID') {
        const kota = inRange.filter((c) => c.g.level === 'CITY');
        if (kota.length === 1) {
          chosen = kota[0];
          note = `bare name read as the kota; also in range: ${describe(inRange.filter((c) => c !== chosen))}`;
        }
      }
      if (chosen) {
        Object.assign(place, { status: 'MATCHED', governmentId: chosen.g.id, distanceKm: round1(chosen.km!), note });
      } else if (inRange.length > 1) {
        Object.assign(place, { status: 'AMBIGUOUS', note: `several governments in range: ${describe(inRange)}` });
      } else if (sameLevel.length === 0) {
        Object.assign(place, { status: 'OTHER_LEVEL', note: `a government of another level shares the name (a city is not its prefecture or province): ${describe(withDistance)}` });
      } else {
        Object.assign(place, { status: 'FAR', note: `same name, too far to be the same government: ${describe(withDistance)}` });
      }
    }
    result.set(key, place);
  }

  // Ties: undirected, distinct, no self pairs, no excluded places.
  const ties = new Map<string, MatchedTie>();
  for (const { a, b, listedUnder } of pairs) {
    const pa = result.get(a)!;
    const pb = result.get(b)!;
    if (pa.status === 'EXCLUDED' || pb.status === 'EXCLUDED') continue;
    if (pa.id === pb.id) continue;
    const [x, y] = pa.id < pb.id ? [pa.id, pb.id] : [pb.id, pa.id];
    const id = `${x}--${y}`;
    const { continents, unsure } = pagesOf(listedUnder);
    const tie = ties.get(id);
    if (!tie) ties.set(id, { id, a: x, b: y, continents: [...continents], pageNote: unsure });
    else {
      for (const c of continents) if (!tie.continents.includes(c)) tie.continents.push(c);
      // Listed from both sides: a certain page on either side settles it.
      if (tie.pageNote && !unsure) tie.pageNote = null;
    }
  }
  const tieList = [...ties.values()].sort((x, y) => cmp(x.id, y.id));
  for (const t of tieList) t.continents.sort();

  // Ties duplicating a sourced partnership: the sourced row wins.
  const placeById = new Map([...result.values()].map((p) => [p.id, p]));
  const sourcedPairs = new Map<string, string[]>();
  for (const p of partnerships) {
    const ids = [...new Set(p.partyIds)].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const k = `${ids[i]}\u0000${ids[j]}`;
        sourcedPairs.set(k, [...(sourcedPairs.get(k) ?? []), p.id]);
      }
  }
  const supersededTies: MatchResult['supersededTies'] = [];
  for (const t of tieList) {
    const ga = placeById.get(t.a)!.governmentId;
    const gb = placeById.get(t.b)!.governmentId;
    if (!ga || !gb) continue;
    const [x, y] = ga < gb ? [ga, gb] : [gb, ga];
    const hit = sourcedPairs.get(`${x}\u0000${y}`);
    if (hit) supersededTies.push({ tie: t.id, partnershipIds: hit });
  }

  const partnersOf = new Map<string, Set<string>>();
  for (const p of partnerships)
    for (const a of p.partyIds) for (const b of p.partyIds) if (a !== b) partnersOf.set(a, (partnersOf.get(a) ?? new Set()).add(b));
  const namesakeTies: MatchResult['namesakeTies'] = [];
  for (const t of tieList) {
    const ends = [placeById.get(t.a)!, placeById.get(t.b)!];
    for (const [mine, other] of [ends, [ends[1], ends[0]]]) {
      if (!mine.governmentId || other.governmentId) continue;
      const otherName = fold(baseName(other.name).base);
      for (const partnerId of partnersOf.get(mine.governmentId) ?? []) {
        const partner = governmentById.get(partnerId);
        if (partner && partner.countryCode === other.countryCode && governmentKeys(partner).includes(otherName))
          namesakeTies.push({ tie: t.id, governmentId: mine.governmentId, place: other.id, sourcedPartnerId: partnerId });
      }
    }
  }

  return { places: [...result.values()].sort((x, y) => cmp(x.id, y.id)), ties: tieList, dropped, supersededTies, namesakeTies };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
