/**
 * Centrality reports on the seeded embedded store: the ranking and the province
 * comparison, in Markdown, CSV and HTML, through the service, over HTTP and from
 * `npm run report`.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { AnalysisService } from '../../src/analysis/analysis-service';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { formatReport } from '../../src/reports/report-format';
import { ReportService } from '../../src/reports/report-service';
import { basisLine } from '../../src/analysis/basis';
import { ATTRIBUTION_TEXT, DATASET_LICENSE } from '../../src/domain/attribution';
import { loadSeed } from '../../src/seed/load';
import { seedRelease } from '../../src/seed/release';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { silentLogger } from '../support/graphql';
import { REPO_ROOT } from '../support/neo4j-env';

const NOW = new Date('2026-01-02T03:04:05.000Z');
let store: EmbeddedStore;
let analysis: AnalysisService;
let reports: ReportService;
let server: KotaKembarServer;
let url: string;
let releaseId: string;

beforeAll(async () => {
  store = new EmbeddedStore({ file: null });
  await store.init();
  await loadSeed(store, path.join(REPO_ROOT, 'seed'));
  releaseId = (await seedRelease(path.join(REPO_ROOT, 'seed'))).stamp.id;
  analysis = new AnalysisService(store);
  reports = new ReportService(analysis, store, () => NOW);
  server = await createServer({ store, logger: silentLogger });
  url = await server.listen(0, '127.0.0.1');
});
afterAll(() => server?.stop());

describe('ranking report', () => {
  it('lists the top 20 by betweenness with names, levels, provinces, scores and ranks, as the centrality query ranks them', async () => {
    const report = await reports.ranking('BETWEENNESS', {}, 20);
    const expected = await analysis.centrality('BETWEENNESS', {}, 20);
    expect(report.rows.map((r) => [r.id, r.score, r.rank])).toEqual(expected.map((s) => [s.node.id, s.score, s.rank]));
    expect(report).toMatchObject({ measure: 'BETWEENNESS', filter: '{"minConfidence":"MEDIUM","undated":"EXCLUDE"}', dataVersion: 1, generatedAt: NOW.toISOString() });
    const bandung = report.rows.find((r) => r.id === 'id-kota-bandung');
    expect(bandung).toMatchObject({ name: 'Kota Bandung', level: 'CITY', province: 'Jawa Barat', country: 'Indonesia' });
  });

  it('writes Markdown with the filter, data version, date, the note on the measure and the table', async () => {
    const md = formatReport(await reports.ranking('PAGERANK', { asOf: 2010 }, 5), 'md');
    expect(md).toContain('# Governments by PageRank');
    expect(md).toContain('- Filter: {"asOf":2010,"minConfidence":"MEDIUM","undated":"EXCLUDE"}');
    expect(md).toContain('- Data version: 1');
    expect(md).toContain(`- Generated: ${NOW.toISOString()}`);
    expect(md).toContain(`- Release: ${releaseId}`);
    expect(md).toContain(`- Basis: ${basisLine(await analysis.basis({ asOf: 2010 }))}`);
    expect(md).toContain(`- Licence: ${DATASET_LICENSE}`);
    expect(md).toContain(`- Attribution: ${ATTRIBUTION_TEXT}`);
    expect(md).toContain(`- Cite as: Kota Kembar`);
    expect(md).toMatch(/> PageRank \(damping 0\.85\)/);
    expect(md.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(5);
  });

  it('writes CSV that a CSV parser reads, one row per government', async () => {
    const csv = formatReport(await reports.ranking('DEGREE', {}, 20), 'csv');
    const rows: any[] = parse(csv, { columns: true, bom: true });
    expect(rows).toHaveLength(20);
    expect(Object.keys(rows[0])).toEqual([
      'Rank', 'Government', 'Id', 'Level', 'Province / region', 'Country', 'Score',
      'Measure', 'Filter', 'Data version', 'Generated', 'Release', 'Basis', 'Licence', 'Attribution',
    ]);
    expect(rows[0]).toMatchObject({
      Rank: '1', Measure: 'DEGREE', Filter: '{"minConfidence":"MEDIUM","undated":"EXCLUDE"}', 'Data version': '1',
      Release: releaseId, Basis: basisLine(await analysis.basis({})), Licence: DATASET_LICENSE, Attribution: ATTRIBUTION_TEXT,
    });
  });

  it('writes a standalone HTML page with an SVG bar per government', async () => {
    const html = formatReport(await reports.ranking('BETWEENNESS', {}, 20), 'html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html.match(/<rect /g)).toHaveLength(20);
    expect(html).toContain('Betweenness centrality: how often');
  });

  it('refuses a top of 0 with BAD_USER_INPUT', async () => {
    await expect(reports.ranking('DEGREE', {}, 0)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('province comparison report', () => {
  it('compares Indonesian provinces by mean score, with their best government', async () => {
    const report = await reports.provinces('BETWEENNESS', {});
    expect(report.rows.length).toBeGreaterThan(5);
    const means = report.rows.map((r) => r.meanScore);
    expect(means).toEqual([...means].sort((a, b) => b - a));
    for (const r of report.rows) {
      expect(r.provinceId).toMatch(/^id-prov-/);
      expect(r.maxScore).toBeGreaterThanOrEqual(r.meanScore - 1e-12);
      expect(r.top.score).toBe(r.maxScore);
    }
    const jabar = report.rows.find((r) => r.provinceId === 'id-prov-jawa-barat')!;
    expect(jabar.governmentCount).toBeGreaterThan(1);
  });
});

describe('reports over HTTP', () => {
  it.each(['', 'by=colour', 'by=FIELD&asOf=later'])('answers 400 BAD_USER_INPUT for breakdown.csv?%s', async (query) => {
    const res = await fetch(`${url}/reports/breakdown.csv?${query}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('serves the ranking as HTML and the province comparison as a CSV download', async () => {
    const html = await fetch(`${url}/reports/centrality.html?measure=pagerank&top=5&asOf=2010`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await html.text();
    expect(page.match(/<rect /g)).toHaveLength(5);
    expect(page).toContain(`Release: ${releaseId}`);
    expect(page).toContain('Licence: Open Database License (ODbL) 1.0');
    const csv = await fetch(`${url}/reports/provinces.csv?measure=degree`);
    expect(csv.headers.get('content-disposition')).toMatch(/filename="kota-kembar-provinces-degree-v1\.csv"/);
    expect((parse(await csv.text(), { columns: true, bom: true }) as any[]).length).toBeGreaterThan(5);
  });

  it('serves a breakdown as CSV for charts: buckets by count, governments behind each', async () => {
    const res = await fetch(`${url}/reports/breakdown.csv?by=partner_country&asOf=2010`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="kota-kembar-breakdown-partner_country-v1\.csv"/);
    const rows: any[] = parse(await res.text(), { columns: true, bom: true });
    expect(rows.length).toBeGreaterThan(3);
    const counts = rows.map((r) => Number(r.Partnerships));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const japan = rows.find((r) => r.Key === 'JP');
    expect(japan).toMatchObject({ Label: 'Japan', Dimension: 'PARTNER_COUNTRY', 'Data version': '1', Release: releaseId, Licence: DATASET_LICENSE, Attribution: ATTRIBUTION_TEXT });
    expect(japan.Basis).toBe(basisLine(await analysis.basis({ asOf: 2010 })));
    expect(japan.Governments.split('|').length).toBe(japan['Government ids'].split('|').length);
  });

  it.each(['measure=influence', 'top=-3', 'countries=ZZ', 'colour=red'])('answers 400 BAD_USER_INPUT for %s', async (query) => {
    const res = await fetch(`${url}/reports/centrality.md?${query}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

it('npm run report -- --measure betweenness --top 20 --format csv prints the ranking', () => {
  const out = execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(REPO_ROOT, 'src', 'reports', 'cli.ts'), '--measure', 'betweenness', '--top', '20', '--format', 'csv'], {
    encoding: 'utf8',
    cwd: REPO_ROOT,
  });
  const rows: any[] = parse(out, { columns: true, bom: true });
  expect(rows).toHaveLength(20);
  expect(rows[0].Measure).toBe('BETWEENNESS');
  expect(rows[0].Release).toBe(releaseId);
  expect(rows[0].Basis).toMatch(/minConfidence MEDIUM/);
  expect(rows[0].Attribution).toBe(ATTRIBUTION_TEXT);
}, 60_000);
