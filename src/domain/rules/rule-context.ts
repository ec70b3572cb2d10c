/**
 * The plumbing of the data rules (governments, partnerships, programs, sources): how a
 * rule reports a problem, and small checks used by several rules. A rule reports a
 * structured problem (code, entity and row, field, values) and words it through a
 * `Wording` its caller supplies: the seed words problems for files (file, column, line;
 * src/seed/validate-dataset.ts), the API for clients (input field path, the query or
 * mutation to use; src/store/write-rules.ts). The rules themselves know neither.
 */

/** The kinds of rows the rules check (one seed file each; one GraphQL type each). */
export const RULE_ENTITIES = ['countries', 'fields', 'governments', 'partnerships', 'programs', 'sources'] as const;
export type RuleEntity = (typeof RULE_ENTITIES)[number];

/** Problem codes of the data rules (the seed adds codes for file shape: missing files, headers, cells). */
export const RULE_PROBLEM_CODES = [
  'BAD_VALUE', // a value is not allowed (an enum, a date, an id shape, too long, control characters)
  'DUPLICATE_ID', // two rows share an id (or a source URL, a field code, a country code)
  'UNKNOWN_REGION', // an Indonesian government that is not in the official Kemendagri list
  'REGION_MISMATCH', // an Indonesian government whose code, level or province disagrees with the official list
  'UNKNOWN_COUNTRY', // not an ISO 3166-1 alpha-2 code, or not a known country
  'UNKNOWN_GOVERNMENT', // a party or parent id that no government has
  'UNKNOWN_PARTNERSHIP', // a program whose partnership id no partnership has
  'UNKNOWN_FIELD', // a field code that the vocabulary does not define
  'UNKNOWN_SOURCE', // a cited URL that no source describes
  'SELF_PARTNERSHIP', // a partnership that lists the same government twice
  'YEAR_OUT_OF_RANGE', // a year before 1945, after this year, or an end before a start
  'MISSING_SOURCE', // a partnership or program that cites nothing
  'MISSING_CHECK', // a source with no checked date where one is required (the shipped seed)
  'MALFORMED_URL', // a URL that is not http(s), or a document path outside seed/documents/
  'MISSING_DOCUMENT', // a DOCUMENT source whose file is not in seed/documents/
  'MISSING_COORDINATES', // a government without lat/lon (maps and layouts need them)
] as const;
export type RuleProblemCode = (typeof RULE_PROBLEM_CODES)[number];

/** One broken rule, as data: what, where (row and field) and the values involved. */
export interface RuleProblem {
  code: RuleProblemCode;
  entity: RuleEntity;
  /** Index of the row in the array the rule checked. */
  index: number;
  /** The model field at fault (camelCase, as in src/domain/model.ts), e.g. `partyIds`; `id` for the row's identity. */
  field: string;
  /** The values the problem is about (the bad value, the allowed ones, the row it clashes with). */
  values: Readonly<Record<string, string | number | null | readonly string[]>>;
  /** The sentence, worded by the caller's Wording, up to where a location would go (no final full stop). */
  head: string;
  /** What follows the location: "." or a hint such as "; did you mean …?". */
  tail: string;
}

/** How a reader names things: a seed file's columns and files, or the API's fields and queries. */
export interface Wording {
  /** A field of an entity: a file column ("signed_year") or an input field ("signedYear"). */
  field(entity: RuleEntity, field: string): string;
  /** Where the known rows of a kind are listed, after "in"/"which … does not list": "governments.tsv", "the dataset". */
  list(entity: RuleEntity): string;
  /** Where a reader adds a row of that kind, as a clause: "add it there", "add it with addSource first". */
  howToAdd(entity: RuleEntity): string;
  /** Where another row is, for "first on …": "line 5", "entry 2". */
  row(entity: RuleEntity, index: number): string;
}

/** The earliest year accepted anywhere in the dataset (Indonesian independence). */
export const MIN_YEAR = 1945;

/** Where DOCUMENT sources live, relative to the repository root; their URLs start with it. */
export const DOCUMENTS_PREFIX = 'seed/documents/';

export class RuleContext {
  readonly problems: RuleProblem[] = [];
  constructor(
    readonly wording: Wording,
    readonly maxYear: number,
  ) {}

  /** A field's name for the reader. */
  f(entity: RuleEntity, field: string): string {
    return this.wording.field(entity, field);
  }

  /** The row a duplicate was first seen on, for the reader. */
  row(entity: RuleEntity, index: number): string {
    return this.wording.row(entity, index);
  }

  /**
   * Records a problem. `head` has no final full stop; `tail` defaults to ".". A seed reader
   * shows `<head> (line N)<tail>`, e.g. `Unknown Indonesian region "Kota Bandng" (line 12);
   * did you mean "Kota Bandung" (32.73)?`; the API shows `<head><tail>`.
   */
  report(
    entity: RuleEntity,
    index: number,
    code: RuleProblemCode,
    field: string,
    values: RuleProblem['values'],
    head: string,
    tail = '.',
  ): void {
    this.problems.push({ code, entity, index, field, values, head, tail });
  }

  /** Reports a year outside MIN_YEAR..maxYear. */
  checkYear(entity: RuleEntity, index: number, field: string, year: number | null): void {
    if (year === null) return;
    if (!Number.isInteger(year) || year < MIN_YEAR || year > this.maxYear) {
      this.report(entity, index, 'YEAR_OUT_OF_RANGE', field, { value: year, min: MIN_YEAR, max: this.maxYear },
        `Expected "${this.f(entity, field)}" between ${MIN_YEAR} and ${this.maxYear}, got ${year}`);
    }
  }

  /** Reports an end year before its start year. */
  checkYearOrder(entity: RuleEntity, index: number, start: number | null, end: number | null, fields: [string, string]): void {
    if (start !== null && end !== null && end < start) {
      this.report(entity, index, 'YEAR_OUT_OF_RANGE', fields[1], { value: end, start },
        `"${this.f(entity, fields[1])}" ${end} is before "${this.f(entity, fields[0])}" ${start}`);
    }
  }

  /** Reports a value that is not one of `allowed`. */
  checkEnum(entity: RuleEntity, index: number, field: string, value: string, allowed: readonly string[]): void {
    if (!allowed.includes(value)) {
      this.report(entity, index, 'BAD_VALUE', field, { value, allowed },
        `Expected "${this.f(entity, field)}" to be one of ${allowed.join(', ')}, got "${value}"`);
    }
  }
}

/** True for an absolute http(s) URL with a dotted host, or a path under seed/documents/. */
export function isWellFormedUrl(url: string): boolean {
  if (url.startsWith(DOCUMENTS_PREFIX)) return /^seed\/documents\/[^/\\]+$/.test(url) && !url.includes('..');
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.') && !/\s/.test(url);
  } catch {
    return false;
  }
}

/** Indexes of the entries whose key was already seen, with the index of the first occurrence. */
export function duplicates<T>(items: readonly T[], key: (t: T) => string): { index: number; first: number; key: string }[] {
  const seen = new Map<string, number>();
  const out: { index: number; first: number; key: string }[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else out.push({ index, first, key: k });
  });
  return out;
}
