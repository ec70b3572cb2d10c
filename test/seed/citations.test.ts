import { join } from 'node:path';
import type { Dataset, Source } from '../../src/domain/model';
import { citationCoverage } from '../../src/seed/citation-coverage';
import { readDataset } from '../../src/seed/read-dataset';
import { validateDataset } from '../../src/seed/validate-dataset';
import { smallDataset } from '../fixtures/small-dataset';

/**
 * The share with a title and a publisher reached on 29 Nov 2026 (343 of 367: 221 with the page's own
 * title, 122 with a supplied description of a page found without one), rounded down; raise it as
 * titles are found. Supplied descriptions count only because each names a page that was found.
 */
const COVERAGE_FLOOR = 0.93;
/** Of those, the share whose title is the page's own (221 of 367), rounded down: supplied descriptions must not replace titles that exist. */
const PAGE_TITLE_FLOOR = 0.6;
const SEED = join(__dirname, '../../seed');

describe('source citations in the seed check', () => {
  const withSource = (patch: Partial<Source>): Dataset => {
    const d = smallDataset();
    d.sources = [{ ...d.sources[0]!, ...patch }, d.sources[1]!];
    return d;
  };
  const problemsOf = (d: Dataset, requireCheckedDate?: boolean) =>
    validateDataset(d, { requireCoordinates: false, requireCheckedDate }).filter((p) => p.file === 'sources.tsv');

  it('accepts well-formed citations', () => {
    expect(problemsOf(smallDataset())).toEqual([]);
    expect(problemsOf(withSource({ language: 'zh-Hant', publishedDate: '2024-02-29' }))).toEqual([]);
  });

  it('rejects dates that are not real ISO dates', () => {
    for (const [field, column] of [['publishedDate', 'published_date'], ['checkedDate', 'checked_date'], ['accessed', 'accessed']] as const) {
      for (const bad of ['2026-02-30', '29/11/2026', '2026-1-5', '2026-11-29T10:00']) {
        const problems = problemsOf(withSource({ [field]: bad }));
        expect(problems).toEqual([expect.objectContaining({ code: 'BAD_VALUE', message: expect.stringContaining(`"${column}" as an ISO date`) })]);
      }
    }
  });

  it('rejects language tags that are not canonical BCP 47', () => {
    for (const bad of ['Indonesian', 'EN', 'id_ID', 'en-gb', '']) {
      if (bad === '') continue; // an empty cell is null, which is allowed
      expect(problemsOf(withSource({ language: bad }))).toEqual([
        expect.objectContaining({ code: 'BAD_VALUE', message: expect.stringContaining('BCP 47') }),
      ]);
    }
  });

  it('accepts a supplied description only in square brackets and flagged, and a bracketed title only when flagged', () => {
    expect(problemsOf(withSource({ title: "[List of Bangkok's sister cities]", titleSupplied: true }))).toEqual([]);
    expect(problemsOf(withSource({ title: '[Indonesia] Sister Cities', titleSupplied: false }))).toEqual([]); // a real title that starts with a bracket
    expect(problemsOf(withSource({ title: 'List of sister cities', titleSupplied: true }))).toEqual([
      expect.objectContaining({ code: 'BAD_VALUE', message: expect.stringContaining('"title_supplied" set, so its title must be a description in square brackets') }),
    ]);
    expect(problemsOf(withSource({ title: null, titleSupplied: true }))).toEqual([
      expect.objectContaining({ code: 'BAD_VALUE', message: expect.stringContaining('got no title') }),
    ]);
    expect(problemsOf(withSource({ title: '[List of sister cities]', titleSupplied: false }))).toEqual([
      expect.objectContaining({ code: 'BAD_VALUE', message: expect.stringContaining('marks a supplied description; set "title_supplied" too') }),
    ]);
  });

  it('requires a checked date on every source of a seed, but not of a single new source', () => {
    expect(problemsOf(withSource({ checkedDate: null }))).toEqual([expect.objectContaining({ code: 'MISSING_CHECK' })]);
    expect(problemsOf(withSource({ checkedDate: null }), false)).toEqual([]);
  });
});

describe('citation coverage of the shipped seed', () => {
  let sources: Source[];
  beforeAll(async () => {
    const { dataset, problems } = await readDataset(SEED);
    expect(problems).toEqual([]);
    sources = dataset.sources;
  });

  it('records when every source was last checked, and what the check found', () => {
    const c = citationCoverage(sources);
    expect(c.withCheckedDate).toBe(c.sources);
    expect(sources.filter((s) => s.checkNote === null).map((s) => s.url)).toEqual([]);
  });

  it('gives a title and a publisher for at least COVERAGE_FLOOR of the sources, counting page titles and supplied descriptions apart', () => {
    const c = citationCoverage(sources);
    expect(c.withTitleAndPublisher / c.sources).toBeGreaterThanOrEqual(COVERAGE_FLOOR);
    expect(c.withPageTitleAndPublisher / c.sources).toBeGreaterThanOrEqual(PAGE_TITLE_FLOOR);
    expect(c.withPageTitleAndPublisher + c.withSuppliedTitleAndPublisher).toBe(c.withTitleAndPublisher);
    expect(c.withPageTitle + c.withSuppliedTitle + c.withoutTitle).toBe(c.sources);
  });

  it('marks every supplied title: in square brackets, flagged, and explained as supplied by its check note', () => {
    const supplied = sources.filter((s) => s.titleSupplied);
    expect(supplied.length).toBeGreaterThan(0);
    for (const s of supplied) {
      expect(s.title).toMatch(/^\[.+\]$/s);
      expect(s.checkNote).toMatch(/supplied description/);
    }
    expect(sources.filter((s) => !s.titleSupplied && s.title !== null && /^\[.*\]$/s.test(s.title)).map((s) => s.url)).toEqual([]);
  });

  it('never leaves a title without saying where it came from or why it is missing', () => {
    for (const s of sources.filter((x) => x.title === null)) expect(s.checkNote).toMatch(/title/i);
  });

  it('says, for every source left without a title, that its stored copy was looked for and not found', () => {
    for (const s of sources.filter((x) => x.title === null)) expect(s.checkNote).toMatch(/not found|not be found/);
  });
});
