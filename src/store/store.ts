/**
 * The Store port: everything the services need from storage, in domain terms. Two
 * adapters implement it (EmbeddedStore, Neo4jStore) and both pass one contract suite
 * (test/store/store.contract.ts). No driver type crosses this boundary.
 */
import type {
  Confidence,
  Country,
  Dataset,
  Field,
  Government,
  GovernmentLevel,
  Partnership,
  PartnershipStatus,
  PartnershipType,
  Program,
  Snapshot,
  Source,
} from '../domain/model';
import type { ReleaseStamp, StoredRelease } from '../domain/release';
import type { SeedBase } from '../domain/reseed';
import type { SearchHit } from '../domain/search';
import type { WorldLayer } from '../domain/world';
import type {
  AuditDraft,
  AuditEntry,
  AuditFilter,
  NewGovernment,
  NewPartnership,
  NewProgram,
  NewSource,
  PartnershipChanges,
  WriteResult,
} from '../domain/edits';

export type StoreKind = 'embedded' | 'neo4j';

export interface GovernmentWhere {
  /** Case- and accent-insensitive substring of the name or an alias. */
  nameContains?: string;
  levels?: GovernmentLevel[];
  countryCodes?: string[];
  /** Province government id: the province itself and the governments inside it. */
  provinceId?: string;
  /** Only governments party to at least one partnership. */
  hasPartnerships?: boolean;
}

export type GovernmentSortField = 'NAME' | 'PARTNER_COUNT';
export type SortDirection = 'ASC' | 'DESC';
export interface GovernmentSort {
  field: GovernmentSortField;
  direction: SortDirection;
}

export interface PartnershipWhere {
  /** Case- and accent-insensitive substring of any party's name or alias. */
  nameContains?: string;
  types?: PartnershipType[];
  statuses?: PartnershipStatus[];
  /** ISO2 code: at least one party in one of these countries. */
  countryCodes?: string[];
  /** Province government id: an Indonesian party that is the province or lies in it. */
  provinceId?: string;
  /** A government party to the partnership. */
  partyId?: string;
  /** At least one party at one of these levels (e.g. PROVINCE: the sister-province ties). */
  levels?: GovernmentLevel[];
  signedYearFrom?: number;
  signedYearTo?: number;
  minConfidence?: Confidence;
}

export type PartnershipSortField = 'SIGNED_YEAR' | 'NAME';
export interface PartnershipSort {
  field: PartnershipSortField;
  direction: SortDirection;
}

export interface Page {
  offset: number;
  limit: number;
}

/** What a seed import records with its records, in the same write (see src/seed/load.ts). */
export interface SeedImport {
  /** Replaces the stored seed base. */
  base: SeedBase;
  /** Audit entries (resolved re-seed conflicts), stamped with the import's data version. */
  audit: AuditDraft[];
  /** Who the audit entries name. */
  who: string;
}

/** Counts of what an import wrote. */
export interface ImportResult {
  countries: number;
  fields: number;
  governments: number;
  partnerships: number;
  programs: number;
  sources: number;
  dataVersion: number;
}

/** What importing `dataset` wrote, once it reached `dataVersion`. */
export function importResult(dataset: Dataset, dataVersion: number): ImportResult {
  return {
    countries: dataset.countries.length,
    fields: dataset.fields.length,
    governments: dataset.governments.length,
    partnerships: dataset.partnerships.length,
    programs: dataset.programs.length,
    sources: dataset.sources.length,
    dataVersion,
  };
}

/** What a government lookup may bring along in the same read (see StoreReads.governmentDetails). */
export interface GovernmentDetailsInclude {
  /** Its partnerships, sorted as partnershipsOfGovernments sorts them. */
  partnerships: boolean;
  /** The other parties of those partnerships (implies partnerships). */
  partners: boolean;
  /** The programs of those partnerships (implies partnerships). */
  programs: boolean;
  /** The sources those partnerships cite (implies partnerships). */
  sources: boolean;
  /** The province it lies in, when it has one. */
  province: boolean;
}

/** A government with what a GovernmentDetailsInclude asked for; null lists were not asked for. */
export interface GovernmentDetails {
  government: Government;
  partnerships: Partnership[] | null;
  /** Distinct governments sharing a partnership with it, by id. */
  partners: Government[] | null;
  /** Programs of its partnerships, by partnership id (every partnership has an entry). */
  programsOf: Map<string, Program[]> | null;
  /** Sources cited by its partnerships. */
  sources: Source[] | null;
  province: Government | null;
}

/**
 * Reads, in domain terms. The store answers them, and so does a ReadUnit: the reads of
 * one request, which on Neo4j share one read transaction on one session.
 */
