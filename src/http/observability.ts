/**
 * Request ids, request logs and Prometheus metrics. Every request gets an id (the
 * client's `x-request-id` when it is a sane token, else a new UUID), echoed in the
 * response header and carried by every log line about it. Metrics live in a registry
 * per server, scraped at `/metrics`.
 */
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GraphQLContext } from '../graphql/context';
import type { Logger } from '../logger';

export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route'>;
  operations: Counter<'operation' | 'outcome'>;
  operationDuration: Histogram<'operation'>;
  errors: Counter<'code'>;
  storeErrors: Counter<'code'>;
}

/** Operation names are client-chosen: keep at most this many distinct labels. */
const MAX_OPERATION_LABELS = 200;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const STORE_CODES = new Set(['STORE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kk_' });
  const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  return {
    registry,
    httpRequests: new Counter({ name: 'kk_http_requests_total', help: 'HTTP requests by method, route and status.', labelNames: ['method', 'route', 'status'], registers: [registry] }),
    httpDuration: new Histogram({ name: 'kk_http_request_duration_seconds', help: 'HTTP request latency.', labelNames: ['method', 'route'], buckets, registers: [registry] }),
    operations: new Counter({ name: 'kk_graphql_operations_total', help: 'GraphQL operations by operation name and outcome (ok or error).', labelNames: ['operation', 'outcome'], registers: [registry] }),
    operationDuration: new Histogram({ name: 'kk_graphql_operation_duration_seconds', help: 'GraphQL operation latency by operation name.', labelNames: ['operation'], buckets, registers: [registry] }),
    errors: new Counter({ name: 'kk_graphql_errors_total', help: 'GraphQL errors sent to clients, by extensions.code.', labelNames: ['code'], registers: [registry] }),
    storeErrors: new Counter({ name: 'kk_store_errors_total', help: 'Requests that failed in the store (unavailable or unexpected), by code.', labelNames: ['code'], registers: [registry] }),
  };
}

/** Export the analysis cache's hit and miss counts, read at each scrape. */
export function observeAnalysisCache(metrics: Metrics, analysis: { cacheStats(): { hits: number; misses: number; aborted?: number; size: number; bytes: number } }): void {
  const registers = [metrics.registry];
  new Counter({
    name: 'kk_analysis_cache_lookups_total',
    help: 'Analysis cache lookups by result (hit: answered from the cache; miss: computed).',
    labelNames: ['result'],
    registers,
    collect() {
      const { hits, misses } = analysis.cacheStats();
      this.reset();
      this.inc({ result: 'hit' }, hits);
      this.inc({ result: 'miss' }, misses);
    },
  });
  new Counter({
    name: 'kk_analysis_stopped_total',
    help: 'Analysis computations stopped because every request waiting for them gave up (time budget spent or client gone).',
    registers,
    collect() {
      this.reset();
      this.inc(analysis.cacheStats().aborted ?? 0);
    },
  });
  new Gauge({ name: 'kk_analysis_cache_entries', help: 'Analysis results held in the cache.', registers, collect() { this.set(analysis.cacheStats().size); } });
  new Gauge({ name: 'kk_analysis_cache_bytes', help: 'Estimated bytes of results held in the cache (bounded by ANALYSIS_CACHE_MB).', registers, collect() { this.set(analysis.cacheStats().bytes); } });
}

/** The request's id: set by `requestLogging`, or taken from the header when it is sane. */
export function requestIdOf(req: Request): string {
  const known = (req as Request & { id?: string }).id;
  if (known) return known;
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Express middleware: assign and echo the request id, log and count each request when it finishes. */
export function requestLogging(logger: Logger, metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const id = requestIdOf(req);
    (req as Request & { id?: string }).id = id;
    res.setHeader('x-request-id', id);
    const started = process.hrtime.bigint();
    const path = req.path; // read now: mounted routers rewrite it on the way
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(path);
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      metrics.httpDuration.observe({ method: req.method, route }, seconds);
      logger.info(
        { reqId: id, method: req.method, path, status: res.statusCode, durationMs: Math.round(seconds * 1e4) / 10 },
        'request',
      );
    });
    next();
  };
}

/** Apollo plugin: count and time operations by name, count errors by code. */
export function metricsPlugin(metrics: Metrics, logger: Logger): ApolloServerPlugin<GraphQLContext> {
  const seen = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    if (!seen.has(name) && seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(name);
    return name;
  };
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      let operation = 'anonymous';
      return {
        async didResolveOperation({ operationName }) {
          operation = label(operationName);
        },
        async willSendResponse({ response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          for (const code of codes) {
            metrics.errors.inc({ code });
            if (STORE_CODES.has(code)) metrics.storeErrors.inc({ code });
          }
          metrics.operations.inc({ operation, outcome: codes.length ? 'error' : 'ok' });
          metrics.operationDuration.observe({ operation }, seconds);
          logger.debug({ reqId: contextValue.requestId, operation, durationMs: Math.round(seconds * 1e4) / 10, errors: codes }, 'graphql operation');
        },
      };
    },
  };
}

/** A bounded route label: the first path segment of the routes we serve, else "other". */
function routeOf(path: string): string {
  const first = `/${path.split('/')[1] ?? ''}`;
  return ['/graphql', '/healthz', '/readyz', '/metrics', '/export'].includes(first) ? first : 'other';
}
