/**
 * The explorer page: the partnership network drawn with sigma.js (WebGL), from
 * GET /export/network.json (positions from the server's seeded ForceAtlas2
 * layout, so a government keeps its place as filters change). Filters and the
 * year slider refetch the export; search and the node panel use /graphql.
 * Built by tools/build-explorer.ts into dist/explorer/explorer.js.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { GOVERNMENT, graphql, SEARCH, type GovernmentDetails, type Hit } from './api';
import { debounce, el } from './dom';
import { governmentPanel, type PanelScores } from './panel';

type Measure = 'degree' | 'betweenness' | 'closeness' | 'harmonic' | 'pagerank' | 'eigenvector';

const AGREEMENT_TYPES = ['SISTER_CITY', 'SISTER_PROVINCE', 'FRIENDSHIP_CITY', 'MOU', 'LETTER_OF_INTENT', 'OTHER'];
const COMMUNITY_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939'];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const year = $<HTMLInputElement>('year');
const yearLabel = $('year-label');
const typeSelect = $<HTMLSelectElement>('agreement-type');
const provinceSelect = $<HTMLSelectElement>('province');
const countrySelect = $<HTMLSelectElement>('country');
const sizeBy = $<HTMLSelectElement>('size-by');
const colorBy = $<HTMLSelectElement>('color-by');
const layoutSelect = $<HTMLSelectElement>('layout');
const count = $('count');
const errorBox = $('error');
const panel = $('panel');
const panelBody = $('panel-body');
const searchBox = $<HTMLInputElement>('search');
const searchResults = $('search-results');

let graph = new Graph();
let renderer: Sigma | null = null;
let selected: string | null = null;
let loadSeq = 0;

/** The filter (and layout) as export query parameters. */
function filterParams(): URLSearchParams {
  const params = new URLSearchParams();
  if (Number(year.value) < Number(year.max)) params.set('asOf', year.value);
  if (typeSelect.value) params.set('agreementTypes', typeSelect.value);
  if (provinceSelect.value) params.set('provinces', provinceSelect.value);
  if (countrySelect.value) params.set('countries', countrySelect.value);
  if (layoutSelect.value !== 'force') params.set('layout', layoutSelect.value);
  return params;
}

async function loadNetwork(): Promise<void> {
  const seq = ++loadSeq;
  const params = filterParams();
  const res = await fetch(`/export/network.json?${params}`);
  const body = await res.json();
  if (seq !== loadSeq) return; // a newer request superseded this one
  if (!res.ok) {
    errorBox.textContent = body.errors?.[0]?.message ?? `Loading failed (${res.status}).`;
    return;
  }
  errorBox.textContent = '';
  graph = Graph.from(body);
  style();
  if (renderer) renderer.setGraph(graph);
  else {
    renderer = new Sigma(graph, $('graph'), { settings: { renderEdgeLabels: false, labelRenderedSizeThreshold: 8 } });
    renderer.on('clickNode', ({ node }) => void select(node));
    renderer.on('clickStage', () => closePanel());
  }
  count.textContent = `${graph.order} governments · ${graph.size} ties`;
  count.dataset.nodes = String(graph.order);
  updateDownloads(params);
  if (selected && !graph.hasNode(selected)) selected = null;
  renderer.refresh();
}

/** Sizes by the chosen centrality, colours by country or community, labels by name. */
function style(): void {
  const measure = sizeBy.value as Measure;
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_n, a) => {
    min = Math.min(min, a[measure]);
    max = Math.max(max, a[measure]);
  });
  const span = max - min || 1;
  graph.forEachNode((node, a) => {
    graph.mergeNodeAttributes(node, {
      label: a.name,
      size: 3 + 15 * Math.sqrt((a[measure] - min) / span),
      color: colorBy.value === 'community' ? COMMUNITY_COLORS[a.community % COMMUNITY_COLORS.length] : a.countryColor ?? a.color,
      countryColor: a.countryColor ?? a.color,
    });
  });
  graph.forEachEdge((edge, a) => graph.mergeEdgeAttributes(edge, { size: Math.min(1 + a.strength, 4), color: '#ccc' }));
}

function updateDownloads(params: URLSearchParams): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#downloads a')) a.href = `/export/${a.dataset.format}?${params}`;
}

