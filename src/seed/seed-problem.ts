/**
 * Problems found while reading or validating a seed. Every problem names the file
 * and the 1-based line (the header is line 1) so a person can go and fix it.
 */

export const SEED_PROBLEM_CODES = [
  'MISSING_FILE', // a seed file is absent
  'BAD_HEADER', // the header row is not the expected one
  'BAD_COLUMN_COUNT', // a row has more or fewer cells than the header
  'BAD_VALUE', // a cell does not parse or is not an allowed value
  'DUPLICATE_ID', // two rows share an id (or a source URL, a field code, a country code)
  'UNKNOWN_REGION', // an Indonesian government that is not in the official Kemendagri list
  'REGION_MISMATCH', // an Indonesian government whose code, level or province disagrees with the official list
  'UNKNOWN_COUNTRY', // not an ISO 3166-1 alpha-2 code, or not in countries.tsv
  'UNKNOWN_GOVERNMENT', // a party or parent id that no government row has
  'UNKNOWN_PARTNERSHIP', // a program whose partnership id no partnership row has
  'UNKNOWN_FIELD', // a field code that fields.tsv does not define
  'UNKNOWN_SOURCE', // a cited URL that sources.tsv does not describe
  'SELF_PARTNERSHIP', // a partnership that lists the same government twice
  'YEAR_OUT_OF_RANGE', // a year before 1945, after this year, or an end before a start
  'MISSING_SOURCE', // a partnership or program that cites nothing
  'MALFORMED_URL', // a URL that is not http(s), or a document path outside seed/documents/
  'MISSING_DOCUMENT', // a DOCUMENT source whose file is not in seed/documents/
  'MISSING_COORDINATES', // a government without lat/lon (maps and layouts need them)
] as const;
export type SeedProblemCode = (typeof SEED_PROBLEM_CODES)[number];

export interface SeedProblem {
  /** Seed file name relative to the seed directory, e.g. "partnerships.tsv". */
  file: string;
  /** 1-based line; the header is line 1. 0 when the problem concerns the whole file. */
  line: number;
  code: SeedProblemCode;
  /** A sentence a person can act on. */
  message: string;
}

/** Formats a problem as `file:line CODE message`, the way the CLI prints it. */
export function formatSeedProblem(p: SeedProblem): string {
  return `${p.file}:${p.line} ${p.code} ${p.message}`;
}
