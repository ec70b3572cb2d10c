/**
 * The Neo4j store: the graph model of DESIGN.md in Neo4j 5.26, through neo4j-driver's
 * managed transactions. Every statement is in cypher.ts and takes $parameters only.
 * Driver errors that mean "the database is not there" become STORE_UNAVAILABLE; any
 * other driver error is a bug and is let through.
 */
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { StoreUnavailableError } from '../../domain/errors';
import {
  confidenceRank,
  type Country,
  type Dataset,
  type Field,
  type Government,
  type Partnership,
  type Program,
  type Snapshot,
  type Source,
} from '../../domain/model';
import { governmentSearchText, normalizeText } from '../../domain/text';
import { partnershipSortName } from '../query-rules';
import type {
  GovernmentSort,
  GovernmentWhere,
  ImportResult,
  Page,
  PartnershipSort,
  PartnershipWhere,
  Store,
} from '../store';
import * as Q from './cypher';
import { toCountry, toField, toGovernment, toPartnership, toProgram, toSource } from './mappers';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  /** Database name; defaults to "neo4j". */
  database?: string;
  /** How long to wait for a connection before answering STORE_UNAVAILABLE. Defaults to 3000 ms. */
  connectionTimeoutMs?: number;
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Does this driver error mean the database cannot be reached right now? */
export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string; retriable?: boolean; message?: string };
  if (!e || typeof e !== 'object') return false;
  if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
  if (e.retriable === true) return true;
  return /connect|ECONNREFUSED|acquisition timed out|Pool is closed/i.test(e.message ?? '');
}

function nullIfEmpty<T>(list: T[] | undefined): T[] | null {
  return list && list.length > 0 ? list : null;
}

export class Neo4jStore implements Store {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly database: string;

