/**
 * How complete the dataset's citations are: how many sources carry a title and a
 * publisher, and how many record the date they were last checked. Used by the seed
 * report and by the test that states the shipped seed's coverage.
 */
import type { Source } from '../domain/model';

export interface CitationCoverage {
  /** All sources, web pages and documents. */
  sources: number;
  /** Sources with both a title and a publisher. */
  withTitleAndPublisher: number;
  /** Sources with a checked date. */
  withCheckedDate: number;
  /** Sources with a language tag. */
  withLanguage: number;
  /** Sources with a publication date. */
  withPublishedDate: number;
}

export function citationCoverage(sources: readonly Source[]): CitationCoverage {
  const count = (ok: (s: Source) => boolean): number => sources.filter(ok).length;
  return {
    sources: sources.length,
    withTitleAndPublisher: count((s) => s.title !== null && s.publisher !== null),
    withCheckedDate: count((s) => s.checkedDate !== null),
    withLanguage: count((s) => s.language !== null),
    withPublishedDate: count((s) => s.publishedDate !== null),
  };
}

/** `part` of `whole` as a percentage with one decimal, e.g. "91.3%". */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0.0%' : `${((100 * part) / whole).toFixed(1)}%`;
}
