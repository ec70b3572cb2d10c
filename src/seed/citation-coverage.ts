/**
 * How complete the dataset's citations are: how many sources carry a title and a
 * publisher (split into titles the page itself gives and descriptions supplied for
 * pages without a title of their own), and how many record the date they were last
 * checked. Used by the seed report, `datasetStats` and the test that states the
 * shipped seed's coverage.
 */
import type { Source } from '../domain/model';

export interface CitationCoverage {
  /** All sources, web pages and documents. */
  sources: number;
  /** Sources with both a title (the page's own or a supplied description) and a publisher. */
  withTitleAndPublisher: number;
  /** Of withTitleAndPublisher: the title is the page's (or document's) own. */
  withPageTitleAndPublisher: number;
  /** Of withTitleAndPublisher: the title is a description supplied for a work without one. */
  withSuppliedTitleAndPublisher: number;
  /** Sources whose title is the page's (or document's) own, with or without a publisher. */
  withPageTitle: number;
  /** Sources whose title is a supplied description (Source.titleSupplied), with or without a publisher. */
  withSuppliedTitle: number;
  /** Sources with no title at all: the page's stored copy was not found (or not found again to describe it); the check note says what was searched. */
  withoutTitle: number;
  /** Sources with a publisher. */
  withPublisher: number;
  /** Sources with a checked date. */
  withCheckedDate: number;
  /** Sources with a language tag. */
  withLanguage: number;
  /** Sources with a publication date. */
  withPublishedDate: number;
}

export function citationCoverage(sources: readonly Source[]): CitationCoverage {
  const count = (ok: (s: Source) => boolean): number => sources.filter(ok).length;
  const pageTitle = (s: Source): boolean => s.title !== null && !s.titleSupplied;
  const suppliedTitle = (s: Source): boolean => s.title !== null && s.titleSupplied;
  return {
    sources: sources.length,
    withTitleAndPublisher: count((s) => s.title !== null && s.publisher !== null),
    withPageTitleAndPublisher: count((s) => pageTitle(s) && s.publisher !== null),
    withSuppliedTitleAndPublisher: count((s) => suppliedTitle(s) && s.publisher !== null),
    withPageTitle: count(pageTitle),
    withSuppliedTitle: count(suppliedTitle),
    withoutTitle: count((s) => s.title === null),
    withPublisher: count((s) => s.publisher !== null),
    withCheckedDate: count((s) => s.checkedDate !== null),
    withLanguage: count((s) => s.language !== null),
    withPublishedDate: count((s) => s.publishedDate !== null),
  };
}

/** `part` of `whole` as a percentage with one decimal, e.g. "91.3%". */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0.0%' : `${((100 * part) / whole).toFixed(1)}%`;
}
