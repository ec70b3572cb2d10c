/**
 * The explorer page: one filtered partnership network shown as a network
 * (sigma.js), a map (d3-geo over Natural Earth) or tables, in Bahasa Indonesia
 * or English. The whole view lives in the URL (state.ts): opening a link
 * restores it, moving a control rewrites it (history.replaceState). `embed=1`
 * hides the controls and shows a caption. Data comes from our own origin only:
 * GET /export/network.json (the filtered graph with scores and positions) and
 * /graphql (partnerships with sources, basis, release, names, search).
 * Built by tools/build-explorer.ts into dist/explorer/.
 */
import Graph from 'graphology';
import {
  AGREEMENT_TYPE_LABELS,
  chooseLanguage,
  CONFIDENCE_LABELS,
  joinList,
  labelOf,
  LEFT_OUT_LABELS,
  LEVEL_LABELS,
  MEASURE_KEYS,
  MEASURE_LABELS,
  STATUS_LABELS,
  translate,
  type Language,
  type MessageKey,
} from '../i18n';
import { INDONESIAN_LEVELS, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from '../domain/model';
import {
  allPartnerships,
  BASIS,
  GOVERNMENT,
  graphql,
  META,
  optionalGraphql,
  RELEASE,
  SEARCH,
  type Basis,
  type GovernmentDetails,
  type Hit,
  type Meta,
  type PartnershipRow,
  type Release,
} from './api';
import { captionFor, type Caption, type Names } from './caption';
import { debounce, el } from './dom';
import { download, figureSvg, svgToPng } from './figure';
import { MapView } from './map-view';
import { NetworkView } from './network-view';
import { governmentPanel, sourceLink } from './panel';
import {
  COLOURINGS,
  CONFIDENCE_GRADES,
  defaultState,
  exportParams,
  graphqlFilter,
  parseState,
  stateParams,
  VIEWS,
  type ExplorerState,
  type Grade,
  type ListFilter,
  type View,
} from './state';
import { EDGE_STYLES, legendFor, nodeColour, sizeScale, type Legend, type NodeData } from './style';
import { DataTable } from './table-view';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Everything loaded for the current filter. */
interface Loaded {
  graph: Graph;
  nodes: NodeData[];
  grade: Map<string, Grade>;
  partnerships: PartnershipRow[];
  basis: Basis | null;
  dataVersion: number | null;
  /** Nodes of the whole filtered network; more than `nodes` when the export shows a part (scope WORLD). */
  networkNodes: number;
}

const state: ExplorerState = parseState(new URLSearchParams(location.search));
let lang: Language = state.lang ?? chooseLanguage(null, navigator.languages ?? [navigator.language]);
state.lang = lang;
let meta: Meta | null = null;
let release: Release | null = null;
let partnershipsById = new Map<string, PartnershipRow>();
let loaded: Loaded | null = null;
let loadSeq = 0;
let selectedDetails: GovernmentDetails | null = null;
let tables: { governments: DataTable<NodeData>; partnerships: DataTable<PartnershipRow> } | null = null;

const network = new NetworkView($('graph'), (id) => void select(id), () => closePanel());
let map: MapView | null = null;

const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);

// ---------------------------------------------------------------- names and labels

const names: Names = {
  get lang() {
    return lang;
  },
  country(code) {
    const c = meta?.countries.find((x) => x.code === code);
    return c ? (lang === 'id' ? (c.nameId ?? c.name) : c.name) : code;
  },
  province(id) {
    return meta?.governments.edges.find((e) => e.node.id === id)?.node.name ?? id;
  },
  field(code) {
    const f = meta?.vocabulary.fields.find((x) => x.code === code);
    return f ? (lang === 'id' ? f.labelId : f.labelEn) : code;
  },
};

function describe(n: NodeData): string {
  return `${n.name} — ${labelOf(LEVEL_LABELS, n.level, lang)}, ${names.country(n.countryCode)}`;
}

// ---------------------------------------------------------------- URL state

function writeUrl(): void {
  const query = stateParams(state).toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#downloads a')) a.href = `/export/${a.dataset.format}?${exportParams(state)}`;
}

// ---------------------------------------------------------------- static texts and controls

