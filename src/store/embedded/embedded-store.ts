/**
 * The embedded store: the whole dataset in memory, persisted to one JSON snapshot on
 * every write (atomically, see snapshot-file.ts). Zero setup; the default for `npm start`.
 * Writes are serialised; a write is acknowledged only after its snapshot is on disk,
 * and a failed write leaves memory as it was.
 */
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
import type { Country, Dataset, Field, Government, Partnership, Program, Snapshot, Source } from '../../domain/model';
import {
  compareGovernments,
  comparePartnerships,
  matchesGovernment,
  matchesPartnership,
  PARTNERSHIPS_OF_ORDER,
  type GovernmentIndex,
} from '../query-rules';
import type {
  GovernmentDetails,
  GovernmentDetailsInclude,
  ReadUnit,
  SeedImport,
  GovernmentSort,
  GovernmentWhere,
  ImportResult,
  Page,
  PartnershipSort,
  PartnershipWhere,
  Store,
  WorldImportResult,
} from '../store';
import { importResult } from '../store';
import { composeGovernmentDetails, passThroughUnit } from '../government-details';
import { readSnapshotFile, removeStaleTempFiles, writeSnapshotFile, type SnapshotFile } from './snapshot-file';
import type { ReleaseStamp, StoredRelease } from '../../domain/release';
import type { SeedBase } from '../../domain/reseed';
import { checkWorldTies, emptyWorldLayer, type WorldLayer } from '../../domain/world';
import { readWorldFile, worldFileOf, writeWorldFile } from './world-file';
import { mergeDataset } from '../merge-dataset';
import { rankSearch, type SearchHit } from '../../domain/search';
import {
  auditEntry,
  planGovernment,
  planPartnership,
  planPartnershipUpdate,
  planProgram,
  planRetirement,
  planSource,
  viewOf,
} from '../write-rules';

/** What an audited change returns: the next dataset, the audit draft and the record written. */
interface AuditedChange<T> {
  next: Dataset;
  audit: Parameters<typeof auditEntry>[0];
  record: T;
}

export interface EmbeddedStoreOptions {
  /** Path of the JSON snapshot; when null the store lives in memory only (tests). */
  file: string | null;
}

const emptyDataset = (): Dataset => ({
  countries: [],
  fields: [],
  governments: [],
  partnerships: [],
  programs: [],
  sources: [],
});

export class EmbeddedStore implements Store {
  readonly kind = 'embedded' as const;
  private data: Dataset = emptyDataset();
  private version = 0;
  private index: GovernmentIndex = { governments: new Map(), partnerships: new Map(), partnershipsOf: new Map() };
  private programsOf = new Map<string, Program[]>();
  private sources = new Map<string, Source>();
  private audit: AuditEntry[] = [];
  private releaseRecord: SnapshotFile['release'] = null;
  /** Hashes of the records as the last seed gave them (domain/reseed.ts). */
  private base: SeedBase | null = null;
  private writeQueue: Promise<unknown> = Promise.resolve();
  private initialised = false;
  private world: WorldLayer = emptyWorldLayer();

  constructor(private readonly options: EmbeddedStoreOptions) {}

  async init(): Promise<void> {
    if (this.initialised) return;
    if (this.options.file) {
      const saved = await readSnapshotFile(this.options.file);
      // Only once the snapshot itself is known good: a refused file keeps everything as found.
      await removeStaleTempFiles(this.options.file);
      if (saved) {
        this.replace(saved.dataset, saved.dataVersion);
        this.audit = saved.audit ?? [];
        this.releaseRecord = saved.release ?? null;
        this.base = saved.seedBase ?? null;
      }
      this.world = (await readWorldFile(worldFileOf(this.options.file))) ?? emptyWorldLayer();
    }
    this.initialised = true;
  }

  async ping(): Promise<void> {}

  async dataVersion(): Promise<number> {
    return this.version;
  }

  async snapshot(): Promise<Snapshot> {
    return { ...structuredClone(this.data), dataVersion: this.version };
  }

  async isEmpty(): Promise<boolean> {
    return this.data.governments.length === 0;
  }

  importDataset(dataset: Dataset, release?: ReleaseStamp | null, seed?: SeedImport): Promise<ImportResult> {
    return this.commit(
      (current) => ({ next: mergeDataset(current, dataset), audit: seed?.audit ?? null, record: undefined }),
      seed?.who ?? '',
      release ?? undefined,
      seed?.base,
    ).then((r) => importResult(dataset, r.dataVersion));
  }

  async seedBase(): Promise<SeedBase | null> {
    return this.base ? { ...this.base } : null;
  }

  async release(): Promise<StoredRelease | null> {
    const r = this.releaseRecord;
    if (!r) return null;
    return { ...r, editsSinceRelease: this.audit.filter((a) => a.dataVersion > r.dataVersion).length };
  }

