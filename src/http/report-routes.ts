/**
 * Reports over HTTP, the same as `npm run report`:
 *
 *   GET /reports/centrality.{md,csv,html}?measure=betweenness&top=20&<filter>
 *   GET /reports/provinces.{md,csv,html}?measure=betweenness&<filter>
 *   GET /reports/breakdown.csv?by=PARTNER_COUNTRY&<filter>   (the GraphQL breakdown, for charts)
 *
 * with the export filter parameters (src/services/filter-query.ts). Bad parameters answer 400
 * with `{ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }`.
 */
import express, { type Request, type Response, type Router } from 'express';
import { CENTRALITY_MEASURES, type CentralityMeasure } from '../analysis/centrality';
import { BadInputError } from '../domain/errors';
import type { Logger } from '../logger';
import { formatReport, REPORT_FORMATS } from '../reports/report-format';
import type { ReportService } from '../reports/report-service';
import type { ProvinceReport, RankingReport } from '../reports/centrality-report';
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from '../analysis/breakdown';
import { breakdownCsv } from '../reports/breakdown-format';
import type { BreakdownService } from '../services/breakdown-service';
import { parseFilterQuery } from '../services/filter-query';
import { isLanguage, LANGUAGES, type Language } from '../i18n';
import { withTimeBudget } from '../services/time-budget';
import { clientGone, type RestLimits } from './export-routes';
import { sendRestError } from './rest-errors';

const CONTENT_TYPES = { md: 'text/markdown; charset=utf-8', csv: 'text/csv; charset=utf-8; header=present', html: 'text/html; charset=utf-8' };

/** A router to mount at `/reports` (behind the server's rate limit). */
export function reportRoutes(reports: ReportService, breakdowns: BreakdownService, logger: Logger, limits: RestLimits): Router {
  const router = express.Router();
  router.get('/breakdown.csv', async (req: Request, res: Response) => {
    try {
      const { by: rawBy, lang: rawLang, ...rest } = req.query as Record<string, unknown>;
      const filter = parseFilterQuery(rest, ['by']);
      const by = String(rawBy ?? '').toUpperCase() as BreakdownDimension;
      if (typeof rawBy !== 'string' || !BREAKDOWN_DIMENSIONS.includes(by))
        throw new BadInputError(`Expected "by" to be one of ${BREAKDOWN_DIMENSIONS.join(', ')}, got "${String(rawBy ?? '')}".`);
      const result = await withTimeBudget(() => breakdowns.breakdown(by, filter), limits.timeBudgetMs, 'The breakdown', { signal: clientGone(req, res) });
      res.setHeader('Content-Type', CONTENT_TYPES.csv);
      res.setHeader('Content-Disposition', `attachment; filename="kota-kembar-breakdown-${by.toLowerCase()}-v${result.dataVersion}.csv"`);
      res.send(breakdownCsv(result, new Date(), parseLang(rawLang)));
    } catch (err) {
      sendRestError(res, err, logger, 'report');
    }
  });
  for (const kind of ['centrality', 'provinces'] as const)
    for (const format of REPORT_FORMATS)
      router.get(`/${kind}.${format}`, async (req: Request, res: Response) => {
        try {
          const { measure: rawMeasure, top: rawTop, lang: rawLang, ...rest } = req.query as Record<string, unknown>;
          const filter = parseFilterQuery(rest);
          const measure = parseMeasure(rawMeasure);
          const lang = parseLang(rawLang);
          const top = kind === 'centrality' ? parseTop(rawTop) : 0;
          const report = await withTimeBudget<RankingReport | ProvinceReport>(
            () => (kind === 'centrality' ? reports.ranking(measure, filter, top) : reports.provinces(measure, filter)),
            limits.timeBudgetMs,
            `The ${kind} report`,
            { signal: clientGone(req, res) },
          );
          res.setHeader('Content-Type', CONTENT_TYPES[format]);
          if (format !== 'html')
            res.setHeader('Content-Disposition', `attachment; filename="kota-kembar-${kind}-${measure.toLowerCase()}-v${report.dataVersion}.${format}"`);
          res.send(formatReport(report, format, lang));
        } catch (err) {
          sendRestError(res, err, logger, 'report');
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

function parseLang(raw: unknown): Language {
  if (raw === undefined) return 'en';
  const lang = typeof raw === 'string' ? raw.toLowerCase() : raw;
  if (!isLanguage(lang)) throw new BadInputError(`Expected "lang" to be one of ${LANGUAGES.join(', ')}, got "${String(raw)}".`);
  return lang;
}

function parseTop(raw: unknown): number {
  if (raw === undefined) return 20;
  if (typeof raw !== 'string' || !/^\d{1,4}$/.test(raw)) throw new BadInputError(`Expected "top" to be a whole number, got "${String(raw)}".`);
  return Number(raw);
}
