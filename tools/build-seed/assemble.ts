/**
 * Turns corrected rows into a Dataset: governments (Indonesian and foreign),
 * partnerships with normalised fields, the documents' programs, countries and
 * sources. Pure apart from reading the committed tables in tools/build-seed/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as isoCountries from 'i18n-iso-countries';
import type {
  Confidence, Country, Dataset, Field, Partnership, PartnershipStatus, PartnershipType, Program, Source,
} from '../../src/domain/model';
import { parseTsv, splitList } from '../../src/seed/tsv';
import { DOCUMENT_FACTS, DOCUMENT_PROGRAMS, DOCUMENT_ROWS, DOCUMENT_SOURCES } from './documents';
import { ForeignGovernments } from './foreign-governments';
import { IndonesianGovernments, type Placed } from './indonesian-governments';
import { Gazetteer } from './places';
import type { SharedRow } from './shared-rows';

// eslint-disable-next-line @typescript-eslint/no-require-imports
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
isoCountries.registerLocale(require('i18n-iso-countries/langs/id.json'));

const TYPES: Record<string, PartnershipType> = {
  sister_city: 'SISTER_CITY', sister_province: 'SISTER_PROVINCE', friendship_city: 'FRIENDSHIP_CITY', mou: 'MOU', loi: 'LETTER_OF_INTENT', other: 'OTHER',
};
const STATUSES: Record<string, PartnershipStatus> = { active: 'ACTIVE', dormant: 'DORMANT', unknown: 'UNKNOWN', ended: 'ENDED' };
const CONFIDENCE: Record<string, Confidence> = { high: 'HIGH', medium: 'MEDIUM', low: 'LOW' };
/** Short English names where ISO's official short name is long or formal. */
const COUNTRY_NAMES: Record<string, string> = {
  KR: 'South Korea', KP: 'North Korea', TW: 'Taiwan', US: 'United States', RU: 'Russia', CN: 'China', PS: 'Palestine', GB: 'United Kingdom',
};

/**
 * Indonesian names where i18n-iso-countries' Indonesian list keeps the English one
 * (it names Sweden "Sweden"); KBBI and Kemlu write these.
 */
const COUNTRY_NAMES_ID: Record<string, string> = { SE: 'Swedia' };

export interface Assembled {
  dataset: Dataset;
  placed: Placed[];
}

export function assemble(corrected: SharedRow[], toolDir: string): Assembled {
  const rows = withDocuments(corrected);
  const fieldMap = readFieldMap(join(toolDir, 'field-map.tsv'));
  const gazetteer = new Gazetteer();
  const aliases = readAliases(join(toolDir, 'aliases.tsv'));
  const indonesian = new IndonesianGovernments(gazetteer, aliases, join(toolDir, 'indonesia-places.tsv'));
  const foreign = new ForeignGovernments(gazetteer, aliases, toolDir);
  const partnerships: Partnership[] = [];
  const byPair = new Map<string, Partnership>();
  for (const r of rows) {
    const a = indonesian.idFor(r);
    const b = foreign.idFor(r);
    const base = `${a}--${b}`;
    const id = byPair.has(base) ? `${base}--${[...byPair.keys()].filter((k) => k.startsWith(base)).length + 1}` : base;
    const p: Partnership = {
      id, partyIds: [a, b], type: TYPES[r.type], status: STATUSES[r.status], signedYear: r.year,
      signedYearAlternatives: r.yearAlternatives, endedYear: null, fields: mapFields(r, fieldMap),
      confidence: CONFIDENCE[r.confidence], sourceUrls: [...new Set(r.urls)], note: r.note || null, version: 1,
    };
    if (!p.type || !p.status || !p.confidence) throw new Error(`${r.origin}: unknown type, status or confidence`);
    partnerships.push(p);
    byPair.set(id, p);
    pairIndex.set(`${r.idParty}|${r.foreignParty}`, p);
  }
  const programs = buildPrograms(fieldMap);
  const placed = [...indonesian.all(), ...foreign.all()].sort((x, y) => x.government.id.localeCompare(y.government.id));
  const dataset: Dataset = {
    countries: buildCountries(placed),
    fields: readVocabulary(join(toolDir, 'field-vocabulary.tsv')),
    governments: placed.map((p) => p.government),
    partnerships: partnerships.sort((x, y) => x.id.localeCompare(y.id)),
    programs,
    sources: buildSources(partnerships, programs, readSourceMetadata(join(toolDir, 'source-metadata.tsv'))),
  };
  pairIndex.clear();
  return { dataset, placed };
}

/** Partnerships by (Indonesian id_party, foreign_party), for attaching the documents' programs. */
const pairIndex = new Map<string, Partnership>();

function withDocuments(rows: SharedRow[]): SharedRow[] {
  const out = rows.map((r) => ({ ...r, urls: [...r.urls], rawFields: [...r.rawFields] }));
  for (const f of DOCUMENT_FACTS) {
    const row = out.find((r) => r.idParty === f.pair[0] && r.idLevel === f.pair[1] && r.foreignParty === f.pair[2]);
    if (!row) throw new Error(`Document facts for ${f.pair.join(' ')} match no row.`);
    row.urls.push(...f.urls);
    row.rawFields.push(...f.rawFields);
    row.note = row.note ? `${row.note}. ${f.note}` : f.note;
  }
  return [...out, ...DOCUMENT_ROWS.map((r) => ({ ...r, yearAlternatives: [] }))];
}