function applyTexts(): void {
  document.documentElement.lang = lang;
  document.title = t('app.pageTitle');
  for (const e of document.querySelectorAll<HTMLElement>('[data-i18n]')) e.textContent = t(e.dataset.i18n as MessageKey);
  for (const e of document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) e.setAttribute('placeholder', t(e.dataset.i18nPlaceholder as MessageKey));
  for (const e of document.querySelectorAll<HTMLElement>('[data-i18n-aria]')) e.setAttribute('aria-label', t(e.dataset.i18nAria as MessageKey));
  for (const e of document.querySelectorAll<HTMLElement>('[data-i18n-title]')) e.setAttribute('title', t(e.dataset.i18nTitle as MessageKey));
  $<HTMLSelectElement>('lang').value = lang;
  $('attribution').textContent = [t('caption.attributionMap'), t('caption.attributionCoords')].join(' · ');
}

function fillSelect(select: HTMLSelectElement, options: Array<[string, string]>, value: string, allLabel?: string): void {
  const list: Array<[string, string]> = allLabel !== undefined ? [['', allLabel], ...options] : options;
  if (value && !list.some(([v]) => v === value)) list.push([value, value.split(',').join(', ')]);
  select.replaceChildren(...list.map(([v, label]) => new Option(label, v, false, v === value)));
  select.value = value;
}

function fillControls(): void {
  const l = state.lists;
  const sortByLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], lang);
  const countries = (meta?.countries ?? []).filter((c) => c.code !== 'ID').map((c): [string, string] => [c.code, names.country(c.code)]).sort(sortByLabel);
  const provinces = (meta?.governments.edges ?? []).map((e): [string, string] => [e.node.id, e.node.name]).sort(sortByLabel);
  const fields = (meta?.vocabulary.fields ?? []).map((f): [string, string] => [f.code, names.field(f.code)]).sort(sortByLabel);
  fillSelect($('countries'), countries, l.countries.join(','), t('control.allCountries'));
  fillSelect($('provinces'), provinces, l.provinces.join(','), t('control.allProvinces'));
  fillSelect($('agreementTypes'), PARTNERSHIP_TYPES.map((c) => [c, labelOf(AGREEMENT_TYPE_LABELS, c, lang)]), l.agreementTypes.join(','), t('control.allTypes'));
  fillSelect($('statuses'), PARTNERSHIP_STATUSES.map((c) => [c, labelOf(STATUS_LABELS, c, lang)]), l.statuses.join(','), t('control.allStatuses'));
  fillSelect($('indonesianLevels'), INDONESIAN_LEVELS.map((c) => [c, labelOf(LEVEL_LABELS, c, lang)]), l.indonesianLevels.join(','), t('control.allLevels'));
  fillSelect($('fields'), fields, l.fields.join(','), t('control.allFields'));
  fillSelect($('minConfidence'), CONFIDENCE_GRADES.map((c) => [c, labelOf(CONFIDENCE_LABELS, c, lang)]), state.minConfidence);
  fillSelect($('undated'), (['EXCLUDE', 'INCLUDE'] as const).map((c) => [c, t(`undated.${c}`)]), state.undated ?? 'EXCLUDE');
  fillSelect($('scope'), (['INDONESIA', 'WORLD'] as const).map((c) => [c, t(`scope.${c}`)]), state.scope ?? 'INDONESIA');
  fillSelect($('size'), MEASURE_KEYS.map((m) => [m, labelOf(MEASURE_LABELS, m, lang)]), state.size);
  const colourKeys: Record<string, MessageKey> = { country: 'control.colourCountry', community: 'control.colourCommunity', level: 'control.colourLevel' };
  fillSelect($('colour'), COLOURINGS.map((c) => [c, t(colourKeys[c])]), state.colour);
  const inputs = new Set((meta?.filterInput?.inputFields ?? []).map((f) => f.name));
  $('undated-control').hidden = !inputs.has('undated');
  $('scope-control').hidden = !inputs.has('scope');
  const year = $<HTMLInputElement>('year');
  year.value = String(state.asOf ?? year.max);
  const since = $<HTMLInputElement>('since');
  since.value = String(state.signedFrom ?? since.min);
  showYear();
  for (const b of document.querySelectorAll<HTMLButtonElement>('#view-switch button')) b.setAttribute('aria-pressed', String(b.dataset.view === state.view));
}

