/**
 * The reads of the Neo4j store, over a `run` function: the store runs each statement in
 * its own read transaction, a request's ReadUnit runs them all in one (see neo4j-store.ts).
 * One statement per call; the mapping to domain objects happens here.
 */
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { confidenceRank, type Country, type Field, type Government, type Partnership, type Program, type Source } from '../../domain/model';
import { normalizeText } from '../../domain/text';
import type {
  GovernmentDetails,
  GovernmentDetailsInclude,
  GovernmentSort,
  GovernmentWhere,
  Page,
  PartnershipSort,
  PartnershipWhere,
  StoreReads,
} from '../store';
import * as Q from './cypher';
import { toCountry, toField, toGovernment, toPartnership, toPartnershipMap, toProgram, toProgramMap, toSource } from './mappers';

/** Run one read statement with $parameters and return its records. */
export type RunRead = (statement: string, params?: Record<string, unknown>) => Promise<Neo4jRecord[]>;

type Props = Record<string, unknown>;

function nullIfEmpty<T>(list: T[] | undefined): T[] | null {
  return list && list.length > 0 ? list : null;
}

export class Neo4jReads implements StoreReads {
  constructor(private readonly run: RunRead) {}

  async countries(): Promise<Country[]> {
    return (await this.run(Q.ALL_COUNTRIES)).map((r) => toCountry(r.get('c')));
  }

  async fields(): Promise<Field[]> {
    return (await this.run(Q.ALL_FIELDS)).map((r) => toField(r.get('f')));
  }

