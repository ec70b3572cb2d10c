/**
 * The Neo4j store: the graph model of DESIGN.md in Neo4j 5.26, through neo4j-driver's
 * managed transactions. Every statement is in cypher.ts and takes $parameters only.
 * Driver errors that mean "the database is not there" become STORE_UNAVAILABLE; any
 * other driver error is a bug and is let through.
 */
import { LRUCache } from 'lru-cache';
import neo4j, { int, type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session, type Transaction } from 'neo4j-driver';
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
import { KotaKembarError, StoreTimeoutError, StoreUnavailableError } from '../../domain/errors';
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
  GovernmentDetails,
  GovernmentDetailsInclude,
  GovernmentSort,
  GovernmentWhere,
  ImportResult,
  Page,
  PartnershipSort,
  PartnershipWhere,
  ReadUnit,
  SeedImport,
  Store,
  WorldImportResult,
} from '../store';
import { importResult } from '../store';
import { checkWorldTies, type WorldLayer, type WorldNetwork } from '../../domain/world';
import * as Q from './cypher';
import * as W from './world-cypher';
import * as S from './snapshot-cypher';
import { searchNeo4j } from './neo4j-search';
import type { SearchHit } from '../../domain/search';
import { toAuditEntry, toCountry, toField, toGovernment, toPartnership, toSource } from './mappers';
import { Neo4jReads, pageParams, type RunRead } from './neo4j-reads';
import type { ReleaseStamp, StoredRelease } from '../../domain/release';
import type { SeedBase } from '../../domain/reseed';
import {
  auditEntry,
  planGovernment,
  planPartnership,
  planPartnershipUpdate,
  planProgram,
  planRetirement,
  planSource,
  type WriteView,
  type WriteNeeds,
  needsOfGovernment,
  needsOfNewPartnership,
  needsOfPartnershipChange,
  needsOfProgram,
  needsOfSource,
} from '../write-rules';

type AuditDraft = Parameters<typeof auditEntry>[0];

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  /** Database name; defaults to "neo4j". */
  database?: string;
  /** How long to wait for a connection to open before answering STORE_UNAVAILABLE. Defaults to 3000 ms. */
  connectionTimeoutMs?: number;
  /** Most connections the driver keeps open to Neo4j. Defaults to 100 (the driver's default). */
  maxPoolSize?: number;
  /** How long a statement waits for a free pooled connection before STORE_UNAVAILABLE. Defaults to connectionTimeoutMs. */
  acquisitionTimeoutMs?: number;
  /** Longest a transaction may run before Neo4j stops it and the caller gets TIMEOUT; 0 = no limit. Defaults to 10,000 ms. */
  transactionTimeoutMs?: number;
  /**
   * Bytes of fact-read answers kept per data version (an LRU); 0 turns it off. Answers are
   * keyed by the data version, so they are as fresh as `dataVersion()`. Defaults to 32 MiB.
   */
  readCacheBytes?: number;
  /**
   * How long a data version read is reused before asking Neo4j again, in ms; this
   * store's own writes update it at once. 0 reads it every time. Defaults to 250 ms.
   */
  versionRefreshMs?: number;
}

/** Attempts of a snapshot read whose failure the driver calls transient. */
const SNAPSHOT_ATTEMPTS = 3;

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.TransactionTimedOut',
]);

/** Did Neo4j stop this transaction because it ran past its timeout? */
export function isTimeout(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  if (!e || typeof e !== 'object') return false;
  if (e.code && TIMEOUT_CODES.has(e.code)) return true;
  return /transaction has been terminated.*timeout|timed out/i.test(e.message ?? '') && !/acquisition/i.test(e.message ?? '');
}

/** Does this driver error mean the database cannot be reached right now? */
export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string; retriable?: boolean; message?: string };
  if (!e || typeof e !== 'object') return false;
  if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
  if (e.retriable === true) return true;
  return /connect|ECONNREFUSED|acquisition timed out|Pool is closed/i.test(e.message ?? '');
}