function showYear(): void {
  $('year-label').textContent = state.asOf === null ? t('control.allYears') : t('control.asOf', { year: state.asOf });
  $('since-label').textContent = state.signedFrom === null ? t('control.anyYear') : t('control.sinceYear', { year: state.signedFrom });
}

// ---------------------------------------------------------------- loading

/**
 * A TIMEOUT stops the server's work, but what finished in time stays cached (a world-scope network's
 * measures one by one), so the page asks again a few times, saying so, before it shows the error.
 */
const TIMEOUT_RETRIES = 3;

async function loadData(attempt = 1): Promise<void> {
  const seq = ++loadSeq;
  const errorBox = $('error');
  const params = exportParams(state);
  const hasBasis = Boolean(meta?.queryType?.fields.some((f) => f.name === 'analysisBasis'));
  const [res, basisData] = await Promise.all([
    fetch(`/export/network.json?${params}`),
    hasBasis ? optionalGraphql<{ analysisBasis: Basis }>(BASIS, { filter: graphqlFilter(state) }) : Promise.resolve(null),
  ]);
  const body = await res.json();
  if (seq !== loadSeq) return; // a newer request superseded this one
  if (!res.ok) {
    const code: string | undefined = body.errors?.[0]?.extensions?.code;
    if (code === 'TIMEOUT' && attempt <= TIMEOUT_RETRIES) {
      errorBox.textContent = t('error.timeoutRetrying', { attempt: attempt + 1, attempts: TIMEOUT_RETRIES + 1 });
      return loadData(attempt + 1);
    }
    // The page's own words for the errors a reader can act on; the server's English text otherwise.
    errorBox.textContent =
      code === 'TIMEOUT' ? t('error.timeout') : code === 'RATE_LIMITED' ? t('error.rateLimited') : t('error.graphql', { message: body.errors?.[0]?.message ?? t('app.loadFailed', { status: res.status }) });
    return;
  }
  errorBox.textContent = '';
  const graph = Graph.from(body);
  const nodes: NodeData[] = [];
  graph.forEachNode((id, a) => nodes.push({ ...(a as NodeData), id }));
  const grade = new Map<string, Grade>();
  const shown = new Set<string>();
  graph.forEachEdge((edge, a) => {
    let best = -1;
    for (const pid of a.partnershipIds as string[]) {
      shown.add(pid);
      const p = partnershipsById.get(pid);
      best = Math.max(best, p ? CONFIDENCE_GRADES.indexOf(p.confidence) : 1);
    }
    grade.set(edge, CONFIDENCE_GRADES[Math.max(best, 0)]);
  });
  const attrs = graph.getAttributes() as { dataVersion?: number; networkNodes?: number };
  loaded = {
    graph,
    nodes,
    grade,
    partnerships: [...shown].map((id) => partnershipsById.get(id)).filter((p): p is PartnershipRow => Boolean(p)),
    basis: basisData?.analysisBasis ?? null,
    dataVersion: attrs.dataVersion ?? null,
    networkNodes: attrs.networkNodes ?? nodes.length,
  };
  render();
}

// ---------------------------------------------------------------- rendering

function basisLine(): string {
  if (!loaded) return '';
  const b = loaded.basis;
  const count = b ? b.partnershipsCounted : loaded.partnerships.length;
  const world = b?.worldTiesCounted ?? 0;
  const shown = world > 0 ? t('basis.shownWithWorld', { count, world }) : t('basis.shown', { count });
  const left = (b?.leftOut ?? []).filter((r) => r.count > 0).map((r) => `${r.count} ${labelOf(LEFT_OUT_LABELS, r.reason, lang)}`);
  const line = left.length ? `${shown}; ${t('basis.notShown', { list: joinList(left, lang) })}` : shown;
  if (loaded.networkNodes <= loaded.nodes.length) return line;
  return `${line}; ${t('basis.worldAround', { shown: loaded.nodes.length.toLocaleString(lang), total: loaded.networkNodes.toLocaleString(lang) })}`;
}

