/** One mapper per record shape: Neo4j properties (missing = null) to domain objects. */
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { AuditAction, AuditEntityType, AuditEntry } from '../../domain/edits';
import type {
  Confidence,
  Country,
  Field,
  Government,
  GovernmentLevel,
  Partnership,
  PartnershipStatus,
  PartnershipType,
  Program,
  Source,
  SourceKind,
  YearAlternative,
} from '../../domain/model';

type Props = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

export function toCountry(p: Props): Country {
  return { code: p.code as string, name: p.name as string, nameId: str(p.nameId) };
}

export function toField(p: Props): Field {
  return { code: p.code as string, labelEn: p.labelEn as string, labelId: p.labelId as string };
}

export function toSource(p: Props): Source {
  return {
    url: p.url as string,
    kind: (str(p.kind) ?? 'WEB') as SourceKind,
    title: str(p.title),
    titleSupplied: p.titleSupplied === true,
    publisher: str(p.publisher),
    accessed: str(p.accessed),
    language: str(p.language),
    publishedDate: str(p.publishedDate),
    checkedDate: str(p.checkedDate),
    checkNote: str(p.checkNote),
  };
}

export function toGovernment(p: Props): Government {
  return {
    id: p.id as string,
    name: p.name as string,
    level: p.level as GovernmentLevel,
    localType: p.localType as string,
    countryCode: p.countryCode as string,
    parentId: str(p.parentId),
    admin1: str(p.admin1),
    kemendagriCode: str(p.kemendagriCode),
    lat: num(p.lat),
    lon: num(p.lon),
    aliases: strs(p.aliases),
  };
}

export function toPartnership(r: Neo4jRecord): Partnership {
  return partnershipFrom(r.get('p') as Props, r.get('partyIds') as string[], r.get('sourceUrls') as string[]);
}

/** A partnership from its properties with `partyIds` and `sourceUrls` projected into the same map. */
export function toPartnershipMap(p: Props): Partnership {
  return partnershipFrom(p, strs(p.partyIds), strs(p.sourceUrls));
}

function partnershipFrom(p: Props, partyIds: string[], sourceUrls: string[]): Partnership {
  return {
    id: p.id as string,
    type: p.type as PartnershipType,
    status: p.status as PartnershipStatus,
    signedYear: num(p.signedYear),
    signedYearAlternatives: JSON.parse(str(p.signedYearAlternativesJson) ?? '[]') as YearAlternative[],
    endedYear: num(p.endedYear),
    fields: strs(p.fields),
    confidence: p.confidence as Confidence,
    partyIds,
    sourceUrls,
    note: str(p.note),
    version: num(p.version) ?? 1,
  };
}

export function toProgram(r: Neo4jRecord): Program {
  return programFrom(r.get('pr') as Props, r.get('sourceUrls') as string[]);
}

/** A program from its properties with `sourceUrls` projected into the same map. */
export function toProgramMap(p: Props): Program {
  return programFrom(p, strs(p.sourceUrls));
}

function programFrom(p: Props, sourceUrls: string[]): Program {
  return {
    id: p.id as string,
    partnershipId: p.partnershipId as string,
    name: p.name as string,
    startYear: num(p.startYear),
    endYear: num(p.endYear),
    fields: strs(p.fields),
    summary: (str(p.summary) ?? '') as string,
    sourceUrls,
    // Programs stored before confidence existed read as MEDIUM (the default of an added program).
    confidence: (str(p.confidence) ?? 'MEDIUM') as Confidence,
  };
}

export function toAuditEntry(p: Props): AuditEntry {
  return {
    id: p.id as string,
    dataVersion: num(p.dataVersion) ?? 0,
    at: p.at as string,
    who: p.who as string,
    action: p.action as AuditAction,
    entityType: p.entityType as AuditEntityType,
    entityId: p.entityId as string,
    before: str(p.before),
    after: str(p.after),
  };
}
