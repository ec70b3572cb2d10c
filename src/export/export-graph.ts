/**
 * The export graph: the partnership network with everything an export carries,
 * as flat attributes every format can hold.
 *
 * Node attributes: name, level, localType, countryCode, country (English name),
 * provinceId/province (the Indonesian province a government is or lies in; for a
 * foreign government, province is its first-level region where known and
 * provinceId is null), lat/lon (null when unknown), isIndonesian, every
 * centrality score (degree, betweenness, closeness, harmonic, pagerank,
 * eigenvector; the API's conventions, see docs/analysis.md), community (Louvain,
 * seed 42), and drawing hints x/y (ForceAtlas2, seeded), size (by degree) and
 * color (by country, hex).
 *
 * Edge attributes: strength (matching agreements between the pair), types and
 * years (sorted lists), firstYear (earliest known signing year or null),
 * partnershipIds, sourceCount (distinct sources cited by those partnerships),
 * confidence (the strongest grade among those partnerships: LOW, MEDIUM, HIGH)
 * and statuses (their statuses, sorted, without repeats), worldTieIds (scope WORLD:
 * the world layer's ties on the pair, LOW confidence, counted in strength; a pair with
 * world ties only has confidence LOW). Node attribute layer: DATASET, or WORLD for a
 * world-list place that is no dataset government.
 *
 * Graph attributes: name, dataVersion, filter (normalised, as JSON), release
 * (the dataset release id, or null), generatedAt (ISO time the export was
 * computed), license, attribution, citation, and basis (what was counted, in
 * one line: see analysis/basis.ts).
 */
import { UndirectedGraph } from 'graphology';
import { ATTRIBUTION_TEXT, DATASET_LICENSE } from '../domain/attribution';
import { CONFIDENCES, type Confidence, type Snapshot } from '../domain/model';
import { citationText, type ReleaseStamp } from '../domain/release';
import { basisLine, type AnalysisBasis } from '../analysis/basis';
import type { CentralityMeasure } from '../analysis/centrality';
import type { PartnerGraph } from '../analysis/types';
import type { Positions } from './layout';

export const EXPORT_MEASURES = ['degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector'] as const;
export type ExportMeasure = (typeof EXPORT_MEASURES)[number];

/** The API measure behind each export attribute. */
export const MEASURE_OF: Record<ExportMeasure, CentralityMeasure> = {
  degree: 'DEGREE',
  betweenness: 'BETWEENNESS',
  closeness: 'CLOSENESS',
  harmonic: 'HARMONIC',
  pagerank: 'PAGERANK',
  eigenvector: 'EIGENVECTOR',
};

