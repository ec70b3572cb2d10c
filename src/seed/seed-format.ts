/**
 * The seed format: one TSV file per entity of `Dataset`, columns in snake_case
 * mapping 1:1 onto the domain model (see docs/dataset.md). Shared by the reader
 * (read-dataset.ts) and the writer (write-dataset.ts) so the two cannot drift.
 */
import type { YearAlternative } from '../domain/model';
import type { RuleEntity } from '../domain/rules/rule-context';

export const SEED_FILES: Record<RuleEntity, string> = {
  countries: 'countries.tsv',
  fields: 'fields.tsv',
  governments: 'governments.tsv',
  partnerships: 'partnerships.tsv',
  programs: 'programs.tsv',
  sources: 'sources.tsv',
};
export type SeedEntity = RuleEntity;

export const SEED_HEADERS: Record<SeedEntity, readonly string[]> = {
  countries: ['code', 'name', 'name_id'],
  fields: ['code', 'label_en', 'label_id'],
  governments: [
    'id', 'name', 'level', 'local_type', 'country_code', 'parent_id',
    'admin1', 'kemendagri_code', 'lat', 'lon', 'aliases',
  ],
  partnerships: [
    'id', 'party_ids', 'type', 'status', 'signed_year', 'signed_year_alternatives',
    'ended_year', 'fields', 'confidence', 'source_urls', 'note',
  ],
  programs: ['id', 'partnership_id', 'name', 'start_year', 'end_year', 'fields', 'summary', 'source_urls', 'confidence'],
  sources: ['url', 'kind', 'title', 'title_supplied', 'publisher', 'accessed', 'language', 'published_date', 'checked_date', 'check_note'],
};


/**
 * Encodes one signed-year alternative as `YEAR@URL` or `YEAR@URL|note`.
 * Alternatives are joined with ";" in the cell, so a note may hold neither ";" nor "|".
 * @example formatYearAlternative({ year: 1991, sourceUrl: 'https://seattle.gov/x', note: 'Seattle dates the tie to 1991' })
 *   // "1991@https://seattle.gov/x|Seattle dates the tie to 1991"
 */
export function formatYearAlternative(a: YearAlternative): string {
  if (a.note !== null && /[;|\t\n]/.test(a.note)) {
    throw new Error(`A year-alternative note cannot hold ";", "|", tabs or newlines: ${JSON.stringify(a.note)}.`);
  }
  return `${a.year}@${a.sourceUrl}${a.note ? `|${a.note}` : ''}`;
}

/** Parses one `YEAR@URL|note` item; returns null when it does not have that shape. */
export function parseYearAlternative(item: string): YearAlternative | null {
  const m = /^(\d{4})@([^|]+)(?:\|(.*))?$/.exec(item.trim());
  if (!m) return null;
  const note = m[3]?.trim();
  return { year: Number(m[1]), sourceUrl: m[2].trim(), note: note ? note : null };
}
