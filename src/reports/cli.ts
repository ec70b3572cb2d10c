/**
 * `npm run report -- --measure betweenness --top 20 --format md|csv|html`: a
 * centrality report on the seeded dataset (an in-memory embedded store loaded
 * from seed/), written to stdout or `--out FILE`.
 *
 * Options: --measure (degree, betweenness, closeness, harmonic, pagerank,
 * eigenvector; default betweenness), --top N (default 20), --format (md, csv,
 * html; default md), --lang (en or id: titles, notes, headers and labels in English
 * or Bahasa Indonesia; default en), --by-province (compare Indonesian provinces instead of
 * ranking governments), --seed DIR (default seed/), --out FILE, and the network
 * filter as in the export URLs: --asOf 2010 --countries JP,KR --agreementTypes
 * SISTER_CITY --statuses --indonesianLevels --provinces --fields --minConfidence
 * (default MEDIUM; --minConfidence low counts the leads too) --undated (exclude|include).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CENTRALITY_MEASURES, type CentralityMeasure } from '../analysis/centrality';
import { createServices } from '../app/services';
import { KotaKembarError } from '../domain/errors';
import { FILTER_PARAMETERS, parseFilterQuery } from '../services/filter-query';
import { REPO_ROOT } from '../paths';
import { loadSeed } from '../seed/load';
import { EmbeddedStore } from '../store/embedded/embedded-store';
import { isLanguage, LANGUAGES } from '../i18n';
import { formatReport, REPORT_FORMATS, type ReportFormat } from './report-format';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      measure: { type: 'string', default: 'betweenness' },
      top: { type: 'string', default: '20' },
      format: { type: 'string', default: 'md' },
      lang: { type: 'string', default: 'en' },
      'by-province': { type: 'boolean', default: false },
      seed: { type: 'string', default: path.join(REPO_ROOT, 'seed') },
      out: { type: 'string' },
      ...Object.fromEntries(FILTER_PARAMETERS.map((p) => [p, { type: 'string' as const }])),
    },
    strict: true,
  });
  const measure = String(values.measure).toUpperCase() as CentralityMeasure;
  if (!CENTRALITY_MEASURES.includes(measure))
    throw new Error(`Unknown measure "${values.measure}"; expected one of ${CENTRALITY_MEASURES.map((m) => m.toLowerCase()).join(', ')}.`);
  const format = String(values.format) as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new Error(`Unknown format "${values.format}"; expected one of ${REPORT_FORMATS.join(', ')}.`);
  const lang = String(values.lang).toLowerCase();
  if (!isLanguage(lang)) throw new Error(`Unknown language "${values.lang}"; expected one of ${LANGUAGES.join(', ')}.`);
  if (!/^\d+$/.test(String(values.top))) throw new Error(`Expected "--top" to be a whole number, got "${values.top}".`);
  const given = values as Record<string, unknown>;
  const filterQuery = Object.fromEntries(FILTER_PARAMETERS.filter((p) => given[p] !== undefined).map((p) => [p, given[p]]));
  const filter = parseFilterQuery(filterQuery);

  const store = new EmbeddedStore({ file: null });
  await store.init();
  await loadSeed(store, String(values.seed));
  const { reports } = createServices(store);
  const report = values['by-province'] ? await reports.provinces(measure, filter) : await reports.ranking(measure, filter, Number(values.top));
  const text = formatReport(report, format, lang);
  if (values.out) {
    writeFileSync(String(values.out), text);
    console.error(`Wrote ${values.out}.`);
  } else process.stdout.write(text);
  await store.close();
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof KotaKembarError || err instanceof Error ? err.message : String(err));
  process.exit(1);
});
