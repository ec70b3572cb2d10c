/**
 * NetworkFilter: which partnerships enter the partnership network.
 *
 * A partnership matches when it passes every criterion that is set (criteria
 * combine with AND; values inside one criterion combine with OR):
 * - `asOf` (year): signed on or before `asOf` and not ended by then (`endedYear`
 *   null or after `asOf`). What happens to a partnership with no known
 *   `signedYear` is `undated`'s choice: EXCLUDE (the default) leaves it out,
 *   because nothing says it existed in that year; INCLUDE keeps it (unless its
 *   `endedYear` is on or before `asOf`). Without `asOf`, `undated` changes nothing.
 *   Ending is read from `endedYear` only: a partnership whose status is ENDED but
 *   whose end year is unknown still counts for past years.
 * - `signedFrom` (year): signed in or after `signedFrom` ("since 2000"). A
 *   partnership with no known `signedYear` is again `undated`'s choice. With
 *   `asOf` it makes a window: signed from `signedFrom` to `asOf`.
 * - `agreementTypes`, `statuses`: the partnership's type / status is one of them.
 * - `countries` (ISO2): at least one party is a government of one of them.
 * - `indonesianLevels`: at least one Indonesian party has one of these levels.
 * - `provinces` (government ids): at least one party is that province or lies in
 *   it (its `parentId` is the province).
 * - `fields`: the partnership lists at least one of these field codes.
 * - `minConfidence`: the partnership's confidence is at least this grade.
 *   Defaults to MEDIUM: LOW rows are leads, stored and listed but never counted
 *   in a figure unless asked for with `minConfidence: LOW`.
 * - `scope`: INDONESIA (the default) is the dataset's own partnerships; WORLD adds the
 *   world layer's ties (src/domain/world.ts) around them. World ties are LOW confidence
 *   by construction and `minConfidence` does not remove them: choosing WORLD is choosing
 *   to count them. They have no year, type, field or source, so `asOf` and `signedFrom` (unless
 *   `undated` is INCLUDE), `agreementTypes` and `fields` leave them out, and `statuses` keeps them only when it lists UNKNOWN;
 *   `countries`, `indonesianLevels` and `provinces` apply to their ends as to a
 *   partnership's parties. A world tie between two governments that share a sourced
 *   partnership is never counted: the sourced row wins (docs/decisions.md).
 *
 * `normalizeFilter` fills these defaults in, so a filter that leaves them out and
 * one that spells them out select the same partnerships and share a cache key.
 */
import { BadInputError } from '../domain/errors';
import {
  confidenceRank,
  type Confidence,
  type IndonesianLevel,
  type Partnership,
  type PartnershipStatus,
  type PartnershipType,
  type Snapshot,
} from '../domain/model';

export interface NetworkFilter {
  asOf?: number | null;
  /** Signed in or after this year. */
  signedFrom?: number | null;
  agreementTypes?: PartnershipType[] | null;
  statuses?: PartnershipStatus[] | null;
  countries?: string[] | null;
  indonesianLevels?: IndonesianLevel[] | null;
  provinces?: string[] | null;
  fields?: string[] | null;
  minConfidence?: Confidence | null;
  /** What `asOf` and `signedFrom` do with partnerships of unknown signing year. Defaults to EXCLUDE. */
  undated?: UndatedPolicy | null;
  /** INDONESIA (default): the dataset's partnerships; WORLD: plus the world layer's ties. */
  scope?: NetworkScope | null;
}

export const NETWORK_SCOPES = ['INDONESIA', 'WORLD'] as const;
export type NetworkScope = (typeof NETWORK_SCOPES)[number];

export const UNDATED_POLICIES = ['EXCLUDE', 'INCLUDE'] as const;
export type UndatedPolicy = (typeof UNDATED_POLICIES)[number];

/** The defaults `normalizeFilter` fills in. */
export const DEFAULT_MIN_CONFIDENCE: Confidence = 'MEDIUM';
export const DEFAULT_UNDATED: UndatedPolicy = 'EXCLUDE';

