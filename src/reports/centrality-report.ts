/**
 * Centrality reports an analyst can hand on: a ranking of governments by one
 * measure (names, levels, provinces, countries, scores, ranks) and a comparison
 * of Indonesian provinces on the same measure, each with the filter used, the
 * data version, the date, the dataset release, what was counted (the basis),
 * the licence and attribution, and a plain-language note on the measure's convention.
 * Pure data here; report-format.ts writes it as Markdown, CSV or HTML.
 */
import { CENTRALITY_MEASURES, type CentralityMeasure } from '../analysis/centrality';
import { translate } from '../i18n';
import type { NetworkFilter } from '../analysis/filter';
import type { NodeScore } from '../analysis/analysis-service';
import type { Snapshot } from '../domain/model';
import { ATTRIBUTION_TEXT, DATASET_LICENSE } from '../domain/attribution';
import { citationText, type ReleaseStamp } from '../domain/release';
import { basisLine, type AnalysisBasis } from '../analysis/basis';
import { provinceOf } from '../analysis/breakdown';

/** How a measure is named in a title (English; other languages in src/i18n, `report.measure.*`). */
export const MEASURE_NAMES = Object.fromEntries(CENTRALITY_MEASURES.map((m) => [m, translate('en', `report.measure.${m}`)])) as Record<CentralityMeasure, string>;

/** What each measure means, for readers who are not network scientists (`report.note.*` in src/i18n). */
export const MEASURE_NOTES = Object.fromEntries(CENTRALITY_MEASURES.map((m) => [m, translate('en', `report.note.${m}`)])) as Record<CentralityMeasure, string>;

export interface ReportMeta {
  title: string;
  measure: CentralityMeasure;
  note: string;
  /** The normalised filter, as JSON ("{}" for the whole network). */
  filter: string;
  dataVersion: number;
  /** ISO timestamp. */
  generatedAt: string;
  /** Dataset release id, or null when the store holds no release record. */
  release: string | null;
  /** What the report counted, in one line (analysis/basis.ts basisLine). */
  basis: string;
  license: string;
  attribution: string;
  citation: string;
}

export interface RankingRow {
  rank: number;
  id: string;
  name: string;
  level: string;
  province: string | null;
  country: string;
  /** The country's Indonesian name, where the dataset has one. */
  countryNameId: string;
  score: number;
}

export interface RankingReport extends ReportMeta {
  kind: 'ranking';
  /** Governments in the network (the ranking covers the top `rows.length`). */
  networkSize: number;
  rows: RankingRow[];
}

export interface ProvinceRow {
  provinceId: string;
  province: string;
  /** Governments of the province (itself included) in the network. */
  governmentCount: number;
  meanScore: number;
  maxScore: number;
  top: { id: string; name: string; score: number };
}

export interface ProvinceReport extends ReportMeta {
  kind: 'provinces';
  rows: ProvinceRow[];
}

export type Report = RankingReport | ProvinceReport;

export interface ReportInput {
  snapshot: Snapshot;
  measure: CentralityMeasure;
  filter: NetworkFilter;
  filterJson: string;
  /** Every government of the network, ranked (AnalysisService.centrality). */
  ranked: NodeScore[];
  generatedAt: Date;
  release: ReleaseStamp | null;
  basis: AnalysisBasis;
}

function meta(input: ReportInput, title: string): ReportMeta {
  return {
    title,
    measure: input.measure,
    note: MEASURE_NOTES[input.measure],
    filter: input.filterJson,
    dataVersion: input.snapshot.dataVersion,
    generatedAt: input.generatedAt.toISOString(),
    release: input.release?.id ?? null,
    basis: basisLine(input.basis),
    license: DATASET_LICENSE,
    attribution: ATTRIBUTION_TEXT,
    citation: citationText(input.release),
  };
}

/** The top `top` governments (all when omitted) by the measure. */
export function rankingReport(input: ReportInput, top?: number): RankingReport {
  const byId = new Map(input.snapshot.governments.map((g) => [g.id, g]));
  const countryName = new Map(input.snapshot.countries.map((c) => [c.code, c.name]));
  const countryNameId = new Map(input.snapshot.countries.map((c) => [c.code, c.nameId ?? c.name]));
  const rows = input.ranked.slice(0, top ?? input.ranked.length).map((s): RankingRow => {
    const g = byId.get(s.node.id)!;
    return {
      rank: s.rank,
      id: g.id,
      name: g.name,
      level: g.level,
      province: provinceOf(g, byId)?.name ?? (g.countryCode === 'ID' ? null : g.admin1),
      country: countryName.get(g.countryCode) ?? g.countryCode,
      countryNameId: countryNameId.get(g.countryCode) ?? g.countryCode,
      score: s.score,
    };
  });
  return { kind: 'ranking', ...meta(input, `Governments by ${MEASURE_NAMES[input.measure]}`), networkSize: input.ranked.length, rows };
}

/** Indonesian provinces compared by the scores of their governments, by mean score descending. */
export function provinceReport(input: ReportInput): ProvinceReport {
  const byId = new Map(input.snapshot.governments.map((g) => [g.id, g]));
  const groups = new Map<string, NodeScore[]>();
  for (const s of input.ranked) {
    const province = provinceOf(byId.get(s.node.id)!, byId);
    if (province) groups.set(province.id, [...(groups.get(province.id) ?? []), s]);
  }
  const rows = [...groups.entries()].map(([provinceId, scores]): ProvinceRow => {
    const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
    return {
      provinceId,
      province: byId.get(provinceId)!.name,
      governmentCount: scores.length,
      meanScore: scores.reduce((sum, s) => sum + s.score, 0) / scores.length,
      maxScore: best.score,
      top: { id: best.node.id, name: best.node.name, score: best.score },
    };
  });
  rows.sort((a, b) => b.meanScore - a.meanScore || (a.provinceId < b.provinceId ? -1 : 1));
  return { kind: 'provinces', ...meta(input, `Indonesian provinces by ${MEASURE_NAMES[input.measure]}`), rows };
}
