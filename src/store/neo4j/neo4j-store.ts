/**
 * The Neo4j store: the graph model of DESIGN.md in Neo4j 5.26, through neo4j-driver's
 * managed transactions. Every statement is in cypher.ts and takes $parameters only.
 * Driver errors that mean "the database is not there" become STORE_UNAVAILABLE; any
 * other driver error is a bug and is let through.
 */
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import type {
  AuditEntry,
  AuditFilter,
  NewGovernment,
  NewPartnership,
  NewProgram,
  NewSource,
  PartnershipChanges,
  WriteResult,
} from '../../domain/edits';
import { KotaKembarError, StoreUnavailableError } from '../../domain/errors';
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
import { importResult } from '../store';
import * as Q from './cypher';
import { searchNeo4j } from './neo4j-search';
import type { SearchHit } from '../../domain/search';
import { toAuditEntry, toCountry, toField, toGovernment, toPartnership, toProgram, toSource } from './mappers';
import {
  auditEntry,
  planGovernment,
  planPartnership,
  planPartnershipUpdate,
  planProgram,
  planRetirement,
  planSource,
  type WriteView,
} from '../write-rules';

type AuditDraft = Parameters<typeof auditEntry>[0];

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
    return importResult(dataset, version);
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

  async createPartnership(input: NewPartnership, who: string): Promise<WriteResult<Partnership>> {
    return this.audited(who, async (tx) => {
      const view = await loadView(tx, input.sourceUrls ?? []);
      const p = planPartnership(view, input);
      await writePartnership(tx, view, p);
      return { record: p, audit: { action: 'CREATE_PARTNERSHIP', entityType: 'PARTNERSHIP', entityId: p.id, before: null, after: p } };
    });
  }

  async updatePartnership(id: string, expectedVersion: number, changes: PartnershipChanges, who: string): Promise<WriteResult<Partnership>> {
    return this.audited(who, async (tx) => {
      const before = await partnershipIn(tx, id);
      const view = await loadView(tx, changes.sourceUrls ?? before?.sourceUrls ?? []);
      const p = planPartnershipUpdate(view, before, id, expectedVersion, changes);
      await writePartnership(tx, view, p);
      return { record: p, audit: { action: 'UPDATE_PARTNERSHIP', entityType: 'PARTNERSHIP', entityId: p.id, before, after: p } };
    });
  }

  async retirePartnership(
    id: string,
    expectedVersion: number,
    endedYear: number,
    note: string | null | undefined,
    who: string,
  ): Promise<WriteResult<Partnership>> {
    return this.audited(who, async (tx) => {
      const before = await partnershipIn(tx, id);
      const view = await loadView(tx, before?.sourceUrls ?? []);
      const p = planRetirement(view, before, id, expectedVersion, endedYear, note);
      await writePartnership(tx, view, p);
      return { record: p, audit: { action: 'RETIRE_PARTNERSHIP', entityType: 'PARTNERSHIP', entityId: p.id, before, after: p } };
    });
  }

  async addProgram(input: NewProgram, who: string): Promise<WriteResult<Program>> {
    return this.audited(who, async (tx) => {
      const pr = planProgram(await loadView(tx, input.sourceUrls ?? []), input);
      await tx.run(Q.IMPORT_PROGRAMS, { rows: [programRow(pr)] });
      return { record: pr, audit: { action: 'ADD_PROGRAM', entityType: 'PROGRAM', entityId: pr.id, before: null, after: pr } };
    });
  }

  async addSource(input: NewSource, who: string): Promise<WriteResult<Source>> {
    return this.audited(who, async (tx) => {
      const s = planSource(await loadView(tx, [(input.url ?? '').trim()]), input);
      await tx.run(Q.IMPORT_SOURCES, { rows: [sourceProps(s)] });
      return { record: s, audit: { action: 'ADD_SOURCE', entityType: 'SOURCE', entityId: s.url, before: null, after: s } };
    });
  }

  async addGovernment(input: NewGovernment, who: string): Promise<WriteResult<Government>> {
    return this.audited(who, async (tx) => {
      const g = planGovernment(await loadView(tx, []), input);
      await tx.run(Q.IMPORT_GOVERNMENTS, { rows: [{ id: g.id, props: governmentProps(g) }] });
      if (g.parentId) await tx.run(Q.LINK_PARENTS, { rows: [{ id: g.id, parentId: g.parentId }] });
      return { record: g, audit: { action: 'ADD_GOVERNMENT', entityType: 'GOVERNMENT', entityId: g.id, before: null, after: g } };
    });
  }

  async auditTrail(filter: AuditFilter, page: Page): Promise<AuditEntry[]> {
    const records = await this.read((tx) =>
      tx.run(Q.AUDIT_TRAIL, {
        entityId: filter.entityId ?? null,
        who: filter.who ?? null,
        action: filter.action ?? null,
        ...pageParams(page),
      }),
    );
    return records.map((r) => toAuditEntry(r.get('a')));
  }

  search(text: string, first: number): Promise<SearchHit[]> {
    return searchNeo4j(this, text, first);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * One write transaction: bump the data version first (its lock serialises writers),
   * do the work, record the audit entry. A throw anywhere rolls all of it back.
   */
  private async audited<T>(
    who: string,
    work: (tx: ManagedTransaction) => Promise<{ record: T; audit: AuditDraft }>,
  ): Promise<WriteResult<T>> {
    return this.guard(() =>
      this.session('WRITE', async (tx) => {
        const bumped = await tx.run(Q.BUMP_DATA_VERSION);
        const dataVersion = bumped.records[0]!.get('v') as number;
        const { record, audit } = await work(tx);
        const entry = auditEntry(audit, who, dataVersion, new Date());
        await tx.run(Q.CREATE_AUDIT_ENTRY, { props: entry });
        return { record, dataVersion, audit: entry };
      }),
    );
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
      if (err instanceof KotaKembarError) throw err;
      if (isUnavailable(err)) throw new StoreUnavailableError(undefined, { cause: err });
      throw err;
    }
  }
}