export interface ExportNodeAttributes extends Record<ExportMeasure, number> {
  name: string;
  level: string;
  localType: string;
  countryCode: string;
  country: string;
  provinceId: string | null;
  province: string | null;
  lat: number | null;
  lon: number | null;
  isIndonesian: boolean;
  /** DATASET for a government of the dataset, WORLD for a place of the world layer (scope WORLD). */
  layer: 'DATASET' | 'WORLD';
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ExportEdgeAttributes {
  strength: number;
  types: string[];
  years: number[];
  firstYear: number | null;
  partnershipIds: string[];
  sourceCount: number;
  /** The strongest confidence among the pair's matching partnerships. */
  confidence: Confidence;
  /** Statuses of those partnerships, sorted, without repeats. */
  statuses: string[];
  /** Scope WORLD: ids of the world layer's ties on the pair (LOW confidence, cited in seed/world/ties.tsv); empty otherwise. */
  worldTieIds: string[];
}

export interface ExportGraphAttributes {
  name: string;
  dataVersion: number;
  /** The normalised filter, as JSON. */
  filter: string;
  /** Dataset release id, or null when the store holds no release record. */
  release: string | null;
  /** ISO time the export was computed. */
  generatedAt: string;
  license: string;
  attribution: string;
  citation: string;
  /** What was counted, in one line (basisLine). */
  basis: string;
  /** Which nodes the export shows, in one line: all of the network, or which part of it (export focus). */
  shown: string;
  /** Nodes of the whole filtered network (the export may show fewer: see `shown`). */
  networkNodes: number;
}

export type ExportGraph = UndirectedGraph<ExportNodeAttributes, ExportEdgeAttributes, ExportGraphAttributes>;

export interface ExportGraphInput {
  snapshot: Snapshot;
  network: PartnerGraph;
  scores: Record<ExportMeasure, Record<string, number>>;
  membership: Record<string, number>;
  positions: Positions;
  filterJson: string;
  /** The release the data came from, the basis of the filter, and the time of the export. */
  provenance: { release: ReleaseStamp | null; basis: AnalysisBasis; generatedAt: string };
  /**
   * Show only these nodes (and the edges among them); every node when null or omitted. Scores, sizes and colours
   * stay those of the whole `network`.
   */
  shown?: ReadonlySet<string> | null;
}

/** Indonesia first, then a qualitative palette for the partner countries with most governments. */
const INDONESIA_COLOR = '#d62728';
const PALETTE = ['#1f77b4', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#393b79', '#637939', '#ad494a'];
const OTHER_COLOR = '#7f7f7f';

/** Colour of each country code in `network`: stable for a given network. */
export function countryColors(network: PartnerGraph): Record<string, string> {
  const counts = new Map<string, number>();
  network.forEachNode((_id, a) => counts.set(a.countryCode, (counts.get(a.countryCode) ?? 0) + 1));
  const foreign = [...counts.entries()].filter(([c]) => c !== 'ID').sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const colors: Record<string, string> = { ID: INDONESIA_COLOR };
  foreign.forEach(([code], i) => (colors[code] = PALETTE[i] ?? OTHER_COLOR));
  return colors;
}

/** Build the export graph (see the module comment). Inputs are not modified. */
export function buildExportGraph(input: ExportGraphInput): ExportGraph {
  const { snapshot, network, scores, membership, positions } = input;
  const govById = new Map(snapshot.governments.map((g) => [g.id, g]));
  const countryName = new Map(snapshot.countries.map((c) => [c.code, c.name]));
  const partnershipById = new Map(snapshot.partnerships.map((p) => [p.id, p]));
  const colors = countryColors(network);
  let maxDegree = 0;
  network.forEachNode((id) => (maxDegree = Math.max(maxDegree, network.degree(id))));

  const graph: ExportGraph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  const { release, basis, generatedAt } = input.provenance;
  graph.replaceAttributes({
    name: 'Kota Kembar partnership network',
    dataVersion: snapshot.dataVersion,
    filter: input.filterJson,
    release: release?.id ?? null,
    generatedAt,
    license: DATASET_LICENSE,
    attribution: ATTRIBUTION_TEXT,
    citation: citationText(release),
    basis: basisLine(basis),
    shown: shownLine(network, input.shown ?? null),
    networkNodes: network.order,
  });
  const shown = input.shown ?? null;
  network.forEachNode((id, a) => {
    if (shown && !shown.has(id)) return;
    const g = govById.get(id)!;
    const parent = g.parentId ? govById.get(g.parentId) : undefined;
    const province = g.countryCode !== 'ID' ? null : g.level === 'PROVINCE' ? g : parent?.level === 'PROVINCE' ? parent : null;
    const attrs = {
      name: g.name,
      level: g.level,
      localType: g.localType,
      countryCode: g.countryCode,
      country: countryName.get(g.countryCode) ?? g.countryCode,
      provinceId: province?.id ?? null,
      province: province?.name ?? (g.countryCode === 'ID' ? null : g.admin1),
      lat: g.lat,
      lon: g.lon,
      isIndonesian: a.isIndonesian,
      layer: a.layer ?? 'DATASET',
      degree: 0,
      betweenness: 0,
      closeness: 0,
      harmonic: 0,
      pagerank: 0,
      eigenvector: 0,
      community: membership[id] ?? -1,
      x: positions[id]?.x ?? 0,
      y: positions[id]?.y ?? 0,
      size: round3(3 + (maxDegree > 0 ? 12 * Math.sqrt(network.degree(id) / maxDegree) : 0)),
      color: colors[g.countryCode] ?? OTHER_COLOR,
    } satisfies ExportNodeAttributes;
    for (const m of Object.keys(scores) as ExportMeasure[]) attrs[m] = scores[m][id] ?? 0;
    graph.addNode(id, attrs);
  });
  network.forEachEdge((_e, a, s, t) => {
    if (shown && !(shown.has(s) && shown.has(t))) return;
    const sources = new Set<string>();
    const statuses = new Set<string>();
    let confidenceRank = 0;
    for (const pid of a.partnershipIds) {
      const p = partnershipById.get(pid);
      if (!p) continue;
      for (const url of p.sourceUrls) sources.add(url);
      statuses.add(p.status);
      confidenceRank = Math.max(confidenceRank, CONFIDENCES.indexOf(p.confidence));
    }
    graph.addEdge(s, t, {
      strength: a.strength,
      types: [...a.types],
      years: [...a.years],
      firstYear: a.years.length > 0 ? a.years[0] : null,
      partnershipIds: [...a.partnershipIds],
      sourceCount: sources.size,
      confidence: CONFIDENCES[confidenceRank],
      statuses: [...statuses].sort(),
      worldTieIds: [...(a.worldTieIds ?? [])],
    });
  });
  return graph;
}

/** "All 223 nodes of the network." or "412 of 17,715 nodes: the Indonesian ones and those tied to them directly; …". */
export function shownLine(network: PartnerGraph, shown: ReadonlySet<string> | null): string {
  const total = network.order.toLocaleString('en-US');
  if (!shown) return `All ${total} nodes of the network.`;
  return (
    `${shown.size.toLocaleString('en-US')} of ${total} nodes: the Indonesian governments and places and those tied to them directly; ` +
    'scores, communities and sizes are computed on the whole network.'
  );
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
