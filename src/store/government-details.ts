/**
 * GovernmentDetails composed from the basic reads, for a store where each read is
 * cheap (the embedded store); the Neo4j store answers the same question in one statement.
 */
import type { Government, Program, Source } from '../domain/model';
import type { GovernmentDetails, GovernmentDetailsInclude, ReadUnit, StoreReads } from './store';

/** Does this include need the government's partnerships at all? */
export function needsPartnerships(include: GovernmentDetailsInclude): boolean {
  return include.partnerships || include.partners || include.programs || include.sources;
}

export async function composeGovernmentDetails(
  reads: StoreReads,
  ids: readonly string[],
  include: GovernmentDetailsInclude,
): Promise<(GovernmentDetails | null)[]> {
  const governments = await reads.governmentsByIds(ids);
  const found = governments.filter((g): g is Government => g !== null);
  const withPartnerships = needsPartnerships(include);
  const partnershipLists = withPartnerships ? await reads.partnershipsOfGovernments(found.map((g) => g.id)) : [];
  const partnershipsOf = new Map(found.map((g, i) => [g.id, partnershipLists[i] ?? []]));

  const partnerIdsOf = (g: Government) => [...new Set((partnershipsOf.get(g.id) ?? []).flatMap((p) => p.partyIds))].filter((id) => id !== g.id);
  const otherIds = new Set<string>();
  if (include.partners) for (const g of found) for (const id of partnerIdsOf(g)) otherIds.add(id);
  if (include.province) for (const g of found) if (g.parentId) otherIds.add(g.parentId);
  const others = new Map<string, Government>();
  const otherList = await reads.governmentsByIds([...otherIds]);
  for (const g of otherList) if (g) others.set(g.id, g);

  const allPartnerships = [...new Map([...partnershipsOf.values()].flat().map((p) => [p.id, p])).values()];
  const programLists = include.programs ? await reads.programsOfPartnerships(allPartnerships.map((p) => p.id)) : [];
  const programsById = new Map<string, Program[]>(allPartnerships.map((p, i) => [p.id, programLists[i] ?? []]));
  const urls = [...new Set(allPartnerships.flatMap((p) => p.sourceUrls))];
  const sourceList = include.sources ? await reads.sourcesByUrls(urls) : [];
  const sourcesByUrl = new Map(sourceList.filter((s): s is Source => s !== null).map((s) => [s.url, s]));

  return governments.map((g) => {
    if (!g) return null;
    const partnerships = partnershipsOf.get(g.id) ?? [];
    return {
      government: g,
      partnerships: withPartnerships ? partnerships : null,
      partners: include.partners ? partnerIdsOf(g).flatMap((id) => others.get(id) ?? []) : null,
      programsOf: include.programs ? new Map(partnerships.map((p) => [p.id, programsById.get(p.id) ?? []])) : null,
      sources: include.sources
        ? [...new Set(partnerships.flatMap((p) => p.sourceUrls))].flatMap((u) => sourcesByUrl.get(u) ?? [])
        : null,
      province: include.province && g.parentId ? (others.get(g.parentId) ?? null) : null,
    };
  });
}

/** A ReadUnit that passes every read to `reads` and has nothing to close. */
export function passThroughUnit(reads: StoreReads): ReadUnit {
  return {
    countries: () => reads.countries(),
    fields: () => reads.fields(),
    governmentsByIds: (ids) => reads.governmentsByIds(ids),
    governmentDetails: (ids, include) => reads.governmentDetails(ids, include),
    listGovernments: (where, sort, page) => reads.listGovernments(where, sort, page),
    countGovernments: (where) => reads.countGovernments(where),
    partnershipsByIds: (ids) => reads.partnershipsByIds(ids),
    partnershipsOfGovernments: (ids) => reads.partnershipsOfGovernments(ids),
    listPartnerships: (where, sort, page) => reads.listPartnerships(where, sort, page),
    countPartnerships: (where) => reads.countPartnerships(where),
    programsOfPartnerships: (ids) => reads.programsOfPartnerships(ids),
    sourcesByUrls: (urls) => reads.sourcesByUrls(urls),
    close: async () => undefined,
  };
}