/** What the write rules need, read inside the write transaction. */
async function loadView(tx: ManagedTransaction, sourceUrls: readonly string[]): Promise<WriteView> {
  const countries = await tx.run(Q.ALL_COUNTRIES);
  const fields = await tx.run(Q.ALL_FIELDS);
  const governments = await tx.run(Q.ALL_GOVERNMENTS);
  const sources = await tx.run(Q.SOURCES_BY_URLS, { urls: [...new Set(sourceUrls)] });
  const partnershipIds = await tx.run(Q.ALL_PARTNERSHIP_IDS);
  const programIds = await tx.run(Q.ALL_PROGRAM_IDS);
  return {
    countries: countries.records.map((r) => toCountry(r.get('c'))),
    fields: fields.records.map((r) => toField(r.get('f'))),
    governments: governments.records.map((r) => toGovernment(r.get('g'))),
    sources: sources.records.map((r) => toSource(r.get('s'))),
    partnershipIds: new Set(partnershipIds.records[0]?.get('ids') as string[]),
    programIds: new Set(programIds.records[0]?.get('ids') as string[]),
  };
}

async function partnershipIn(tx: ManagedTransaction, id: string): Promise<Partnership | null> {
  const result = await tx.run(Q.PARTNERSHIPS_BY_IDS, { ids: [id] });
  return result.records[0] ? toPartnership(result.records[0]) : null;
}

async function writePartnership(tx: ManagedTransaction, view: WriteView, p: Partnership): Promise<void> {
  const governments = new Map(view.governments.map((g) => [g.id, g]));
  await tx.run(Q.IMPORT_PARTNERSHIPS, { rows: [partnershipRow(p, { governments })] });
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
