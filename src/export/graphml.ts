/**
 * GraphML (http://graphml.graphdrawing.org/) of the export graph, written by hand
 * because graphology's GraphML package only parses. Every attribute gets a
 * <key> with its type (string, boolean, int, double), declared once per
 * element kind; lists are joined with "|" and null values are left out (see
 * attribute-values.ts). Reads back with networkx `read_graphml` and in Gephi,
 * Cytoscape and yEd.
 */
import type { ExportGraph } from './export-graph';
import { escapeXml, toFlatValue, type FlatValue } from './attribute-values';

type GraphmlType = 'string' | 'boolean' | 'int' | 'double';
interface KeyDef {
  id: string;
  name: string;
  type: GraphmlType;
}

/** The whole document, UTF-8, with an XML declaration. */
export function toGraphml(graph: ExportGraph): string {
  const nodeRows = graph.mapNodes((id, a) => ({ id, values: flatten(a) }));
  const edgeRows = graph.mapEdges((_e, a, source, target) => ({ source, target, values: flatten(a) }));
  const graphValues = flatten(graph.getAttributes());
  const nodeKeys = keysFor('n', nodeRows.map((r) => r.values));
  const edgeKeys = keysFor('e', edgeRows.map((r) => r.values));
  const graphKeys = keysFor('g', [graphValues]);

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [kind, keys] of [['graph', graphKeys], ['node', nodeKeys], ['edge', edgeKeys]] as const)
    for (const k of keys)
      lines.push(`  <key id="${k.id}" for="${kind}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`);
  lines.push('  <graph id="G" edgedefault="undirected">');
  lines.push(...dataLines('    ', graphKeys, graphValues));
  for (const row of nodeRows) {
    lines.push(`    <node id="${escapeXml(row.id)}">`, ...dataLines('      ', nodeKeys, row.values), '    </node>');
  }
  edgeRows.forEach((row, i) => {
    lines.push(
      `    <edge id="e${i}" source="${escapeXml(row.source)}" target="${escapeXml(row.target)}">`,
      ...dataLines('      ', edgeKeys, row.values),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function flatten(attrs: object): Record<string, FlatValue> {
  return Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, toFlatValue(v)]));
}

/** One key per attribute name seen, in first-seen order, typed by all its non-null values. */
function keysFor(prefix: string, rows: Array<Record<string, FlatValue>>): KeyDef[] {
  const types = new Map<string, GraphmlType | null>();
  for (const row of rows)
    for (const [name, value] of Object.entries(row)) {
      const seen = types.get(name) ?? null;
      types.set(name, value === null ? seen : widen(seen, typeOf(value)));
    }
  return [...types.entries()].map(([name, type]) => ({ id: `${prefix}_${name}`, name, type: type ?? 'string' }));
}

function typeOf(value: string | number | boolean): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 'int' : 'double';
  return 'string';
}

function widen(a: GraphmlType | null, b: GraphmlType): GraphmlType {
  if (a === null || a === b) return b;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}

function dataLines(indent: string, keys: KeyDef[], values: Record<string, FlatValue>): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const v = values[k.name];
    if (v === null || v === undefined) continue;
    out.push(`${indent}<data key="${k.id}">${escapeXml(String(v))}</data>`);
  }
  return out;
}