function currentCaption(): Caption {
  return captionFor(
    state,
    names,
    { id: release?.id ?? loaded?.basis?.release ?? null, dataVersion: loaded?.dataVersion ?? null, attribution: release?.attribution ?? null },
    basisLine(),
  );
}

function currentLegend(): Legend {
  return legendFor(loaded?.nodes ?? [], { colouring: state.colour, measure: state.size, lang, countryName: names.country, map: state.view === 'map' });
}

function renderLegend(): void {
  const box = $('legend');
  box.hidden = state.view === 'table' || !loaded || loaded.nodes.length === 0;
  const legend = currentLegend();
  const swatches = el('ul');
  for (const s of legend.swatches.slice(0, 14)) {
    const li = el('li', undefined, { title: s.label });
    const dot = el('span', undefined, { class: 'dot' });
    dot.style.background = s.colour;
    li.append(dot, s.label);
    swatches.append(li);
  }
  const lines = el('div');
  for (const l of legend.lines) {
    const span = el('span', undefined, { class: 'line' });
    span.style.borderTop = `2px ${l.style.dash ? (l.style.dash.startsWith('1') ? 'dotted' : 'dashed') : 'solid'} ${l.style.colour}`;
    const item = el('span');
    item.append(span, l.label, '  ');
    lines.append(item);
  }
  const wasOpen = box.querySelector('details')?.open ?? true;
  const details = el('details');
  details.open = wasOpen;
  details.append(
    el('summary', t('legend.title')),
    el('h3', legend.colourTitle),
    swatches,
    el('h3', legend.sizeTitle),
    el('div', `● ${legend.sizeLabels[0]}  ⬤ ${legend.sizeLabels[1]}`, { class: 'note' }),
    el('h3', legend.linesTitle),
    lines,
    el('div', legend.lineNote, { class: 'note' }),
  );
  box.replaceChildren(details);
}

function renderCaption(): void {
  const c = currentCaption();
  $('caption').hidden = !state.embed;
  $('caption-title').textContent = c.title;
  $('caption-filter').textContent = c.filter;
  $('caption-release').textContent = c.release;
  $('caption-attribution').textContent = c.attribution.join(' · ');
}

function edgeStyleOf(edge: string) {
  return EDGE_STYLES[loaded?.grade.get(edge) ?? 'MEDIUM'];
}

function render(): void {
  document.body.classList.toggle('embed', state.embed);
  for (const v of VIEWS) $(`view-${v}`).classList.toggle('active', v === state.view);
  for (const b of document.querySelectorAll<HTMLButtonElement>('#view-switch button')) b.setAttribute('aria-pressed', String(b.dataset.view === state.view));
  $<HTMLButtonElement>('save-png').hidden = state.view === 'table';
  $<HTMLButtonElement>('save-svg').hidden = state.view === 'table';
  $<HTMLButtonElement>('save-csv').hidden = state.view !== 'table';
  if (!loaded) return;
  const { nodes, graph } = loaded;
  $('count').textContent = t('count.summary', { nodes: graph.order, edges: graph.size });
  $('count').dataset.nodes = String(graph.order);
  $('basis').textContent = basisLine();
  const empty = $('empty');
  empty.hidden = graph.order > 0 || state.view === 'table';
  empty.textContent = t('empty.network');
  renderLegend();
  renderCaption();
  $('attribution').hidden = state.view !== 'map';
  const colour = (n: NodeData) => nodeColour(n, state.colour);
  if (state.view === 'network') {
    const radius = sizeScale(nodes, state.size, 2.5, 16);
    network.draw(graph, { radius, colour, edgeStyle: edgeStyleOf, selected: state.node });
    network.resize();
  } else if (state.view === 'map') {
    void drawMap(colour);
  } else renderTables();
  document.body.dataset.view = state.view;
}