/** Lists a message may name at most this many known values, so an error stays readable. */
const MAX_LISTED = 12;

function uniqueSorted<T extends string>(values: readonly T[] | null | undefined): T[] | undefined {
  if (values == null) return undefined;
  return [...new Set(values)].sort();
}

/**
 * The filter with every list deduplicated and sorted, country codes upper-cased,
 * unset criteria removed and the defaults filled in (`minConfidence` MEDIUM,
 * `undated` EXCLUDE). Two filters selecting the same partnerships by the same
 * criteria normalise to the same value.
 */
export function normalizeFilter(filter: NetworkFilter | null | undefined): NetworkFilter {
  const f = filter ?? {};
  const out: NetworkFilter = {};
  if (f.asOf != null) out.asOf = f.asOf;
  if (f.signedFrom != null) out.signedFrom = f.signedFrom;
  const types = uniqueSorted(f.agreementTypes);
  if (types) out.agreementTypes = types;
  const statuses = uniqueSorted(f.statuses);
  if (statuses) out.statuses = statuses;
  const countries = uniqueSorted(f.countries?.map((c) => c.trim().toUpperCase()));
  if (countries) out.countries = countries;
  const levels = uniqueSorted(f.indonesianLevels);
  if (levels) out.indonesianLevels = levels;
  const provinces = uniqueSorted(f.provinces);
  if (provinces) out.provinces = provinces;
  const fields = uniqueSorted(f.fields);
  if (fields) out.fields = fields;
  out.minConfidence = f.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  out.undated = f.undated ?? DEFAULT_UNDATED;
  // INDONESIA is the default and is left out, so it shares cache keys with filters that omit scope.
  if (f.scope === 'WORLD') out.scope = 'WORLD';
  return out;
}

/**
 * A canonical string for caching: equal for filters that `normalizeFilter` makes equal.
 * @example filterKey({ countries: ['kr', 'JP'] }) === filterKey({ countries: ['JP', 'KR', 'KR'] })
 */
export function filterKey(filter: NetworkFilter | null | undefined): string {
  const f = normalizeFilter(filter);
  // Fixed key order, so the string does not depend on how the object was built.
  const ordered = ['asOf', 'signedFrom', 'agreementTypes', 'statuses', 'countries', 'indonesianLevels', 'provinces', 'fields', 'minConfidence', 'undated', 'scope']
    .filter((k) => (f as Record<string, unknown>)[k] !== undefined)
    .map((k) => [k, (f as Record<string, unknown>)[k]]);
  return JSON.stringify(Object.fromEntries(ordered));
}

function unknownValues(kind: string, unknown: string[], known: string[]): BadInputError {
  const listed = known.length <= MAX_LISTED ? ` Known values: ${known.join(', ')}.` : '';
  const quoted = unknown.map((u) => `"${u}"`).join(', ');
  return new BadInputError(`Unknown ${kind} ${quoted} in the network filter.${listed}`);
}

/**
 * Check a filter against the snapshot it will run on.
 * @throws BadInputError naming an unknown country code, province id or field code, or a malformed country code.
 */
