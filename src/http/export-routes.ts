/**
 * The export routes: the filtered partnership network as a file, with the same
 * filter as query parameters (src/services/filter-query.ts) and a Content-Disposition file name.
 *
 *   GET /export/network.json     graphology serialised graph (Graph.from rebuilds it)
 *   GET /export/network.gexf     GEXF 1.3 with viz positions, sizes, colours (Gephi)
 *   GET /export/network.graphml  GraphML with typed <key>s (networkx, yEd, Cytoscape)
 *   GET /export/network.cyjs     Cytoscape.js elements JSON
 *   GET /export/network.csv      a ZIP holding nodes.csv, edges.csv and CITATION.txt (release, licence, attribution, basis)
 *   GET /export/nodes.csv        the nodes alone, text/csv
 *   GET /export/edges.csv        the edges alone, text/csv
 *
 * `layout=geo` places nodes at longitude/latitude instead of the ForceAtlas2 layout; `focus=indonesia` shows only
 * the Indonesian governments and places and those tied to them directly (scores stay those of the whole network).
 * Bad parameters answer 400 with `{ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }`.
 */
import express, { type Request, type Response, type Router } from 'express';
import { strToU8, zipSync } from 'fflate';
import { BadInputError } from '../domain/errors';
import type { NetworkFilter } from '../analysis/filter';
import { citationTxt, edgesCsv, nodesCsv } from '../export/csv';
import { toCytoscape } from '../export/cytoscape';
import type { ExportGraph } from '../export/export-graph';
import { EXPORT_FOCUSES, EXPORT_LAYOUTS, type ExportFocus, type ExportLayout, type ExportService } from '../export/export-service';
import { toGexf } from '../export/gexf';
import { toGraphml } from '../export/graphml';
import type { Logger } from '../logger';
import { parseFilterQuery } from '../services/filter-query';
import { withTimeBudget } from '../services/time-budget';
import { sendRestError } from './rest-errors';

interface ExportFormat {
  /** File name suffix after "kota-kembar-network". */
  suffix: string;
  contentType: string;
  render(graph: ExportGraph): string | Buffer;
}

export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  'network.json': { suffix: '.json', contentType: 'application/json; charset=utf-8', render: (g) => JSON.stringify(g.export()) },
  'network.gexf': { suffix: '.gexf', contentType: 'application/gexf+xml; charset=utf-8', render: toGexf },
  'network.graphml': { suffix: '.graphml', contentType: 'application/graphml+xml; charset=utf-8', render: toGraphml },
  'network.cyjs': { suffix: '.cyjs', contentType: 'application/json; charset=utf-8', render: (g) => JSON.stringify(toCytoscape(g)) },
  'network.csv': {
    suffix: '-csv.zip',
    contentType: 'application/zip',
    render: (g) => csvZip(g),
  },
  'nodes.csv': { suffix: '-nodes.csv', contentType: 'text/csv; charset=utf-8; header=present', render: nodesCsv },
  'edges.csv': { suffix: '-edges.csv', contentType: 'text/csv; charset=utf-8; header=present', render: edgesCsv },
};

/** A fixed timestamp so the same network always gives the same bytes (ZIP dates start in 1980). */
const ZIP_TIME = new Date(1980, 0, 1, 12, 0, 0);

/** nodes.csv, edges.csv and CITATION.txt in one ZIP (fflate; DEFLATE, UTF-8 names). */
export function csvZip(g: ExportGraph): Buffer {
  const entry = (text: string) => [strToU8(text), { mtime: ZIP_TIME, level: 6 }] as [Uint8Array, { mtime: Date; level: 6 }];
  const bytes = zipSync({ 'nodes.csv': entry(nodesCsv(g)), 'edges.csv': entry(edgesCsv(g)), 'CITATION.txt': entry(citationTxt(g)) });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export interface RestLimits {
  /** Longest the analysis behind one request may take before it answers TIMEOUT (503, its work stopped), in ms. */
  timeBudgetMs: number;
}

/**
 * A signal that aborts when the client closes the connection before the answer is sent:
 * nobody would read it, so the work the request waits for loses a waiter (and stops if
 * it was the last one).
 */
export function clientGone(req: Request, res: Response): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort(new Error(`The client of ${req.originalUrl} went away.`));
  });
  return controller.signal;
}

/** What a TIMEOUT of a force-layout export adds: the layout is not stopped with the request (ExportService.positions). */
export const FORCE_LAYOUT_HINT =
  'The force layout of the whole network is computed once per data version and goes on after this answer (at scope WORLD it takes minutes): ask again later, or ask for layout=geo now.';

/** A router to mount at `/export` (behind the server's rate limit). */
export function exportRoutes(exportService: ExportService, logger: Logger, limits: RestLimits): Router {
  const router = express.Router();
  for (const [path, format] of Object.entries(EXPORT_FORMATS)) {
    router.get(`/${path}`, async (req: Request, res: Response) => {
      try {
        const { layout: rawLayout, focus: rawFocus, ...query } = req.query as Record<string, unknown>;
        const filter = parseFilterQuery(query, ['layout', 'focus']);
        const layout = parseLayout(rawLayout);
        const focus = parseFocus(rawFocus);
        const graph = await withTimeBudget(() => exportService.exportGraph(filter, layout, focus), limits.timeBudgetMs, `The export "${path}"`, {
          signal: clientGone(req, res),
          hint: layout === 'force' ? FORCE_LAYOUT_HINT : undefined,
        });
        const body = format.render(graph);
        res.setHeader('Content-Type', format.contentType);
        res.setHeader('Content-Disposition', `attachment; filename="${fileName(filter, graph, format.suffix)}"`);
        res.setHeader('Cache-Control', 'no-cache');
        // For the formats that cannot hold it (nodes.csv, edges.csv): the release and licence travel with the response.
        res.setHeader('X-Dataset-Release', graph.getAttribute('release') ?? 'none');
        res.setHeader('Link', '<https://opendatacommons.org/licenses/odbl/1-0/>; rel="license"');
        res.send(body);
      } catch (err) {
        sendRestError(res, err, logger, 'export');
      }
    });
  }
  return router;
}

/** "kota-kembar-network-v3-as-of-2010.gexf": data version always, the year when filtered by one. */
export function fileName(filter: NetworkFilter, graph: ExportGraph, suffix: string): string {
  const asOf = filter.asOf != null ? `-as-of-${filter.asOf}` : '';
  return `kota-kembar-network-v${graph.getAttribute('dataVersion')}${asOf}${suffix}`;
}

function parseFocus(raw: unknown): ExportFocus {
  if (raw === undefined) return 'all';
  if (typeof raw === 'string' && (EXPORT_FOCUSES as readonly string[]).includes(raw)) return raw as ExportFocus;
  throw new BadInputError(`Unknown value "${String(raw)}" in "focus"; expected any of ${EXPORT_FOCUSES.join(', ')}.`);
}

function parseLayout(raw: unknown): ExportLayout {
  if (raw === undefined) return 'force';
  if (typeof raw === 'string' && (EXPORT_LAYOUTS as readonly string[]).includes(raw)) return raw as ExportLayout;
  throw new BadInputError(`Unknown value "${String(raw)}" in "layout"; expected any of ${EXPORT_LAYOUTS.join(', ')}.`);
}