  constructor(options: Neo4jStoreOptions) {
    const timeoutMs = options.connectionTimeoutMs ?? 3000;
    this.database = options.database ?? 'neo4j';
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      connectionTimeout: timeoutMs,
      connectionAcquisitionTimeout: timeoutMs,
      maxTransactionRetryTime: timeoutMs,
      logging: { level: 'error', logger: () => undefined },
    });
  }

  async init(): Promise<void> {
    await this.guard(async () => {
      for (const statement of Q.SCHEMA_STATEMENTS) {
        await this.driver.executeQuery(statement, {}, { database: this.database, routing: neo4j.routing.WRITE });
      }
    });
  }

  async ping(): Promise<void> {
    await this.read((tx) => tx.run(Q.PING));
  }

  async dataVersion(): Promise<number> {
    const records = await this.read((tx) => tx.run(Q.DATA_VERSION));
    return records[0]?.get('v') as number;
  }

  async isEmpty(): Promise<boolean> {
    const records = await this.read((tx) => tx.run(Q.IS_EMPTY));
    return records[0]?.get('empty') as boolean;
  }

  async snapshot(): Promise<Snapshot> {
    return this.guard(() =>
      this.session('READ', async (tx) => {
        // One statement at a time: a transaction runs its statements in order anyway.
        const version = await tx.run(Q.DATA_VERSION);
        const countries = await tx.run(Q.ALL_COUNTRIES);
        const fields = await tx.run(Q.ALL_FIELDS);
        const governments = await tx.run(Q.ALL_GOVERNMENTS);
        const partnerships = await tx.run(Q.ALL_PARTNERSHIPS);
        const programs = await tx.run(Q.ALL_PROGRAMS);
        const sources = await tx.run(Q.ALL_SOURCES);
        return {
          dataVersion: version.records[0]?.get('v') as number,
          countries: countries.records.map((r) => toCountry(r.get('c'))),
          fields: fields.records.map((r) => toField(r.get('f'))),
          governments: governments.records.map((r) => toGovernment(r.get('g'))),
          partnerships: partnerships.records.map(toPartnership),
          programs: programs.records.map(toProgram),
          sources: sources.records.map((r) => toSource(r.get('s'))),
        };
      }),
    );
  }

  async importDataset(dataset: Dataset): Promise<ImportResult> {
    const known = new Map<string, Government>();
    for (const g of (await this.snapshot()).governments) known.set(g.id, g);
    for (const g of dataset.governments) known.set(g.id, g);
    const version = await this.guard(() =>
      this.session('WRITE', async (tx) => {
        await tx.run(Q.IMPORT_COUNTRIES, { rows: dataset.countries.map(countryProps) });
        await tx.run(Q.IMPORT_FIELDS, { rows: dataset.fields.map(fieldProps) });
        await tx.run(Q.IMPORT_SOURCES, { rows: dataset.sources.map(sourceProps) });
        await tx.run(Q.IMPORT_GOVERNMENTS, { rows: dataset.governments.map((g) => ({ id: g.id, props: governmentProps(g) })) });
        await tx.run(Q.LINK_PARENTS, {
          rows: dataset.governments.filter((g) => g.parentId).map((g) => ({ id: g.id, parentId: g.parentId })),
        });
        await tx.run(Q.IMPORT_PARTNERSHIPS, {
          rows: dataset.partnerships.map((p) => partnershipRow(p, { governments: known })),
        });
        await tx.run(Q.IMPORT_PROGRAMS, { rows: dataset.programs.map(programRow) });
        const bumped = await tx.run(Q.BUMP_DATA_VERSION);
        return bumped.records[0]!.get('v') as number;
      }),
    );
    return {
      countries: dataset.countries.length,
      fields: dataset.fields.length,
      governments: dataset.governments.length,
      partnerships: dataset.partnerships.length,
      programs: dataset.programs.length,
      sources: dataset.sources.length,
      dataVersion: version,
    };
  }

  async countries(): Promise<Country[]> {
    const records = await this.read((tx) => tx.run(Q.ALL_COUNTRIES));
    return records.map((r) => toCountry(r.get('c')));
  }

  async fields(): Promise<Field[]> {
    const records = await this.read((tx) => tx.run(Q.ALL_FIELDS));
    return records.map((r) => toField(r.get('f')));
  }

  async governmentsByIds(ids: readonly string[]): Promise<(Government | null)[]> {
    const records = await this.read((tx) => tx.run(Q.GOVERNMENTS_BY_IDS, { ids: [...new Set(ids)] }));
    const byId = new Map(records.map((r) => toGovernment(r.get('g'))).map((g) => [g.id, g]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async listGovernments(where: GovernmentWhere, sort: GovernmentSort, page: Page): Promise<Government[]> {
    const records = await this.read((tx) =>
      tx.run(Q.listGovernmentsQuery(sort), { ...governmentParams(where), ...pageParams(page) }),
    );
    return records.map((r) => toGovernment(r.get('g')));
  }

  async countGovernments(where: GovernmentWhere): Promise<number> {
    const records = await this.read((tx) => tx.run(Q.COUNT_GOVERNMENTS, governmentParams(where)));
    return records[0]!.get('n') as number;
  }

  async partnershipsByIds(ids: readonly string[]): Promise<(Partnership | null)[]> {
    const records = await this.read((tx) => tx.run(Q.PARTNERSHIPS_BY_IDS, { ids: [...new Set(ids)] }));
    const byId = new Map(records.map(toPartnership).map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async partnershipsOfGovernments(ids: readonly string[]): Promise<Partnership[][]> {
    const records = await this.read((tx) => tx.run(Q.PARTNERSHIPS_OF_GOVERNMENTS, { ids: [...new Set(ids)] }));
    const groups = new Map<string, Partnership[]>();
    for (const r of records) {
      const gid = r.get('gid') as string;
      groups.set(gid, [...(groups.get(gid) ?? []), toPartnership(r)]);
    }
    for (const list of groups.values()) list.sort(bySignedYearThenId);
    return ids.map((id) => groups.get(id) ?? []);
  }

  async listPartnerships(where: PartnershipWhere, sort: PartnershipSort, page: Page): Promise<Partnership[]> {
    const records = await this.read((tx) =>
      tx.run(Q.listPartnershipsQuery(sort), { ...partnershipParams(where), ...pageParams(page) }),
    );
    return records.map(toPartnership);
  }

  async countPartnerships(where: PartnershipWhere): Promise<number> {
    const records = await this.read((tx) => tx.run(Q.COUNT_PARTNERSHIPS, partnershipParams(where)));
    return records[0]!.get('n') as number;
  }

  async programsOfPartnerships(ids: readonly string[]): Promise<Program[][]> {
    const records = await this.read((tx) => tx.run(Q.PROGRAMS_OF_PARTNERSHIPS, { ids: [...new Set(ids)] }));
    const groups = new Map<string, Program[]>();
    for (const r of records) {
      const pid = r.get('pid') as string;
      groups.set(pid, [...(groups.get(pid) ?? []), toProgram(r)]);
    }
    for (const list of groups.values())
      list.sort((a, b) => (a.startYear ?? Infinity) - (b.startYear ?? Infinity) || (a.id < b.id ? -1 : 1));
    return ids.map((id) => groups.get(id) ?? []);
  }

  async sourcesByUrls(urls: readonly string[]): Promise<(Source | null)[]> {
    const records = await this.read((tx) => tx.run(Q.SOURCES_BY_URLS, { urls: [...new Set(urls)] }));
    const byUrl = new Map(records.map((r) => toSource(r.get('s'))).map((s) => [s.url, s]));
    return urls.map((u) => byUrl.get(u) ?? null);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** Run work in a managed transaction; the driver retries it, so it must be idempotent. */
  async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  private async read(
    work: (tx: ManagedTransaction) => Promise<{ records: import('neo4j-driver').Record<RecordShape>[] }>,
  ) {
    return this.guard(async () => (await this.session('READ', work)).records);
  }

  /** Translate "database not reachable" into StoreUnavailableError, keeping the cause. */
  async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (isUnavailable(err)) throw new StoreUnavailableError(undefined, { cause: err });
      throw err;
    }
  }
}

function bySignedYearThenId(a: Partnership, b: Partnership): number {
  if (a.signedYear !== b.signedYear) {
    if (a.signedYear === null) return 1;
    if (b.signedYear === null) return -1;
    return a.signedYear - b.signedYear;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function pageParams(page: Page) {
  return { offset: neo4j.int(page.offset), limit: neo4j.int(page.limit) };
}

function governmentParams(where: GovernmentWhere) {
  return {
    nameContains: where.nameContains === undefined ? null : normalizeText(where.nameContains),
    levels: nullIfEmpty(where.levels),
    countryCodes: nullIfEmpty(where.countryCodes),
    provinceId: where.provinceId ?? null,
    hasPartnerships: where.hasPartnerships ?? null,
  };
}

function partnershipParams(where: PartnershipWhere) {
  return {
    nameContains: where.nameContains === undefined ? null : normalizeText(where.nameContains),
    types: nullIfEmpty(where.types),
    statuses: nullIfEmpty(where.statuses),
    countryCodes: nullIfEmpty(where.countryCodes),
    provinceId: where.provinceId ?? null,
    partyId: where.partyId ?? null,
    signedYearFrom: where.signedYearFrom ?? null,
    signedYearTo: where.signedYearTo ?? null,
    minConfidenceRank: where.minConfidence === undefined ? null : confidenceRank(where.minConfidence),
  };
}

function countryProps(c: Country) {
  return { code: c.code, name: c.name, nameId: c.nameId };
}
function fieldProps(f: Field) {
  return { code: f.code, labelEn: f.labelEn, labelId: f.labelId };
}
function sourceProps(s: Source) {
  return { url: s.url, kind: s.kind, title: s.title, publisher: s.publisher, accessed: s.accessed };
}

export function governmentProps(g: Government) {
  return {
    id: g.id,
    name: g.name,
    level: g.level,
    localType: g.localType,
    countryCode: g.countryCode,
    parentId: g.parentId,
    admin1: g.admin1,
    kemendagriCode: g.kemendagriCode,
    lat: g.lat,
    lon: g.lon,
    aliases: g.aliases,
    aliasText: g.aliases.join(' \n '),
    searchText: governmentSearchText(g),
    sortName: normalizeText(g.name),
  };
}

export function partnershipRow(p: Partnership, index: { governments: Map<string, Government> }) {
  return {
    id: p.id,
    partyIds: p.partyIds,
    sourceUrls: p.sourceUrls,
    props: {
      id: p.id,
      type: p.type,
      status: p.status,
      signedYear: p.signedYear,
      signedYearAlternativesJson: JSON.stringify(p.signedYearAlternatives),
      endedYear: p.endedYear,
      fields: p.fields,
      confidence: p.confidence,
      confidenceRank: confidenceRank(p.confidence),
      note: p.note,
      version: p.version,
      sortName: partnershipSortName(index, p),
    },
  };
}

export function programRow(pr: Program) {
  return {
    id: pr.id,
    sourceUrls: pr.sourceUrls,
    props: {
      id: pr.id,
      partnershipId: pr.partnershipId,
      name: pr.name,
      startYear: pr.startYear,
      endYear: pr.endYear,
      fields: pr.fields,
      summary: pr.summary,
    },
  };
}
