/**
 * How data becomes marks, shared by the network, the map, the legend and the
 * saved images: symbol size by a centrality, colour by country, community or
 * level, and line style by the strongest evidence for a tie (weaker evidence is
 * lighter and dashed).
 */
import type { Language, MeasureKey } from '../i18n';
import { labelOf, LEVEL_LABELS, MEASURE_LABELS, translate, CONFIDENCE_LABELS } from '../i18n';
import type { Colouring, Grade } from './state';

export interface NodeData {
  id: string;
  name: string;
  level: string;
  countryCode: string;
  country: string;
  provinceId: string | null;
  province: string | null;
  lat: number | null;
  lon: number | null;
  isIndonesian: boolean;
  community: number;
  color: string;
  x: number;
  y: number;
  degree: number;
  betweenness: number;
  closeness: number;
  harmonic: number;
  pagerank: number;
  eigenvector: number;
}

export const COMMUNITY_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939'];
export const LEVEL_COLOURS: Record<string, string> = { PROVINCE: '#7a0177', CITY: '#e7298a', REGENCY: '#fdae61', FOREIGN: '#4575b4' };
/** Shared by countries beyond the palette (export-graph.ts's OTHER_COLOR). */
export const OTHER_COUNTRY_COLOUR = '#7f7f7f';

export interface EdgeStyle {
  colour: string;
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  opacity: number;
}

export const EDGE_STYLES: Record<Grade, EdgeStyle> = {
  HIGH: { colour: '#4d4d4d', dash: null, opacity: 0.75 },
  MEDIUM: { colour: '#8c8c8c', dash: '5 3', opacity: 0.6 },
  LOW: { colour: '#d9822b', dash: '1.5 3', opacity: 0.7 },
};

export function nodeColour(n: NodeData, colouring: Colouring): string {
  switch (colouring) {
    case 'country':
      return n.color;
    case 'community':
      return n.community < 0 ? OTHER_COUNTRY_COLOUR : COMMUNITY_COLOURS[n.community % COMMUNITY_COLOURS.length];
    case 'level':
      return n.isIndonesian ? (LEVEL_COLOURS[n.level] ?? LEVEL_COLOURS.CITY) : LEVEL_COLOURS.FOREIGN;
  }
}

/** A size scale: square-root of the score between the smallest and largest in view, from `min` to `max` pixels. */
export function sizeScale(nodes: NodeData[], measure: MeasureKey, min: number, max: number): (n: NodeData) => number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of nodes) {
    lo = Math.min(lo, n[measure]);
    hi = Math.max(hi, n[measure]);
  }
  const span = hi - lo || 1;
  return (n) => min + (max - min) * Math.sqrt(Math.max(0, n[measure] - lo) / span);
}

export interface LegendSwatch {
  colour: string;
  label: string;
}

export interface Legend {
  sizeTitle: string;
  sizeLabels: [string, string];
  colourTitle: string;
  swatches: LegendSwatch[];
  linesTitle: string;
  lines: Array<{ style: EdgeStyle; label: string }>;
  lineNote: string;
}

/** What colour, size and line style mean for the nodes in view, in `lang`. */
export function legendFor(
  nodes: NodeData[],
  opts: { colouring: Colouring; measure: MeasureKey; lang: Language; countryName: (code: string) => string; map: boolean },
): Legend {
  const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(opts.lang, k, p);
  const swatches: LegendSwatch[] = [];
  if (opts.colouring === 'country') {
    const byColour = new Map<string, Set<string>>();
    for (const n of nodes) byColour.set(n.color, (byColour.get(n.color) ?? new Set()).add(n.countryCode));
    for (const [colour, codes] of byColour) {
      if (colour === OTHER_COUNTRY_COLOUR && codes.size > 1) continue;
      for (const code of codes) swatches.push({ colour, label: opts.countryName(code) });
    }
    swatches.sort((a, b) => (a.colour === '#d62728' ? -1 : b.colour === '#d62728' ? 1 : a.label.localeCompare(b.label)));
    const others = byColour.get(OTHER_COUNTRY_COLOUR);
    if (others && others.size > 1) swatches.push({ colour: OTHER_COUNTRY_COLOUR, label: t('legend.otherCountries') });
  } else if (opts.colouring === 'community') {
    const sizes = new Map<number, number>();
    for (const n of nodes) sizes.set(n.community, (sizes.get(n.community) ?? 0) + 1);
    const top = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 8);
    for (const [c] of top) swatches.push({ colour: COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length], label: t('legend.community', { n: c + 1 }) });
  } else {
    for (const level of ['PROVINCE', 'CITY', 'REGENCY'])
      swatches.push({ colour: LEVEL_COLOURS[level], label: `${labelOf(LEVEL_LABELS, level, opts.lang)}` });
    swatches.push({ colour: LEVEL_COLOURS.FOREIGN, label: t('legend.foreign') });
  }
  const colourKey = opts.colouring === 'country' ? 'legend.colourCountry' : opts.colouring === 'community' ? 'legend.colourCommunity' : 'legend.colourLevel';
  return {
    sizeTitle: t('legend.size', { measure: labelOf(MEASURE_LABELS, opts.measure, opts.lang) }),
    sizeLabels: [t('legend.sizeSmall'), t('legend.sizeLarge')],
    colourTitle: t(colourKey),
    swatches,
    linesTitle: t('legend.evidence'),
    // The network (WebGL) draws no dashes: there the grades differ by colour alone.
    lines: (['HIGH', 'MEDIUM', 'LOW'] as const).map((g) => ({
      style: opts.map ? EDGE_STYLES[g] : { ...EDGE_STYLES[g], dash: null },
      label: labelOf(CONFIDENCE_LABELS, g, opts.lang),
    })),
    lineNote: t(opts.map ? 'legend.arcs' : 'legend.lines'),
  };
}
