/**
 * GEXF 1.3 (https://gexf.net/) of the export graph, through graphology-gexf.
 * Each government carries `viz` position (ForceAtlas2), size (by degree) and
 * colour (by country, written as r/g/b so every reader understands it);
 * the node label is the government's name. Lists are joined with "|" and null
 * values are left out (see attribute-values.ts). Opens in Gephi; reads back with
 * networkx `read_gexf(path, version="1.3")`.
 */
import { write } from 'graphology-gexf';
import type { ExportGraph } from './export-graph';
import { stripInvalidXml, toFlatValue } from './attribute-values';

const VIZ_KEYS = new Set(['x', 'y', 'size', 'color']);

export function toGexf(graph: ExportGraph): string {
  return write(graph, {
    version: '1.3',
    pretty: true,
    formatNode: (_key, a) => ({
      label: stripInvalidXml(a.name),
      attributes: flatAttributes(a, VIZ_KEYS),
      viz: { x: a.x, y: a.y, size: a.size, color: hexToRgb(a.color) },
    }),
    formatEdge: (_key, a) => ({ attributes: flatAttributes(a, new Set()) }),
  });
}

function flatAttributes(attrs: object, skip: ReadonlySet<string>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (skip.has(k)) continue;
    const flat = toFlatValue(v);
    // graphology-gexf escapes markup but passes control characters through, which XML forbids.
    if (flat !== null) out[k] = typeof flat === 'string' ? stripInvalidXml(flat) : flat;
  }
  return out;
}

function hexToRgb(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 'rgb(127,127,127)';
  return `rgb(${parseInt(m[1], 16)},${parseInt(m[2], 16)},${parseInt(m[3], 16)})`;
}