async function drawMap(colour: (n: NodeData) => string): Promise<void> {
  if (!loaded) return;
  map ??= new MapView(
    $('view-map'),
    (id) => void select(id),
    (frame) => {
      state.zoom = frame;
      writeUrlSoon();
    },
  );
  await map.ready();
  map.bottomInset = $('legend').offsetHeight + 30;
  map.setFrame(state.zoom);
  const located = loaded.nodes.filter((n) => n.lat != null && n.lon != null);
  const radius = sizeScale(loaded.nodes, state.size, 1.6, 9);
  const edges: Array<{ source: string; target: string; strength: number; style: ReturnType<typeof edgeStyleOf> }> = [];
  loaded.graph.forEachEdge((edge, a, source, target) => edges.push({ source, target, strength: a.strength as number, style: edgeStyleOf(edge) }));
  map.draw({ nodes: located, edges, radius, colour, describe, selected: state.node });
  map.svg.setAttribute('aria-label', `${t('view.map')}: ${t('count.summary', { nodes: located.length, edges: edges.length })}`);
  const missing = loaded.nodes.length - located.length;
  const empty = $('empty');
  if (loaded.nodes.length > 0 && located.length === 0) {
    empty.hidden = false;
    empty.textContent = t('empty.map');
  }
  $('attribution').textContent = [
    t('caption.attributionMap'),
    t('caption.attributionCoords'),
    ...(missing > 0 ? [t('map.withoutCoordinates', { count: missing })] : []),
  ].join(' · ');
  document.body.dataset.mapReady = 'true';
}

function renderTables(): void {
  if (!loaded) return;
  const { graph, nodes, partnerships } = loaded;
  const ranked = [...nodes].sort((a, b) => b[state.size] - a[state.size] || (a.id < b.id ? -1 : 1));
  const rank = new Map<string, number>();
  ranked.forEach((n, i) => rank.set(n.id, i > 0 && ranked[i - 1][state.size] === n[state.size] ? rank.get(ranked[i - 1].id)! : i + 1));
  const texts = { rows: (n: number) => t('table.rows', { count: n }), empty: t('table.empty'), sortHint: t('table.sortHint') };
  const governments = new DataTable<NodeData>(
    {
      id: 'table-governments',
      title: t('table.governments'),
      rows: nodes,
      search: (n) => `${n.name} ${n.province ?? ''} ${names.country(n.countryCode)} ${labelOf(LEVEL_LABELS, n.level, lang)}`,
      initialSort: { key: 'rank', descending: false },
      columns: [
        { key: 'name', label: t('col.name'), value: (n) => n.name, render: (n) => nodeLink(n.id, n.name) },
        { key: 'level', label: t('col.level'), value: (n) => labelOf(LEVEL_LABELS, n.level, lang) },
        { key: 'province', label: t('col.province'), value: (n) => n.province },
        { key: 'country', label: t('col.country'), value: (n) => names.country(n.countryCode) },
        { key: 'partners', label: t('col.partners'), value: (n) => graph.degree(n.id), numeric: true },
        ...MEASURE_KEYS.map((m) => ({
          key: m,
          label: labelOf(MEASURE_LABELS, m, lang),
          value: (n: NodeData) => n[m],
          render: (n: NodeData) => n[m].toFixed(4),
          numeric: true,
        })),
        { key: 'rank', label: t('col.rank', { measure: labelOf(MEASURE_LABELS, state.size, lang) }), value: (n) => rank.get(n.id) ?? null, numeric: true },
      ],
    },
    texts,
  );
  const partyNames = (p: PartnershipRow) => p.parties.map((x) => x.name).join(' – ');
  const partnershipTable = new DataTable<PartnershipRow>(
    {
      id: 'table-partnerships',
      title: t('table.partnerships'),
      rows: partnerships,
      search: (p) => `${partyNames(p)} ${labelOf(AGREEMENT_TYPE_LABELS, p.type, lang)} ${p.signedYear ?? ''} ${p.sources.map((s) => s.title ?? s.url).join(' ')}`,
      initialSort: { key: 'year', descending: false },
      columns: [
        {
          key: 'parties',
          label: t('col.parties'),
          value: partyNames,
          render: (p) => {
            const span = el('span');
            p.parties.forEach((x, i) => {
              if (i > 0) span.append(' – ');
              span.append(nodeLink(x.id, x.name));
            });
            return span;
          },
        },
        { key: 'type', label: t('col.type'), value: (p) => labelOf(AGREEMENT_TYPE_LABELS, p.type, lang) },
        { key: 'year', label: t('col.year'), value: (p) => p.signedYear, numeric: true },
        { key: 'status', label: t('col.status'), value: (p) => labelOf(STATUS_LABELS, p.status, lang) },
        { key: 'confidence', label: t('col.confidence'), value: (p) => labelOf(CONFIDENCE_LABELS, p.confidence, lang) },
        {
          key: 'sources',
          label: t('col.sources'),
          value: (p) => p.sources.length,
          render: (p) => {
            const span = el('span');
            p.sources.forEach((s, i) => {
              if (i > 0) span.append('; ');
              span.append(sourceLink(s, t));
            });
            return span;
          },
          csv: (p) => p.sources.map((s) => (s.title ? `${s.title} <${s.url}>` : s.url)).join(' | '),
        },
      ],
    },
    texts,
  );
  tables = { governments, partnerships: partnershipTable };
  const csvButton = (table: { toCsv(extra: Array<[string, string]>): string }, name: string) => {
    const b = el('button', t('table.csv'), { type: 'button', class: 'csv' });
    b.addEventListener('click', () => saveCsv(table, name));
    return b;
  };
  governments.section.querySelector('h2')!.append(csvButton(governments, 'governments'));
  partnershipTable.section.querySelector('h2')!.append(csvButton(partnershipTable, 'partnerships'));
  const query = $<HTMLInputElement>('table-search').value;
  governments.filter(query);
  partnershipTable.filter(query);
  $('tables').replaceChildren(governments.section, partnershipTable.section);
}

