/**
 * Shared plumbing for the validation rules: where a row lives (file and line),
 * how to report a problem, and small checks used by several rules.
 */
import type { SeedProblem, SeedProblemCode } from './seed-problem';
import { DOCUMENTS_PREFIX, SEED_FILES, type SeedEntity } from './seed-format';

export interface RowLocation {
  file: string;
  line: number;
}

/** Maps an entity row (by its index in the dataset array) to its file and line. */
export type Locate = (entity: SeedEntity, index: number) => RowLocation;

/**
 * The default locator for data that did not come from files: the line the row
 * would have in a seed written in array order (header = line 1, first row = line 2).
 */
export const locateByIndex: Locate = (entity, index) => ({ file: SEED_FILES[entity], line: index + 2 });

/** The earliest year accepted anywhere in the dataset (Indonesian independence). */
export const MIN_YEAR = 1945;

export class ValidationContext {
  readonly problems: SeedProblem[] = [];
  constructor(
    private readonly locate: Locate,
    readonly maxYear: number,
  ) {}

  /** The line a row is on (for "first on line N" in duplicate messages). */
  line(entity: SeedEntity, index: number): number {
    return this.locate(entity, index).line;
  }

  /**
   * Records a problem. The message reads `<head> (line N)<tail>`, e.g.
   * `Unknown Indonesian region "Kota Bandng" (line 12); did you mean "Kota Bandung" (32.73)?`.
   * `head` has no final full stop; `tail` defaults to ".".
   */
  report(entity: SeedEntity, index: number, code: SeedProblemCode, head: string, tail = '.'): void {
    const { file, line } = this.locate(entity, index);
    this.problems.push({ file, line, code, message: `${head} (line ${line})${tail}` });
  }

  /** Reports a year outside MIN_YEAR..maxYear; `what` names the column. */
  checkYear(entity: SeedEntity, index: number, what: string, year: number | null): void {
    if (year === null) return;
    if (!Number.isInteger(year) || year < MIN_YEAR || year > this.maxYear) {
      this.report(entity, index, 'YEAR_OUT_OF_RANGE', `Expected "${what}" between ${MIN_YEAR} and ${this.maxYear}, got ${year}`);
    }
  }

  /** Reports an end year before its start year. */
  checkYearOrder(entity: SeedEntity, index: number, start: number | null, end: number | null, names: [string, string]): void {
    if (start !== null && end !== null && end < start) {
      this.report(entity, index, 'YEAR_OUT_OF_RANGE', `"${names[1]}" ${end} is before "${names[0]}" ${start}`);
    }
  }

  /** Reports a value that is not one of `allowed`. */
  checkEnum(entity: SeedEntity, index: number, what: string, value: string, allowed: readonly string[]): void {
    if (!allowed.includes(value)) {
      this.report(entity, index, 'BAD_VALUE', `Expected "${what}" to be one of ${allowed.join(', ')}, got "${value}"`);
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
