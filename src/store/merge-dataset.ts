/**
 * Upsert semantics of an import, shared by the stores: every record of `incoming`
 * replaces the record with the same key in `current` (MERGE by stable id); records
 * not in `incoming` are kept. Importing the same dataset twice gives the same result.
 */
import type { Dataset } from '../domain/model';

function upsert<T>(current: T[], incoming: T[], key: (t: T) => string): T[] {
  const byKey = new Map(current.map((t) => [key(t), t]));
  for (const t of incoming) byKey.set(key(t), t);
  return [...byKey.values()];
}

export function mergeDataset(current: Dataset, incoming: Dataset): Dataset {
  return {
    countries: upsert(current.countries, incoming.countries, (c) => c.code),
    fields: upsert(current.fields, incoming.fields, (f) => f.code),
    governments: upsert(current.governments, incoming.governments, (g) => g.id),
    partnerships: upsert(current.partnerships, incoming.partnerships, (p) => p.id),
    programs: upsert(current.programs, incoming.programs, (p) => p.id),
    sources: upsert(current.sources, incoming.sources, (s) => s.url),
  };
}
