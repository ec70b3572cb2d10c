/**
 * Reports over HTTP, the same as `npm run report`:
 *
 *   GET /reports/centrality.{md,csv,html}?measure=betweenness&top=20&<filter>
 *   GET /reports/provinces.{md,csv,html}?measure=betweenness&<filter>
 *
 * with the export filter parameters (export-query.ts). Bad parameters answer 400
 * with `{ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }`.
 */
import express, { type Request, type Response, type Router } from 'express';
import { CENTRALITY_MEASURES, type CentralityMeasure } from '../analysis/centrality';
import { BadInputError, KotaKembarError } from '../domain/errors';
import type { Logger } from '../logger';
import { formatReport, REPORT_FORMATS } from '../reports/report-format';
import type { ReportService } from '../reports/report-service';
import { parseFilterQuery } from './export-query';

const CONTENT_TYPES = { md: 'text/markdown; charset=utf-8', csv: 'text/csv; charset=utf-8; header=present', html: 'text/html; charset=utf-8' };

export function reportRoutes(reports: ReportService, logger: Logger): Router {
  const router = express.Router();
  for (const kind of ['centrality', 'provinces'] as const)
    for (const format of REPORT_FORMATS)
      router.get(`/${kind}.${format}`, async (req: Request, res: Response) => {
        try {
          const { measure: rawMeasure, top: rawTop, ...rest } = req.query as Record<string, unknown>;
          const filter = parseFilterQuery(rest);
          const measure = parseMeasure(rawMeasure);
          const report =
            kind === 'centrality' ? await reports.ranking(measure, filter, parseTop(rawTop)) : await reports.provinces(measure, filter);
          res.setHeader('Content-Type', CONTENT_TYPES[format]);
          if (format !== 'html')
            res.setHeader('Content-Disposition', `attachment; filename="kota-kembar-${kind}-${measure.toLowerCase()}-v${report.dataVersion}.${format}"`);
          res.send(formatReport(report, format));
        } catch (err) {
          if (err instanceof KotaKembarError && err.code === 'BAD_USER_INPUT') {
            res.status(400).json({ errors: [{ message: err.message, extensions: { code: err.code } }] });
            return;
          }
          logger.error({ err }, 'report failed');
          res.status(500).json({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        }
      });
  return router;
}

function parseMeasure(raw: unknown): CentralityMeasure {
  if (raw === undefined) return 'BETWEENNESS';
  const measure = String(raw).toUpperCase() as CentralityMeasure;
  if (typeof raw !== 'string' || !CENTRALITY_MEASURES.includes(measure))
    throw new BadInputError(`Unknown value "${String(raw)}" in "measure"; expected any of ${CENTRALITY_MEASURES.join(', ')}.`);
  return measure;
}

function parseTop(raw: unknown): number {
  if (raw === undefined) return 20;
  if (typeof raw !== 'string' || !/^\d{1,4}$/.test(raw)) throw new BadInputError(`Expected "top" to be a whole number, got "${String(raw)}".`);
  return Number(raw);
}