export interface StoreReads {
  countries(): Promise<Country[]>;
  /** The controlled vocabulary of fields of cooperation, by code. */
  fields(): Promise<Field[]>;
  /** Governments for the ids, in the order of the ids (null where unknown). */
  governmentsByIds(ids: readonly string[]): Promise<(Government | null)[]>;
  /** Governments with the related records `include` names, in one read; in the order of the ids (null where unknown). */
  governmentDetails(ids: readonly string[], include: GovernmentDetailsInclude): Promise<(GovernmentDetails | null)[]>;
  listGovernments(where: GovernmentWhere, sort: GovernmentSort, page: Page): Promise<Government[]>;
  countGovernments(where: GovernmentWhere): Promise<number>;

  partnershipsByIds(ids: readonly string[]): Promise<(Partnership | null)[]>;
  /** For each government id, its partnerships (sorted by signed year, then id). */
  partnershipsOfGovernments(ids: readonly string[]): Promise<Partnership[][]>;
  listPartnerships(where: PartnershipWhere, sort: PartnershipSort, page: Page): Promise<Partnership[]>;
  countPartnerships(where: PartnershipWhere): Promise<number>;

  /** For each partnership id, its programs (sorted by start year, then id). */
  programsOfPartnerships(ids: readonly string[]): Promise<Program[][]>;
  /** Sources for the urls, in order (null where unknown). */
  sourcesByUrls(urls: readonly string[]): Promise<(Source | null)[]>;
}

/** The reads of one request. Close it when the request is answered (idempotent). */
export interface ReadUnit extends StoreReads {
  close(): Promise<void>;
}

/** What importing a world layer wrote. */
export interface WorldImportResult {
  places: number;
  ties: number;
  dataVersion: number;
}

export interface Store extends StoreReads {
  readonly kind: StoreKind;
  /** A unit for the reads of one request; nothing is opened until its first read. */
  readUnit(): ReadUnit;
  /** Prepare the store (constraints, indexes, load the snapshot). Idempotent. */
  init(): Promise<void>;
  /** Resolve when the store answers; reject with StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  /** Monotonic counter bumped by every write. */
  dataVersion(): Promise<number>;
  /** A consistent read of everything, for analysis and export. */
  snapshot(): Promise<Snapshot>;
  /** True when the store holds no governments. */
  isEmpty(): Promise<boolean>;
  /**
   * Upsert a whole dataset by stable ids, atomically (all or nothing); bumps dataVersion once.
   * With `release`, records in the same write that the store now holds that release
   * (replacing any earlier record); without, the release record is left as it was.
   */
  importDataset(dataset: Dataset, release?: ReleaseStamp | null, seed?: SeedImport): Promise<ImportResult>;
  /** The seed base the last seed import recorded (domain/reseed.ts); null when none did. */
  seedBase(): Promise<SeedBase | null>;
  /** The release recorded by the last import that named one, with the audited edits made since; null when none did. */
  release(): Promise<StoredRelease | null>;

  /** The world layer (src/domain/world.ts): empty lists when none was loaded. Catalogue reads never include it. */
  worldLayer(): Promise<WorldLayer>;
  /** Replace the whole world layer, atomically (all or nothing); bumps dataVersion once. */
  importWorldLayer(layer: WorldLayer): Promise<WorldImportResult>;

  // Writes. Each is atomic (all or nothing), checks its input with the rules of
  // write-rules.ts, bumps dataVersion once and records an audit entry in the same
  // transaction. `who` is the editor's name. They throw BadInputError, NotFoundError,
  // ConflictError (stale `expectedVersion`, taken id) or StoreUnavailableError.

  /** Create a partnership at version 1. */
  createPartnership(input: NewPartnership, who: string): Promise<WriteResult<Partnership>>;
  /** Change a partnership if it is still at `expectedVersion`; its version goes up by one. */
  updatePartnership(id: string, expectedVersion: number, changes: PartnershipChanges, who: string): Promise<WriteResult<Partnership>>;
  /** Mark a partnership ENDED in `endedYear` (an update, with the same version check). */
  retirePartnership(id: string, expectedVersion: number, endedYear: number, note: string | null | undefined, who: string): Promise<WriteResult<Partnership>>;
  addProgram(input: NewProgram, who: string): Promise<WriteResult<Program>>;
  addSource(input: NewSource, who: string): Promise<WriteResult<Source>>;
  addGovernment(input: NewGovernment, who: string): Promise<WriteResult<Government>>;
  /** Audit entries matching the filter, newest first. */
  auditTrail(filter: AuditFilter, page: Page): Promise<AuditEntry[]>;

  /**
   * Governments, partnerships and programs matching `text`, ranked by the shared
   * rules of domain/search.ts (accent- and case-insensitive, names and aliases), at most `first`.
   */
  search(text: string, first: number): Promise<SearchHit[]>;

  close(): Promise<void>;
}
