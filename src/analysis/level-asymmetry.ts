/**
 * Level asymmetry: classify each matching partnership by the levels of its
 * parties, because partners at different tiers of government (Bandung, a city,
 * with Seoul, a special city with the rank of a province) have different powers
 * and budgets, which the user's documents name as an obstacle.
 *
 * Each level falls in a tier:
 * - PROVINCE: first-level governments: PROVINCE, PREFECTURE, STATE, REGION,
 *   TERRITORY, CAPITAL_AUTHORITY, and the cities that rank as provinces in their
 *   country: SPECIAL_CITY (Seoul), METROPOLITAN_CITY (Busan), METROPOLITAN_MUNICIPALITY (Istanbul).
 * - CITY: CITY, MUNICIPALITY, AGGLOMERATION.
 * - REGENCY: REGENCY (kabupaten) and COUNTY.
 * - DISTRICT: DISTRICT (a ward inside a city).
 * - OTHER.
 * A two-party partnership's class is "<tier of the Indonesian party>_<tier of the
 * other>" (both sorted when neither or both are Indonesian), e.g. CITY_PROVINCE
 * for Bandung–Seoul; `sameTier` says whether the tiers agree. Partnerships with
 * more than two parties form the class MULTILATERAL. Each class also lists the
 * exact level pairs, so a reader who tiers differently can regroup.
 */
import type { GovernmentLevel, Partnership, Snapshot } from '../domain/model';
import { checkFilter, normalizeFilter, partnershipMatcher, type NetworkFilter } from './filter';
import { UnreachableCaseError } from '../domain/errors';

export const LEVEL_TIERS = ['PROVINCE', 'CITY', 'REGENCY', 'DISTRICT', 'OTHER'] as const;
export type LevelTier = (typeof LEVEL_TIERS)[number];

export function tierOf(level: GovernmentLevel): LevelTier {
  switch (level) {
    case 'PROVINCE':
    case 'PREFECTURE':
    case 'STATE':
    case 'REGION':
    case 'TERRITORY':
    case 'CAPITAL_AUTHORITY':
    case 'SPECIAL_CITY':
    case 'METROPOLITAN_CITY':
    case 'METROPOLITAN_MUNICIPALITY':
      return 'PROVINCE';
    case 'CITY':
    case 'MUNICIPALITY':
    case 'AGGLOMERATION':
      return 'CITY';
    case 'REGENCY':
    case 'COUNTY':
      return 'REGENCY';
    case 'DISTRICT':
      return 'DISTRICT';
    case 'OTHER':
      return 'OTHER';
    default:
      throw new UnreachableCaseError(level);
  }
}

export interface LevelPairCount {
  /** Exact levels, Indonesian party first (or sorted). */
  levels: [GovernmentLevel, GovernmentLevel];
  count: number;
}

export interface LevelClass {
  /** "CITY_PROVINCE", ..., or "MULTILATERAL". */
  key: string;
  /** Tier of the Indonesian (first) side; null for MULTILATERAL. */
  tier: LevelTier | null;
  /** Tier of the partner (second) side; null for MULTILATERAL. */
  partnerTier: LevelTier | null;
  sameTier: boolean | null;
  partnershipCount: number;
  partnershipIds: string[];
  /** Ids of the governments involved, sorted. */
  governmentIds: string[];
  levelPairs: LevelPairCount[];
}

export interface LevelAsymmetryResult {
  partnershipCount: number;
  /** Two-party partnerships whose parties are in different tiers. */
  mixedTierCount: number;
  /** Sorted by partnership count descending, then key. */
  classes: LevelClass[];
}

/** @throws BadInputError for an unknown country, province or field in the filter. */
export function levelAsymmetry(snapshot: Snapshot, filter: NetworkFilter | null | undefined = {}): LevelAsymmetryResult {
  const normalized = normalizeFilter(filter);
  checkFilter(snapshot, normalized);
  const matches = partnershipMatcher(snapshot, normalized);
  const byId = new Map(snapshot.governments.map((g) => [g.id, g]));
  const classes = new Map<string, LevelClass & { pairMap: Map<string, LevelPairCount> }>();
  let total = 0;
  let mixed = 0;
  for (const p of snapshot.partnerships) {
    if (!matches(p)) continue;
    const parties = partiesOf(p, byId);
    if (parties.length < 2) continue;
    total++;
    let key = 'MULTILATERAL';
    let tiers: [LevelTier, LevelTier] | null = null;
    let levels: [GovernmentLevel, GovernmentLevel] | null = null;
    if (parties.length === 2) {
      levels = [parties[0].level, parties[1].level];
      tiers = [tierOf(levels[0]), tierOf(levels[1])];
      key = `${tiers[0]}_${tiers[1]}`;
      if (tiers[0] !== tiers[1]) mixed++;
    }
    let c = classes.get(key);
    if (!c) {
      c = {
        key,
        tier: tiers?.[0] ?? null,
        partnerTier: tiers?.[1] ?? null,
        sameTier: tiers ? tiers[0] === tiers[1] : null,
        partnershipCount: 0,
        partnershipIds: [],
        governmentIds: [],
        levelPairs: [],
        pairMap: new Map(),
      };
      classes.set(key, c);
    }
    c.partnershipCount++;
    c.partnershipIds.push(p.id);
    for (const g of parties) if (!c.governmentIds.includes(g.id)) c.governmentIds.push(g.id);
    if (levels) {
      const pk = levels.join('\u0000');
      const pc = c.pairMap.get(pk) ?? { levels, count: 0 };
      pc.count++;
      c.pairMap.set(pk, pc);
    }
  }
  const list: LevelClass[] = [...classes.values()].map(({ pairMap, ...c }) => ({
    ...c,
    partnershipIds: c.partnershipIds.sort(),
    governmentIds: c.governmentIds.sort(),
    levelPairs: [...pairMap.values()].sort((a, b) => b.count - a.count || a.levels.join().localeCompare(b.levels.join())),
  }));
  list.sort((a, b) => b.partnershipCount - a.partnershipCount || a.key.localeCompare(b.key));
  return { partnershipCount: total, mixedTierCount: mixed, classes: list };
}

/** Known parties, Indonesian first; when both or neither are Indonesian, ordered by tier then id. */
function partiesOf(p: Partnership, byId: Map<string, Snapshot['governments'][number]>) {
  const parties = [...new Set(p.partyIds)].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const order = (g: (typeof parties)[number]) => `${g.countryCode === 'ID' ? 0 : 1}${LEVEL_TIERS.indexOf(tierOf(g.level))}${g.id}`;
  return parties.sort((a, b) => order(a).localeCompare(order(b)));
}
