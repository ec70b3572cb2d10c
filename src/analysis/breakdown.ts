/**
 * Breakdowns: the partnerships matching a NetworkFilter counted by one dimension,
 * with the governments behind each count, for charts.
 *
 * A partnership is counted once in every bucket it belongs to, so buckets of
 * PARTNER_COUNTRY, FIELD, PROVINCE and INDONESIAN_LEVEL may add up to more than
 * the total (a three-party agreement with Japan and Korea counts for both):
 * - PARTNER_COUNTRY: the country of each foreign party (ISO2 key, English name);
 * - DECADE_SIGNED / YEAR_SIGNED: the signing year's decade ("1990s") / year;
 *   partnerships with no known year go to the bucket "unknown";
 * - AGREEMENT_TYPE: the agreement type;
 * - FIELD: each field of cooperation listed ("none" when none is);
 * - PROVINCE: the province of each Indonesian party (the party itself when it is
 *   a province), by province id ("unknown" when the party has none);
 * - INDONESIAN_LEVEL: the level of each Indonesian party.
 * Each bucket lists the parties of its partnerships that made it fall there
 * (the foreign parties for PARTNER_COUNTRY, the Indonesian ones for PROVINCE and
 * INDONESIAN_LEVEL) and, as `partners`, the other parties.
 *
 * Buckets sort by partnership count descending then key, except DECADE_SIGNED and
 * YEAR_SIGNED, which run in time order with "unknown" last.
 */
import { UnreachableCaseError } from '../domain/errors';
import type { Government, Partnership, Snapshot } from '../domain/model';
import { checkFilter, normalizeFilter, partnershipMatcher, type NetworkFilter } from './filter';

export const BREAKDOWN_DIMENSIONS = [
  'PARTNER_COUNTRY',
  'DECADE_SIGNED',
  'YEAR_SIGNED',
  'AGREEMENT_TYPE',
  'FIELD',
  'PROVINCE',
  'INDONESIAN_LEVEL',
] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export const UNKNOWN_KEY = 'unknown';

export interface BreakdownBucket {
  key: string;
  label: string;
  partnershipCount: number;
  partnershipIds: string[];
  /** Ids of the parties that put the partnerships in this bucket, sorted. */
  governmentIds: string[];
  /** Ids of the other parties of those partnerships, sorted. */
  partnerIds: string[];
}

export interface Breakdown {
  dimension: BreakdownDimension;
  /** Matching partnerships (each counted once). */
  partnershipCount: number;
  buckets: BreakdownBucket[];
}

interface Placement {
  key: string;
  label: string;
  /** Parties behind this placement. */
  governments: Government[];
}

/**
 * The breakdown of the snapshot's partnerships matching `filter` by `dimension`.
 * @throws BadInputError for a filter naming unknown countries, provinces or fields.
 */