function buildPrograms(fieldMap: Map<string, string[]>): Program[] {
  return DOCUMENT_PROGRAMS.map(({ pair, suffix, program, rawFields }) => {
    const p = pairIndex.get(pair.join('|'));
    if (!p) throw new Error(`Program "${program.name}" has no partnership ${pair.join('–')}.`);
    const fields = [...new Set(rawFields.flatMap((f) => lookup(fieldMap, f, program.name)))];
    return { ...program, id: `${p.id}--${suffix}`, partnershipId: p.id, fields };
  });
}

function mapFields(r: SharedRow, fieldMap: Map<string, string[]>): string[] {
  return [...new Set(r.rawFields.flatMap((f) => lookup(fieldMap, f, r.origin)))];
}

function lookup(fieldMap: Map<string, string[]>, raw: string, where: string): string[] {
  const codes = fieldMap.get(raw.trim());
  if (!codes) throw new Error(`${where}: raw field "${raw}" is not in field-map.tsv.`);
  return codes;
}

function buildCountries(placed: Placed[]): Country[] {
  const codes = [...new Set(placed.map((p) => p.government.countryCode))].sort();
  return codes.map((code) => ({
    code,
    name: COUNTRY_NAMES[code] ?? isoCountries.getName(code, 'en') ?? code,
    nameId: COUNTRY_NAMES_ID[code] ?? isoCountries.getName(code, 'id') ?? null,
  }));
}

/** The citation columns of tools/build-seed/source-metadata.tsv, one row per cited web source. */
export const SOURCE_METADATA_HEADER = ['url', 'title', 'title_supplied', 'publisher', 'language', 'published_date', 'checked_date', 'check_note'] as const;
type SourceMetadata = Pick<Source, 'title' | 'titleSupplied' | 'publisher' | 'language' | 'publishedDate' | 'checkedDate' | 'checkNote'>;

/** Reads source-metadata.tsv; throws on a malformed header or row. */
export function readSourceMetadata(file: string): Map<string, SourceMetadata> {
  const tsv = parseTsv(readFileSync(file, 'utf8'));
  if (tsv.header.join('\t') !== SOURCE_METADATA_HEADER.join('\t')) throw new Error(`source-metadata.tsv: unexpected header ${tsv.header.join('|')}`);
  const out = new Map<string, SourceMetadata>();
  for (const r of tsv.rows) {
    if (r.cells.length !== SOURCE_METADATA_HEADER.length) throw new Error(`source-metadata.tsv:${r.line}: expected ${SOURCE_METADATA_HEADER.length} cells, got ${r.cells.length}`);
    const [url, title, titleSupplied, publisher, language, publishedDate, checkedDate, checkNote] = r.cells.map((c) => c.trim());
    if (titleSupplied !== '' && titleSupplied !== 'yes') throw new Error(`source-metadata.tsv:${r.line}: title_supplied must be "yes" or empty, got "${titleSupplied}"`);
    if (out.has(url)) throw new Error(`source-metadata.tsv:${r.line}: ${url} is described twice`);
    const orNull = (v: string): string | null => (v === '' ? null : v);
    out.set(url, {
      title: orNull(title), titleSupplied: titleSupplied === 'yes', publisher: orNull(publisher), language: orNull(language),
      publishedDate: orNull(publishedDate), checkedDate: orNull(checkedDate), checkNote: orNull(checkNote),
    });
  }
  return out;
}

/**
 * Every cited URL becomes a source. Web sources take their citation from source-metadata.tsv,
 * which must describe each of them, and nothing else (the build stops otherwise, so the file
 * cannot drift from what the seed cites); the documents' citations live in documents.ts.
 */
function buildSources(partnerships: Partnership[], programs: Program[], metadata: Map<string, SourceMetadata>): Source[] {
  const urls = new Set<string>();
  for (const p of partnerships) {
    p.sourceUrls.forEach((u) => urls.add(u));
    p.signedYearAlternatives.forEach((a) => urls.add(a.sourceUrl));
  }
  programs.forEach((p) => p.sourceUrls.forEach((u) => urls.add(u)));
  const documents = new Map(DOCUMENT_SOURCES.map((s) => [s.url, s]));
  const missing = [...urls].filter((u) => !documents.has(u) && !metadata.has(u));
  const unused = [...metadata.keys()].filter((u) => !urls.has(u));
  if (missing.length > 0 || unused.length > 0) {
    throw new Error(`source-metadata.tsv must describe exactly the cited web sources. Missing: ${missing.join(' ') || 'none'}. Not cited: ${unused.join(' ') || 'none'}.`);
  }
  return [...urls].sort().map((url) => documents.get(url) ?? { url, kind: 'WEB', accessed: null, ...metadata.get(url)! });
}

function readFieldMap(file: string): Map<string, string[]> {
  return new Map(parseTsv(readFileSync(file, 'utf8')).rows.map((r) => [r.cells[0].trim(), splitList(r.cells[1])]));
}

function readVocabulary(file: string): Field[] {
  return parseTsv(readFileSync(file, 'utf8')).rows.map((r) => ({ code: r.cells[0], labelEn: r.cells[1], labelId: r.cells[2] }));
}

function readAliases(file: string): Map<string, string[]> {
  return new Map(parseTsv(readFileSync(file, 'utf8')).rows.map((r) => [r.cells[0], splitList(r.cells[1])]));
}