  /**
   * Apply a change to a copy of the dataset, persist it, then swap it in. Serialised,
   * so concurrent writes never interleave; a throw leaves the store unchanged.
   * Resolves to the new data version.
   */
  write(change: (current: Dataset) => Dataset): Promise<number> {
    return this.commit((current) => ({ next: change(current), audit: null, record: undefined })).then((r) => r.dataVersion);
  }

  /**
   * The one write path: run `change` on a copy, append its audit entry, persist both
   * in one snapshot file, then swap them in. Serialised; a throw changes nothing.
   */
  private commit<T>(
    change: (current: Dataset) => { next: Dataset; audit: AuditedChange<T>['audit'] | AuditedChange<T>['audit'][] | null; record: T },
    who = '',
    release?: ReleaseStamp,
    seedBase?: SeedBase,
  ): Promise<{ record: T; dataVersion: number; audit: AuditEntry | null }> {
    const run = this.writeQueue.then(async () => {
      const { next, audit: drafts, record } = change(structuredClone(this.data));
      const version = this.version + 1;
      const now = new Date();
      const entries = (drafts === null ? [] : Array.isArray(drafts) ? drafts : [drafts]).map((d) => auditEntry(d, who, version, now));
      const audit = entries.length ? [...this.audit, ...entries] : this.audit;
      const releaseRecord = release ? { id: release.id, date: release.date, importedAt: now.toISOString(), dataVersion: version } : this.releaseRecord;
      const base = seedBase ?? this.base;
      if (this.options.file) await writeSnapshotFile(this.options.file, next, version, audit, releaseRecord, base);
      this.replace(next, version);
      this.audit = audit;
      this.releaseRecord = releaseRecord;
      this.base = base;
      return { record, dataVersion: version, audit: entries[0] ?? null };
    });
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  private audited<T>(who: string, change: (current: Dataset) => AuditedChange<T>): Promise<WriteResult<T>> {
    return this.commit(change, who).then((r) => ({ record: r.record, dataVersion: r.dataVersion, audit: r.audit! }));
  }

  createPartnership(input: NewPartnership, who: string): Promise<WriteResult<Partnership>> {
    return this.audited(who, (current) => {
      const p = planPartnership(viewOf(current), input);
      return {
        next: { ...current, partnerships: [...current.partnerships, p] },
        audit: { action: 'CREATE_PARTNERSHIP', entityType: 'PARTNERSHIP', entityId: p.id, before: null, after: p },
        record: p,
      };
    });
  }

  updatePartnership(id: string, expectedVersion: number, changes: PartnershipChanges, who: string): Promise<WriteResult<Partnership>> {
    return this.audited(who, (current) => {
      const before = current.partnerships.find((p) => p.id === id) ?? null;
      const p = planPartnershipUpdate(viewOf(current), before, id, expectedVersion, changes);
      return replacePartnership(current, before, p, 'UPDATE_PARTNERSHIP');
    });
  }

  retirePartnership(
    id: string,
    expectedVersion: number,
    endedYear: number,
    note: string | null | undefined,
    who: string,
  ): Promise<WriteResult<Partnership>> {
    return this.audited(who, (current) => {
      const before = current.partnerships.find((p) => p.id === id) ?? null;
      const p = planRetirement(viewOf(current), before, id, expectedVersion, endedYear, note);
      return replacePartnership(current, before, p, 'RETIRE_PARTNERSHIP');
    });
  }

  addProgram(input: NewProgram, who: string): Promise<WriteResult<Program>> {
    return this.audited(who, (current) => {
      const pr = planProgram(viewOf(current), input);
      return {
        next: { ...current, programs: [...current.programs, pr] },
        audit: { action: 'ADD_PROGRAM', entityType: 'PROGRAM', entityId: pr.id, before: null, after: pr },
        record: pr,
      };
    });
  }

  addSource(input: NewSource, who: string): Promise<WriteResult<Source>> {
    return this.audited(who, (current) => {
      const s = planSource(viewOf(current), input);
      return {
        next: { ...current, sources: [...current.sources, s] },
        audit: { action: 'ADD_SOURCE', entityType: 'SOURCE', entityId: s.url, before: null, after: s },
        record: s,
      };
    });
  }

  addGovernment(input: NewGovernment, who: string): Promise<WriteResult<Government>> {
    return this.audited(who, (current) => {
      const g = planGovernment(viewOf(current), input);
      return {
        next: { ...current, governments: [...current.governments, g] },
        audit: { action: 'ADD_GOVERNMENT', entityType: 'GOVERNMENT', entityId: g.id, before: null, after: g },
        record: g,
      };
    });
  }

  async auditTrail(filter: AuditFilter, page: Page): Promise<AuditEntry[]> {
    return this.audit
      .filter(
        (a) =>
          (filter.entityId === undefined || a.entityId === filter.entityId) &&
          (filter.who === undefined || a.who === filter.who) &&
          (filter.action === undefined || a.action === filter.action),
      )
      .reverse()
      .slice(page.offset, page.offset + page.limit);
  }

  async worldLayer(): Promise<WorldLayer> {
    return this.world;
  }

  /** Writes the world file (`<snapshot>.world.json`, atomically), then bumps the data version with an unchanged dataset. */
  async importWorldLayer(layer: WorldLayer): Promise<WorldImportResult> {
    checkWorldTies(layer);
    const copy: WorldLayer = { places: layer.places.map((p) => ({ ...p })), ties: layer.ties.map((t) => ({ ...t, pages: [...t.pages] })) };
    if (this.options.file) await writeWorldFile(worldFileOf(this.options.file), copy);
    this.world = copy;
    const dataVersion = await this.write((current) => current);
    return { places: copy.places.length, ties: copy.ties.length, dataVersion };
  }

  async countries(): Promise<Country[]> {
    return [...this.data.countries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async fields(): Promise<Field[]> {
    return [...this.data.fields].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  /** Reads here are memory lookups: a request's unit is the store itself. */
  readUnit(): ReadUnit {
    return passThroughUnit(this);
  }

  governmentDetails(ids: readonly string[], include: GovernmentDetailsInclude): Promise<(GovernmentDetails | null)[]> {
    return composeGovernmentDetails(this, ids, include);
  }

  async governmentsByIds(ids: readonly string[]): Promise<(Government | null)[]> {
    return ids.map((id) => this.index.governments.get(id) ?? null);
  }

  async listGovernments(where: GovernmentWhere, sort: GovernmentSort, page: Page): Promise<Government[]> {
    return this.filterGovernments(where)
      .sort(compareGovernments(this.index, sort))
      .slice(page.offset, page.offset + page.limit);
  }

  async countGovernments(where: GovernmentWhere): Promise<number> {
    return this.filterGovernments(where).length;
  }

  async partnershipsByIds(ids: readonly string[]): Promise<(Partnership | null)[]> {
    return ids.map((id) => this.index.partnerships.get(id) ?? null);
  }

  async partnershipsOfGovernments(ids: readonly string[]): Promise<Partnership[][]> {
    const order = comparePartnerships(this.index, PARTNERSHIPS_OF_ORDER);
    return ids.map((id) =>
      (this.index.partnershipsOf.get(id) ?? []).map((pid) => this.index.partnerships.get(pid)!).sort(order),
    );
  }

  async listPartnerships(where: PartnershipWhere, sort: PartnershipSort, page: Page): Promise<Partnership[]> {
    return this.filterPartnerships(where)
      .sort(comparePartnerships(this.index, sort))
      .slice(page.offset, page.offset + page.limit);
  }

  async countPartnerships(where: PartnershipWhere): Promise<number> {
    return this.filterPartnerships(where).length;
  }

  async programsOfPartnerships(ids: readonly string[]): Promise<Program[][]> {
    return ids.map((id) => this.programsOf.get(id) ?? []);
  }

  async sourcesByUrls(urls: readonly string[]): Promise<(Source | null)[]> {
    return urls.map((u) => this.sources.get(u) ?? null);
  }

  async search(text: string, first: number): Promise<SearchHit[]> {
    return rankSearch(text, { ...this.data, governmentById: (id) => this.index.governments.get(id) }, first);
  }

  async close(): Promise<void> {
    await this.writeQueue;
  }

  private filterGovernments(where: GovernmentWhere): Government[] {
    return this.data.governments.filter((g) => matchesGovernment(this.index, g, where));
  }

  private filterPartnerships(where: PartnershipWhere): Partnership[] {
    return this.data.partnerships.filter((p) => matchesPartnership(this.index, p, where));
  }

  private replace(dataset: Dataset, version: number): void {
    const governments = new Map(dataset.governments.map((g) => [g.id, g]));
    const partnerships = new Map(dataset.partnerships.map((p) => [p.id, p]));
    const partnershipsOf = new Map<string, string[]>();
    for (const p of dataset.partnerships)
      for (const id of p.partyIds) partnershipsOf.set(id, [...(partnershipsOf.get(id) ?? []), p.id]);
    const programsOf = new Map<string, Program[]>();
    for (const pr of dataset.programs) programsOf.set(pr.partnershipId, [...(programsOf.get(pr.partnershipId) ?? []), pr]);
    for (const list of programsOf.values())
      list.sort((a, b) => (a.startYear ?? Infinity) - (b.startYear ?? Infinity) || (a.id < b.id ? -1 : 1));
    this.data = dataset;
    this.version = version;
    this.index = { governments, partnerships, partnershipsOf };
    this.programsOf = programsOf;
    this.sources = new Map(dataset.sources.map((s) => [s.url, s]));
  }
}

function replacePartnership(
  current: Dataset,
  before: Partnership | null,
  after: Partnership,
  action: 'UPDATE_PARTNERSHIP' | 'RETIRE_PARTNERSHIP',
): AuditedChange<Partnership> {
  return {
    next: { ...current, partnerships: current.partnerships.map((p) => (p.id === after.id ? after : p)) },
    audit: { action, entityType: 'PARTNERSHIP', entityId: after.id, before, after },
    record: after,
  };
}
