/**
 * HTTP wiring: Apollo Server 5 on Express 5, health and readiness, graceful shutdown.
 * `createServer` serves the services the composition root built (src/app/main.ts; tests
 * pass just a store and get the default services) through every door: GraphQL, /export,
 * /reports, the explorer. One rate limit (token buckets per client), one time budget and
 * one result cache apply to all of them.
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
import type { Store } from '../store/store';
import { createServices, type Services } from '../app/services';
import { createFormatError } from './format-error';
import { exportRoutes } from './export-routes';
import { explorerRoutes } from './explorer-routes';
import { reportRoutes } from './report-routes';
import { identifyCaller } from './editor-auth';
import type { EditorToken } from '../editor-tokens';
import { listBoundsOf, parseLimits, queryLimitsPlugin, type ListBounds, type QueryLimits } from './query-limits';
import { ANALYSIS_FIELDS, analysisRateLimitPlugin, restRateLimit, TokenBuckets, type RateLimitOptions } from './rate-limit';
import { applyTimeBudget } from '../graphql/time-budget';
import { createMetrics, metricsPlugin, observeAnalysisCache, requestIdOf, requestLogging, type Metrics } from './observability';

export interface ServerOptions {
  store: Store;
  /** The services to serve, built once by the composition root; built from `store` with defaults when omitted. */
  services?: Services;
  /**
   * Express's `trust proxy` (TRUST_PROXY): false (default) takes the client address from the
   * socket; behind a load balancer, the number of proxy hops or their addresses, so rate limits
   * apply per real client (X-Forwarded-For). See docs/operations.md.
   */
  trustProxy?: boolean | number | string;
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
  /** Per-client limit on analyses over HTTP (GraphQL analysis fields, /export, /reports); false turns it off. Defaults to 120 a minute. */
  analysisRateLimit?: RateLimitOptions | false;
  /** Longest an analysis (GraphQL, /export, /reports) may take before answering TIMEOUT, in ms. Defaults to 10,000. */
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
  const services = options.services ?? createServices(store);
  const { analysis } = services;
  const timeBudgetMs = options.analysisTimeBudgetMs ?? 10_000;
  const schema = await buildKotaKembarSchema(services);
  applyTimeBudget(schema, ANALYSIS_FIELDS, timeBudgetMs);
  // One set of token buckets for every door that runs an analysis.
  const buckets = options.analysisRateLimit === false ? null : new TokenBuckets(options.analysisRateLimit);
  // Unpaginated lists are costed by their real size in the latest snapshot read (never a read of its own).
  const bounds = new WeakMap<object, ListBounds>();
  const boundsOfLatest = (): ListBounds | null => {
    const snapshot = services.snapshots.latest();
    if (!snapshot) return null;
    let b = bounds.get(snapshot);
    if (!b) bounds.set(snapshot, (b = listBoundsOf(snapshot)));
    return b;
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
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
      queryLimitsPlugin(schema, options.limits, () => boundsOfLatest()),
      closeReadsPlugin,
      metricsPlugin(metrics, logger),
      ...(buckets ? [analysisRateLimitPlugin(buckets)] : []),
    ],
  });
  await apollo.start();

  app.get('/metrics', async (_req, res) => {
    res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  const limited = buckets ? [restRateLimit(buckets)] : [];
  app.use('/export', ...limited, exportRoutes(services.exports, logger, { timeBudgetMs }));
  app.use('/reports', ...limited, reportRoutes(services.reports, services.breakdowns, logger, { timeBudgetMs }));
  app.use(explorerRoutes(options.explorerDir));

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
        readOnly: (options.editorTokens ?? []).length === 0,
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
      await services.pool.close();
      await store.close();
    },
  };
}
