/**
 * HTTP wiring: Apollo Server 5 on Express 5, health and readiness, graceful shutdown.
 * `createServer` builds everything from a store and returns handles to start and stop
 * it; `main.ts` is the composition root that reads the configuration.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { closeReadsPlugin, createLoaders } from '../graphql/loaders';
import { buildKotaKembarSchema } from '../graphql/build-schema';
import type { Logger } from '../logger';
import { CatalogService } from '../services/catalog-service';
import type { Store } from '../store/store';
import { createFormatError } from './format-error';
import { AnalysisService } from '../analysis/analysis-service';
import { ExportService } from '../export/export-service';
import { exportRoutes } from './export-routes';
import { explorerRoutes } from './explorer-routes';
import { reportRoutes } from './report-routes';
import { ReportService } from '../reports/report-service';
import { BreakdownService } from '../services/breakdown-service';
import { identifyCaller } from './editor-auth';
import type { EditorToken } from '../editor-tokens';
import { parseLimits, queryLimitsPlugin, type QueryLimits } from './query-limits';
import { ANALYSIS_FIELDS, analysisRateLimitPlugin, type RateLimitOptions } from './rate-limit';
import { applyTimeBudget } from '../graphql/time-budget';
import { createMetrics, metricsPlugin, observeAnalysisCache, requestIdOf, requestLogging, type Metrics } from './observability';

export interface ServerOptions {
  store: Store;
  logger: Logger;
  /** Hide field suggestions and similar schema details in client errors. Defaults to false. */
  production?: boolean;
  /** Directory of the built explorer page (index.html, explorer.js). Defaults to dist/explorer. */
  explorerDir?: string;
  /** Editor tokens (hashes) that may run mutations; none means nobody can edit. Defaults to none. */
  editorTokens?: readonly EditorToken[];
  /** Depth, alias, cost and token limits on queries; see query-limits.ts for the defaults. */
  limits?: QueryLimits;
  /** Prometheus metrics served at /metrics; a fresh registry when omitted. */
  metrics?: Metrics;
  /** Per-client limit on analysis queries over HTTP; false turns it off. Defaults to 120 a minute. */
  analysisRateLimit?: RateLimitOptions | false;
  /** Longest an analysis query may take before answering TIMEOUT, in ms. Defaults to 10,000. */
  analysisTimeBudgetMs?: number;
}

export interface KotaKembarServer {
  app: Express;
  httpServer: http.Server;
  schema: GraphQLSchema;
  apollo: ApolloServer<GraphQLContext>;
  /** Listen on host:port (port 0 picks a free one); resolves to the URL. */
  listen(port: number, host: string): Promise<string>;
  /** Stop accepting requests, let in-flight ones finish, close the store. */
  stop(): Promise<void>;
}

export async function createServer(options: ServerOptions): Promise<KotaKembarServer> {
  const { store, logger } = options;
  const catalog = new CatalogService(store);
  const analysis = new AnalysisService(store);
  const exportService = new ExportService(analysis, store);
  const schema = await buildKotaKembarSchema({ store, catalog, analysis, exports: exportService });
  applyTimeBudget(schema, ANALYSIS_FIELDS, options.analysisTimeBudgetMs ?? 10_000);
  const app = express();
  app.disable('x-powered-by');
  const metrics = options.metrics ?? createMetrics();
  observeAnalysisCache(metrics, analysis);
  app.use(requestLogging(logger, metrics));
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production ?? false,
    introspection: true,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM: drain, close the store, exit 0. Apollo's own handler
    // would re-raise the signal before the store is closed.
    stopOnTerminationSignals: false,
    parseOptions: parseLimits(options.limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      queryLimitsPlugin(schema, options.limits),
      closeReadsPlugin,
      metricsPlugin(metrics, logger),
      ...(options.analysisRateLimit === false ? [] : [analysisRateLimitPlugin(options.analysisRateLimit)]),
    ],
  });
  await apollo.start();

  app.get('/metrics', async (_req, res) => {
    res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.use('/export', exportRoutes(exportService, logger));
  app.use(explorerRoutes(options.explorerDir));
  app.use('/reports', reportRoutes(new ReportService(analysis, store), new BreakdownService(store), logger));

  app.use('/export', exportRoutes(exportService, logger));

  app.get('/readyz', async (_req, res) => {
    try {
      await store.ping();
      const [dataVersion, release] = await Promise.all([store.dataVersion(), store.release()]);
      res.json({ status: 'ready', store: store.kind, dataVersion, release: release?.id ?? null });
    } catch {
      res.status(503).json({ status: 'unavailable', store: store.kind });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        loaders: createLoaders(store),
        requestId: requestIdOf(req),
        clientId: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        ...identifyCaller(req.headers.authorization, options.editorTokens ?? []),
      }),
    }),
  );

  // Errors before GraphQL (a malformed JSON body, a body over the limit): a 4xx with a
  // GraphQL-shaped error, never an HTML stack page.
  app.use((err: { status?: number; type?: string; message?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err }, 'unexpected HTTP error');
    const message =
      err.type === 'entity.too.large'
        ? 'The request body is too large (limit 100 kB).'
        : err.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : status === 500
            ? 'Internal server error.'
            : (err.message ?? 'Bad request.');
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  let stopped = false;
  return {
    app,
    httpServer,
    schema,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
        });
      }),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await apollo.stop(); // drains the HTTP server: in-flight requests finish first
      await store.close();
    },
  };
}
