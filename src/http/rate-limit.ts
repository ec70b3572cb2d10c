/**
 * A per-client rate limit on the expensive analysis queries (centrality, communities,
 * paths, ...). Cached answers are cheap, but a client varying its filter forces a new
 * computation each time, so each client (by IP address) gets a token bucket: a burst,
 * refilled at a steady rate; each analysis root field takes one token, and so does each
 * request to /export/* and /reports/* (they compute the same analyses): one set of
 * buckets for every door. Over the limit: RATE_LIMITED, HTTP 429 with Retry-After. Fact
 * queries and mutations are not limited. The client is `req.ip`, which honours the
 * TRUST_PROXY setting (docs/operations.md) behind a load balancer.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from '../graphql/context';

/** Root fields that run (or may run) a network analysis. */
export const ANALYSIS_FIELDS = new Set([
  'articulationPoints',
  'assortativity',
  'bridges',
  'centrality',
  'clustering',
  'communities',
  'components',
  'egoNetwork',
  'levelAsymmetry',
  'network',
  'networkExport',
  'shortestPath',
  'timeline',
]);

export interface RateLimitOptions {
  /** Analysis fields a client may ask for at once. Defaults to 120. */
  burst?: number;
  /** Tokens given back per second. Defaults to 2 (120 a minute). */
  perSecond?: number;
  /** Clients remembered; the least recently seen are forgotten first. Defaults to 10,000. */
  maxClients?: number;
}

/** Token buckets by client key, the least recently seen clients forgotten first. `now` is in milliseconds. */
export class TokenBuckets {
  private readonly buckets: LRUCache<string, { tokens: number; at: number }>;
  private readonly burst: number;
  private readonly perSecond: number;

  constructor(options: RateLimitOptions = {}) {
    this.burst = options.burst ?? 120;
    this.perSecond = options.perSecond ?? 2;
    // Every bucket is the same size, so a count bound is a size bound here.
    this.buckets = new LRUCache({ max: options.maxClients ?? 10_000 });
  }

  /** Take `n` tokens for `key`: 0 when granted, else the seconds to wait before asking again. */
  take(key: string, n: number, now: number): number {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= n) {
      bucket.tokens -= n;
      return 0;
    }
    return Math.max(1, Math.ceil((n - bucket.tokens) / this.perSecond));
  }
}

/**
 * The limit on GraphQL analysis fields. Pass the server's one TokenBuckets (shared with
 * the REST routes), or options for buckets of its own.
 */
export function analysisRateLimitPlugin(
  limits: TokenBuckets | RateLimitOptions = {},
  now: () => number = Date.now,
): ApolloServerPlugin<GraphQLContext> {
  const buckets = limits instanceof TokenBuckets ? limits : new TokenBuckets(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation || operation.operation !== 'query' || !contextValue.clientId) return;
          const cost = analysisFieldsIn(operation, document);
          if (cost === 0) return;
          const waitS = buckets.take(contextValue.clientId, cost, now());
          if (waitS === 0) return;
          throw new GraphQLError(
            `Too many analysis queries from your address; try again in ${waitS} s. Fact queries (governments, partnerships) are not limited.`,
            { extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new HeaderMap([['retry-after', String(waitS)]]) } } },
          );
        },
      };
    },
  };
}

/**
 * The same limit for a REST door (/export/*, /reports/*): each request takes one token
 * from the client's bucket; over the limit it answers 429 with Retry-After and the
 * GraphQL-shaped error body the routes use.
 */
export function restRateLimit(buckets: TokenBuckets, now: () => number = Date.now) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const waitS = buckets.take(req.ip ?? req.socket.remoteAddress ?? 'unknown', 1, now());
    if (waitS === 0) return next();
    res.setHeader('Retry-After', String(waitS));
    res.status(429).json({
      errors: [
        {
          message: `Too many analysis requests (exports, reports, analysis queries) from your address; try again in ${waitS} s.`,
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    });
  };
}

/** How many analysis fields the operation selects at its root (following fragments). */
function analysisFieldsIn(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])),
  );
  const count = (set: SelectionSetNode, seen: ReadonlySet<string>): number =>
    set.selections.reduce((n, s) => {
      if (s.kind === Kind.FIELD) return n + (ANALYSIS_FIELDS.has(s.name.value) ? 1 : 0);
      if (s.kind === Kind.INLINE_FRAGMENT) return n + count(s.selectionSet, seen);
      const fragment = fragments.get(s.name.value);
      return fragment && !seen.has(s.name.value) ? n + count(fragment, new Set([...seen, s.name.value])) : n;
    }, 0);
  return count(operation.selectionSet, new Set());
}