// ---------------------------------------------------------------- selection, panel, search

function nodeLink(id: string, name: string): HTMLAnchorElement {
  const a = el('a', name, { href: `?${new URLSearchParams({ ...Object.fromEntries(stateParams(state)), node: id })}`, class: 'node-link', 'data-id': id });
  a.addEventListener('click', (event) => {
    event.preventDefault();
    void select(id);
  });
  return a;
}

async function select(id: string): Promise<void> {
  state.node = id;
  writeUrl();
  const panel = $('panel');
  const body = $('panel-body');
  panel.hidden = false;
  panel.dataset.id = id;
  panel.removeAttribute('data-loaded');
  body.replaceChildren(el('p', t('panel.loading')));
  if (state.view === 'network') network.select(id);
  if (state.view === 'map') render();
  try {
    const { government: g } = await graphql<{ government: GovernmentDetails | null }>(GOVERNMENT, { id });
    if (state.node !== id) return;
    selectedDetails = g;
    renderPanel();
  } catch (err) {
    body.replaceChildren(el('p', t('error.graphql', { message: err instanceof Error ? err.message : String(err) })));
  }
}

function renderPanel(): void {
  const g = selectedDetails;
  const id = state.node;
  if (!id) return;
  const body = $('panel-body');
  if (!g || g.id !== id) {
    body.replaceChildren(el('p', t('panel.notFound', { id })));
    return;
  }
  const scores = loaded?.graph.hasNode(id) ? ({ ...(loaded.graph.getNodeAttributes(id) as NodeData), id } as NodeData) : null;
  body.replaceChildren(...governmentPanel(g, scores, lang, names.country, nodeLink));
  $('panel').dataset.loaded = 'true';
}

function closePanel(): void {
  state.node = null;
  selectedDetails = null;
  const panel = $('panel');
  panel.hidden = true;
  delete panel.dataset.id;
  writeUrl();
  network.select(null);
  if (state.view === 'map') render();
}

async function runSearch(): Promise<void> {
  const box = $<HTMLInputElement>('search');
  const results = $('search-results');
  const text = box.value.trim();
  if (!text) {
    results.replaceChildren();
    return;
  }
  const search = (await graphql<{ search: { edges: Array<{ node: Hit }> } }>(SEARCH, { text })).search.edges.map((e) => e.node);
  if (box.value.trim() !== text) return;
  results.replaceChildren(
    ...search.map((h) => {
      const li = el('li');
      const target = h.kind === 'GOVERNMENT' ? h.id : (h.partnership?.parties[0]?.id ?? h.id);
      li.append(nodeLink(target, h.title), ' ', el('small', t(`kind.${h.kind}` as MessageKey)));
      return li;
    }),
  );
  if (search.length === 0) results.replaceChildren(el('li', t('control.nothingFound'), { class: 'muted' }));
}

