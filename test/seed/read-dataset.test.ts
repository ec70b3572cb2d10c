import { join } from 'node:path';
import { readDataset } from '../../src/seed/read-dataset';
import type { SeedProblem, SeedProblemCode } from '../../src/seed/seed-problem';

const BROKEN = join(__dirname, '../fixtures/seed/broken');

describe('readDataset on a seed of broken rows', () => {
  let problems: SeedProblem[];
  beforeAll(async () => {
    ({ problems } = await readDataset(BROKEN, { maxYear: 2026 }));
  });

  const find = (code: SeedProblemCode, file: string, line: number): SeedProblem | undefined =>
    problems.find((p) => p.code === code && p.file === file && p.line === line);

  it('reports every problem at once, sorted by file and line', () => {
    expect(problems).toHaveLength(10);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'governments.tsv:4', 'governments.tsv:6', 'governments.tsv:7', 'partnerships.tsv:3', 'partnerships.tsv:4',
      'partnerships.tsv:5', 'partnerships.tsv:6', 'partnerships.tsv:7', 'partnerships.tsv:8', 'partnerships.tsv:9',
    ]);
  });

  it('names an unknown Indonesian region and suggests the closest official names', () => {
    const p = find('UNKNOWN_REGION', 'governments.tsv', 4);
    expect(p?.message).toMatch(/^Unknown Indonesian region "Kota Bandng" \(line 4\); did you mean "Kota Bandung" \(32\.73\)/);
  });

  it('reports a duplicate government id with the line of the first one', () => {
    expect(find('DUPLICATE_ID', 'governments.tsv', 7)?.message).toContain('first on line 5');
  });

  it('reports a duplicate partnership id', () => {
    expect(find('DUPLICATE_ID', 'partnerships.tsv', 3)?.message).toContain('"id-kota-bandung--kr-seoul"');
  });

  it('reports a government whose country is unknown', () => {
    expect(find('UNKNOWN_COUNTRY', 'governments.tsv', 6)?.message).toContain('"XX"');
  });

  it('reports a self-partnership', () => {
    expect(find('SELF_PARTNERSHIP', 'partnerships.tsv', 4)).toBeDefined();
  });

  it('reports a year out of range', () => {
    expect(find('YEAR_OUT_OF_RANGE', 'partnerships.tsv', 5)?.message).toContain('got 1850');
  });

  it('reports a partnership without a source', () => {
    expect(find('MISSING_SOURCE', 'partnerships.tsv', 6)).toBeDefined();
  });

  it('reports a malformed URL', () => {
    expect(find('MALFORMED_URL', 'partnerships.tsv', 7)?.message).toContain('"htp:/broken"');
  });

  it('reports a field code outside the vocabulary', () => {
    expect(find('UNKNOWN_FIELD', 'partnerships.tsv', 8)?.message).toContain('"underwater_basket_weaving"');
  });

  it('reports a party that is not a government', () => {
    expect(find('UNKNOWN_GOVERNMENT', 'partnerships.tsv', 9)?.message).toContain('"kr-busan"');
  });

  it('reports a missing file and a bad header instead of throwing', async () => {
    const { problems: missing } = await readDataset(join(BROKEN, 'no-such-dir'));
    expect(missing.filter((p) => p.code === 'MISSING_FILE')).toHaveLength(6);
  });
});
