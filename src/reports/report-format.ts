/**
 * Reports as files: Markdown (facts, note, table), CSV (one header row, RFC 4180,
 * UTF-8 with BOM; measure, filter, data version and date repeated in trailing
 * columns, so the file stands alone and any CSV parser reads it) and HTML (a
 * standalone page with an SVG bar chart). Every format carries the filter, the
 * data version, the date, the release, the basis, the licence and the attribution,
 * and the note on the measure (HTML and Markdown).
 */
import { toCsv } from '../export/csv';
import { escapeXml } from '../export/attribute-values';
import type { ProvinceReport, RankingReport, Report } from './centrality-report';

export const REPORT_FORMATS = ['md', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function formatReport(report: Report, format: ReportFormat): string {
  switch (format) {
    case 'md':
      return toMarkdown(report);
    case 'csv':
      return toReportCsv(report);
    case 'html':
      return toHtml(report);
  }
}

const score = (v: number) => (Number.isInteger(v) ? String(v) : v.toPrecision(6));
const isNumber = (v: string) => v !== '' && Number.isFinite(Number(v));
const mdCell = (v: string) => v.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function tableOf(report: Report): { header: string[]; rows: string[][] } {
  if (report.kind === 'ranking')
    return {
      header: ['Rank', 'Government', 'Id', 'Level', 'Province / region', 'Country', 'Score'],
      rows: report.rows.map((r) => [String(r.rank), r.name, r.id, r.level, r.province ?? '', r.country, score(r.score)]),
    };
  return {
    header: ['Province', 'Id', 'Governments in network', 'Mean score', 'Highest score', 'Highest-scoring government'],
    rows: report.rows.map((r) => [r.province, r.provinceId, String(r.governmentCount), score(r.meanScore), score(r.maxScore), r.top.name]),
  };
}

function facts(report: Report): string[] {
  const size = report.kind === 'ranking' ? [`Network: ${report.networkSize} governments; ${report.rows.length} listed.`] : [];
  return [
    `Release: ${report.release ?? 'none recorded'}`,
    `Filter: ${report.filter === '{}' ? 'none (every partnership)' : report.filter}`,
    `Basis: ${report.basis}`,
    `Data version: ${report.dataVersion}`,
    `Generated: ${report.generatedAt}`,
    ...size,
    `Licence: ${report.license}`,
    `Attribution: ${report.attribution}`,
    `Cite as: ${report.citation}`,
  ];
}

export function toMarkdown(report: Report): string {
  const { header, rows } = tableOf(report);
  return [
    `# ${report.title}`,
    '',
    ...facts(report).map((f) => `- ${f}`),
    '',
    `> ${report.note}`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (rows.length > 0 && rows.every((r) => isNumber(r[i])) ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
    '',
  ].join('\n');
}

/** The table, plus measure, filter, data version, date, release, basis, licence and attribution on every row so the file stands alone. */
export function toReportCsv(report: Report): string {
  const { header, rows } = tableOf(report);
  const extra = [report.measure, report.filter, String(report.dataVersion), report.generatedAt, report.release ?? '', report.basis, report.license, report.attribution];
  return toCsv([...header, 'Measure', 'Filter', 'Data version', 'Generated', 'Release', 'Basis', 'Licence', 'Attribution'], rows.map((r) => [...r, ...extra]));
}

export function toHtml(report: Report): string {
  const { header, rows } = tableOf(report);
  const e = escapeXml;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e(report.title)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;max-width:960px;margin:2em auto;color:#222}table{border-collapse:collapse}td,th{padding:3px 8px;border-bottom:1px solid #ddd;text-align:left}td.n{text-align:right}blockquote{color:#444;border-left:3px solid #ccc;margin:1em 0;padding-left:1em}</style>
</head><body>
<h1>${e(report.title)}</h1>
<ul>${facts(report).map((f) => `<li>${e(f)}</li>`).join('')}</ul>
<blockquote>${e(report.note)}</blockquote>
${barChart(report)}
<table><thead><tr>${header.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td${isNumber(c) ? ' class="n"' : ''}>${e(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
</body></html>
`;
}

/** A horizontal SVG bar chart of the scores (mean scores for provinces). */
export function barChart(report: Report): string {
  const bars =
    report.kind === 'ranking'
      ? (report as RankingReport).rows.map((r) => ({ label: `${r.rank}. ${r.name}`, value: r.score }))
      : (report as ProvinceReport).rows.map((r) => ({ label: r.province, value: r.meanScore }));
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const rowHeight = 20;
  const labelWidth = 260;
  const barWidth = 560;
  const height = bars.length * rowHeight + 10;
  const items = bars.map((b, i) => {
    const y = i * rowHeight + 5;
    const w = Math.max((b.value / max) * barWidth, 0);
    return (
      `<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeXml(b.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="#1f77b4"><title>${escapeXml(`${b.label}: ${score(b.value)}`)}</title></rect>` +
      `<text x="${(labelWidth + w + 4).toFixed(1)}" y="${y + 14}">${score(b.value)}</text>`
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(report.title)}" width="${labelWidth + barWidth + 80}" height="${height}" font-size="12" font-family="system-ui, sans-serif">${items.join('')}</svg>`;
}
