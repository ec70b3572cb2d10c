/**
 * What an editor can write, and the audit entry every write leaves behind. Plain data;
 * the rules that check an edit live in src/store/write-rules.ts, shared by both stores.
 */
import type {
  Confidence,
  GovernmentLevel,
  PartnershipStatus,
  PartnershipType,
  SourceKind,
  YearAlternative,
} from './model';

/** A new partnership. Omitted optional fields take the defaults named on each. */
export interface NewPartnership {
  /** Omit to derive "<first party id>--<second party id>", with "--2", "--3", ... when the pair already has one. */
  id?: string;
  /** At least two distinct known government ids, Indonesian first. */
  partyIds: string[];
  type: PartnershipType;
  /** Defaults to ACTIVE. */
  status?: PartnershipStatus;
  /** Defaults to null (no source gives the year). */
  signedYear?: number | null;
  /** Defaults to []. */
  signedYearAlternatives?: YearAlternative[];
  /** Defaults to null. */
  endedYear?: number | null;
  /** Field codes from the vocabulary; defaults to []. */
  fields?: string[];
  /** Defaults to MEDIUM. */
  confidence?: Confidence;
  /** At least one known source URL. */
  sourceUrls: string[];
  /** Defaults to null. */
  note?: string | null;
}

/** Changes to a partnership; only the given keys change. Parties cannot change (the id names them). */
export interface PartnershipChanges {
  type?: PartnershipType;
  status?: PartnershipStatus;
  signedYear?: number | null;
  signedYearAlternatives?: YearAlternative[];
  endedYear?: number | null;
  fields?: string[];
  confidence?: Confidence;
  sourceUrls?: string[];
  note?: string | null;
}

export interface NewProgram {
  /** Omit to derive "<partnership id>--<slug of the name>". */
  id?: string;
  partnershipId: string;
  name: string;
  startYear?: number | null;
  endYear?: number | null;
  fields?: string[];
  summary?: string;
  /** At least one known source URL. */
  sourceUrls: string[];
  /** Strength of the evidence; defaults to MEDIUM (one source, not yet corroborated). */
  confidence?: Confidence;
}

export interface NewSource {
  url: string;
  /** Defaults to WEB, or DOCUMENT for a path under seed/documents/. */
  kind?: SourceKind;
  title?: string | null;
  /** True when `title` is a description in square brackets supplied for an untitled page; defaults to false. */
  titleSupplied?: boolean;
  publisher?: string | null;
  /** ISO date (YYYY-MM-DD) the source was read. */
  accessed?: string | null;
  /** BCP 47 language tag of the source ("id", "en", "ko"). */
  language?: string | null;
  /** ISO date (YYYY-MM-DD) the source gives as its publication date. */
  publishedDate?: string | null;
  /** ISO date (YYYY-MM-DD) the citation was checked; defaults to `accessed`. */
  checkedDate?: string | null;
  /** What the check found. */
  checkNote?: string | null;
}

export interface NewGovernment {
  id: string;
  name: string;
  level: GovernmentLevel;
  localType: string;
  countryCode: string;
  parentId?: string | null;
  admin1?: string | null;
  kemendagriCode?: string | null;
  lat?: number | null;
  lon?: number | null;
  aliases?: string[];
}

export const AUDIT_ACTIONS = [
  'CREATE_PARTNERSHIP',
  'UPDATE_PARTNERSHIP',
  'RETIRE_PARTNERSHIP',
  'ADD_PROGRAM',
  'ADD_SOURCE',
  'ADD_GOVERNMENT',
  'RESEED_KEEP_EDIT',
  'RESEED_TAKE_SEED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = ['PARTNERSHIP', 'PROGRAM', 'SOURCE', 'GOVERNMENT'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** An audit entry before the store stamps it with an id, a time, an editor and a data version. */
export interface AuditDraft {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** One write, as the audit trail records it. */
export interface AuditEntry {
  /** Random id of the entry. */
  id: string;
  /** The data version the write produced; orders the trail (each write bumps it by one). */
  dataVersion: number;
  /** ISO 8601 time of the write (UTC). */
  at: string;
  /** The editor: the name their credential is configured under. */
  who: string;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  /** JSON of the record before the write, or null when it is new. */
  before: string | null;
  /** JSON of the record after the write. */
  after: string | null;
}

export interface AuditFilter {
  entityId?: string;
  who?: string;
  action?: AuditAction;
}

/** What a write returns: the record as stored, and the data version it produced. */
export interface WriteResult<T> {
  record: T;
  dataVersion: number;
  audit: AuditEntry;
}
