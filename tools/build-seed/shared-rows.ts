/**
 * Reads the researched partnership table (../shared/data/partnerships.tsv, or a
 * file of additional rows in the same 14-column format) into plain objects that
 * the corrections and the seed builder work on.
 */
import { readFileSync } from 'node:fs';
import { parseTsv, splitList } from '../../src/seed/tsv';

export const SHARED_HEADER = [
  'id_party', 'id_level', 'id_province', 'foreign_party', 'foreign_level', 'foreign_admin1',
  'foreign_country_iso2', 'year_signed', 'agreement_type', 'fields', 'status', 'source_urls', 'note', 'confidence',
] as const;

export interface YearAlt {
  year: number;
  sourceUrl: string;
  note: string | null;
}

export interface SharedRow {
  /** "partnerships.tsv:12" or "additions.tsv:3": where the row came from. */
  origin: string;
  idParty: string;
  idLevel: 'city' | 'regency' | 'province';
  idProvince: string;
  foreignParty: string;
  foreignLevel: string;
  foreignAdmin1: string;
  country: string;
  year: number | null;
  type: string;
  rawFields: string[];
  status: string;
  urls: string[];
  note: string;
  confidence: string;
  /** Years other sources give (filled by corrections). */
  yearAlternatives: YearAlt[];
}

/** Reads one file in the shared 14-column format; throws on a malformed header or row. */
export function readSharedRows(file: string, label: string): SharedRow[] {
  const tsv = parseTsv(readFileSync(file, 'utf8'));
  if (tsv.header.join('\t') !== SHARED_HEADER.join('\t')) {
    throw new Error(`${label}: unexpected header ${tsv.header.join('|')}`);
  }
  return tsv.rows.map((r) => {
    if (r.cells.length !== SHARED_HEADER.length) throw new Error(`${label}:${r.line}: expected 14 cells, got ${r.cells.length}`);
    const c = Object.fromEntries(SHARED_HEADER.map((h, i) => [h, r.cells[i].trim()])) as Record<(typeof SHARED_HEADER)[number], string>;
    return {
      origin: `${label}:${r.line}`,
      idParty: c.id_party,
      idLevel: c.id_level as SharedRow['idLevel'],
      idProvince: c.id_province,
      foreignParty: c.foreign_party,
      foreignLevel: c.foreign_level,
      foreignAdmin1: c.foreign_admin1,
      country: c.foreign_country_iso2,
      year: c.year_signed === '' ? null : Number(c.year_signed),
      type: c.agreement_type,
      rawFields: splitList(c.fields),
      status: c.status,
      urls: c.source_urls.split(/\s+/).filter((u) => u !== ''),
      note: c.note,
      confidence: c.confidence,
      yearAlternatives: [],
    };
  });
}

/** "Bandung (city) – Seoul": how CHANGES.md and LEADS.md name a row. */
export function pairLabel(r: Pick<SharedRow, 'idParty' | 'idLevel' | 'foreignParty'>): string {
  return `${r.idParty} (${r.idLevel}) – ${r.foreignParty}`;
}