/** Fill the province and country lists from the unfiltered network. */
function fillFilterOptions(): void {
  for (const t of AGREEMENT_TYPES) typeSelect.add(new Option(t.replace(/_/g, ' ').toLowerCase(), t));
  const provinces = new Map<string, string>();
  const countries = new Map<string, string>();
  graph.forEachNode((_n, a) => {
    if (a.provinceId) provinces.set(a.provinceId, a.province);
    if (a.countryCode !== 'ID') countries.set(a.countryCode, a.country);
  });
  for (const [id, name] of [...provinces].sort((x, y) => x[1].localeCompare(y[1]))) provinceSelect.add(new Option(name, id));
  for (const [code, name] of [...countries].sort((x, y) => x[1].localeCompare(y[1]))) countrySelect.add(new Option(name, code));
}

function nodeLink(id: string, name: string): HTMLAnchorElement {
  const a = el('a', name, { href: `#${encodeURIComponent(id)}`, class: 'node-link', 'data-id': id });
  a.addEventListener('click', (event) => {
    event.preventDefault();
    void select(id);
  });
  return a;
}

async function select(id: string): Promise<void> {
  selected = id;
  panel.hidden = false;
  panel.dataset.id = id;
  panelBody.replaceChildren(el('p', 'Loading…'));
  if (renderer && graph.hasNode(id)) {
    const { x, y } = renderer.getNodeDisplayData(id)!;
    void renderer.getCamera().animate({ x, y }, { duration: 300 });
  }
  const { government: g } = await graphql<{ government: GovernmentDetails | null }>(GOVERNMENT, { id });
  if (selected !== id) return;
  if (!g) {
    panelBody.replaceChildren(el('p', `No government has the id "${id}".`));
    return;
  }
  const scores = graph.hasNode(id) ? (graph.getNodeAttributes(id) as PanelScores) : null;
  const body = governmentPanel(g, scores, nodeLink);
  panelBody.replaceChildren(...body);
  renderer?.refresh();
}

function closePanel(): void {
  selected = null;
  panel.hidden = true;
  delete panel.dataset.id;
  renderer?.refresh();
}

async function runSearch(): Promise<void> {
  const text = searchBox.value.trim();
  if (!text) {
    searchResults.replaceChildren();
    return;
  }
  const { search } = await graphql<{ search: Hit[] }>(SEARCH, { text });
  if (searchBox.value.trim() !== text) return;
  searchResults.replaceChildren(
    ...search.map((h) => {
      const li = el('li');
      const target = h.kind === 'GOVERNMENT' ? h.id : (h.partnership?.parties[0]?.id ?? h.id);
      li.append(nodeLink(target, h.title), ' ', el('small', h.kind.toLowerCase()));
      return li;
    }),
  );
  if (search.length === 0) searchResults.replaceChildren(el('li', 'Nothing found.', { class: 'muted' }));
}

function showYear(): void {
  yearLabel.textContent = Number(year.value) < Number(year.max) ? `as of ${year.value}` : 'all years';
}

async function start(): Promise<void> {
  year.max = String(new Date().getFullYear() + 1);
  year.value = year.max;
  showYear();
  await loadNetwork();
  fillFilterOptions();
  // The slider starts at the earliest known signing year.
  let first = Infinity;
  graph.forEachEdge((_e, a) => (first = Math.min(first, ...a.years)));
  if (Number.isFinite(first)) year.min = String(first);
  const reload = debounce(() => void loadNetwork(), 120);
  year.addEventListener('input', () => {
    showYear();
    reload();
  });
  for (const s of [typeSelect, provinceSelect, countrySelect, layoutSelect]) s.addEventListener('change', () => void loadNetwork());
  for (const s of [sizeBy, colorBy])
    s.addEventListener('change', () => {
      style();
      renderer?.refresh();
    });
  searchBox.addEventListener('input', debounce(() => void runSearch(), 200));
  panel.querySelector('.close')!.addEventListener('click', closePanel);
  document.body.dataset.ready = 'true';
}

/** A handle for tests and the curious: the renderer and the current graph. */
(window as unknown as { kotaKembar: unknown }).kotaKembar = {
  get renderer() {
    return renderer;
  },
  get graph() {
    return graph;
  },
};

start().catch((err: unknown) => {
  errorBox.textContent = `The explorer could not start: ${err instanceof Error ? err.message : String(err)}`;
});
