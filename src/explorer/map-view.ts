/**
 * The map: Natural Earth countries (world-atlas 50m TopoJSON, served from our own
 * origin) in an Equal Earth projection rotated to 120°E, so Indonesia sits in the
 * middle and the Americas and the Pacific partners (Hawaii, American Samoa) stay
 * whole on the sides. Governments are proportional symbols, partnerships
 * great-circle arcs (d3-geo resamples and clips them). Zoom and pan move a
 * transform; symbols and labels are placed in screen space on every frame, so
 * they grow slower than the map and labels never collide.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapFrame } from './state';
import type { EdgeStyle, NodeData } from './style';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const ATLAS_URL = '/explorer/countries-50m.json';
/** Longitude/latitude box the Indonesia preset frames (Sabang to Merauke, Miangas to Rote). */
const INDONESIA_BOX: [[number, number], [number, number]] = [[94.5, -11.2], [141.2, 6.2]];
const MAX_ZOOM = 80;

export interface MapEdge {
  source: string;
  target: string;
  strength: number;
  style: EdgeStyle;
}

export interface MapData {
  nodes: NodeData[];
  edges: MapEdge[];
  radius: (n: NodeData) => number;
  colour: (n: NodeData) => string;
  describe: (n: NodeData) => string;
  selected: string | null;
}

interface Transform {
  k: number;
  x: number;
  y: number;
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

let atlas: Promise<Topology> | null = null;
function loadAtlas(): Promise<Topology> {
  atlas ??= fetch(ATLAS_URL).then((r) => {
    if (!r.ok) throw new Error(`${ATLAS_URL}: ${r.status}`);
    return r.json() as Promise<Topology>;
  });
  return atlas;
}

export class MapView {
  readonly svg: SVGSVGElement;
  private readonly zoomLayer: SVGGElement;
  private readonly arcLayer: SVGGElement;
  private readonly symbolLayer: SVGGElement;
  private readonly labelLayer: SVGGElement;
  private base: GeoProjection = geoEqualEarth().rotate([-120, 0]);
  private t: Transform = { k: 1, x: 0, y: 0 };
  private width = 0;
  private height = 0;
  private data: MapData | null = null;
  private landDrawn = false;
  /** Labels placed in the last frame (for tests and the saved image). */
  placedLabels: string[] = [];
  /** Pixels the presets keep free at the bottom (the legend sits there). */
  bottomInset = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly onSelect: (id: string) => void,
    private readonly onFrame: (frame: MapFrame) => void,
  ) {
    this.svg = svgEl('svg', { role: 'img', class: 'map', tabindex: 0 });
    this.zoomLayer = svgEl('g', { class: 'zoom' });
    this.arcLayer = svgEl('g', { class: 'arcs', fill: 'none' });
    this.symbolLayer = svgEl('g', { class: 'symbols' });
    this.labelLayer = svgEl('g', { class: 'labels', 'font-family': 'system-ui, sans-serif', 'font-size': 11 });
    this.svg.append(this.zoomLayer, this.symbolLayer, this.labelLayer);
    container.append(this.svg);
    this.listen();
  }

