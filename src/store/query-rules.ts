/**
 * The filter and sort rules of the Store port as pure functions over domain objects.
 * The embedded store runs them directly; the Neo4j store implements the same rules in
 * Cypher, and the contract suite checks that the two agree.
 */
import { confidenceRank, type Government, type Partnership } from '../domain/model';
import { governmentSearchText, normalizeText } from '../domain/text';
import type { GovernmentSort, GovernmentWhere, PartnershipSort, PartnershipWhere } from './store';

export interface GovernmentIndex {
  governments: Map<string, Government>;
  partnerships: Map<string, Partnership>;
  /** government id -> ids of partnerships it is party to */
  partnershipsOf: Map<string, string[]>;
}

/** Number of distinct other governments a government shares a partnership with. */
export function partnerCount(index: GovernmentIndex, id: string): number {
  const partners = new Set<string>();
  for (const pid of index.partnershipsOf.get(id) ?? []) {
    for (const other of index.partnerships.get(pid)?.partyIds ?? []) if (other !== id) partners.add(other);
  }
  return partners.size;
}

function inProvince(g: Government, provinceId: string): boolean {
  return g.id === provinceId || g.parentId === provinceId;
}

export function matchesGovernment(index: GovernmentIndex, g: Government, where: GovernmentWhere): boolean {
  if (where.nameContains !== undefined && !governmentSearchText(g).includes(normalizeText(where.nameContains))) return false;
  if (where.levels?.length && !where.levels.includes(g.level)) return false;
  if (where.countryCodes?.length && !where.countryCodes.includes(g.countryCode)) return false;
  if (where.provinceId !== undefined && !inProvince(g, where.provinceId)) return false;
  if (where.hasPartnerships !== undefined) {
    const has = (index.partnershipsOf.get(g.id)?.length ?? 0) > 0;
    if (has !== where.hasPartnerships) return false;
  }
  return true;
}

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Compute a key once per item for the duration of one sort. */
function memo<T extends object, K>(key: (t: T) => K): (t: T) => K {
  const cache = new Map<T, K>();
  return (t) => {
    let k = cache.get(t);
    if (k === undefined) cache.set(t, (k = key(t)));
    return k;
  };
}

export function compareGovernments(index: GovernmentIndex, sort: GovernmentSort) {
  const sign = sort.direction === 'ASC' ? 1 : -1;
  const name = memo((g: Government) => normalizeText(g.name));
  const count = memo((g: Government) => partnerCount(index, g.id));
  return (a: Government, b: Government): number => {
    if (sort.field === 'PARTNER_COUNT') {
      const byCount = sign * cmp(count(a), count(b));
      if (byCount !== 0) return byCount;
      return cmp(name(a), name(b)) || cmp(a.id, b.id);
    }
    return sign * (cmp(name(a), name(b)) || cmp(a.id, b.id));
  };
}

export function matchesPartnership(index: GovernmentIndex, p: Partnership, where: PartnershipWhere): boolean {
  const parties = p.partyIds.map((id) => index.governments.get(id)).filter((g): g is Government => g !== undefined);
  if (where.nameContains !== undefined) {
    const needle = normalizeText(where.nameContains);
    if (!parties.some((g) => governmentSearchText(g).includes(needle))) return false;
  }
  if (where.types?.length && !where.types.includes(p.type)) return false;
  if (where.statuses?.length && !where.statuses.includes(p.status)) return false;
  if (where.countryCodes?.length && !parties.some((g) => where.countryCodes!.includes(g.countryCode))) return false;
  if (where.provinceId !== undefined && !parties.some((g) => g.countryCode === 'ID' && inProvince(g, where.provinceId!)))
    return false;
  if (where.partyId !== undefined && !p.partyIds.includes(where.partyId)) return false;
  if (where.levels?.length && !parties.some((g) => where.levels!.includes(g.level))) return false;
  if (where.signedYearFrom !== undefined && (p.signedYear === null || p.signedYear < where.signedYearFrom)) return false;
  if (where.signedYearTo !== undefined && (p.signedYear === null || p.signedYear > where.signedYearTo)) return false;
  if (where.minConfidence !== undefined && confidenceRank(p.confidence) < confidenceRank(where.minConfidence)) return false;
  return true;
}

/** The name a partnership sorts by: its parties' normalised names joined in party order. */
export function partnershipSortName(index: Pick<GovernmentIndex, 'governments'>, p: Partnership): string {
  return p.partyIds.map((id) => normalizeText(index.governments.get(id)?.name ?? id)).join(' / ');
}

/** Signed year sorts with unknown years last in both directions, then by id. */
export function comparePartnerships(index: GovernmentIndex, sort: PartnershipSort) {
  const sign = sort.direction === 'ASC' ? 1 : -1;
  const sortName = memo((p: Partnership) => partnershipSortName(index, p));
  return (a: Partnership, b: Partnership): number => {
    if (sort.field === 'SIGNED_YEAR') {
      if (a.signedYear === null || b.signedYear === null) {
        if (a.signedYear !== b.signedYear) return a.signedYear === null ? 1 : -1;
      } else if (a.signedYear !== b.signedYear) return sign * cmp(a.signedYear, b.signedYear);
      return cmp(a.id, b.id);
    }
    return sign * (cmp(sortName(a), sortName(b)) || cmp(a.id, b.id));
  };
}

/** Partnerships of a government in the port's order: signed year ascending (unknown last), then id. */
export const PARTNERSHIPS_OF_ORDER: PartnershipSort = { field: 'SIGNED_YEAR', direction: 'ASC' };