// ---------------------------------------------------------------- saving

function fileBase(): string {
  const tag = release?.id ?? loaded?.basis?.release ?? (loaded?.dataVersion != null ? `v${loaded.dataVersion}` : 'data');
  return `kota-kembar-${state.view}-${tag}`;
}

/** The current view as a finished figure (SVG markup and size). */
function currentFigure(): { svg: string; width: number; height: number } {
  const caption = currentCaption();
  const legend = currentLegend();
  let view: { svg: string; width: number; height: number };
  if (state.view === 'map' && map) view = { svg: map.svg.innerHTML, ...map.size };
  else view = network.toSvg(edgeStyleOf);
  const svg = figureSvg(view, legend, caption);
  const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? view.height);
  return { svg, width: view.width, height };
}

async function saveImage(format: 'png' | 'svg'): Promise<void> {
  try {
    const figure = currentFigure();
    if (format === 'svg') {
      download(new Blob([figure.svg], { type: 'image/svg+xml' }), `${fileBase()}.svg`);
      return;
    }
    const c = currentCaption();
    const png = await svgToPng(figure.svg, figure.width, figure.height, 2, {
      Title: c.title,
      Description: `${c.filter}. ${c.release}.`,
      Source: c.attribution.join(' · '),
      Copyright: c.attribution[0],
    });
    download(png, `${fileBase()}.png`);
  } catch (err) {
    $('error').textContent = t('error.image', { message: err instanceof Error ? err.message : String(err) });
  }
}

