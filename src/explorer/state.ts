/**
 * The explorer's whole view as URL query parameters (DESIGN.md "Explorer URL
 * state"): `lang`, `view`, the filter under the export's parameter names
 * (`asOf`, `signedFrom`, `agreementTypes`, `statuses`, `countries`, `indonesianLevels`,
 * `provinces`, `fields`, `minConfidence`, `undated`, `scope`), `size`, `colour`,
 * `node`, `zoom` (map frame) and `embed=1`. `types` and `levels` are read as
 * short aliases of `agreementTypes` and `indonesianLevels`. Defaults are left out
 * of the URL, so a plain `/` is the default view. Pure: no DOM.
 */
import type { Language } from '../i18n';
import { isLanguage, MEASURE_KEYS, type MeasureKey } from '../i18n';

export const VIEWS = ['network', 'map', 'table'] as const;
export type View = (typeof VIEWS)[number];
export const COLOURINGS = ['country', 'community', 'level'] as const;
export type Colouring = (typeof COLOURINGS)[number];
export const CONFIDENCE_GRADES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Grade = (typeof CONFIDENCE_GRADES)[number];

/** The list filters, by their export parameter name. */
export const LIST_FILTERS = ['agreementTypes', 'statuses', 'countries', 'indonesianLevels', 'provinces', 'fields'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];
const ALIASES: Record<string, ListFilter> = { types: 'agreementTypes', levels: 'indonesianLevels' };

/** The map frame: a preset, or a centre (longitude, latitude) and a zoom factor over the world view. */
export type MapFrame = { preset: 'world' | 'indonesia' } | { lon: number; lat: number; k: number };

export interface ExplorerState {
  /** Null: not in the URL; the page uses the browser's language. */
  lang: Language | null;
  view: View;
  asOf: number | null;
  /** Signed in or after this year ("since 2000"), or null for any year. */
  signedFrom: number | null;
  lists: Record<ListFilter, string[]>;
  minConfidence: Grade;
  undated: 'EXCLUDE' | 'INCLUDE' | null;
  scope: 'INDONESIA' | 'WORLD' | null;
  size: MeasureKey;
  colour: Colouring;
  node: string | null;
  zoom: MapFrame;
  embed: boolean;
}

/** What the API counts by default: MEDIUM and stronger (leads are LOW). */
export const DEFAULT_MIN_CONFIDENCE: Grade = 'MEDIUM';

export function defaultState(): ExplorerState {
  return {
    lang: null,
    view: 'network',
    asOf: null,
    signedFrom: null,
    lists: { agreementTypes: [], statuses: [], countries: [], indonesianLevels: [], provinces: [], fields: [] },
    minConfidence: DEFAULT_MIN_CONFIDENCE,
    undated: null,
    scope: null,
    size: 'degree',
    colour: 'country',
    node: null,
    zoom: { preset: 'world' },
    embed: false,
  };
}

const oneOf = <T extends string>(values: readonly T[], v: string | null, fallback: T): T =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : fallback;

function parseZoom(raw: string | null): MapFrame {
  if (raw === 'indonesia' || raw === 'world') return { preset: raw };
  const parts = raw?.split(',').map(Number) ?? [];
  if (parts.length === 3 && parts.every(Number.isFinite) && parts[2] > 0) return { lon: parts[0], lat: parts[1], k: parts[2] };
  return { preset: 'world' };
}

