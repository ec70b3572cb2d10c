/**
 * Per-request DataLoaders: a list of 100 governments with their partners costs one
 * list call plus one batched call per relation, however many items are asked for.
 */
import DataLoader from 'dataloader';
import type { Country, Field, Government, Partnership, Program, Source } from '../domain/model';
import type { Store } from '../store/store';

export interface Loaders {
  government: DataLoader<string, Government | null>;
  partnership: DataLoader<string, Partnership | null>;
  partnershipsOf: DataLoader<string, Partnership[]>;
  programsOf: DataLoader<string, Program[]>;
  source: DataLoader<string, Source | null>;
  /** The field vocabulary, loaded once per request. */
  fields: () => Promise<Map<string, Field>>;
  /** Countries by code, loaded once per request. */
  countries: () => Promise<Map<string, Country>>;
}

export function createLoaders(store: Store): Loaders {
  let fields: Promise<Map<string, Field>> | null = null;
  let countries: Promise<Map<string, Country>> | null = null;
  return {
    government: new DataLoader((ids) => store.governmentsByIds(ids)),
    partnership: new DataLoader((ids) => store.partnershipsByIds(ids)),
    partnershipsOf: new DataLoader((ids) => store.partnershipsOfGovernments(ids)),
    programsOf: new DataLoader((ids) => store.programsOfPartnerships(ids)),
    source: new DataLoader((urls) => store.sourcesByUrls(urls)),
    fields: () => (fields ??= store.fields().then((list) => new Map(list.map((f) => [f.code, f])))),
    countries: () => (countries ??= store.countries().then((list) => new Map(list.map((c) => [c.code, c])))),
  };
}