export class Neo4jStore implements Store {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly database: string;
  private readonly transactionTimeoutMs: number;
  private readonly versionRefreshMs: number;
  /** How long transient failures are retried (the driver's maxTransactionRetryTime). */
  private readonly retryMs: number;
  /** Reads, one auto-committed read transaction per statement. */
  private readonly reads: Neo4jReads;
  /** The data version last read or written, with its epoch (cypher.ts BUMP_DATA_VERSION). */
  private version: { value: number; epoch: string | null; at: number } | null = null;
  private versionRead: Promise<number> | null = null;
  /** Bumped by this store's writes, so a version read that started before one is not kept. */
  private versionGeneration = 0;
  private readonly readCache: LRUCache<string, Neo4jRecord[]> | null;
  /**
   * The last snapshot read, with the epoch of its data version: kept current by reading only
   * the records written since (SNAPSHOT_CHANGES). Its records are frozen: every caller shares them.
   */
  private held: { snapshot: Snapshot; epoch: string | null } | null = null;
  /** The snapshot read in flight (changes, or the whole), shared by the callers of that moment. */
  private refreshing: Promise<Snapshot> | null = null;

  constructor(options: Neo4jStoreOptions) {
    const timeoutMs = options.connectionTimeoutMs ?? 3000;
    this.database = options.database ?? 'neo4j';
    this.transactionTimeoutMs = options.transactionTimeoutMs ?? 10_000;
    this.versionRefreshMs = options.versionRefreshMs ?? 250;
    this.retryMs = timeoutMs;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      connectionTimeout: timeoutMs,
      connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? timeoutMs,
      maxConnectionPoolSize: options.maxPoolSize ?? 100,
      maxTransactionRetryTime: timeoutMs,
      logging: { level: 'error', logger: () => undefined },
    });
    const bytes = options.readCacheBytes ?? 32 * 1024 * 1024;
    this.readCache = bytes > 0 ? new LRUCache<string, Neo4jRecord[]>({ maxSize: bytes, sizeCalculation: (records, key) => key.length + recordsSize(records) }) : null;
    this.reads = new Neo4jReads(this.cached((statement, params) => this.runRead(statement, params)));
  }

  /**
   * Fact reads through the answer cache: keyed by the data version (read at most every
   * versionRefreshMs, set at once by this store's writes), the statement and its parameters.
   */
  cached(run: RunRead): RunRead {
    const cache = this.readCache;
    if (!cache) return run;
    return async (statement, params = {}) => {
      const key = `${await this.dataVersion()}\u0000${statement}\u0000${JSON.stringify(params)}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const records = await run(statement, params);
      cache.set(key, records);
      return records;
    };
  }

  async init(): Promise<void> {
    await this.guard(async () => {
      for (const statement of Q.SCHEMA_STATEMENTS) {
        await this.driver.executeQuery(statement, {}, { database: this.database, routing: neo4j.routing.WRITE });
      }
    });
  }

  async ping(): Promise<void> {
    await this.runRead(Q.PING);
  }

  /**
   * The data version, read at most once every `versionRefreshMs` and shared by the
   * callers of that moment; this store's own writes set it at once.
   */
  async dataVersion(): Promise<number> {
    if (this.version && Date.now() - this.version.at < this.versionRefreshMs) return this.version.value;
    if (this.versionRead) return this.versionRead;
    const generation = this.versionGeneration;
    const read = this.readVersion()
      .then(({ value, epoch }) => {
        if (generation === this.versionGeneration) this.version = { value, epoch, at: Date.now() };
        return generation === this.versionGeneration ? value : this.version!.value;
      })
      .finally(() => {
        if (this.versionRead === read) this.versionRead = null;
      });
    this.versionRead = read;
    return read;
  }

  /**
   * The data version and its epoch. When a snapshot is held, the same statement brings the
   * records written since it (SNAPSHOT_CHANGES) and puts them in place, so another server's
   * edit costs this one round trip, not a version read and then a snapshot read. One
   * attempt, no driver retries: every cached answer waits on this read, and when Neo4j is
   * gone they should say so at once rather than after the retry budget.
   */
  private async readVersion(): Promise<{ value: number; epoch: string | null }> {
    const held = this.held;
    if (!held) {
      const records = await this.runOnce(Q.DATA_VERSION);
      return { value: records[0]?.get('v') as number, epoch: (records[0]?.get('epoch') as string | null | undefined) ?? null };
    }
    const records = await this.runOnce(S.SNAPSHOT_CHANGES, { ...S.SNAPSHOT_PARAMS, since: int(held.snapshot.dataVersion) });
    const changes = S.decodeSnapshot(records.map((r) => ({ kind: r.get('kind') as string, rows: r.get('rows') as unknown[][] })));
    this.takeChanges(held, changes);
    return { value: changes.snapshot.dataVersion, epoch: changes.epoch };
  }

  /** This store wrote: the version it wrote is the current one. */
  private wrote(version: number, epoch: string | null): void {
    this.versionGeneration++;
    this.version = { value: version, epoch, at: Date.now() };
    this.versionRead = null;
  }

  async isEmpty(): Promise<boolean> {
    const records = await this.runRead(Q.IS_EMPTY);
    return records[0]?.get('empty') as boolean;
  }

  /**
   * Everything analysis and export read. The store holds the last snapshot it read: at the
   * data version `dataVersion()` gives (as fresh as any cached answer) it is answered without
   * a round trip; after a write, one statement reads only the records written since
   * (SNAPSHOT_CHANGES) and puts them in place; the first read, or one after the database was
   * wiped and counted again (another epoch), reads everything in one statement (SNAPSHOT).
   * Each caller gets its own arrays; the records in them are frozen and shared.
   */
  async snapshot(): Promise<Snapshot> {
    const version = await this.dataVersion();
    const held = this.held;
    // Held at the version (and epoch) in hand: a wiped database counts again from 1 under another epoch.
    if (held && held.snapshot.dataVersion === version && this.version?.value === version && held.epoch === this.version.epoch)
      return copyOf(held.snapshot);
    const inFlight = this.refreshing;
    let snapshot = await this.refreshSnapshot();
    // A read in flight may have started before the write that made `version`: read once more.
    if (inFlight && snapshot.dataVersion < version) snapshot = await this.refreshSnapshot();
    return copyOf(snapshot);
  }

  private refreshSnapshot(): Promise<Snapshot> {
    if (!this.refreshing) {
      const read = this.readCurrentSnapshot().finally(() => {
        if (this.refreshing === read) this.refreshing = null;
      });
      this.refreshing = read;
    }
    return this.refreshing;
  }

  /** The records written since the held snapshot, put in place; everything when nothing usable is held. */
  private async readCurrentSnapshot(): Promise<Snapshot> {
    const held = this.held;
    // Only when the data version in hand counts in the held snapshot's epoch (else the database was wiped since).
    if (held && (this.version === null || held.epoch === this.version.epoch)) {
      const current = this.takeChanges(held, await this.readSnapshot(S.SNAPSHOT_CHANGES, { since: int(held.snapshot.dataVersion) }));
      if (current) return current;
    }
    const all = await this.readSnapshot(S.SNAPSHOT);
    return this.hold(freezeRecords(all.snapshot), all.epoch, held);
  }

  /**
   * Put the records written since `held` in place: the current snapshot, or null when the
   * changes were counted in another epoch (the database was wiped since), which also lets
   * go of `held` unless something newer replaced it meanwhile.
   */
  private takeChanges(held: { snapshot: Snapshot; epoch: string | null }, changes: S.DecodedSnapshot): Snapshot | null {
    if (changes.epoch !== held.epoch || changes.snapshot.dataVersion < held.snapshot.dataVersion) {
      if (this.held === held) this.held = null;
      return null;
    }
    return this.hold(S.applyChanges(held.snapshot, freezeRecords(changes.snapshot)), changes.epoch, held);
  }

  /**
   * Hold `snapshot`, read while `base` was held: kept when nothing replaced `base` meanwhile,
   * or when it is newer than what did in the same epoch (concurrent reads finish in any order).
   * A snapshot of a past epoch kept here is never served: snapshot() answers from the held one
   * only at the epoch of the data version in hand.
   */
  private hold(snapshot: Snapshot, epoch: string | null, base: typeof this.held): Snapshot {
    const held = this.held;
    if (held === base || held === null || (held.epoch === epoch && held.snapshot.dataVersion < snapshot.dataVersion)) this.held = { snapshot, epoch };
    return snapshot;
  }

  /** The snapshot and the world network (places, tie pairs), in one statement: what analysis at scope WORLD reads. */
  async worldSnapshot(): Promise<{ snapshot: Snapshot; layer: WorldNetwork }> {
    const base = this.held;
    const { snapshot, epoch, places, pairs } = await this.readSnapshot(S.WORLD_SNAPSHOT);
    this.hold(freezeRecords(snapshot), epoch, base);
    return { snapshot: copyOf(snapshot), layer: { places, ties: pairs } };
  }

  /** The world network alone (places, tie pairs without their pages), in one statement. */
  async worldNetwork(): Promise<WorldNetwork> {
    const { places, pairs } = await this.readSnapshot(S.WORLD_NETWORK);
    return { places, ties: pairs };
  }

  /**
   * One snapshot statement as an auto-commit read: one round trip (no BEGIN/COMMIT of a
   * managed transaction around a single statement, which is its own transaction anyway),
   * retried like a managed read (within the same time budget) when the driver says the
   * failure is transient.
   */
  private async readSnapshot(statement: string, params: Record<string, unknown> = {}): Promise<S.DecodedSnapshot> {
    const started = Date.now();
    const records = await this.guard(async () => {
      for (let attempt = 1; ; attempt++) {
        const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
        try {
          return (await session.run(statement, { ...S.SNAPSHOT_PARAMS, ...params }, { timeout: this.transactionTimeoutMs || undefined })).records;
        } catch (err) {
          // Within the budget a managed transaction's retries have (maxTransactionRetryTime).
          if (attempt >= SNAPSHOT_ATTEMPTS || !neo4j.isRetryableError(err) || Date.now() - started > this.retryMs) throw err;
          await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
        } finally {
          await session.close();
        }
      }
    });
    return S.decodeSnapshot(records.map((r) => ({ kind: r.get('kind') as string, rows: r.get('rows') as unknown[][] })));
  }

  readUnit(): ReadUnit {
    return new Neo4jReadUnit(this.driver, this.database, this.transactionTimeoutMs, (err) => this.translate(err), (s, p) => this.runRead(s, p), (run) => this.cached(run));
  }

  countries(): Promise<Country[]> {
    return this.reads.countries();
  }

  fields(): Promise<Field[]> {
    return this.reads.fields();
  }

  governmentsByIds(ids: readonly string[]): Promise<(Government | null)[]> {
    return this.reads.governmentsByIds(ids);
  }

  governmentDetails(ids: readonly string[], include: GovernmentDetailsInclude): Promise<(GovernmentDetails | null)[]> {
    return this.reads.governmentDetails(ids, include);
  }

  listGovernments(where: GovernmentWhere, sort: GovernmentSort, page: Page): Promise<Government[]> {
    return this.reads.listGovernments(where, sort, page);
  }

  countGovernments(where: GovernmentWhere): Promise<number> {
    return this.reads.countGovernments(where);
  }

  partnershipsByIds(ids: readonly string[]): Promise<(Partnership | null)[]> {
    return this.reads.partnershipsByIds(ids);
  }

  partnershipsOfGovernments(ids: readonly string[]): Promise<Partnership[][]> {
    return this.reads.partnershipsOfGovernments(ids);
  }

  listPartnerships(where: PartnershipWhere, sort: PartnershipSort, page: Page): Promise<Partnership[]> {
    return this.reads.listPartnerships(where, sort, page);
  }

  countPartnerships(where: PartnershipWhere): Promise<number> {
    return this.reads.countPartnerships(where);
  }

  programsOfPartnerships(ids: readonly string[]): Promise<Program[][]> {
    return this.reads.programsOfPartnerships(ids);
  }

  sourcesByUrls(urls: readonly string[]): Promise<(Source | null)[]> {
    return this.reads.sourcesByUrls(urls);
  }

  async importDataset(dataset: Dataset, release?: ReleaseStamp | null, seed?: SeedImport): Promise<ImportResult> {
    const known = new Map<string, Government>();
    for (const g of (await this.snapshot()).governments) known.set(g.id, g);
    for (const g of dataset.governments) known.set(g.id, g);
    const version = await this.guard(() =>
      this.session('WRITE', async (tx) => {
        // First, as in every write: the version's lock serialises writers and tags what this import writes.
        const bumped = await tx.run(Q.BUMP_DATA_VERSION);
        const v = bumped.records[0]!.get('v') as number;
        const epoch = bumped.records[0]!.get('epoch') as string;
        const changedAt = int(v);
        await tx.run(Q.IMPORT_COUNTRIES, { rows: dataset.countries.map(countryProps), changedAt });
        await tx.run(Q.IMPORT_FIELDS, { rows: dataset.fields.map(fieldProps), changedAt });
        await tx.run(Q.IMPORT_SOURCES, { rows: dataset.sources.map(sourceProps), changedAt });
        await tx.run(Q.IMPORT_GOVERNMENTS, { rows: dataset.governments.map((g) => ({ id: g.id, props: governmentProps(g) })), changedAt });
        await tx.run(Q.LINK_PARENTS, {
          rows: dataset.governments.filter((g) => g.parentId).map((g) => ({ id: g.id, parentId: g.parentId })),
        });
        await tx.run(Q.IMPORT_PARTNERSHIPS, {
          rows: dataset.partnerships.map((p) => partnershipRow(p, { governments: known })),
          changedAt,
        });
        await tx.run(Q.IMPORT_PROGRAMS, { rows: dataset.programs.map(programRow), changedAt });
        if (release) await tx.run(Q.RECORD_RELEASE, { id: release.id, date: release.date, importedAt: new Date().toISOString(), dataVersion: v });
        if (seed) {
          await tx.run(Q.RECORD_SEED_BASE, { json: JSON.stringify(seed.base) });
          const now = new Date();
          for (const draft of seed.audit) await tx.run(Q.CREATE_AUDIT_ENTRY, { props: auditEntry(draft, seed.who, v, now) });
        }
        return { v, epoch };
      }),
    );
    this.wrote(version.v, version.epoch);
    return importResult(dataset, version.v);
  }

  async seedBase(): Promise<SeedBase | null> {
    const json = (await this.runRead(Q.SEED_BASE))[0]?.get('json') as string | null | undefined;
    return json ? (JSON.parse(json) as SeedBase) : null;
  }

  async release(): Promise<StoredRelease | null> {
    const records = await this.runRead(Q.RELEASE);
    const r = records[0];
    if (!r) return null;
    return {
      id: r.get('id') as string,
      date: (r.get('date') as string | null) ?? null,
      importedAt: r.get('importedAt') as string,
      dataVersion: Number(r.get('dataVersion')),
      editsSinceRelease: Number(r.get('edits')),
    };
  }

  async worldLayer(): Promise<WorldLayer> {
    const { places, ties } = await this.readSnapshot(S.WORLD_LAYER);
    return { places, ties };
  }

  async importWorldLayer(layer: WorldLayer): Promise<WorldImportResult> {
    checkWorldTies(layer);
    const dataVersion = await this.guard(async () => {
      for (const statement of W.WORLD_SCHEMA_STATEMENTS)
        await this.driver.executeQuery(statement, {}, { database: this.database, routing: neo4j.routing.WRITE });
      return this.session('WRITE', async (tx) => {
        await tx.run(W.CLEAR_WORLD_TIES);
        await tx.run(W.CLEAR_WORLD_PLACES);
        for (let i = 0; i < layer.places.length; i += W.WORLD_BATCH)
          await tx.run(W.IMPORT_WORLD_PLACES, { rows: layer.places.slice(i, i + W.WORLD_BATCH) });
        for (let i = 0; i < layer.ties.length; i += W.WORLD_BATCH)
          await tx.run(W.IMPORT_WORLD_TIES, { rows: layer.ties.slice(i, i + W.WORLD_BATCH) });
        const bumped = await tx.run(Q.BUMP_DATA_VERSION);
        return { v: bumped.records[0]!.get('v') as number, epoch: bumped.records[0]!.get('epoch') as string };
      });
    });
    this.wrote(dataVersion.v, dataVersion.epoch);
    return { places: layer.places.length, ties: layer.ties.length, dataVersion: dataVersion.v };
  }

  async createPartnership(input: NewPartnership, who: string): Promise<WriteResult<Partnership>> {
    return this.audited(who, async (tx, changedAt) => {
      const view = await loadView(tx, needsOfNewPartnership(input));
      const p = planPartnership(view, input);
      await writePartnership(tx, view, p, changedAt);
      return { record: p, audit: { action: 'CREATE_PARTNERSHIP', entityType: 'PARTNERSHIP', entityId: p.id, before: null, after: p } };
    });
  }

  async updatePartnership(id: string, expectedVersion: number, changes: PartnershipChanges, who: string): Promise<WriteResult<Partnership>> {
    return this.audited(who, async (tx, changedAt) => {
      const before = await partnershipIn(tx, id);
      const view = await loadView(tx, needsOfPartnershipChange(before, changes));
      const p = planPartnershipUpdate(view, before, id, expectedVersion, changes);
      await writePartnership(tx, view, p, changedAt);
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
    return this.audited(who, async (tx, changedAt) => {
      const before = await partnershipIn(tx, id);
      const view = await loadView(tx, needsOfPartnershipChange(before));
      const p = planRetirement(view, before, id, expectedVersion, endedYear, note);
      await writePartnership(tx, view, p, changedAt);
      return { record: p, audit: { action: 'RETIRE_PARTNERSHIP', entityType: 'PARTNERSHIP', entityId: p.id, before, after: p } };
    });
  }

  async addProgram(input: NewProgram, who: string): Promise<WriteResult<Program>> {
    return this.audited(who, async (tx, changedAt) => {
      const pr = planProgram(await loadView(tx, needsOfProgram(input)), input);
      await tx.run(Q.IMPORT_PROGRAMS, { rows: [programRow(pr)], changedAt });
      return { record: pr, audit: { action: 'ADD_PROGRAM', entityType: 'PROGRAM', entityId: pr.id, before: null, after: pr } };
    });
  }

  async addSource(input: NewSource, who: string): Promise<WriteResult<Source>> {
    return this.audited(who, async (tx, changedAt) => {
      const s = planSource(await loadView(tx, needsOfSource(input)), input);
      await tx.run(Q.IMPORT_SOURCES, { rows: [sourceProps(s)], changedAt });
      return { record: s, audit: { action: 'ADD_SOURCE', entityType: 'SOURCE', entityId: s.url, before: null, after: s } };
    });
  }

  async addGovernment(input: NewGovernment, who: string): Promise<WriteResult<Government>> {
    return this.audited(who, async (tx, changedAt) => {
      const g = planGovernment(await loadView(tx, needsOfGovernment(input)), input);
      await tx.run(Q.IMPORT_GOVERNMENTS, { rows: [{ id: g.id, props: governmentProps(g) }], changedAt });
      if (g.parentId) await tx.run(Q.LINK_PARENTS, { rows: [{ id: g.id, parentId: g.parentId }] });
      return { record: g, audit: { action: 'ADD_GOVERNMENT', entityType: 'GOVERNMENT', entityId: g.id, before: null, after: g } };
    });
  }

  async auditTrail(filter: AuditFilter, page: Page): Promise<AuditEntry[]> {
    const records = await this.runRead(Q.auditTrailQuery(filter.entityId !== undefined && filter.entityId !== null), {
      entityId: filter.entityId ?? null,
      who: filter.who ?? null,
      action: filter.action ?? null,
      ...pageParams(page),
    });
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
   * do the work (tagging what it writes with that version: `changedAt`), record the audit
   * entry. A throw anywhere rolls all of it back.
   */
  private async audited<T>(
    who: string,
    work: (tx: ManagedTransaction, changedAt: ReturnType<typeof int>) => Promise<{ record: T; audit: AuditDraft }>,
  ): Promise<WriteResult<T>> {
    const result = await this.guard(() =>
      this.session('WRITE', async (tx) => {
        const bumped = await tx.run(Q.BUMP_DATA_VERSION);
        const dataVersion = bumped.records[0]!.get('v') as number;
        const epoch = bumped.records[0]!.get('epoch') as string;
        const { record, audit } = await work(tx, int(dataVersion));
        const entry = auditEntry(audit, who, dataVersion, new Date());
        await tx.run(Q.CREATE_AUDIT_ENTRY, { props: entry });
        return { written: { record, dataVersion, audit: entry }, epoch };
      }),
    );
    this.wrote(result.written.dataVersion, result.epoch);
    return result.written;
  }

  /** Run work in a managed transaction; the driver retries it, so it must be idempotent. */
  async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    const config = { timeout: this.transactionTimeoutMs || undefined };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  }

  /** One read statement in its own auto-retried read transaction, errors translated. */
  runRead: RunRead = (statement, params = {}) =>
    this.guard(async () => {
      const result = await this.driver.executeQuery(statement, params, {
        database: this.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: this.transactionTimeoutMs || undefined },
      });
      return result.records;
    });

  /** One read statement in an auto-commit transaction, not retried, errors translated. */
  private runOnce: RunRead = (statement, params = {}) =>
    this.guard(async () => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        return (await session.run(statement, params, { timeout: this.transactionTimeoutMs || undefined })).records;
      } finally {
        await session.close();
      }
    });

  /** Translate driver errors: timeouts to StoreTimeoutError, "not reachable" to StoreUnavailableError. */
  async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw this.translate(err);
    }
  }

  translate(err: unknown): unknown {
    if (err instanceof KotaKembarError) return err;
    if (isTimeout(err)) return new StoreTimeoutError(this.transactionTimeoutMs, { cause: err });
    if (isUnavailable(err)) return new StoreUnavailableError(undefined, { cause: err });
    return err;
  }
}

/**
 * The reads of one request in one read transaction on one session, opened at the first
 * read and committed by close(). A read after close() (a resolver outliving its
 * response) runs on its own instead of failing.
 */
class Neo4jReadUnit extends Neo4jReads implements ReadUnit {
  private session: Session | null = null;
  private tx: Transaction | null = null;
  private failure: unknown = null;
  private closed = false;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
    private readonly translate: (err: unknown) => unknown,
    private readonly fallback: RunRead,
    cached: (run: RunRead) => RunRead,
  ) {
    super(cached((statement, params) => this.runInUnit(statement, params)));
  }

  private async runInUnit(statement: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    if (this.closed) return this.fallback(statement, params);
    if (this.failure) throw this.failure;
    if (!this.tx) {
      this.session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      this.tx = this.session.beginTransaction({ timeout: this.timeoutMs || undefined });
    }
    try {
      return (await this.tx.run(statement, params)).records;
    } catch (err) {
      // A failed transaction cannot run more statements: every later read of this request gets the same answer.
      this.failure = this.translate(err);
      throw this.failure;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const { tx, session } = this;
    this.tx = null;
    this.session = null;
    try {
      if (tx?.isOpen()) await (this.failure ? tx.rollback() : tx.commit());
    } catch {
      // A read transaction has nothing to lose; the session is closed below either way.
    } finally {
      await session?.close().catch(() => undefined);
    }
  }
}

/** Rough bytes of cached records (their JSON), for the cache's size bound. */
function recordsSize(records: Neo4jRecord[]): number {
  let n = 64;
  for (const r of records) n += JSON.stringify(r.toObject()).length + 64;
  return n;
}

/**
 * What the write rules need, read inside the write transaction: the reference tables
 * (countries, fields) and only the rows the write touches (write-rules.ts `needsOf*`), never
 * the whole dataset. Every government id is read only when a named one is missing, for the
 * "did you mean" hint of the error.
 */
async function loadView(tx: ManagedTransaction, needs: WriteNeeds): Promise<WriteView> {
  const countries = await tx.run(Q.ALL_COUNTRIES);
  const fields = await tx.run(Q.ALL_FIELDS);
  const governmentIds = [...new Set(needs.governmentIds)];
  const governments = (await tx.run(Q.GOVERNMENTS_BY_IDS, { ids: governmentIds })).records.map((r) => toGovernment(r.get('g')));
  const sources = await tx.run(Q.SOURCES_BY_URLS, { urls: [...new Set(needs.sourceUrls)] });
  const partnershipIds = await tx.run(Q.PARTNERSHIP_IDS_LIKE, { ids: needs.partnershipIds, prefix: needs.partnershipIdPrefix });
  const programIds = await tx.run(Q.PROGRAM_IDS_LIKE, { ids: needs.programIds, prefix: needs.programIdPrefix });
  const missing = governments.length < governmentIds.length;
  const allIds = missing ? ((await tx.run(Q.ALL_GOVERNMENT_IDS)).records[0]?.get('ids') as string[]) : undefined;
  return {
    countries: countries.records.map((r) => toCountry(r.get('c'))),
    fields: fields.records.map((r) => toField(r.get('f'))),
    governments,
    sources: sources.records.map((r) => toSource(r.get('s'))),
    partnershipIds: new Set(partnershipIds.records[0]?.get('ids') as string[]),
    programIds: new Set(programIds.records[0]?.get('ids') as string[]),
    ...(allIds ? { allGovernmentIds: allIds } : {}),
  };
}

async function partnershipIn(tx: ManagedTransaction, id: string): Promise<Partnership | null> {
  const result = await tx.run(Q.PARTNERSHIPS_BY_IDS, { ids: [id] });
  return result.records[0] ? toPartnership(result.records[0]) : null;
}

async function writePartnership(tx: ManagedTransaction, view: WriteView, p: Partnership, changedAt: ReturnType<typeof int>): Promise<void> {
  const governments = new Map(view.governments.map((g) => [g.id, g]));
  await tx.run(Q.IMPORT_PARTNERSHIPS, { rows: [partnershipRow(p, { governments })], changedAt });
}

/** A snapshot with arrays of its own over the shared, frozen records. */
function copyOf(s: Snapshot): Snapshot {
  return {
    dataVersion: s.dataVersion,
    countries: s.countries.slice(),
    fields: s.fields.slice(),
    governments: s.governments.slice(),
    partnerships: s.partnerships.slice(),
    programs: s.programs.slice(),
    sources: s.sources.slice(),
  };
}

/** Freeze every record of `s` and the lists and objects inside it: held records are shared by every caller. */
function freezeRecords(s: Snapshot): Snapshot {
  const deep = (x: unknown): void => {
    if (x === null || typeof x !== 'object' || Object.isFrozen(x)) return;
    Object.freeze(x);
    for (const v of Object.values(x)) deep(v);
  };
  for (const list of [s.countries, s.fields, s.governments, s.partnerships, s.programs, s.sources]) for (const r of list) deep(r);
  return s;
}





function countryProps(c: Country) {
  return { code: c.code, name: c.name, nameId: c.nameId };
}
function fieldProps(f: Field) {
  return { code: f.code, labelEn: f.labelEn, labelId: f.labelId };
}
function sourceProps(s: Source) {
  return {
    url: s.url, kind: s.kind, title: s.title, titleSupplied: s.titleSupplied, publisher: s.publisher, accessed: s.accessed,
    language: s.language, publishedDate: s.publishedDate, checkedDate: s.checkedDate, checkNote: s.checkNote,
  };
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
      confidence: pr.confidence,
    },
  };
}