export function checkFilter(snapshot: Snapshot, filter: NetworkFilter): void {
  if (filter.countries) {
    const malformed = filter.countries.filter((c) => !/^[A-Z]{2}$/.test(c));
    if (malformed.length > 0)
      throw new BadInputError(
        `Expected ISO 3166-1 alpha-2 country codes (two letters, like "JP") in "countries", got ${malformed.map((c) => `"${c}"`).join(', ')}.`,
      );
    const known = new Set(snapshot.countries.map((c) => c.code));
    for (const g of snapshot.governments) known.add(g.countryCode);
    const unknown = filter.countries.filter((c) => !known.has(c));
    if (unknown.length > 0) throw unknownValues('country code', unknown, [...known].sort());
  }
  if (filter.provinces) {
    const ids = new Set(snapshot.governments.map((g) => g.id));
    const unknown = filter.provinces.filter((p) => !ids.has(p));
    if (unknown.length > 0)
      throw new BadInputError(
        `Unknown government id ${unknown.map((u) => `"${u}"`).join(', ')} in "provinces"; expected province ids like "id-prov-jawa-barat".`,
      );
  }
  if (filter.fields && snapshot.fields.length > 0) {
    const codes = new Set(snapshot.fields.map((f) => f.code));
    const unknown = filter.fields.filter((f) => !codes.has(f));
    if (unknown.length > 0) throw unknownValues('field code', unknown, [...codes].sort());
  }
  if (filter.asOf != null && (!Number.isInteger(filter.asOf) || filter.asOf < 1000 || filter.asOf > 9999))
    throw new BadInputError(`Expected "asOf" to be a four-digit year, got ${filter.asOf}.`);
  if (filter.signedFrom != null && (!Number.isInteger(filter.signedFrom) || filter.signedFrom < 1000 || filter.signedFrom > 9999))
    throw new BadInputError(`Expected "signedFrom" to be a four-digit year, got ${filter.signedFrom}.`);
  if (filter.signedFrom != null && filter.asOf != null && filter.signedFrom > filter.asOf)
    throw new BadInputError(`Expected "signedFrom" (${filter.signedFrom}) to be no later than "asOf" (${filter.asOf}).`);
}

/**
 * A predicate selecting the partnerships a (normalised, checked) filter matches.
 * Government lookups go through `governments` (id → government).
 */
export function partnershipMatcher(
  snapshot: Snapshot,
  filter: NetworkFilter,
): (p: Partnership) => boolean {
  const otherCriteria = otherCriteriaMatcher(snapshot, filter);
  const minRank = filter.minConfidence != null ? confidenceRank(filter.minConfidence) : null;
  const asOf = filter.asOf ?? null;
  const signedFrom = filter.signedFrom ?? null;
  const includeUndated = filter.undated === 'INCLUDE';

  return (p) => {
    if (minRank !== null && confidenceRank(p.confidence) < minRank) return false;
    if (asOf !== null) {
      if (p.signedYear === null ? !includeUndated : p.signedYear > asOf) return false;
      if (p.endedYear !== null && p.endedYear <= asOf) return false;
    }
    if (signedFrom !== null && (p.signedYear === null ? !includeUndated : p.signedYear < signedFrom)) return false;
    return otherCriteria(p);
  };
}

/**
 * A predicate for the criteria other than confidence and time (`asOf`/`undated`):
 * types, statuses, countries, levels, provinces, fields. `analysisBasis` counts
 * a partnership failing these as FILTERED.
 */
export function otherCriteriaMatcher(
  snapshot: Snapshot,
  filter: NetworkFilter,
): (p: Partnership) => boolean {
  const byId = new Map(snapshot.governments.map((g) => [g.id, g]));
  const types = filter.agreementTypes ? new Set(filter.agreementTypes) : null;
  const statuses = filter.statuses ? new Set(filter.statuses) : null;
  const countries = filter.countries ? new Set(filter.countries) : null;
  const levels = filter.indonesianLevels ? new Set<string>(filter.indonesianLevels) : null;
  const provinces = filter.provinces ? new Set(filter.provinces) : null;
  const fields = filter.fields ? new Set(filter.fields) : null;

  return (p) => {
    if (types && !types.has(p.type)) return false;
    if (statuses && !statuses.has(p.status)) return false;
    if (fields && !p.fields.some((f) => fields.has(f))) return false;
    const parties = p.partyIds.map((id) => byId.get(id));
    if (countries && !parties.some((g) => g && countries.has(g.countryCode))) return false;
    if (levels && !parties.some((g) => g && g.countryCode === 'ID' && levels.has(g.level))) return false;
    if (provinces && !parties.some((g) => g && (provinces.has(g.id) || (g.parentId !== null && provinces.has(g.parentId)))))
      return false;
    return true;
  };
}
