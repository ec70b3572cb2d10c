/**
 * Reports in Bahasa Indonesia and English: `formatReport(…, 'id')`, `?lang=id` on
 * /reports/*, breakdown labels in both languages, `npm run report -- --lang id`.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { AnalysisService } from '../../src/analysis/analysis-service';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { formatReport } from '../../src/reports/report-format';
import { ReportService } from '../../src/reports/report-service';
import { loadSeed } from '../../src/seed/load';
import { BreakdownService } from '../../src/services/breakdown-service';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { silentLogger } from '../support/graphql';
import { REPO_ROOT } from '../support/neo4j-env';

let store: EmbeddedStore;
let reports: ReportService;
let server: KotaKembarServer;
let url: string;

beforeAll(async () => {
  store = new EmbeddedStore({ file: null });
  await store.init();
  await loadSeed(store, path.join(REPO_ROOT, 'seed'));
  reports = new ReportService(new AnalysisService(store), store, () => new Date('2026-01-02T03:04:05.000Z'));
  server = await createServer({ store, logger: silentLogger });
  url = await server.listen(0, '127.0.0.1');
});
afterAll(() => server?.stop());

describe('reports in two languages', () => {
  it('writes the ranking in Bahasa Indonesia: title, facts, note, headers, levels and country names', async () => {
    const report = await reports.ranking('DEGREE', { countries: ['KR'] }, 50);
    const md = formatReport(report, 'md', 'id');
    expect(md).toContain('# Pemerintah daerah menurut sentralitas derajat');
    expect(md).toContain('- Versi data: 1');
    expect(md).toMatch(/- Rilis: \d{4}\.\d{2}\.\d{2}-[0-9a-f]{8}/);
    expect(md).toMatch(/- Lisensi: Open Database License/);
    expect(md).toMatch(/> Sentralitas derajat: bagian dari pemerintah daerah lain/);
    expect(md).toContain('| Peringkat | Pemerintah daerah | Id | Tingkat | Provinsi / wilayah | Negara | Skor |');
    expect(md).toMatch(/\| Kota \|/);
    expect(md).toMatch(/\| Korea Selatan \|/);
    const csv: Array<Record<string, string>> = parse(formatReport(report, 'csv', 'id'), { columns: true, bom: true });
    expect(Object.keys(csv[0])).toEqual(['Peringkat', 'Pemerintah daerah', 'Id', 'Tingkat', 'Provinsi / wilayah', 'Negara', 'Skor', 'Ukuran', 'Filter', 'Versi data', 'Dibuat', 'Rilis', 'Dasar hitungan', 'Lisensi', 'Atribusi']);
    const html = formatReport(report, 'html', 'id');
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<h1>Pemerintah daerah menurut sentralitas derajat</h1>');
  });

  it('keeps English the default, with levels worded', async () => {
    const report = await reports.ranking('PAGERANK', {}, 10);
    expect(formatReport(report, 'md')).toBe(formatReport(report, 'md', 'en'));
    expect(formatReport(report, 'md')).toContain('# Governments by PageRank');
    expect(formatReport(report, 'md')).toMatch(/\| (Province|City) \|/);
  });

  it('labels breakdown buckets in both languages', async () => {
    const types = await new BreakdownService(store).breakdown('AGREEMENT_TYPE', {});
    const sister = types.buckets.find((b) => b.key === 'SISTER_CITY')!;
    expect([sister.labelEn, sister.labelId]).toEqual(['Sister city', 'Kota kembar']);
    const countries = await new BreakdownService(store).breakdown('PARTNER_COUNTRY', {});
    const japan = countries.buckets.find((b) => b.key === 'JP')!;
    expect([japan.labelEn, japan.labelId]).toEqual(['Japan', 'Jepang']);
    const fields = await new BreakdownService(store).breakdown('FIELD', {});
    for (const b of fields.buckets) expect(b.labelId.trim()).not.toBe('');
  });

  it('answers ?lang=id on /reports/*, and 400 for an unknown language', async () => {
    const html = await fetch(`${url}/reports/provinces.html?measure=degree&lang=id`);
    expect(html.status).toBe(200);
    const text = await html.text();
    expect(text).toContain('<html lang="id">');
    expect(text).toContain('Provinsi di Indonesia menurut sentralitas derajat');
    const csv = await fetch(`${url}/reports/breakdown.csv?by=AGREEMENT_TYPE&lang=id`);
    const rows: Array<Record<string, string>> = parse(await csv.text(), { columns: true, bom: true });
    expect(rows.find((r) => r.Kunci === 'SISTER_CITY')?.Label).toBe('Kota kembar');
    const bad = await fetch(`${url}/reports/centrality.md?lang=fr`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ message: string }> }).errors[0].message).toBe('Expected "lang" to be one of id, en, got "fr".');
  });

  it('npm run report -- --lang id prints Indonesian', () => {
    const out = execFileSync(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(REPO_ROOT, 'src', 'reports', 'cli.ts'), '--lang', 'id', '--top', '3', '--format', 'md'],
      { encoding: 'utf8', cwd: REPO_ROOT },
    );
    expect(out).toMatch(/^# Pemerintah daerah menurut sentralitas keperantaraan/);
  }, 60_000);
});
