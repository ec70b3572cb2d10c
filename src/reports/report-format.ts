/**
 * Reports as files: Markdown (facts, note, table), CSV (one header row, RFC 4180,
 * UTF-8 with BOM; measure, filter, data version and date repeated in trailing
 * columns, so the file stands alone and any CSV parser reads it) and HTML (a
 * standalone page with an SVG bar chart). Every format carries the filter, the
 * data version, the date, the release, the basis, the licence and the attribution,
 * and the note on the measure (HTML and Markdown). Every text a reader sees comes
 * from the shared catalogue (src/i18n), in English (the default) or Bahasa Indonesia.
 */
import { toCsv } from '../export/csv';
import { escapeXml } from '../export/attribute-values';
import { labelOf, LEVEL_LABELS, translate, type Language, type MessageKey } from '../i18n';
import type { ProvinceReport, RankingReport, Report } from './centrality-report';

export const REPORT_FORMATS = ['md', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function formatReport(report: Report, format: ReportFormat, lang: Language = 'en'): string {
  switch (format) {
    case 'md':
      return toMarkdown(report, lang);
    case 'csv':
      return toReportCsv(report, lang);
    case 'html':
      return toHtml(report, lang);
  }
}

const tr = (lang: Language, key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);

/** The report's title and note in `lang`. */
function texts(report: Report, lang: Language): { title: string; note: string } {
  const measure = tr(lang, `report.measure.${report.measure}` as MessageKey);
  return {
    title: tr(lang, report.kind === 'ranking' ? 'report.rankingTitle' : 'report.provincesTitle', { measure }),
    note: tr(lang, `report.note.${report.measure}` as MessageKey),
  };
}

const score = (v: number) => (Number.isInteger(v) ? String(v) : v.toPrecision(6));
const isNumber = (v: string) => v !== '' && Number.isFinite(Number(v));
const mdCell = (v: string) => v.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function tableOf(report: Report, lang: Language): { header: string[]; rows: string[][] } {
  const h = (keys: string[]) => keys.map((k) => tr(lang, `report.col.${k}` as MessageKey));
  if (report.kind === 'ranking')
    return {
      header: h(['rank', 'government', 'id', 'level', 'province', 'country', 'score']),
      rows: report.rows.map((r) => [
        String(r.rank),
        r.name,
        r.id,
        labelOf(LEVEL_LABELS, r.level, lang),
        r.province ?? '',
        lang === 'id' ? r.countryNameId : r.country,
        score(r.score),
      ]),
    };
  return {
    header: h(['provinceName', 'id', 'governmentCount', 'meanScore', 'maxScore', 'top']),
    rows: report.rows.map((r) => [r.province, r.provinceId, String(r.governmentCount), score(r.meanScore), score(r.maxScore), r.top.name]),
  };
}

function facts(report: Report, lang: Language): string[] {
  const size = report.kind === 'ranking' ? [tr(lang, 'report.network', { size: report.networkSize, listed: report.rows.length })] : [];
  return [
    tr(lang, 'report.release', { release: report.release ?? tr(lang, 'report.releaseNone') }),
    tr(lang, 'report.filter', { filter: report.filter === '{}' ? tr(lang, 'report.filterNone') : report.filter }),
    tr(lang, 'report.basis', { basis: report.basis }),
    tr(lang, 'report.dataVersion', { version: report.dataVersion }),
    tr(lang, 'report.generated', { date: report.generatedAt }),
    ...size,
    tr(lang, 'report.licence', { licence: report.license }),
    tr(lang, 'report.attribution', { attribution: report.attribution }),
    tr(lang, 'report.citeAs', { citation: report.citation }),
  ];
}

export function toMarkdown(report: Report, lang: Language = 'en'): string {
  const { header, rows } = tableOf(report, lang);
  const { title, note } = texts(report, lang);
  return [
    `# ${title}`,
    '',
    ...facts(report, lang).map((f) => `- ${f}`),
    '',
    `> ${note}`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (rows.length > 0 && rows.every((r) => isNumber(r[i])) ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
    '',
  ].join('\n');
}

/** The table, plus measure, filter, data version, date, release, basis, licence and attribution on every row so the file stands alone. */
export function toReportCsv(report: Report, lang: Language = 'en'): string {
  const { header, rows } = tableOf(report, lang);
  const extra = [report.measure, report.filter, String(report.dataVersion), report.generatedAt, report.release ?? '', report.basis, report.license, report.attribution];
  const extraHeader = ['measure', 'filter', 'dataVersion', 'generated', 'release', 'basis', 'licence', 'attribution'].map((k) => tr(lang, `report.col.${k}` as MessageKey));
  return toCsv([...header, ...extraHeader], rows.map((r) => [...r, ...extra]));
}

export function toHtml(report: Report, lang: Language = 'en'): string {
  const { header, rows } = tableOf(report, lang);
  const { title, note } = texts(report, lang);
  const e = escapeXml;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${e(title)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;max-width:960px;margin:2em auto;color:#222}table{border-collapse:collapse}td,th{padding:3px 8px;border-bottom:1px solid #ddd;text-align:left}td.n{text-align:right}blockquote{color:#444;border-left:3px solid #ccc;margin:1em 0;padding-left:1em}</style>
</head><body>
<h1>${e(title)}</h1>
<ul>${facts(report, lang).map((f) => `<li>${e(f)}</li>`).join('')}</ul>
<blockquote>${e(note)}</blockquote>
${barChart(report, title)}
<table><thead><tr>${header.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td${isNumber(c) ? ' class="n"' : ''}>${e(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
</body></html>
`;
}

/** A horizontal SVG bar chart of the scores (mean scores for provinces). */
export function barChart(report: Report, title: string = report.title): string {
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
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(title)}" width="${labelWidth + barWidth + 80}" height="${height}" font-size="12" font-family="system-ui, sans-serif">${items.join('')}</svg>`;
}
