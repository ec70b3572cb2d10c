/**
 * Search in Neo4j: the full-text indexes (`government_names` on name and aliases,
 * `program_names` on program names, both with the `standard-folding` analyzer)
 * find candidates with a prefix query built from escaped search words (lucene.ts);
 * the shared rules (domain/search.ts) then match and rank them exactly as the
 * embedded store does. The candidate query ORs the words, so it always finds a
 * superset of what the rules accept.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Government } from '../../domain/model';
import { rankSearch, searchWords, type SearchHit } from '../../domain/search';
import { SEARCH_CANDIDATES } from './cypher';
import { prefixQuery } from './lucene';

/** The part of Neo4jStore that search uses. */
export interface Neo4jSearchHost {
  session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  guard<T>(work: () => Promise<T>): Promise<T>;
  governmentsByIds(ids: readonly string[]): Promise<(Government | null)[]>;
  partnershipsByIds(ids: readonly string[]): Promise<(import('../../domain/model').Partnership | null)[]>;
  programsOfPartnerships(ids: readonly string[]): Promise<import('../../domain/model').Program[][]>;
}


export async function searchNeo4j(host: Neo4jSearchHost, text: string, first: number): Promise<SearchHit[]> {
  const query = prefixQuery(searchWords(text), 'OR');
  if (query === null) return [];
  const record = await host.guard(() =>
    host.session('READ', async (tx) => (await tx.run(SEARCH_CANDIDATES, { query })).records[0]),
  );
  const governmentIds = record.get('governmentIds') as string[];
  const programIds = new Set(record.get('programIds') as string[]);
  const viaParties = record.get('viaParties') as string[];
  const programPartnershipIds = record.get('programPartnershipIds') as string[];

  const partnerships = (await host.partnershipsByIds(viaParties)).filter((p) => p !== null);
  const partyIds = new Set([...governmentIds, ...partnerships.flatMap((p) => p.partyIds)]);
  const governments = (await host.governmentsByIds([...partyIds])).filter((g) => g !== null);
  const byId = new Map(governments.map((g) => [g.id, g]));
  const programs = (await host.programsOfPartnerships(programPartnershipIds)).flat().filter((p) => programIds.has(p.id));
  return rankSearch(text, {
    governments: governmentIds.map((id) => byId.get(id)).filter((g) => g !== undefined),
    partnerships,
    programs,
    governmentById: (id) => byId.get(id),
  }, first);
}