export function breakdown(snapshot: Snapshot, dimension: BreakdownDimension, filter?: NetworkFilter | null): Breakdown {
  const normalized = normalizeFilter(filter);
  checkFilter(snapshot, normalized);
  const matches = partnershipMatcher(snapshot, normalized);
  const byId = new Map(snapshot.governments.map((g) => [g.id, g]));
  const countryName = new Map(snapshot.countries.map((c) => [c.code, c.name]));
  const fieldLabel = new Map(snapshot.fields.map((f) => [f.code, f.labelEn]));

  const buckets = new Map<string, { label: string; partnerships: Set<string>; governments: Set<string>; partners: Set<string> }>();
  let total = 0;
  for (const p of snapshot.partnerships) {
    if (!matches(p)) continue;
    total++;
    const parties = p.partyIds.map((id) => byId.get(id)).filter((g): g is Government => g !== undefined);
    for (const place of placements(dimension, p, parties, { byId, countryName, fieldLabel })) {
      let bucket = buckets.get(place.key);
      if (!bucket) buckets.set(place.key, (bucket = { label: place.label, partnerships: new Set(), governments: new Set(), partners: new Set() }));
      bucket.partnerships.add(p.id);
      const behind = new Set(place.governments.map((g) => g.id));
      for (const g of parties) (behind.has(g.id) ? bucket.governments : bucket.partners).add(g.id);
    }
  }
  for (const b of buckets.values()) for (const id of b.governments) b.partners.delete(id);

  const list: BreakdownBucket[] = [...buckets.entries()].map(([key, b]) => ({
    key,
    label: b.label,
    partnershipCount: b.partnerships.size,
    partnershipIds: [...b.partnerships].sort(),
    governmentIds: [...b.governments].sort(),
    partnerIds: [...b.partners].sort(),
  }));
  const chronological = dimension === 'DECADE_SIGNED' || dimension === 'YEAR_SIGNED';
  list.sort((a, b) =>
    chronological
      ? Number(a.key === UNKNOWN_KEY) - Number(b.key === UNKNOWN_KEY) || cmp(a.key, b.key)
      : b.partnershipCount - a.partnershipCount || cmp(a.key, b.key),
  );
  return { dimension, partnershipCount: total, buckets: list };
}

interface Lookups {
  byId: Map<string, Government>;
  countryName: Map<string, string>;
  fieldLabel: Map<string, string>;
}

function placements(dimension: BreakdownDimension, p: Partnership, parties: Government[], l: Lookups): Placement[] {
  const indonesian = parties.filter((g) => g.countryCode === 'ID');
  const foreign = parties.filter((g) => g.countryCode !== 'ID');
  switch (dimension) {
    case 'PARTNER_COUNTRY':
      return groupBy(foreign, (g) => g.countryCode, (code) => l.countryName.get(code) ?? code);
    case 'DECADE_SIGNED': {
      if (p.signedYear === null) return [{ key: UNKNOWN_KEY, label: 'Year unknown', governments: parties }];
      const decade = `${Math.floor(p.signedYear / 10) * 10}s`;
      return [{ key: decade, label: decade, governments: parties }];
    }
    case 'YEAR_SIGNED': {
      const key = p.signedYear === null ? UNKNOWN_KEY : String(p.signedYear);
      return [{ key, label: p.signedYear === null ? 'Year unknown' : key, governments: parties }];
    }
    case 'AGREEMENT_TYPE':
      return [{ key: p.type, label: p.type, governments: parties }];
    case 'FIELD':
      if (p.fields.length === 0) return [{ key: 'none', label: 'No field recorded', governments: parties }];
      return [...new Set(p.fields)].map((f) => ({ key: f, label: l.fieldLabel.get(f) ?? f, governments: parties }));
    case 'PROVINCE':
      return groupBy(
        indonesian,
        (g) => provinceOf(g, l.byId)?.id ?? UNKNOWN_KEY,
        (id) => (id === UNKNOWN_KEY ? 'Province unknown' : (l.byId.get(id)?.name ?? id)),
      );
    case 'INDONESIAN_LEVEL':
      return groupBy(indonesian, (g) => g.level, (level) => level);
    default:
      throw new UnreachableCaseError(dimension);
  }
}

/** The Indonesian province a government is or lies in, if known. */
export function provinceOf(g: Government, byId: Map<string, Government>): Government | null {
  if (g.countryCode !== 'ID') return null;
  if (g.level === 'PROVINCE') return g;
  const parent = g.parentId ? byId.get(g.parentId) : undefined;
  return parent?.level === 'PROVINCE' ? parent : null;
}

function groupBy(governments: Government[], keyOf: (g: Government) => string, labelOf: (key: string) => string): Placement[] {
  const groups = new Map<string, Government[]>();
  for (const g of governments) {
    const key = keyOf(g);
    groups.set(key, [...(groups.get(key) ?? []), g]);
  }
  return [...groups.entries()].map(([key, gs]) => ({ key, label: labelOf(key), governments: gs }));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
