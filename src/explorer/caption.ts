/**
 * The caption of an embedded view and of a saved image: a title, the filter in
 * words, the dataset release and the attributions (the dataset's, Natural
 * Earth's for the map, GeoNames' for coordinates).
 */
import {
  AGREEMENT_TYPE_LABELS,
  CONFIDENCE_LABELS,
  joinList,
  labelOf,
  LEVEL_LABELS,
  STATUS_LABELS,
  translate,
  type Language,
} from '../i18n';
import type { ExplorerState } from './state';

/** Names of the data's codes in the page language. */
export interface Names {
  lang: Language;
  country(code: string): string;
  province(id: string): string;
  field(code: string): string;
}

export interface Caption {
  title: string;
  filter: string;
  release: string;
  attribution: string[];
}

/** The filter of `s` in words: "Japan partners · as of 2020 · evidence Medium or stronger". */
export function filterInWords(s: ExplorerState, names: Names): string {
  const { lang } = names;
  const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, k, p);
  const parts: string[] = [];
  const l = s.lists;
  if (l.countries.length) parts.push(t('filter.countries', { list: joinList(l.countries.map(names.country), lang) }));
  if (l.provinces.length) parts.push(t('filter.provinces', { list: joinList(l.provinces.map(names.province), lang) }));
  if (l.agreementTypes.length) parts.push(t('filter.types', { list: joinList(l.agreementTypes.map((c) => labelOf(AGREEMENT_TYPE_LABELS, c, lang)), lang) }));
  if (l.statuses.length) parts.push(t('filter.statuses', { list: joinList(l.statuses.map((c) => labelOf(STATUS_LABELS, c, lang)), lang) }));
  if (l.indonesianLevels.length) parts.push(t('filter.levels', { list: joinList(l.indonesianLevels.map((c) => labelOf(LEVEL_LABELS, c, lang)), lang) }));
  if (l.fields.length) parts.push(t('filter.fields', { list: joinList(l.fields.map(names.field), lang) }));
  if (s.signedFrom !== null) parts.push(t('filter.signedFrom', { year: s.signedFrom }));
  if (s.asOf !== null) parts.push(t('filter.asOf', { year: s.asOf }));
  parts.push(t('filter.minConfidence', { confidence: labelOf(CONFIDENCE_LABELS, s.minConfidence, lang).toLowerCase() }));
  if (s.undated === 'INCLUDE') parts.push(t('filter.undatedIncluded'));
  if (s.scope === 'WORLD') parts.push(t('filter.worldScope'));
  const only = parts.length === 1 ? [t('caption.filterNone'), ...parts] : parts;
  return only.join(' · ');
}

export function captionFor(
  s: ExplorerState,
  names: Names,
  release: { id: string | null; dataVersion: number | null; attribution: string | null },
  basisLine: string,
): Caption {
  const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(names.lang, k, p);
  const releaseText = release.id
    ? t('caption.release', { release: release.id })
    : t('caption.release', { release: t('basis.dataVersion', { version: release.dataVersion ?? '?' }) });
  const attribution = [release.attribution ?? t('caption.source')];
  if (s.view === 'map') attribution.push(t('caption.attributionMap'), t('caption.attributionCoords'));
  return {
    title: t('caption.title'),
    filter: filterInWords(s, names),
    release: basisLine ? `${releaseText} · ${basisLine}` : releaseText,
    attribution,
  };
}
