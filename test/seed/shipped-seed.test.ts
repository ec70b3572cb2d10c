import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/domain/model';
import { readDataset } from '../../src/seed/read-dataset';
import { formatDataset } from '../../src/seed/write-dataset';
import { computeDatasetStats } from '../../src/seed/dataset-stats';

const REPO = join(__dirname, '../..');
const SEED = join(REPO, 'seed');

describe('the shipped seed', () => {
  let dataset: Dataset;
  beforeAll(async () => {
    const result = await readDataset(SEED);
    expect(result.problems).toEqual([]);
    dataset = result.dataset;
  });

  it('gives every partnership and program at least one source', () => {
    for (const p of [...dataset.partnerships, ...dataset.programs]) expect(p.sourceUrls.length).toBeGreaterThan(0);
  });

  it('places every government', () => {
    const unplaced = dataset.governments.filter((g) => g.lat === null || g.lon === null).map((g) => g.id);
    expect(unplaced).toEqual([]);
  });

  it('stores the Kemendagri code of every Indonesian government except the capital authority', () => {
    const missing = dataset.governments.filter((g) => g.countryCode === 'ID' && g.level !== 'CAPITAL_AUTHORITY' && !g.kemendagriCode);
    expect(missing).toEqual([]);
    expect(dataset.governments.find((g) => g.id === 'id-prov-dki-jakarta')?.kemendagriCode).toBe('31');
  });

  it('holds the four partnerships and five programs of the user\'s documents', () => {
    const ids = new Set(dataset.partnerships.map((p) => p.id));
    for (const id of ['id-prov-dki-jakarta--kr-seoul', 'id-prov-dki-jakarta--jp-tokyo', 'id-prov-dki-jakarta--cn-beijing', 'id-kota-bandung--kr-seoul']) {
      expect(ids).toContain(id);
    }
    expect(dataset.programs).toHaveLength(5);
    for (const pr of dataset.programs) expect(pr.sourceUrls.every((u) => u.startsWith('seed/documents/'))).toBe(true);
  });

  it('covers at least the table\'s 39 kota, 10 regencies and 16 provinces', () => {
    const all = computeDatasetStats(dataset).coverage.find((c) => c.basis.key === 'ALL_TYPES')!;
    expect(all.byLevel.CITY).toBeGreaterThanOrEqual(39);
    expect(all.byLevel.REGENCY).toBeGreaterThanOrEqual(10);
    expect(all.byLevel.PROVINCE).toBeGreaterThanOrEqual(16);
  });

  it('round-trips through the writer unchanged', () => {
    const written = formatDataset(dataset);
    for (const [file, text] of Object.entries(written)) expect(text).toBe(readFileSync(join(SEED, file), 'utf8'));
  });
});

describe('the seed:check command', () => {
  const run = (dir: string) => spawnSync(process.execPath, [require.resolve('tsx/cli'), 'src/seed/check.ts', dir], { cwd: REPO, encoding: 'utf8' });

  it('passes on the shipped seed with a one-line summary', () => {
    const r = run('seed');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^seed:check OK: \d+ governments, \d+ partnerships/);
  });

  it('fails on broken rows and prints file:line for each', () => {
    const r = run('test/fixtures/seed/broken');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('governments.tsv:4 UNKNOWN_REGION');
    expect(r.stderr).toContain('partnerships.tsv:9 UNKNOWN_GOVERNMENT');
  });
});
