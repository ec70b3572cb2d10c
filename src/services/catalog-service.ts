/**
 * Fact queries: governments, partnerships and their pages. Checks input, applies
 * defaults and turns store rows into connections; no GraphQL here.
 */
import { BadInputError } from '../domain/errors';
import type { Government, Partnership } from '../domain/model';
import type { GovernmentSort, GovernmentWhere, PartnershipSort, PartnershipWhere, Store, StoreReads } from '../store/store';
import { toConnection, toPage, type ConnectionShape } from './pagination';

const NAME_LIMIT = 200;

function checkText(what: string, text: string | undefined): void {
  if (text !== undefined && text.length > NAME_LIMIT)
    throw new BadInputError(`Expected "${what}" to be at most ${NAME_LIMIT} characters, got ${text.length}.`);
}

function checkCountries(codes: string[] | undefined): string[] | undefined {
  if (!codes) return undefined;
  for (const c of codes)
    if (!/^[A-Za-z]{2}$/.test(c))
      throw new BadInputError(`Expected country codes as ISO 3166-1 alpha-2 (e.g. "KR"), got "${c.slice(0, 20)}".`);
  return codes.map((c) => c.toUpperCase());
}

export class CatalogService {
  constructor(private readonly store: Store) {}

  async governments(
    where: GovernmentWhere = {},
    sort: GovernmentSort = { field: 'NAME', direction: 'ASC' },
    first?: number,
    after?: string | null,
    reads: StoreReads = this.store,
  ): Promise<ConnectionShape<Government>> {
    checkText('nameContains', where.nameContains);
    const clean = { ...stripUndefined(where), countryCodes: checkCountries(where.countryCodes) };
    const page = toPage(first, after);
    const rows = await reads.listGovernments(clean, sort, { offset: page.offset, limit: page.limit + 1 });
    return toConnection(rows, page, () => reads.countGovernments(clean));
  }

  async partnerships(
    where: PartnershipWhere = {},
    sort: PartnershipSort = { field: 'SIGNED_YEAR', direction: 'ASC' },
    first?: number,
    after?: string | null,
    reads: StoreReads = this.store,
  ): Promise<ConnectionShape<Partnership>> {
    checkText('nameContains', where.nameContains);
    if (where.signedYearFrom !== undefined && where.signedYearTo !== undefined && where.signedYearFrom > where.signedYearTo)
      throw new BadInputError(
        `Expected "signedYearFrom" (${where.signedYearFrom}) to be at most "signedYearTo" (${where.signedYearTo}).`,
      );
    const clean = { ...stripUndefined(where), countryCodes: checkCountries(where.countryCodes) };
    const page = toPage(first, after);
    const rows = await reads.listPartnerships(clean, sort, { offset: page.offset, limit: page.limit + 1 });
    return toConnection(rows, page, () => reads.countPartnerships(clean));
  }
}

/** GraphQL passes explicit nulls for omitted nullable inputs; the store port wants them absent. */
function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}