  /** Draw the land once the atlas is in; resolves when it is drawn. */
  async ready(): Promise<void> {
    const topo = await loadAtlas();
    if (this.landDrawn) return;
    this.resize();
    const countries = topo.objects.countries as GeometryCollection;
    const path = geoPath(this.base);
    const land = feature(topo, countries);
    const nonScaling = { 'vector-effect': 'non-scaling-stroke' };
    this.zoomLayer.append(
      svgEl('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '', fill: '#dce9f2' }),
      svgEl('path', { class: 'land', d: path(land) ?? '', fill: '#f3f0e8', stroke: 'none' }),
      svgEl('path', { class: 'borders', d: path(mesh(topo, countries, (a, b) => a !== b)) ?? '', fill: 'none', stroke: '#b8b1a2', 'stroke-width': 0.6, ...nonScaling }),
      svgEl('path', { class: 'coast', d: path(mesh(topo, countries, (a, b) => a === b)) ?? '', fill: 'none', stroke: '#8fa6b8', 'stroke-width': 0.7, ...nonScaling }),
      this.arcLayer,
    );
    this.landDrawn = true;
  }

  /** Fit the projection to the element's size (the world fills the frame at zoom 1). */
  private resize(): void {
    const box = this.container.getBoundingClientRect();
    this.width = Math.max(320, Math.round(box.width));
    this.height = Math.max(240, Math.round(box.height));
    this.svg.setAttribute('width', String(this.width));
    this.svg.setAttribute('height', String(this.height));
    this.svg.setAttribute('viewBox', `0 0 ${this.width} ${this.height}`);
    this.base = geoEqualEarth().rotate([-120, 0]).fitExtent([[8, 8], [this.width - 8, this.height - 8]], { type: 'Sphere' });
  }

  get size(): { width: number; height: number } {
    return { width: this.width, height: this.height };
  }

  /** Screen position of a longitude/latitude under the current zoom. */
  project(lon: number, lat: number): [number, number] | null {
    const p = this.base([lon, lat]);
    return p ? [p[0] * this.t.k + this.t.x, p[1] * this.t.k + this.t.y] : null;
  }

  setFrame(frame: MapFrame): void {
    if ('preset' in frame) {
      if (frame.preset === 'world') this.t = { k: 1, x: 0, y: 0 };
      else this.t = this.fitBox(INDONESIA_BOX);
    } else {
      const p = this.base([frame.lon, frame.lat]);
      const k = Math.min(Math.max(frame.k, 1), MAX_ZOOM);
      if (p) this.t = { k, x: this.width / 2 - p[0] * k, y: this.height / 2 - p[1] * k };
    }
    this.apply();
  }

  /** The current frame as centre and zoom (what the URL keeps). */
  frame(): MapFrame {
    if (this.t.k === 1 && this.t.x === 0 && this.t.y === 0) return { preset: 'world' };
    const centre = this.base.invert?.([(this.width / 2 - this.t.x) / this.t.k, (this.height / 2 - this.t.y) / this.t.k]);
    return centre ? { lon: centre[0], lat: centre[1], k: this.t.k } : { preset: 'world' };
  }

  private fitBox([[w, s], [e, n]]: [[number, number], [number, number]]): Transform {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i <= 8; i++)
      for (const [lon, lat] of [[w + ((e - w) * i) / 8, s], [w + ((e - w) * i) / 8, n], [w, s + ((n - s) * i) / 8], [e, s + ((n - s) * i) / 8]]) {
        const p = this.base([lon, lat]);
        if (p) {
          xs.push(p[0]);
          ys.push(p[1]);
        }
      }
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Fit into the frame above the inset, below the zoom buttons.
    const top = 48;
    const free = Math.max(this.height - this.bottomInset - top, this.height * 0.45);
    const k = Math.min((this.width * 0.94) / (x1 - x0), (free * 0.94) / (y1 - y0));
    return { k, x: this.width / 2 - ((x0 + x1) / 2) * k, y: top + free / 2 - ((y0 + y1) / 2) * k };
  }

  zoomBy(factor: number, at: [number, number] = [this.width / 2, this.height / 2]): void {
    const k = Math.min(Math.max(this.t.k * factor, 1), MAX_ZOOM);
    const f = k / this.t.k;
    this.t = { k, x: at[0] - (at[0] - this.t.x) * f, y: at[1] - (at[1] - this.t.y) * f };
    this.apply();
    this.onFrame(this.frame());
  }

  panBy(dx: number, dy: number): void {
    this.t = { ...this.t, x: this.t.x + dx, y: this.t.y + dy };
    this.apply();
    this.onFrame(this.frame());
  }