/** Read a state from query parameters; unknown or malformed values fall back to the defaults. */
export function parseState(params: URLSearchParams): ExplorerState {
  const s = defaultState();
  const lang = params.get('lang')?.toLowerCase() ?? null;
  s.lang = isLanguage(lang) ? lang : null;
  s.view = oneOf(VIEWS, params.get('view'), 'network');
  const asOf = params.get('asOf');
  if (asOf && /^\d{4}$/.test(asOf)) s.asOf = Number(asOf);
  const signedFrom = params.get('signedFrom');
  if (signedFrom && /^\d{4}$/.test(signedFrom)) s.signedFrom = Number(signedFrom);
  for (const [name, value] of params) {
    const list = ALIASES[name] ?? ((LIST_FILTERS as readonly string[]).includes(name) ? (name as ListFilter) : null);
    if (!list) continue;
    for (const item of value.split(',').map((v) => v.trim()).filter(Boolean)) {
      const normal = list === 'countries' || list === 'agreementTypes' || list === 'statuses' || list === 'indonesianLevels' ? item.toUpperCase() : item;
      if (!s.lists[list].includes(normal)) s.lists[list].push(normal);
    }
  }
  s.minConfidence = oneOf(CONFIDENCE_GRADES, params.get('minConfidence')?.toUpperCase() ?? null, DEFAULT_MIN_CONFIDENCE);
  const undated = params.get('undated')?.toUpperCase() ?? null;
  s.undated = undated === 'EXCLUDE' || undated === 'INCLUDE' ? undated : null;
  const scope = params.get('scope')?.toUpperCase() ?? null;
  s.scope = scope === 'INDONESIA' || scope === 'WORLD' ? scope : null;
  s.size = oneOf(MEASURE_KEYS, params.get('size'), 'degree');
  s.colour = oneOf(COLOURINGS, params.get('colour') ?? params.get('color'), 'country');
  s.node = params.get('node') || null;
  s.zoom = parseZoom(params.get('zoom'));
  s.embed = params.get('embed') === '1' || params.get('embed') === 'true';
  return s;
}

/** The filter alone, as export query parameters (what /export/* and /reports/* take). minConfidence is always given. */
export function filterParams(s: ExplorerState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.asOf !== null) p.set('asOf', String(s.asOf));
  if (s.signedFrom !== null) p.set('signedFrom', String(s.signedFrom));
  for (const name of LIST_FILTERS) if (s.lists[name].length > 0) p.set(name, s.lists[name].join(','));
  p.set('minConfidence', s.minConfidence);
  if (s.undated) p.set('undated', s.undated);
  if (s.scope) p.set('scope', s.scope);
  return p;
}

/**
 * The query of the page's exports (what it draws and what its download links give): the filter, and at scope WORLD
 * `focus=indonesia`, so the page draws the world around Indonesia (Indonesian places and their direct partners, a few
 * hundred nodes) with scores computed on the whole world network, not all 17,000 places.
 */
export function exportParams(s: ExplorerState): URLSearchParams {
  const p = filterParams(s);
  if (s.scope === 'WORLD') p.set('focus', 'indonesia');
  return p;
}

const round = (v: number, digits: number) => String(Math.round(v * 10 ** digits) / 10 ** digits);

/** The page URL's query for a state: everything that differs from the default. */
export function stateParams(s: ExplorerState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.lang) p.set('lang', s.lang);
  if (s.view !== 'network') p.set('view', s.view);
  for (const [k, v] of filterParams(s)) if (!(k === 'minConfidence' && v === DEFAULT_MIN_CONFIDENCE)) p.set(k, v);
  if (s.size !== 'degree') p.set('size', s.size);
  if (s.colour !== 'country') p.set('colour', s.colour);
  if (s.node) p.set('node', s.node);
  if ('preset' in s.zoom) {
    if (s.zoom.preset !== 'world') p.set('zoom', s.zoom.preset);
  } else p.set('zoom', `${round(s.zoom.lon, 3)},${round(s.zoom.lat, 3)},${round(s.zoom.k, 2)}`);
  if (s.embed) p.set('embed', '1');
  return p;
}

/** The GraphQL NetworkFilter for a state (for analysisBasis). */
export function graphqlFilter(s: ExplorerState): Record<string, unknown> {
  const f: Record<string, unknown> = { minConfidence: s.minConfidence };
  if (s.asOf !== null) f.asOf = s.asOf;
  if (s.signedFrom !== null) f.signedFrom = s.signedFrom;
  for (const name of LIST_FILTERS) if (s.lists[name].length > 0) f[name] = s.lists[name];
  if (s.undated) f.undated = s.undated;
  if (s.scope) f.scope = s.scope;
  return f;
}
