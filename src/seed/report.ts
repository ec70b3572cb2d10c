/**
 * `npm run seed:report [dir]`: coverage of the seed as markdown on stdout —
 * Indonesian governments with partners by level and province, partnerships by
 * country, type, status, decade signed and confidence, citation coverage, and the low-confidence rows.
 */
import { resolve } from 'node:path';
import type { Dataset } from '../domain/model';
import { citationCoverage, percent } from './citation-coverage';
import { computeDatasetStats, COVERAGE_LEVELS, type Count } from './dataset-stats';
import { readDataset } from './read-dataset';
import { formatSeedProblem } from './seed-problem';

const table = <K>(title: string, rows: Count<K>[], label: (k: K) => string = String): string[] => [
  `## ${title}`, '', '| | Count |', '|---|---|', ...rows.map((r) => `| ${label(r.key)} | ${r.count} |`), '',
];

/** The report as markdown lines. */
export function seedReport(dataset: Dataset): string[] {
  const stats = computeDatasetStats(dataset);
  const byId = new Map(dataset.governments.map((g) => [g.id, g]));
  const partyIds = new Set(dataset.partnerships.flatMap((p) => p.partyIds));
  const lines = [
    '# Seed coverage report', '',
    `${stats.partnershipCount} partnerships, ${stats.governmentCount} governments (${stats.indonesianGovernmentCount} Indonesian), `
      + `${stats.programCount} programs, ${stats.sourceCount} sources, ${stats.countryCount} countries.`, '',
    '## Indonesian governments with at least one partnership', '',
    `| Counting | ${COVERAGE_LEVELS.join(' | ')} | Total |`, `|---|${COVERAGE_LEVELS.map(() => '---|').join('')}---|`,
    ...stats.coverage.map((c) => `| ${c.basis.key}: ${c.basis.description} | ${COVERAGE_LEVELS.map((l) => c.byLevel[l]).join(' | ')} | ${c.total} |`), '',
    '## Indonesian governments with partners, by province', '', '| Province | Province government | Kota | Kabupaten |', '|---|---|---|---|',
  ];
  const provinces = dataset.governments.filter((g) => g.countryCode === 'ID' && g.level === 'PROVINCE');
  for (const prov of provinces) {
    const members = dataset.governments.filter((g) => g.parentId === prov.id && partyIds.has(g.id));
    const names = (level: string): string => members.filter((g) => g.level === level).map((g) => g.name.replace(/^(Kota|Kabupaten) /, '')).join(', ') || '—';
    lines.push(`| ${prov.name} | ${partyIds.has(prov.id) ? 'yes' : 'no'} | ${names('CITY')} | ${names('REGENCY')} |`);
  }
  lines.push('');
  const countryName = new Map(dataset.countries.map((c) => [c.code, c.name]));
  lines.push(...table('Partnerships by foreign country', stats.partnershipsByCountry, (k) => `${countryName.get(k) ?? k} (${k})`));
  lines.push(...table('Partnerships by type', stats.partnershipsByType));
  lines.push(...table('Partnerships by status', stats.partnershipsByStatus));
  lines.push(...table('Partnerships by decade signed', stats.partnershipsByDecade, (k) => (k === null ? 'no year' : `${k}s`)));
  lines.push(...table('Partnerships by confidence', stats.partnershipsByConfidence));
  const c = citationCoverage(dataset.sources);
  lines.push('## Citations', '', '| Sources with | Count | Share |', '|---|---|---|',
    `| title and publisher | ${c.withTitleAndPublisher} | ${percent(c.withTitleAndPublisher, c.sources)} |`,
    `| — the page's own title, and publisher | ${c.withPageTitleAndPublisher} | ${percent(c.withPageTitleAndPublisher, c.sources)} |`,
    `| — a supplied description [in brackets], and publisher | ${c.withSuppliedTitleAndPublisher} | ${percent(c.withSuppliedTitleAndPublisher, c.sources)} |`,
    `| no title (stored copy not found; see the check note) | ${c.withoutTitle} | ${percent(c.withoutTitle, c.sources)} |`,
    `| publisher | ${c.withPublisher} | ${percent(c.withPublisher, c.sources)} |`,
    `| language | ${c.withLanguage} | ${percent(c.withLanguage, c.sources)} |`,
    `| publication date | ${c.withPublishedDate} | ${percent(c.withPublishedDate, c.sources)} |`,
    `| checked date | ${c.withCheckedDate} | ${percent(c.withCheckedDate, c.sources)} |`,
    `| (all sources) | ${c.sources} | |`, '');
  const low = dataset.partnerships.filter((p) => p.confidence === 'LOW');
  lines.push(`## Low-confidence partnerships (${low.length})`, '', 'Leads, not established ties: known only from a Wikipedia-derived list, a blog or a forum, or announced and unconfirmed.', '',
    '| Partnership | Type | Note |', '|---|---|---|',
    ...low.map((p) => `| ${p.partyIds.map((id) => byId.get(id)?.name ?? id).join(' – ')} | ${p.type} | ${(p.note ?? '').replace(/\|/g, '\\|')} |`), '');
  return lines;
}

async function main(): Promise<number> {
  const dir = resolve(process.argv[2] ?? 'seed');
  const { dataset, problems } = await readDataset(dir);
  for (const p of problems) console.error(formatSeedProblem(p));
  console.log(seedReport(dataset).join('\n'));
  return problems.length > 0 ? 1 : 0;
}

if (require.main === module) {
  main().then((code) => process.exit(code), (err: unknown) => { console.error(err); process.exit(2); });
}
