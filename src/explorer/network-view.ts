/**
 * The network view: sigma.js (WebGL) over the export's graph, positions from the
 * server's seeded ForceAtlas2 layout (a government keeps its place as filters
 * change). `toSvg` redraws what is on screen as SVG, for the saved images.
 */
import type Graph from 'graphology';
import Sigma from 'sigma';
import type { EdgeStyle, NodeData } from './style';

export interface NetworkStyle {
  radius: (n: NodeData) => number;
  colour: (n: NodeData) => string;
  edgeStyle: (edge: string) => EdgeStyle;
  selected: string | null;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export class NetworkView {
  renderer: Sigma | null = null;
  private graph: Graph | null = null;
  private selected: string | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly onSelect: (id: string) => void,
    private readonly onClear: () => void,
  ) {}

  draw(graph: Graph, style: NetworkStyle): void {
    this.graph = graph;
    this.selected = style.selected;
    graph.forEachNode((id, a) => {
      const n = { ...(a as NodeData), id };
      graph.mergeNodeAttributes(id, { label: n.name, size: style.radius(n), color: style.colour(n) });
    });
    graph.forEachEdge((id, a) => {
      const s = style.edgeStyle(id);
      graph.mergeEdgeAttributes(id, { size: Math.min(0.6 + 0.5 * (a.strength as number), 3), color: s.colour });
    });
    if (this.renderer) this.renderer.setGraph(graph);
    else {
      this.renderer = new Sigma(graph, this.container, {
        settings: { labelRenderedSizeThreshold: 7 },
        nodeReducer: (node) => (node === this.selected ? { highlighted: true, labelVisibility: 'visible', zIndex: 2 } : {}),
      });
      this.renderer.on('clickNode', ({ node }) => this.onSelect(node));
      this.renderer.on('clickStage', () => this.onClear());
    }
    this.renderer.refresh();
  }

  select(id: string | null): void {
    this.selected = id;
    if (!this.renderer || !this.graph) return;
    if (id && this.graph.hasNode(id)) {
      const d = this.renderer.getNodeDisplayData(id);
      if (d) void this.renderer.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
    }
    this.renderer.refresh();
  }

  resize(): void {
    this.renderer?.resize();
    this.renderer?.refresh();
  }

  /** What is on screen now as an SVG fragment (width × height of the view), edges under nodes under labels; like the screen, no dashes. */
  toSvg(edgeStyle: (edge: string) => EdgeStyle): { svg: string; width: number; height: number } {
    const r = this.renderer;
    const g = this.graph;
    if (!r || !g) return { svg: '', width: 0, height: 0 };
    const { width, height } = r.getDimensions();
    const pos = new Map<string, { x: number; y: number; size: number; color: string; label: string }>();
    g.forEachNode((id) => {
      const d = r.getNodeDisplayData(id);
      if (!d || d.visibility === 'hidden') return;
      const p = r.framedGraphToViewport(d);
      pos.set(id, { x: p.x, y: p.y, size: r.scaleSize(d.size), color: d.color, label: d.label ?? '' });
    });
    const parts: string[] = [];
    g.forEachEdge((id, a, s, t) => {
      const ps = pos.get(s);
      const pt = pos.get(t);
      if (!ps || !pt) return;
      const st = edgeStyle(id);
      const w = Math.min(0.6 + 0.5 * (a.strength as number), 3);
      parts.push(
        `<line x1="${ps.x.toFixed(1)}" y1="${ps.y.toFixed(1)}" x2="${pt.x.toFixed(1)}" y2="${pt.y.toFixed(1)}" stroke="${st.colour}" stroke-opacity="${st.opacity}" stroke-width="${w}"/>`,
      );
    });
    const nodes = [...pos.entries()].sort((a, b) => a[1].size - b[1].size);
    for (const [id, p] of nodes)
      parts.push(
        `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${p.size.toFixed(2)}" fill="${p.color}" stroke="${id === this.selected ? '#000' : '#fff'}" stroke-width="${id === this.selected ? 2 : 0.6}"/>`,
      );
    const labelled = new Set(r.getNodeDisplayedLabels());
    if (this.selected && pos.has(this.selected)) labelled.add(this.selected);
    for (const id of labelled) {
      const p = pos.get(id);
      if (!p) continue;
      parts.push(
        `<text x="${(p.x + p.size + 3).toFixed(1)}" y="${(p.y + 4).toFixed(1)}" font-size="12" font-family="system-ui, sans-serif" fill="#222" stroke="#fff" stroke-width="3" paint-order="stroke"${id === this.selected ? ' font-weight="700"' : ''}>${esc(p.label)}</text>`,
      );
    }
    return { svg: parts.join(''), width, height };
  }
}