function saveCsv(table: { toCsv(extra: Array<[string, string]>): string }, name: string): void {
  const c = currentCaption();
  const csv = table.toCsv([
    ['Filter', c.filter],
    ['Release', c.release],
    ['Attribution', c.attribution.join(' · ')],
  ]);
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${fileBase()}-${name}.csv`);
}

// ---------------------------------------------------------------- controls

const writeUrlSoon = debounce(writeUrl, 150);

function setList(name: ListFilter, value: string): void {
  state.lists[name] = value ? value.split(',') : [];
}

function bindControls(): void {
  const reload = debounce(() => void loadData(), 150);
  const changed = (refetch: boolean) => {
    writeUrl();
    if (refetch) reload();
    else render();
  };
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-filter]'))
    select.addEventListener('change', () => {
      setList(select.dataset.filter as ListFilter, select.value);
      changed(true);
    });
  $<HTMLSelectElement>('minConfidence').addEventListener('change', (e) => {
    state.minConfidence = (e.target as HTMLSelectElement).value as Grade;
    changed(true);
  });
  $<HTMLSelectElement>('undated').addEventListener('change', (e) => {
    const v = (e.target as HTMLSelectElement).value;
    state.undated = v === 'INCLUDE' ? 'INCLUDE' : null;
    changed(true);
  });
  $<HTMLSelectElement>('scope').addEventListener('change', (e) => {
    const v = (e.target as HTMLSelectElement).value;
    state.scope = v === 'WORLD' ? 'WORLD' : null;
    changed(true);
  });
  $<HTMLSelectElement>('size').addEventListener('change', (e) => {
    state.size = (e.target as HTMLSelectElement).value as ExplorerState['size'];
    changed(false);
  });
  $<HTMLSelectElement>('colour').addEventListener('change', (e) => {
    state.colour = (e.target as HTMLSelectElement).value as ExplorerState['colour'];
    changed(false);
  });
  const year = $<HTMLInputElement>('year');
  const since = $<HTMLInputElement>('since');
  year.addEventListener('input', () => {
    state.asOf = Number(year.value) < Number(year.max) ? Number(year.value) : null;
    // A window never runs backwards: "as of" pulls "signed from" down with it.
    if (state.asOf !== null && state.signedFrom !== null && state.signedFrom > state.asOf) {
      state.signedFrom = Number(year.value) > Number(since.min) ? state.asOf : null;
      since.value = String(state.signedFrom ?? since.min);
    }
    showYear();
    changed(true);
  });
  since.addEventListener('input', () => {
    state.signedFrom = Number(since.value) > Number(since.min) ? Number(since.value) : null;
    if (state.signedFrom !== null && state.asOf !== null && state.asOf < state.signedFrom) {
      state.asOf = state.signedFrom;
      year.value = String(state.asOf);
    }
    showYear();
    changed(true);
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>('#view-switch button'))
    b.addEventListener('click', () => {
      state.view = b.dataset.view as View;
      changed(false);
      if (state.node && selectedDetails) renderPanel();
    });
  $<HTMLSelectElement>('lang').addEventListener('change', (e) => {
    lang = (e.target as HTMLSelectElement).value as Language;
    state.lang = lang;
    applyTexts();
    fillControls();
    writeUrl();
    render();
    if (state.node) renderPanel();
  });
  $('reset').addEventListener('click', () => {
    const d = defaultState();
    Object.assign(state, { asOf: d.asOf, signedFrom: d.signedFrom, lists: d.lists, minConfidence: d.minConfidence, undated: d.undated, scope: d.scope });
    fillControls();
    changed(true);
  });
  $('search').addEventListener('input', debounce(() => void runSearch(), 200));
  $('table-search').addEventListener('input', () => {
    const q = $<HTMLInputElement>('table-search').value;
    tables?.governments.filter(q);
    tables?.partnerships.filter(q);
  });
  $('save-png').addEventListener('click', () => void saveImage('png'));
  $('save-svg').addEventListener('click', () => void saveImage('svg'));
  $('save-csv').addEventListener('click', () => {
    if (!tables) return;
    saveCsv(tables.governments, 'governments');
    saveCsv(tables.partnerships, 'partnerships');
  });
  $('copy-link').addEventListener('click', () => {
    writeUrl();
    navigator.clipboard?.writeText(location.href).then(
      () => ($('copy-status').textContent = t('control.linkCopied')),
      () => ($('copy-status').textContent = t('control.copyFailed')),
    );
  });
  $('panel').querySelector('.close')!.addEventListener('click', closePanel);
  $('zoom-in').addEventListener('click', () => map?.zoomBy(1.6));
  $('zoom-out').addEventListener('click', () => map?.zoomBy(1 / 1.6));
  $('zoom-indonesia').addEventListener('click', () => {
    state.zoom = { preset: 'indonesia' };
    map?.setFrame(state.zoom);
    writeUrl();
  });
  $('zoom-world').addEventListener('click', () => {
    state.zoom = { preset: 'world' };
    map?.setFrame(state.zoom);
    writeUrl();
  });
  window.addEventListener(
    'resize',
    debounce(() => render(), 200),
  );
}

// ---------------------------------------------------------------- start

async function start(): Promise<void> {
  applyTexts();
  const year = $<HTMLInputElement>('year');
  year.max = String(new Date().getFullYear() + 1);
  const [metaData, rows] = await Promise.all([graphql<Meta>(META), allPartnerships()]);
  meta = metaData;
  if (meta.statsType?.fields.some((f) => f.name === 'release'))
    release = (await optionalGraphql<{ datasetStats: { release: Release | null } }>(RELEASE))?.datasetStats.release ?? null;
  partnershipsById = new Map(rows.map((p) => [p.id, p]));
  const years = rows.map((p) => p.signedYear).filter((y): y is number => y !== null);
  if (years.length) {
    year.min = String(Math.min(...years));
    $<HTMLInputElement>('since').min = year.min;
  }
  $<HTMLInputElement>('since').max = year.max;
  fillControls();
  bindControls();
  writeUrl();
  await loadData();
  if (state.node) await select(state.node);
  document.body.dataset.ready = 'true';
}

/** A handle for tests and the curious. */
(window as unknown as { kotaKembar: unknown }).kotaKembar = {
  get state() {
    return state;
  },
  get renderer() {
    return network.renderer;
  },
  get graph() {
    return loaded?.graph ?? null;
  },
  get map() {
    return map;
  },
  get tables() {
    return tables;
  },
  figure: () => currentFigure(),
  caption: () => currentCaption(),
};

start().catch((err: unknown) => {
  $('error').textContent = t('app.startFailed', { message: err instanceof Error ? err.message : String(err) });
});