  async governmentsByIds(ids: readonly string[]): Promise<(Government | null)[]> {
    if (ids.length === 0) return [];
    const records = await this.run(Q.GOVERNMENTS_BY_IDS, { ids: [...new Set(ids)] });
    const byId = new Map(records.map((r) => toGovernment(r.get('g'))).map((g) => [g.id, g]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async governmentDetails(ids: readonly string[], include: GovernmentDetailsInclude): Promise<(GovernmentDetails | null)[]> {
    if (ids.length === 0) return [];
    const records = await this.run(Q.governmentDetailsQuery(include), { ids: [...new Set(ids)] });
    const withPartnerships = include.partnerships || include.partners || include.programs || include.sources;
    const byId = new Map<string, GovernmentDetails>();
    for (const r of records) {
      const government = toGovernment(r.get('g') as Props);
      const partnerships = withPartnerships ? (r.get('partnerships') as Props[]).map(toPartnershipMap) : null;
      let programsOf: Map<string, Program[]> | null = null;
      if (include.programs) {
        programsOf = new Map((partnerships ?? []).map((p) => [p.id, [] as Program[]]));
        for (const pr of (r.get('programs') as Props[]).map(toProgramMap)) programsOf.get(pr.partnershipId)?.push(pr);
        for (const list of programsOf.values()) list.sort(byStartYearThenId);
      }
      const province = include.province ? (r.get('province') as Props[]).map(toGovernment)[0] ?? null : null;
      byId.set(government.id, {
        government,
        partnerships,
        partners: include.partners ? (r.get('partners') as Props[]).map(toGovernment).sort(byId_) : null,
        programsOf,
        sources: include.sources ? (r.get('sources') as Props[]).map(toSource) : null,
        province,
      });
    }
    return ids.map((id) => byId.get(id) ?? null);
  }

  async listGovernments(where: GovernmentWhere, sort: GovernmentSort, page: Page): Promise<Government[]> {
    const records = await this.run(Q.listGovernmentsQuery(sort), { ...governmentParams(where), ...pageParams(page) });
    return records.map((r) => toGovernment(r.get('g')));
  }

  async countGovernments(where: GovernmentWhere): Promise<number> {
    return (await this.run(Q.COUNT_GOVERNMENTS, governmentParams(where)))[0]!.get('n') as number;
  }

  async partnershipsByIds(ids: readonly string[]): Promise<(Partnership | null)[]> {
    if (ids.length === 0) return [];
    const records = await this.run(Q.PARTNERSHIPS_BY_IDS, { ids: [...new Set(ids)] });
    const byId = new Map(records.map(toPartnership).map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async partnershipsOfGovernments(ids: readonly string[]): Promise<Partnership[][]> {
    if (ids.length === 0) return [];
    const records = await this.run(Q.PARTNERSHIPS_OF_GOVERNMENTS, { ids: [...new Set(ids)] });
    const groups = new Map<string, Partnership[]>();
    for (const r of records) {
      const gid = r.get('gid') as string;
      groups.set(gid, [...(groups.get(gid) ?? []), toPartnership(r)]);
    }
    for (const list of groups.values()) list.sort(bySignedYearThenId);
    return ids.map((id) => groups.get(id) ?? []);
  }

  async listPartnerships(where: PartnershipWhere, sort: PartnershipSort, page: Page): Promise<Partnership[]> {
    const records = await this.run(Q.listPartnershipsQuery(sort, where.partyId !== undefined), { ...partnershipParams(where), ...pageParams(page) });
    return records.map(toPartnership);
  }

  async countPartnerships(where: PartnershipWhere): Promise<number> {
    return (await this.run(Q.countPartnershipsQuery(where.partyId !== undefined), partnershipParams(where)))[0]!.get('n') as number;
  }

  async programsOfPartnerships(ids: readonly string[]): Promise<Program[][]> {
    if (ids.length === 0) return [];
    const records = await this.run(Q.PROGRAMS_OF_PARTNERSHIPS, { ids: [...new Set(ids)] });
    const groups = new Map<string, Program[]>();
    for (const r of records) {
      const pid = r.get('pid') as string;
      groups.set(pid, [...(groups.get(pid) ?? []), toProgram(r)]);
    }
    for (const list of groups.values()) list.sort(byStartYearThenId);
    return ids.map((id) => groups.get(id) ?? []);
  }

  async sourcesByUrls(urls: readonly string[]): Promise<(Source | null)[]> {
    if (urls.length === 0) return [];
    const records = await this.run(Q.SOURCES_BY_URLS, { urls: [...new Set(urls)] });
    const byUrl = new Map(records.map((r) => toSource(r.get('s'))).map((s) => [s.url, s]));
    return urls.map((u) => byUrl.get(u) ?? null);
  }
}

function byId_(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byStartYearThenId(a: Program, b: Program): number {
  return (a.startYear ?? Infinity) - (b.startYear ?? Infinity) || (a.id < b.id ? -1 : 1);
}

export function bySignedYearThenId(a: Partnership, b: Partnership): number {
  if (a.signedYear !== b.signedYear) {
    if (a.signedYear === null) return 1;
    if (b.signedYear === null) return -1;
    return a.signedYear - b.signedYear;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function pageParams(page: Page) {
  return { offset: neo4j.int(page.offset), limit: neo4j.int(page.limit) };
}

export function governmentParams(where: GovernmentWhere) {
  return {
    nameContains: where.nameContains === undefined ? null : normalizeText(where.nameContains),
    levels: nullIfEmpty(where.levels),
    countryCodes: nullIfEmpty(where.countryCodes),
    provinceId: where.provinceId ?? null,
    hasPartnerships: where.hasPartnerships ?? null,
  };
}

export function partnershipParams(where: PartnershipWhere) {
  return {
    nameContains: where.nameContains === undefined ? null : normalizeText(where.nameContains),
    types: nullIfEmpty(where.types),
    statuses: nullIfEmpty(where.statuses),
    countryCodes: nullIfEmpty(where.countryCodes),
    provinceId: where.provinceId ?? null,
    partyId: where.partyId ?? null,
    levels: nullIfEmpty(where.levels),
    signedYearFrom: where.signedYearFrom ?? null,
    signedYearTo: where.signedYearTo ?? null,
    minConfidenceRank: where.minConfidence === undefined ? null : confidenceRank(where.minConfidence),
  };
}
