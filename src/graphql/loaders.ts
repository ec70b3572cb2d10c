/**
 * Per-request DataLoaders over the request's ReadUnit: on Neo4j every read of one
 * request runs in one read transaction on one session (opened at the first read,
 * committed when the response is sent, see `closeReadsPlugin`). A government lookup
 * compiles what its selection needs into one `governmentDetails` read, which primes
 * the other loaders, so `government(id) { partners partnerships { programs sources } }`
 * is one statement. Failures reject the loads (STORE_UNAVAILABLE, TIMEOUT): a resolver
 * never turns them into an empty list.
 */
import DataLoader from 'dataloader';
import type { Country, Field, Government, Partnership, Program, Source } from '../domain/model';
import type { GovernmentDetails, GovernmentDetailsInclude, ReadUnit, Store } from '../store/store';

export interface Loaders {
  /** The request's reads (one transaction on Neo4j); services take it for their store reads. */
  reads: ReadUnit;
  government: DataLoader<string, Government | null>;
  /** A government with what `include` names, in one read; primes the other loaders. */
  details(include: GovernmentDetailsInclude): DataLoader<string, GovernmentDetails | null>;
  partnership: DataLoader<string, Partnership | null>;
  partnershipsOf: DataLoader<string, Partnership[]>;
  programsOf: DataLoader<string, Program[]>;
  source: DataLoader<string, Source | null>;
  /** The field vocabulary, loaded once per request. */
  fields: () => Promise<Map<string, Field>>;
  /** Countries by code, loaded once per request. */
  countries: () => Promise<Map<string, Country>>;
  /** End the request's reads (idempotent; later reads run on their own). */
  close(): Promise<void>;
}

export function createLoaders(store: Store): Loaders {
  const reads = store.readUnit();
  let fields: Promise<Map<string, Field>> | null = null;
  let countries: Promise<Map<string, Country>> | null = null;
  const government = new DataLoader<string, Government | null>((ids) => reads.governmentsByIds(ids));
  const partnership = new DataLoader<string, Partnership | null>((ids) => reads.partnershipsByIds(ids));
  const partnershipsOf = new DataLoader<string, Partnership[]>((ids) => reads.partnershipsOfGovernments(ids));
  const programsOf = new DataLoader<string, Program[]>((ids) => reads.programsOfPartnerships(ids));
  const source = new DataLoader<string, Source | null>((urls) => reads.sourcesByUrls(urls));

  const prime = (d: GovernmentDetails): void => {
    government.prime(d.government.id, d.government);
    if (d.partnerships) {
      partnershipsOf.prime(d.government.id, d.partnerships);
      for (const p of d.partnerships) partnership.prime(p.id, p);
    }
    for (const g of d.partners ?? []) government.prime(g.id, g);
    if (d.programsOf) for (const [id, list] of d.programsOf) programsOf.prime(id, list);
    for (const s of d.sources ?? []) source.prime(s.url, s);
    if (d.province) government.prime(d.province.id, d.province);
  };
  const detailLoaders = new Map<string, DataLoader<string, GovernmentDetails | null>>();
  const details = (include: GovernmentDetailsInclude) => {
    const key = JSON.stringify([include.partnerships, include.partners, include.programs, include.sources, include.province]);
    let loader = detailLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await reads.governmentDetails(ids, include);
        for (const d of found) if (d) prime(d);
        return found;
      });
      detailLoaders.set(key, loader);
    }
    return loader;
  };

  return {
    reads,
    government,
    details,
    partnership,
    partnershipsOf,
    programsOf,
    source,
    fields: () => (fields ??= reads.fields().then((list) => new Map(list.map((f) => [f.code, f])))),
    countries: () => (countries ??= reads.countries().then((list) => new Map(list.map((c) => [c.code, c])))),
    close: () => reads.close(),
  };
}

/** Throw the first failed load of a loadMany instead of dropping it (a failure is never an empty list). */
export function unwrapMany<T>(results: ReadonlyArray<T | Error>): T[] {
  for (const r of results) if (r instanceof Error) throw r;
  return results as T[];
}

/**
 * Apollo plugin: end each request's reads when its response is ready. Not awaited: the
 * commit of a read transaction changes nothing the client waits for.
 */
export const closeReadsPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }: { contextValue: { loaders?: Pick<Loaders, 'close'> } }) {
        void contextValue.loaders?.close().catch(() => undefined);
      },
    };
  },
};
