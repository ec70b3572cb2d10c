import { join } from 'node:path';
import type { Dataset, Source } from '../../src/domain/model';
import { citationCoverage } from '../../src/seed/citation-coverage';
import { readDataset } from '../../src/seed/read-dataset';
import { validateDataset } from '../../src/seed/validate-dataset';
import { smallDataset } from '../fixtures/small-dataset';

/** The share reached on 29 Nov 2026 (211 of 367), rounded down; raise it as titles are found. */
const COVERAGE_FLOOR = 0.57;
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

  it('gives a title and a publisher for at least COVERAGE_FLOOR of the sources', () => {
    const c = citationCoverage(sources);
    expect(c.withTitleAndPublisher / c.sources).toBeGreaterThanOrEqual(COVERAGE_FLOOR);
  });

  it('never leaves a title without saying where it came from or why it is missing', () => {
    for (const s of sources.filter((x) => x.title === null)) expect(s.checkNote).toMatch(/title/i);
  });
});