  private listen(): void {
    this.svg.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const box = this.svg.getBoundingClientRect();
        this.zoomBy(Math.exp(-event.deltaY * 0.0015), [event.clientX - box.left, event.clientY - box.top]);
      },
      { passive: false },
    );
    let drag: { x: number; y: number; moved: boolean } | null = null;
    this.svg.addEventListener('pointerdown', (event) => {
      if ((event.target as Element).closest('circle')) return;
      drag = { x: event.clientX, y: event.clientY, moved: false };
      this.svg.setPointerCapture(event.pointerId);
    });
    this.svg.addEventListener('pointermove', (event) => {
      if (!drag) return;
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) < 2) return;
      drag = { x: event.clientX, y: event.clientY, moved: true };
      this.t = { ...this.t, x: this.t.x + dx, y: this.t.y + dy };
      this.apply();
    });
    const end = () => {
      if (drag?.moved) this.onFrame(this.frame());
      drag = null;
    };
    this.svg.addEventListener('pointerup', end);
    this.svg.addEventListener('pointercancel', end);
    this.svg.addEventListener('dblclick', (event) => {
      const box = this.svg.getBoundingClientRect();
      this.zoomBy(2, [event.clientX - box.left, event.clientY - box.top]);
    });
    this.svg.addEventListener('keydown', (event) => {
      const step = 60;
      const moves: Record<string, () => void> = {
        '+': () => this.zoomBy(1.5),
        '=': () => this.zoomBy(1.5),
        '-': () => this.zoomBy(1 / 1.5),
        ArrowLeft: () => this.panBy(step, 0),
        ArrowRight: () => this.panBy(-step, 0),
        ArrowUp: () => this.panBy(0, step),
        ArrowDown: () => this.panBy(0, -step),
      };
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        move();
      }
    });
  }

  /** Draw `data` (nodes without coordinates are left out). */
  draw(data: MapData): void {
    this.data = data;
    const path = geoPath(this.base);
    const byId = new Map(data.nodes.map((n) => [n.id, n]));
    const arcs: SVGPathElement[] = [];
    const selectedArcs: SVGPathElement[] = [];
    for (const e of data.edges) {
      const a = byId.get(e.source);
      const b = byId.get(e.target);
      if (a?.lon == null || a.lat == null || b?.lon == null || b.lat == null) continue;
      const d = path({ type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] });
      if (!d) continue;
      const touches = data.selected !== null && (e.source === data.selected || e.target === data.selected);
      const arc = svgEl('path', {
        d,
        stroke: touches ? '#111' : e.style.colour,
        'stroke-opacity': touches ? 0.95 : e.style.opacity,
        'stroke-width': Math.min(0.8 + 0.5 * e.strength, 3) + (touches ? 0.8 : 0),
        'vector-effect': 'non-scaling-stroke',
        'data-source': e.source,
        'data-target': e.target,
      });
      if (e.style.dash) arc.setAttribute('stroke-dasharray', e.style.dash);
      (touches ? selectedArcs : arcs).push(arc);
    }
    this.arcLayer.replaceChildren(...arcs, ...selectedArcs);
    this.apply();
  }

  /** Place the zoom transform, then symbols and labels in screen space. */
  private apply(): void {
    this.zoomLayer.setAttribute('transform', `translate(${this.t.x},${this.t.y}) scale(${this.t.k})`);
    const data = this.data;
    if (!data) return;
    const grow = Math.min(Math.pow(this.t.k, 0.45), 4);
    const placed: Array<{ n: NodeData; x: number; y: number; r: number }> = [];
    for (const n of data.nodes) {
      if (n.lon == null || n.lat == null) continue;
      const p = this.project(n.lon, n.lat);
      if (!p) continue;
      placed.push({ n, x: p[0], y: p[1], r: data.radius(n) * grow });
    }
    placed.sort((a, b) => b.r - a.r || (a.n.id < b.n.id ? -1 : 1));
    const circles = placed.map(({ n, x, y, r }) => {
      const selected = n.id === data.selected;
      const c = svgEl('circle', {
        cx: x.toFixed(1),
        cy: y.toFixed(1),
        r: r.toFixed(2),
        fill: data.colour(n),
        'fill-opacity': 0.88,
        stroke: selected ? '#000' : '#fff',
        'stroke-width': selected ? 2.5 : 0.8,
        'data-id': n.id,
        class: 'node',
      });
      const title = svgEl('title');
      title.textContent = data.describe(n);
      c.append(title);
      c.addEventListener('click', (event) => {
        event.stopPropagation();
        this.onSelect(n.id);
      });
      return c;
    });
    this.symbolLayer.replaceChildren(...circles);
    this.placeLabels(placed, data.selected);
  }

  /** Greedy label placement: biggest symbols first, four candidate spots each, no overlaps, inside the frame. */
  private placeLabels(placed: Array<{ n: NodeData; x: number; y: number; r: number }>, selected: string | null): void {
    const boxes: Array<[number, number, number, number]> = [];
    const labels: SVGTextElement[] = [];
    // Symbols of some size are obstacles too: a label never covers another government.
    const obstacles = placed.filter((p) => p.r >= 2.5).map((p) => ({ id: p.n.id, box: [p.x - p.r, p.y - p.r, p.x + p.r, p.y + p.r] as const }));
    const order = [...placed].sort((a, b) => (a.n.id === selected ? -1 : b.n.id === selected ? 1 : b.r - a.r));
    const maxLabels = Math.round(12 + 6 * Math.min(this.t.k, 10));
    const names: string[] = [];
    for (const { n, x, y, r } of order) {
      if (labels.length >= maxLabels && n.id !== selected) break;
      if (r < 3.2 && n.id !== selected) continue;
      const w = n.name.length * 6.1 + 2;
      const h = 12;
      const spots: Array<[number, number, 'start' | 'end' | 'middle']> = [
        [x + r + 3, y + 4, 'start'],
        [x - r - 3, y + 4, 'end'],
        [x, y - r - 4, 'middle'],
        [x, y + r + 12, 'middle'],
      ];
      for (const [lx, ly, anchor] of spots) {
        const x0 = anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2;
        const box: [number, number, number, number] = [x0, ly - h + 2, x0 + w, ly + 2];
        if (box[0] < 2 || box[2] > this.width - 2 || box[1] < 2 || box[3] > this.height - 2) continue;
        const hits = (b: readonly number[]) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1];
        if (boxes.some(hits) || obstacles.some((o) => o.id !== n.id && hits(o.box))) continue;
        boxes.push(box);
        const text = svgEl('text', {
          x: lx.toFixed(1),
          y: ly.toFixed(1),
          'text-anchor': anchor,
          fill: '#222',
          stroke: '#fff',
          'stroke-width': 3,
          'stroke-linejoin': 'round',
          'paint-order': 'stroke',
          'font-weight': n.id === selected ? 700 : 400,
        });
        text.textContent = n.name;
        labels.push(text);
        names.push(n.name);
        break;
      }
    }
    this.labelLayer.replaceChildren(...labels);
    this.placedLabels = names;
  }
}
