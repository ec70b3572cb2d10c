/**
 * Coverage figures for the dataset: how many Indonesian governments have at least
 * one partnership, by level, under stated counting rules, and how partnerships
 * break down by country, type, status, decade and confidence. Pure; no I/O.
 */
import {
  CONFIDENCES, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES,
  type Confidence, type Dataset, type Partnership, type PartnershipStatus, type PartnershipType,
} from '../domain/model';
import { citationCoverage, type CitationCoverage } from './citation-coverage';

/** The Indonesian levels coverage is counted by; the Nusantara authority is its own level. */
export const COVERAGE_LEVELS = ['CITY', 'REGENCY', 'PROVINCE', 'CAPITAL_AUTHORITY'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

/** Which partnerships a coverage figure counts. */
export interface CoverageBasis {
  /** Stable key: ALL_TYPES, EXCLUDING_OTHER, EXCLUDING_OTHER_AND_LOW. */
  key: 'ALL_TYPES' | 'EXCLUDING_OTHER' | 'EXCLUDING_OTHER_AND_LOW';
  description: string;
  countedTypes: PartnershipType[];
  minConfidence: Confidence;
}

export interface Coverage {
  basis: CoverageBasis;
  /** Indonesian governments with at least one counted partnership, per level. */
  byLevel: Record<CoverageLevel, number>;
  total: number;
}

export interface Count<K> {
  key: K;
  count: number;
}

export interface DatasetStats {
  governmentCount: number;
  indonesianGovernmentCount: number;
  partnershipCount: number;
  programCount: number;
  sourceCount: number;
  countryCount: number;
  coverage: Coverage[];
  /** Partnerships per foreign country (ISO alpha-2); a partnership counts once per country among its parties. Count descending, then key. */
  partnershipsByCountry: Count<string>[];
  partnershipsByType: Count<PartnershipType>[];
  partnershipsByStatus: Count<PartnershipStatus>[];
  /** Keyed by the decade's first year (1990 = 1990–1999); null = no signed year. Ascending, null last. */
  partnershipsByDecade: Count<number | null>[];
  partnershipsByConfidence: Count<Confidence>[];
  /** How complete the sources' citations are (titles from the page vs supplied descriptions, publishers, dates). */
  citations: CitationCoverage;
}

const NOT_OTHER = PARTNERSHIP_TYPES.filter((t) => t !== 'OTHER');

export const COVERAGE_BASES: readonly CoverageBasis[] = [
  {
    key: 'ALL_TYPES',
    description: 'Every partnership type, including OTHER (municipal development partnerships and other non-twinning cooperation), any confidence.',
    countedTypes: [...PARTNERSHIP_TYPES],
    minConfidence: 'LOW',
  },
  {
    key: 'EXCLUDING_OTHER',
    description: 'Twinning-type agreements only (sister city/province, friendship, MoU, letter of intent), any confidence.',
    countedTypes: [...NOT_OTHER],
    minConfidence: 'LOW',
  },
  {
    key: 'EXCLUDING_OTHER_AND_LOW',
    description: 'Twinning-type agreements with MEDIUM or HIGH confidence (LOW rows rest on lists or blogs only).',
    countedTypes: [...NOT_OTHER],
    minConfidence: 'MEDIUM',
  },
];

/** Computes coverage and breakdowns for `dataset`. */
export function computeDatasetStats(dataset: Dataset): DatasetStats {
  const governments = new Map(dataset.governments.map((g) => [g.id, g]));
  const foreignCountries = (p: Partnership): string[] => [
    ...new Set(p.partyIds.map((id) => governments.get(id)?.countryCode).filter((c): c is string => !!c && c !== 'ID')),
  ];
  return {
    governmentCount: dataset.governments.length,
    indonesianGovernmentCount: dataset.governments.filter((g) => g.countryCode === 'ID').length,
    partnershipCount: dataset.partnerships.length,
    programCount: dataset.programs.length,
    sourceCount: dataset.sources.length,
    countryCount: dataset.countries.length,
    coverage: COVERAGE_BASES.map((basis) => coverage(dataset, basis)),
    partnershipsByCountry: sortByCount(tally(dataset.partnerships.flatMap(foreignCountries))),
    partnershipsByType: inOrder(PARTNERSHIP_TYPES, tally(dataset.partnerships.map((p) => p.type))),
    partnershipsByStatus: inOrder(PARTNERSHIP_STATUSES, tally(dataset.partnerships.map((p) => p.status))),
    partnershipsByDecade: byDecade(dataset.partnerships),
    partnershipsByConfidence: inOrder(CONFIDENCES, tally(dataset.partnerships.map((p) => p.confidence))),
    citations: citationCoverage(dataset.sources),
  };
}

function coverage(dataset: Dataset, basis: CoverageBasis): Coverage {
  const minRank = CONFIDENCES.indexOf(basis.minConfidence);
  const counted = dataset.partnerships.filter(
    (p) => basis.countedTypes.includes(p.type) && CONFIDENCES.indexOf(p.confidence) >= minRank,
  );
  const partyIds = new Set(counted.flatMap((p) => p.partyIds));
  const byLevel = Object.fromEntries(COVERAGE_LEVELS.map((l) => [l, 0])) as Record<CoverageLevel, number>;
  for (const g of dataset.governments) {
    if (g.countryCode !== 'ID' || !partyIds.has(g.id)) continue;
    if ((COVERAGE_LEVELS as readonly string[]).includes(g.level)) byLevel[g.level as CoverageLevel]++;
  }
  return { basis, byLevel, total: Object.values(byLevel).reduce((a, b) => a + b, 0) };
}

function tally<K>(keys: K[]): Map<K, number> {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

function sortByCount(m: Map<string, number>): Count<string>[] {
  return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Every value of `order` with its count (zero included), in the enum's order. */
function inOrder<K>(order: readonly K[], m: Map<K, number>): Count<K>[] {
  return order.map((key) => ({ key, count: m.get(key) ?? 0 }));
}

function byDecade(partnerships: readonly Partnership[]): Count<number | null>[] {
  const m = tally(partnerships.map((p) => (p.signedYear === null ? null : Math.floor(p.signedYear / 10) * 10)));
  return [...m]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => (a.key ?? Infinity) - (b.key ?? Infinity));
}
