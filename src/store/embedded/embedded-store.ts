/**
 * The embedded store: the whole dataset in memory, persisted to one JSON snapshot on
 * every write (atomically, see snapshot-file.ts). Zero setup; the default for `npm start`.
 * Writes are serialised; a write is acknowledged only after its snapshot is on disk,
 * and a failed write leaves memory as it was.
 */
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
  GovernmentSort,
  GovernmentWhere,
  ImportResult,
  Page,
  PartnershipSort,
  PartnershipWhere,
  Store,
} from '../store';
import { readSnapshotFile, writeSnapshotFile } from './snapshot-file';
import { mergeDataset } from '../merge-dataset';

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
  private writeQueue: Promise<unknown> = Promise.resolve();
  private initialised = false;

  constructor(private readonly options: EmbeddedStoreOptions) {}

  async init(): Promise<void> {
    if (this.initialised) return;
    if (this.options.file) {
      const saved = await readSnapshotFile(this.options.file);
      if (saved) this.replace(saved.dataset, saved.dataVersion);
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

  importDataset(dataset: Dataset): Promise<ImportResult> {
    return this.write((current) => mergeDataset(current, dataset)).then((version) => ({
      countries: dataset.countries.length,
      fields: dataset.fields.length,
      governments: dataset.governments.length,
      partnerships: dataset.partnerships.length,
      programs: dataset.programs.length,
      sources: dataset.sources.length,
      dataVersion: version,
    }));
  }

  /**
   * Apply a change to a copy of the dataset, persist it, then swap it in. Serialised,
   * so concurrent writes never interleave; a throw leaves the store unchanged.
   * Resolves to the new data version.
   */
  write(change: (current: Dataset) => Dataset): Promise<number> {
    const run = this.writeQueue.then(async () => {
      const next = change(structuredClone(this.data));
      const version = this.version + 1;
      if (this.options.file) await writeSnapshotFile(this.options.file, next, version);
      this.replace(next, version);
      return version;
    });
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  async countries(): Promise<Country[]> {
    return [...this.data.countries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async fields(): Promise<Field[]> {
    return [...this.data.fields].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
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
