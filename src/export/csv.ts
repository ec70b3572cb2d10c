/**
 * CSV of the export graph: nodes.csv (one row per government, `id` first) and
 * edges.csv (one row per tie, `source`,`target` first). RFC 4180: comma
 * separated, CRLF line ends, one header row, fields quoted when they contain a
 * comma, quote, CR or LF (quotes doubled). UTF-8 with a byte-order mark so
 * spreadsheet programs read Indonesian, Korean and Japanese names correctly.
 * Lists are joined with "|", missing values are empty cells. A text cell that
 * starts with = + - @ or a tab/CR gets a leading apostrophe, so a spreadsheet
 * shows it as text instead of running it as a formula (OWASP "CSV injection");
 * numbers are never changed.
 */
import type { ExportEdgeAttributes, ExportGraph, ExportNodeAttributes } from './export-graph';
import { toFlatValue } from './attribute-values';

const BOM = '\uFEFF';

export const NODE_COLUMNS = [
  'id', 'name', 'level', 'localType', 'countryCode', 'country', 'provinceId', 'province', 'lat', 'lon', 'isIndonesian', 'layer',
  'degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector', 'community', 'x', 'y', 'size', 'color',
] as const satisfies ReadonlyArray<'id' | keyof ExportNodeAttributes>;

export const EDGE_COLUMNS = [
  'source', 'target', 'sourceName', 'targetName', 'strength', 'types', 'years', 'firstYear', 'partnershipIds', 'sourceCount', 'confidence', 'statuses', 'worldTieIds',
] as const satisfies ReadonlyArray<'source' | 'target' | 'sourceName' | 'targetName' | keyof ExportEdgeAttributes>;

/** nodes.csv as a string (with BOM). */
export function nodesCsv(graph: ExportGraph): string {
  const rows = graph.mapNodes((id, a) => NODE_COLUMNS.map((c) => (c === 'id' ? id : a[c])));
  return toCsv(NODE_COLUMNS, rows);
}

/** edges.csv as a string (with BOM). */
export function edgesCsv(graph: ExportGraph): string {
  const rows = graph.mapEdges((_e, a, source, target) =>
    EDGE_COLUMNS.map((c) => {
      switch (c) {
        case 'source':
          return source;
        case 'target':
          return target;
        case 'sourceName':
          return graph.getNodeAttribute(source, 'name');
        case 'targetName':
          return graph.getNodeAttribute(target, 'name');
        default:
          return a[c];
      }
    }),
  );
  return toCsv(EDGE_COLUMNS, rows);
}

/** CITATION.txt of the CSV zip: what the files hold, where they come from and on what terms. */
export function citationTxt(graph: ExportGraph): string {
  const a = graph.getAttributes();
  return [
    'Kota Kembar partnership network (nodes.csv, edges.csv)',
    '',
    `Release: ${a.release ?? 'none recorded'}`,
    `Generated: ${a.generatedAt}`,
    `Data version: ${a.dataVersion}`,
    `Filter: ${a.filter}`,
    `Basis: ${a.basis}`,
    `Shown: ${a.shown}`,
    '',
    `Cite as: ${a.citation}`,
    '',
    `Licence: ${a.license}`,
    '',
    `Attribution: ${a.attribution}`,
    '',
  ].join('\r\n');
}

/** RFC 4180 text with a BOM, a header row and CRLF line ends. */
export function toCsv(header: readonly string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

function csvField(value: unknown): string {
  const flat = toFlatValue(value);
  if (flat === null) return '';
  const text = typeof flat === 'string' && /^[=+\-@\t\r]/.test(flat) ? `'${flat}` : String(flat);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
