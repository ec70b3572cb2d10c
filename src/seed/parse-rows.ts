/**
 * Turns TSV rows into domain objects. Only structure is checked here (numbers,
 * list encodings); meaning is checked by validateDataset, so that data from the
 * API and data from files meet the same rules.
 */
import type {
  Confidence, Country, Field, Government, GovernmentLevel, Partnership, PartnershipStatus,
  PartnershipType, Program, Source, SourceKind, YearAlternative,
} from '../domain/model';
import { parseYearAlternative } from './seed-format';
import { splitList } from './tsv';

/** Reports a structural problem in a cell; the reader adds file and line. */
export type CellProblem = (message: string) => void;

type Cells = Record<string, string>;

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

function intOrNull(cells: Cells, column: string, problem: CellProblem): number | null {
  const raw = cells[column].trim();
  if (raw === '') return null;
  if (!/^-?\d+$/.test(raw)) {
    problem(`Expected "${column}" to be a whole number, got "${raw}"`);
    return null;
  }
  return Number(raw);
}

function numberOrNull(cells: Cells, column: string, problem: CellProblem): number | null {
  const raw = cells[column].trim();
  if (raw === '') return null;
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    problem(`Expected "${column}" to be a number, got "${raw}"`);
    return null;
  }
  return n;
}

export function toCountry(c: Cells): Country {
  return { code: c.code.trim(), name: c.name.trim(), nameId: orNull(c.name_id) };
}

export function toField(c: Cells): Field {
  return { code: c.code.trim(), labelEn: c.label_en.trim(), labelId: c.label_id.trim() };
}

export function toGovernment(c: Cells, problem: CellProblem): Government {
  return {
    id: c.id.trim(),
    name: c.name.trim(),
    level: c.level.trim() as GovernmentLevel,
    localType: c.local_type.trim(),
    countryCode: c.country_code.trim(),
    parentId: orNull(c.parent_id),
    admin1: orNull(c.admin1),
    kemendagriCode: orNull(c.kemendagri_code),
    lat: numberOrNull(c, 'lat', problem),
    lon: numberOrNull(c, 'lon', problem),
    aliases: splitList(c.aliases),
  };
}

export function toPartnership(c: Cells, problem: CellProblem): Partnership {
  const alternatives: YearAlternative[] = [];
  for (const item of splitList(c.signed_year_alternatives)) {
    const alt = parseYearAlternative(item);
    if (alt) alternatives.push(alt);
    else problem(`Expected each "signed_year_alternatives" item as YEAR@URL or YEAR@URL|note, got "${item}"`);
  }
  return {
    id: c.id.trim(),
    partyIds: splitList(c.party_ids),
    type: c.type.trim() as PartnershipType,
    status: c.status.trim() as PartnershipStatus,
    signedYear: intOrNull(c, 'signed_year', problem),
    signedYearAlternatives: alternatives,
    endedYear: intOrNull(c, 'ended_year', problem),
    fields: splitList(c.fields),
    confidence: c.confidence.trim() as Confidence,
    sourceUrls: splitList(c.source_urls),
    note: orNull(c.note),
    version: 1,
  };
}

export function toProgram(c: Cells, problem: CellProblem): Program {
  return {
    id: c.id.trim(),
    partnershipId: c.partnership_id.trim(),
    name: c.name.trim(),
    startYear: intOrNull(c, 'start_year', problem),
    endYear: intOrNull(c, 'end_year', problem),
    fields: splitList(c.fields),
    summary: c.summary.trim(),
    sourceUrls: splitList(c.source_urls),
    confidence: c.confidence.trim() as Confidence,
  };
}

/** "yes" for a supplied title (see Source.titleSupplied), empty otherwise. */
function titleSupplied(cells: Cells, problem: CellProblem): boolean {
  const raw = cells.title_supplied.trim();
  if (raw !== '' && raw !== 'yes') problem(`Expected "title_supplied" to be "yes" or empty, got "${raw}"`);
  return raw === 'yes';
}

export function toSource(c: Cells, problem: CellProblem): Source {
  return {
    url: c.url.trim(),
    kind: c.kind.trim() as SourceKind,
    title: orNull(c.title),
    titleSupplied: titleSupplied(c, problem),
    publisher: orNull(c.publisher),
    accessed: orNull(c.accessed),
    language: orNull(c.language),
    publishedDate: orNull(c.published_date),
    checkedDate: orNull(c.checked_date),
    checkNote: orNull(c.check_note),
  };
}
